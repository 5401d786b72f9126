"""Watchlist files, both ways: TOML for people, and the JSON of shared/eval/SCHEMA.md.

    {"places": [{"name": "Kandahar", "country": "AF", "controller": "Taliban",
                 "since": "2021-08-13"}],
     "actors": [{"name": "Taliban", "aliases": ["Islamic Emirate"], "opposes": ["Afghan government"]}]}

The same keys in TOML are `[[places]]` and `[[actors]]` tables. Places may also carry
`geonameid`, `aliases` (extra spellings) and `removed_aliases` (gazetteer spellings to ignore).
Parsing is pure: it takes text and returns values; only `read_watchfile` touches the disk.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from monitor.errors import WatchlistError
from monitor.model import Actor, Place, WatchedPlace

FORMATS = ("toml", "json")
PLACE_KEYS = {"name", "country", "geonameid", "aliases", "removed_aliases", "controller", "since"}
ACTOR_KEYS = {"name", "aliases", "countries", "government", "opposes"}


@dataclass(frozen=True, slots=True)
class WatchFile:
    """The content of a watchlist file, and the keys it had that mean nothing to us."""

    places: tuple[WatchedPlace, ...] = ()
    actors: tuple[Actor, ...] = ()
    ignored: tuple[str, ...] = ()  # e.g. "places[3].contry": shown as warnings, not fatal


def parse_since(value: Any, where: str = "since") -> datetime:
    """Read a date or a date-time (TOML value or ISO text) as a UTC datetime.

    Raises WatchlistError naming `where` when it is neither.
    """
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), time(), tzinfo=UTC)
            return parse_since(datetime.fromisoformat(text.replace("Z", "+00:00")), where)
        except ValueError:
            pass
    raise WatchlistError(f"{where}: expected a date like 2021-08-01, got {value!r}")


def _text(item: Mapping[str, Any], key: str, where: str, required: bool = False) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise WatchlistError(f"{where}.{key}: expected a non-empty string, got {value!r}")
    return value.strip()


def _texts(item: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WatchlistError(f"{where}.{key}: expected a list of strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _country(value: str | None, where: str) -> str:
    if value is None or len(value) != 2 or not value.isalpha():
        raise WatchlistError(f"{where}: expected a two-letter ISO country code like AF, got {value!r}")
    return value.upper()


def _place(item: Any, where: str) -> WatchedPlace:
    if not isinstance(item, Mapping):
        raise WatchlistError(f"{where}: expected a table with name and country")
    name = _text(item, "name", where, required=True)
    country = _country(_text(item, "country", where, required=True), f"{where}.country")
    geonameid = item.get("geonameid")
    if geonameid is not None and (isinstance(geonameid, bool) or not isinstance(geonameid, int)):
        raise WatchlistError(f"{where}.geonameid: expected a number, got {geonameid!r}")
    controller = _text(item, "controller", where)
    since = parse_since(item["since"], f"{where}.since") if item.get("since") is not None else None
    assert name is not None
    return WatchedPlace(place=Place(name=name, country=country, geonameid=geonameid, names=(name,)),
                        aliases_added=_texts(item, "aliases", where),
                        aliases_removed=_texts(item, "removed_aliases", where),
                        controller=controller, controller_since=since)


def _actor(item: Any, where: str) -> Actor:
    if not isinstance(item, Mapping):
        raise WatchlistError(f"{where}: expected a table with a name")
    name = _text(item, "name", where, required=True)
    government = item.get("government", False)
    if not isinstance(government, bool):
        raise WatchlistError(f"{where}.government: expected true or false, got {government!r}")
    countries = tuple(_country(c, f"{where}.countries") for c in _texts(item, "countries", where))
    assert name is not None
    return Actor(name=name, aliases=_texts(item, "aliases", where), countries=countries,
                 government=government, opposes=_texts(item, "opposes", where))


def watchfile_from_data(data: Any) -> WatchFile:
    """Validate already-decoded JSON/TOML data. Raises WatchlistError naming the bad entry."""
    if not isinstance(data, Mapping):
        raise WatchlistError("expected an object with places and actors")
    ignored = [key for key in data if key not in {"places", "actors"}]
    lists = {}
    for key in ("places", "actors"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise WatchlistError(f"{key}: expected a list")
        lists[key] = value
    places = tuple(_place(item, f"places[{i}]") for i, item in enumerate(lists["places"]))
    actors = tuple(_actor(item, f"actors[{i}]") for i, item in enumerate(lists["actors"]))
    for key, known in (("places", PLACE_KEYS), ("actors", ACTOR_KEYS)):
        for i, item in enumerate(lists[key]):
            ignored += [f"{key}[{i}].{k}" for k in item if k not in known]
    seen: set[tuple[str, str]] = set()
    for watched in places:
        ident = (watched.place.name.casefold(), watched.place.country)
        if ident in seen:
            raise WatchlistError(f"places: {watched.place.name} ({watched.place.country}) is listed twice")
        seen.add(ident)
    names: set[str] = set()
    for actor in actors:
        if actor.name.casefold() in names:
            raise WatchlistError(f"actors: {actor.name} is listed twice")
        names.add(actor.name.casefold())
    return WatchFile(places=places, actors=actors, ignored=tuple(ignored))


def parse_watchfile(text: str, fmt: str) -> WatchFile:
    """Parse watchlist text in `fmt` ("toml" or "json"). Raises WatchlistError."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise WatchlistError(f"not valid JSON: {exc}") from None
    elif fmt == "toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise WatchlistError(f"not valid TOML: {exc}") from None
    else:
        raise WatchlistError(f"unknown watchlist format {fmt!r} (expected toml or json)")
    return watchfile_from_data(data)


