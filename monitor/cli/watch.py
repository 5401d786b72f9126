"""`monitor watch …`: which cities to watch, under which names, and who holds them now."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import click

from monitor.cli._common import COUNTRY, SINCE, complete_actors, complete_places, plural, table, warn
from monitor.cli._places import (
    MAX_LISTED,
    admin1_names,
    choose_city,
    describe,
    display_name,
    load_gazetteer,
    name_country,
    place_json,
    resolve_places,
    similar_cities,
)
from monitor.cli.context import AppContext, echo_json, pass_app, pass_reader
from monitor.errors import NotFoundError, WatchlistError
from monitor.store.watchlist import (
    add_place,
    add_place_alias,
    delete_place,
    drop_unknown_opponents,
    get_actor,
    get_actors,
    get_places,
    import_watchlist,
    place_names,
    remove_place_alias,
    set_controller,
)
from monitor.watchfiles import FORMATS, WatchFile, dump_watchfile, read_watchfile
from monitor.watchfiles import format_since as since_text


@click.group("watch")
def watch() -> None:
    """Manage the watched cities: add, list, remove, aliases, controllers, files.

    \b
    Example:
      monitor watch add Kandahar --country AF
      monitor watch set-controller Kandahar "Afghan government" --since 2021-08-01
      monitor watch list
    """


@watch.command("add")
@click.argument("name")
@click.option("--country", type=COUNTRY, help="ISO country code, to choose between cities of the same name.")
@click.option("--geonameid", type=int, help="GeoNames id, to choose one city exactly.")
@click.option("--controller", metavar="ACTOR", shell_complete=complete_actors,
              help="Who holds the city now (a watched actor).")
@click.option("--since", type=SINCE, help="Since when the controller holds it (2021-08-01).")
@click.option("--json", "as_json", is_flag=True, help="Print the added place as JSON.")
@pass_app
def watch_add(app: AppContext, name: str, country: str | None, geonameid: int | None,
              controller: str | None, since: datetime | None, as_json: bool) -> None:
    """Look a city up in the gazetteer and watch it under all its names.

    Prints what was found: name, country, population and every name it will be matched
    under. When the name is ambiguous, the candidates are listed and nothing is added:
    run it again with --country or --geonameid.

    \b
    Example:
      monitor watch add Tripoli --country LY
      monitor watch add Herat --controller "Afghan government" --since 2021-08-01
    """
    gazetteer = load_gazetteer()
    place, candidates = choose_city(gazetteer, name, country, geonameid)
    if place is None:
        where = f" in {country}" if country else ""
        if not candidates:
            similar = similar_cities(gazetteer, name, country)
            hint = ", ".join(name_country(c) for c in similar)
            hint = " or ".join(hint.rsplit(", ", 1))
            raise NotFoundError(f"no place named {name}{where}"
                                + (f"; did you mean {hint}?" if hint else " in the gazetteer"))
        if geonameid is not None:
            raise NotFoundError(f"no place named {name}{where} has GeoNames id {geonameid}")
        shown = candidates[:MAX_LISTED]
        admin1 = admin1_names(shown)
        click.echo(f"{name} could be {plural(len(candidates), 'city', 'cities')}:", err=True)
        for candidate in shown:
            click.echo(f"  {describe(candidate, admin1.get(candidate.geonameid or 0))}", err=True)
        if len(candidates) > MAX_LISTED:
            click.echo(f"  … and {len(candidates) - MAX_LISTED} smaller ones", err=True)
        raise WatchlistError(f"{name} is ambiguous: choose one with --country CC or --geonameid N")
    if controller:
        controller = get_actor(app.db, controller).name
    place = replace(place, name=display_name(name, place), names=())
    watched = add_place(app.db, place, now=datetime.now(UTC), controller=controller, since=since)
    names = place_names(watched, gazetteer)
    if as_json:
        echo_json(place_json(watched, names))
        return
    click.echo(f"Watching {describe(place)}")
    click.echo(f"Matched as: {', '.join(names)}")
    if controller:
        click.echo(f"Held by {controller}" + (f" since {since_text(since)}" if since else ""))


@watch.command("list")
@click.option("--names", "with_names", is_flag=True, help="Also show every name each city is matched as.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of places.")
@pass_reader
def watch_list(app: AppContext, with_names: bool, as_json: bool) -> None:
    """List the watched cities with who holds them and since when.

    \b
    Example:
      monitor watch list
      monitor watch list --json | jq -r '.[] | select(.controller == "Taliban") | .name'
    """
    found = get_places(app.db)
    gazetteer = load_gazetteer() if with_names else None
    names = {w.place: place_names(w, gazetteer) for w in found} if with_names else {}
    if as_json:
        echo_json([place_json(w, names.get(w.place)) for w in found])
        return
    if not found:
        click.echo("No cities watched. Add one with: monitor watch add NAME --country CC")
        return
    rows = []
    for w in found:
        since = since_text(w.controller_since) if w.controller_since else "-"
        row = [w.place.name, w.place.country, w.controller or "unknown", since]
        if with_names:
            row.append(", ".join(names[w.place]))
        rows.append(row)
    headers = ["CITY", "COUNTRY", "CONTROLLER", "SINCE"] + (["NAMES"] if with_names else [])
    click.echo(table(rows, headers))


@watch.command("remove")
@click.argument("name", shell_complete=complete_places)
@click.option("--country", type=COUNTRY, help="ISO country code, when the name is watched in several.")
@click.option("--json", "as_json", is_flag=True, help="Print the removed place as JSON.")
@pass_app
def watch_remove(app: AppContext, name: str, country: str | None, as_json: bool) -> None:
    """Stop watching a city.

    \b
    Example:
      monitor watch remove Tripoli --country LB
    """
    watched = delete_place(app.db, name, country)
    if as_json:
        echo_json(place_json(watched))
        return
    click.echo(f"Stopped watching {watched.place.name} ({watched.place.country})")


@watch.group("alias")
def alias() -> None:
    """Add or remove a name a watched city is matched as.

    \b
    Example:
      monitor watch alias add Kandahar "Qandahar city"
      monitor watch alias remove "Lashkar Gah" Bust
    """


def _alias_change(app: AppContext, city: str, country: str | None, name: str, adding: bool,
                  as_json: bool) -> None:
    change = add_place_alias if adding else remove_place_alias
    watched = change(app.db, city, country, name)
    names = place_names(watched, load_gazetteer())
    if as_json:
        echo_json(place_json(watched, names))
        return
    verb = "now also matched as" if adding else "no longer matched as"
    click.echo(f"{watched.place.name} ({watched.place.country}) is {verb} {name}")
    click.echo(f"Matched as: {', '.join(names)}")


@alias.command("add")
@click.argument("city", shell_complete=complete_places)
@click.argument("name")
@click.option("--country", type=COUNTRY, help="ISO country code, when the city is watched in several.")
@click.option("--json", "as_json", is_flag=True, help="Print the place and its names as JSON.")
@pass_app
def alias_add(app: AppContext, city: str, name: str, country: str | None, as_json: bool) -> None:
    """Match CITY also when an article calls it NAME.

    \b
    Example:
      monitor watch alias add "Mazar-i-Sharif" Mazar
    """
    _alias_change(app, city, country, name, True, as_json)


@alias.command("remove")
@click.argument("city", shell_complete=complete_places)
@click.argument("name")
@click.option("--country", type=COUNTRY, help="ISO country code, when the city is watched in several.")
@click.option("--json", "as_json", is_flag=True, help="Print the place and its names as JSON.")
@pass_app
def alias_remove(app: AppContext, city: str, name: str, country: str | None, as_json: bool) -> None:
    """Stop matching CITY when an article says NAME (a gazetteer name or your own).

    \b
    Example:
      monitor watch alias remove "Lashkar Gah" Bust
    """
    _alias_change(app, city, country, name, False, as_json)


@watch.command("set-controller")
@click.argument("city", shell_complete=complete_places)
@click.argument("actor", shell_complete=complete_actors)
@click.option("--since", type=SINCE, help="Since when ACTOR holds it (default: unknown).")
@click.option("--country", type=COUNTRY, help="ISO country code, when the city is watched in several.")
@click.option("--json", "as_json", is_flag=True, help="Print the place as JSON.")
@pass_app
def watch_set_controller(app: AppContext, city: str, actor: str, since: datetime | None,
                         country: str | None, as_json: bool) -> None:
    """Record who holds CITY now: the starting state that changes are detected against.

    ACTOR is a watched actor, or "unknown" to forget the controller.

    \b
    Example:
      monitor watch set-controller Kandahar "Afghan government" --since 2021-08-01
    """
    holder = None if actor.strip().casefold() in {"unknown", "none", "-"} else get_actor(app.db, actor).name
    watched = set_controller(app.db, city, country, holder, since if holder else None)
    if as_json:
        echo_json(place_json(watched))
        return
    who = holder or "unknown"
    when = f" since {since_text(since)}" if since and holder else ""
    click.echo(f"{watched.place.name} ({watched.place.country}): held by {who}{when}")


@watch.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@pass_app
def watch_import(app: AppContext, file: str, as_json: bool) -> None:
    """Add or update the places and actors of a watchlist file (TOML or SCHEMA.md JSON).

    Entries already watched are replaced by the file's, except that a place without a
    controller in the file keeps the one it has; others are left alone. Everything lands in
    one transaction, so the daemon sees all of it or none.

    \b
    Example:
      monitor watch import seeds/watchlist.json
      monitor watch export --format toml > mine.toml && monitor watch import mine.toml
    """
    if file == "-":
        from monitor.watchfiles import guess_format, parse_watchfile

        text = sys.stdin.read()
        watchfile = parse_watchfile(text, guess_format("-", text))
    else:
        watchfile = read_watchfile(file)
    for key in watchfile.ignored:
        warn(f"{file}: ignored unknown key {key}")
    known = {a.name.casefold() for a in watchfile.actors} | {a.name.casefold() for a in get_actors(app.db)}
    for entry in watchfile.places:
        if entry.controller and entry.controller.casefold() not in known:
            warn(f"{entry.place.name}: controller {entry.controller} is not a watched actor")
    places = resolve_places(load_gazetteer(), watchfile.places)
    n_places, n_actors = import_watchlist(app.db, places, watchfile.actors, now=datetime.now(UTC))
    if as_json:
        echo_json({"places": n_places, "actors": n_actors, "file": file})
        return
    click.echo(f"Imported {plural(n_places, 'place')} and {plural(n_actors, 'actor')} from {file}")


@watch.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="toml", show_default=True,
              help="toml for people, json for the SCHEMA.md format (`monitor detect --watchlist`).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@pass_reader
def watch_export(app: AppContext, fmt: str, output: str | None) -> None:
    """Write every watched place and actor as a watchlist file.

    \b
    Example:
      monitor watch export --format json -o watchlist.json
      monitor detect --watchlist watchlist.json < articles.jsonl
    """
    actors = get_actors(app.db)
    complete = drop_unknown_opponents(actors)
    for before, after in zip(actors, complete, strict=True):
        for missing in sorted(set(before.opposes) - set(after.opposes)):
            warn(f"{before.name} opposes {missing}, which is not a watched actor: left out of the file")
    text = dump_watchfile(WatchFile(places=tuple(get_places(app.db)), actors=tuple(complete)), fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


commands: list[click.Command] = [watch]
