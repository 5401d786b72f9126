"""`monitor actors …` and `monitor sides …`: who fights, under which names, against whom."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

import click

from monitor.cli._common import COUNTRY, complete_actors, plural, table, warn
from monitor.cli.context import AppContext, echo_json, pass_app, pass_reader
from monitor.model import Actor
from monitor.store.watchlist import (
    add_actor,
    add_opposition,
    delete_actor,
    delete_opposition,
    get_actors,
    get_places,
    get_sides,
)


def actor_json(actor: Actor) -> dict[str, object]:
    """Return the actor as a JSON-ready dict (lists, not tuples)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(actor).items()}


@click.group("actors")
def actors() -> None:
    """Manage the watched actors: armed groups, governments and their other names.

    \b
    Example:
      monitor actors add Taliban --alias "Islamic Emirate" --country AF
      monitor actors list
    """


@actors.command("add")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, metavar="ALIAS",
              help="Another name the actor goes by (repeat for several).")
@click.option("--country", "countries", multiple=True, type=COUNTRY,
              help="A country where it fights (repeat for several); scopes generic references.")
@click.option("--government", is_flag=True,
              help="It is the government side in its countries: 'government forces' there mean it.")
@click.option("--opposes", "opposes", multiple=True, metavar="ACTOR", shell_complete=complete_actors,
              help="An actor on the other side (repeat for several); recorded both ways.")
@click.option("--json", "as_json", is_flag=True, help="Print the new actor as JSON.")
@pass_app
def actors_add(app: AppContext, name: str, aliases: tuple[str, ...], countries: tuple[str, ...],
               government: bool, opposes: tuple[str, ...], as_json: bool) -> None:
    """Watch an actor under its canonical name and aliases.

    Inflections, plurals and accents of the names are matched without listing them.

    \b
    Example:
      monitor actors add "Afghan government" --alias "Afghan forces" --alias ANDSF \\
          --country AF --government --opposes Taliban
    """
    if government and not countries:
        warn(f"--government without --country: {name} is the government side nowhere")
    actor = add_actor(app.db, Actor(name=name, aliases=aliases, countries=countries,
                                    government=government, opposes=opposes),
                      now=datetime.now(UTC))
    known = {a.name for a in get_actors(app.db)}
    for other in actor.opposes:
        if other not in known:
            warn(f"{other} is not a watched actor yet: the side is kept and completed when you add it")
    if as_json:
        echo_json(actor_json(actor))
        return
    also = f" (also: {', '.join(actor.aliases)})" if actor.aliases else ""
    click.echo(f"Added actor {actor.name}{also}")


@actors.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of actors.")
@pass_reader
def actors_list(app: AppContext, as_json: bool) -> None:
    """List the watched actors with their aliases, countries and opponents.

    \b
    Example:
      monitor actors list --json | jq -r '.[].name'
    """
    found = get_actors(app.db)
    if as_json:
        echo_json([actor_json(a) for a in found])
        return
    if not found:
        click.echo("No actors watched. Add one with: monitor actors add NAME --alias ALIAS")
        return
    rows = [[a.name, ", ".join(a.aliases) or "-", ", ".join(a.countries) or "-",
             "yes" if a.government else "", ", ".join(a.opposes) or "-"] for a in found]
    click.echo(table(rows, ["NAME", "ALIASES", "COUNTRIES", "GOVERNMENT", "OPPOSES"]))


@actors.command("remove")
@click.argument("name", shell_complete=complete_actors)
@click.option("--json", "as_json", is_flag=True, help="Print the removed actor as JSON.")
@pass_app
def actors_remove(app: AppContext, name: str, as_json: bool) -> None:
    """Stop watching an actor and take it off every side.

    \b
    Example:
      monitor actors remove "Islamic State"
    """
    actor = delete_actor(app.db, name)
    held = [w.place.name for w in get_places(app.db) if w.controller == actor.name]
    if held:
        warn(f"{actor.name} is still recorded as holding {plural(len(held), 'place')}: {', '.join(held)}")
    if as_json:
        echo_json(actor_json(actor))
        return
    click.echo(f"Removed actor {actor.name}")


def _sides_json(groups: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> list[list[list[str]]]:
    return [[list(a), list(b)] for a, b in groups]


@click.group("sides", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the sides as JSON: [[side A, side B], …].")
@click.pass_context
def sides(ctx: click.Context, as_json: bool) -> None:
    """Show which actors oppose each other, one conflict per line.

    When an actor withdraws from a city and one opponent is named, the opponent holds it.

    \b
    Example:
      monitor sides
      monitor sides set Taliban "Afghan government"
    """
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.find_object(AppContext)
    assert app is not None  # set by the `monitor` group
    app.reading = True
    groups = get_sides(app.db)
    if as_json:
        echo_json(_sides_json(groups))
        return
    if not groups:
        click.echo("No sides set. Set one with: monitor sides set ACTOR OPPONENT")
        return
    for first, second in groups:
        click.echo(f"{', '.join(first)}  vs  {', '.join(second)}")


@sides.command("set")
@click.argument("actor", shell_complete=complete_actors)
@click.argument("opponent", shell_complete=complete_actors)
@click.option("--json", "as_json", is_flag=True, help="Print both actors as JSON.")
@pass_app
def sides_set(app: AppContext, actor: str, opponent: str, as_json: bool) -> None:
    """Record that ACTOR opposes OPPONENT (and so OPPONENT opposes ACTOR).

    \b
    Example:
      monitor sides set Taliban "Afghan government"
    """
    first, second = add_opposition(app.db, actor, opponent)
    if as_json:
        echo_json([actor_json(first), actor_json(second)])
        return
    click.echo(f"{first.name} and {second.name} are now on opposite sides")


@sides.command("remove")
@click.argument("actor", shell_complete=complete_actors)
@click.argument("opponent", shell_complete=complete_actors)
@click.option("--json", "as_json", is_flag=True, help="Print both actors as JSON.")
@pass_app
def sides_remove(app: AppContext, actor: str, opponent: str, as_json: bool) -> None:
    """Forget that ACTOR and OPPONENT oppose each other.

    \b
    Example:
      monitor sides remove Taliban "Afghan government"
    """
    first, second = delete_opposition(app.db, actor, opponent)
    if as_json:
        echo_json([actor_json(first), actor_json(second)])
        return
    click.echo(f"{first.name} and {second.name} are no longer opposed")


commands: list[click.Command] = [actors, sides]