def guess_format(path: str | Path, text: str) -> str:
    """Pick the format from the file suffix, else from the first character."""
    suffix = Path(path).suffix.lower()
    if suffix in {".toml", ".json"}:
        return suffix[1:]
    return "json" if text.lstrip().startswith("{") else "toml"


def read_watchfile(path: str | Path) -> WatchFile:
    """Read and parse a watchlist file. Raises WatchlistError naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchlistError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return parse_watchfile(text, guess_format(path, text))
    except WatchlistError as exc:
        raise WatchlistError(f"{path}: {exc}") from None


# ---------------------------------------------------------------- writing

def format_since(value: datetime) -> str:
    """Write a date alone when the time is midnight UTC, else an ISO date-time with Z."""
    value = value.astimezone(UTC)
    if value.time() == time():
        return value.date().isoformat()
    return value.isoformat().replace("+00:00", "Z")


def actor_to_data(actor: Actor) -> dict[str, Any]:
    """Return an actor in the SCHEMA.md form, leaving out empty fields."""
    entry: dict[str, Any] = {"name": actor.name}
    if actor.aliases:
        entry["aliases"] = list(actor.aliases)
    if actor.countries:
        entry["countries"] = list(actor.countries)
    if actor.government:
        entry["government"] = True
    if actor.opposes:
        entry["opposes"] = list(actor.opposes)
    return entry


def watchfile_to_data(watchfile: WatchFile) -> dict[str, list[dict[str, Any]]]:
    """Return the JSON-ready form of a watchlist, leaving out empty and default fields."""
    places = []
    for watched in watchfile.places:
        item: dict[str, Any] = {"name": watched.place.name, "country": watched.place.country}
        if watched.place.geonameid is not None:
            item["geonameid"] = watched.place.geonameid
        if watched.aliases_added:
            item["aliases"] = list(watched.aliases_added)
        if watched.aliases_removed:
            item["removed_aliases"] = list(watched.aliases_removed)
        if watched.controller:
            item["controller"] = watched.controller
        if watched.controller_since:
            item["since"] = format_since(watched.controller_since)
        places.append(item)
    return {"places": places, "actors": [actor_to_data(actor) for actor in watchfile.actors]}


def dump_json(watchfile: WatchFile) -> str:
    """Write the watchlist in the JSON of SCHEMA.md, one place or actor per line."""
    data = watchfile_to_data(watchfile)
    parts = []
    for key in ("places", "actors"):
        lines = ",\n  ".join(json.dumps(item, ensure_ascii=False) for item in data[key])
        parts.append(f'"{key}": [\n  {lines}\n]' if lines else f'"{key}": []')
    return "{" + ",\n".join(parts) + "}\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # A JSON string is a valid TOML basic string: same quotes, same escapes.
    return json.dumps(str(value), ensure_ascii=False)


def dump_toml(watchfile: WatchFile) -> str:
    """Write the watchlist as TOML: one [[places]] or [[actors]] table per entry."""
    data = watchfile_to_data(watchfile)
    out = ["# monitor watchlist: `monitor watch import FILE` reads it back", ""]
    for key in ("actors", "places"):
        for item in data[key]:
            out.append(f"[[{key}]]")
            for field_name, value in item.items():
                out.append(f"{field_name} = {_toml_value(value)}")
            out.append("")
    return "\n".join(out)


def dump_watchfile(watchfile: WatchFile, fmt: str) -> str:
    """Write the watchlist in `fmt` ("toml" or "json")."""
    if fmt == "json":
        return dump_json(watchfile)
    if fmt == "toml":
        return dump_toml(watchfile)
    raise WatchlistError(f"unknown watchlist format {fmt!r} (expected toml or json)")
