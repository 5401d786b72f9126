"""Query functions over the watched places and actors (tables of migration m002).

Places are keyed by (name, country); names are compared without case. Sides are kept
symmetric: when A opposes B, B opposes A, whichever of the two was added first.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlite_utils import Database

from monitor.errors import NotFoundError, StoreError, WatchlistError
from monitor.model import Actor, Place, WatchedPlace, Watchlist
from monitor.store.db import write_transaction


class NameSource(Protocol):
    """What `get_watchlist` needs from a gazetteer: the candidates for a name."""

    def lookup(self, name: str, country: str | None = None) -> list[Place]: ...


# ---------------------------------------------------------------- rows <-> dataclasses

def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _strings(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value or "[]"))


def _place_from_row(row: dict[str, Any]) -> WatchedPlace:
    place = Place(name=row["name"], country=row["country"], geonameid=row["geonameid"],
                  names=(row["name"],), population=row["population"], latitude=row["latitude"],
                  longitude=row["longitude"])
    return WatchedPlace(place=place, aliases_added=_strings(row["aliases_added"]),
                        aliases_removed=_strings(row["aliases_removed"]),
                        controller=row["controller"], controller_since=_when(row["controller_since"]))


def _actor_from_row(row: dict[str, Any]) -> Actor:
    return Actor(name=row["name"], aliases=_strings(row["aliases"]), countries=_strings(row["countries"]),
                 government=bool(row["government"]), opposes=_strings(row["opposes"]))


def _unique(values: Iterable[str]) -> list[str]:
    """Keep the first of each value, comparing without case; drop blanks."""
    seen: set[str] = set()
    kept = []
    for value in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            kept.append(value)
    return kept


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


# ---------------------------------------------------------------- places

def get_places(db: Database) -> list[WatchedPlace]:
    """Return every watched place, by country then name."""
    return [_place_from_row(r) for r in _rows(db, "SELECT * FROM places ORDER BY country, name")]


def fold_name(name: str) -> str:
    """Fold a name for comparison: no case, no accents, one space (`Kandahār` = `kandahar`)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def get_place(db: Database, name: str, country: str | None = None) -> WatchedPlace:
    """Return the watched place called `name` (any case or accents), in `country` when given.

    Raises NotFoundError when none is watched, WatchlistError when the name is watched in
    several countries and no country was given.
    """
    sql, params = "SELECT * FROM places", []
    if country:
        sql += " WHERE country = ? COLLATE NOCASE"
        params.append(country.strip())
    rows = _rows(db, sql, params)
    key = fold_name(name)
    matching = [r for r in rows if r["name"] == name.strip()] or \
        [r for r in rows if fold_name(r["name"]) == key]
    if not matching:
        where = f" ({country.upper()})" if country else ""
        raise NotFoundError(f"{name}{where} is not watched")
    if len(matching) > 1:
        countries = ", ".join(r["country"] for r in matching)
        raise WatchlistError(f"{name} is watched in several countries ({countries}): give --country")
    return _place_from_row(matching[0])


def _find_same_place(db: Database, place: Place) -> dict[str, Any] | None:
    """Return the row already watching `place`: same GeoNames id, or same name and country."""
    if place.geonameid is not None:
        rows = _rows(db, "SELECT * FROM places WHERE geonameid = ?", [place.geonameid])
        if rows:
            return rows[0]
    key = fold_name(place.name)
    rows = _rows(db, "SELECT * FROM places WHERE country = ?", [place.country.upper()])
    same = [r for r in rows if fold_name(r["name"]) == key]
    return same[0] if same else None


def add_place(db: Database, place: Place, *, now: datetime, aliases: Iterable[str] = (),
              removed_aliases: Iterable[str] = (), controller: str | None = None,
              since: datetime | None = None, replace: bool = False) -> WatchedPlace:
    """Watch `place`; with `replace`, overwrite the place already watched as the same city.

    The same city is one with the same GeoNames id, or the same name and country. Raises
    StoreError when the place is already watched and `replace` is false.
    """
    row = {
        "name": place.name, "country": place.country.upper(), "geonameid": place.geonameid,
        "population": place.population, "latitude": place.latitude, "longitude": place.longitude,
        "aliases_added": json.dumps(_unique(aliases), ensure_ascii=False),
        "aliases_removed": json.dumps(_unique(removed_aliases), ensure_ascii=False),
        "controller": controller, "controller_since": _iso(since), "added": _iso(now),
    }
    with write_transaction(db):
        existing = _find_same_place(db, place)
        if existing and not replace:
            raise StoreError(f"{place.name} ({row['country']}) is already watched as {existing['name']}")
        if existing:
            del row["added"]
            sets = ", ".join(f"{k} = ?" for k in row)
            db.execute(f"UPDATE places SET {sets} WHERE id = ?", [*row.values(), existing["id"]])
        else:
            db.execute(f"INSERT INTO places ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
    return get_place(db, place.name, row["country"])


def delete_place(db: Database, name: str, country: str | None = None) -> WatchedPlace:
    """Stop watching a place; return what was removed. Raises NotFoundError."""
    with write_transaction(db):
        watched = get_place(db, name, country)
        db.execute("DELETE FROM places WHERE name = ? AND country = ?",
                   [watched.place.name, watched.place.country])
    return watched


def _update_place(db: Database, watched: WatchedPlace, **columns: Any) -> WatchedPlace:
    sets = ", ".join(f"{k} = ?" for k in columns)
    db.execute(f"UPDATE places SET {sets} WHERE name = ? AND country = ?",
               [*columns.values(), watched.place.name, watched.place.country])
    return get_place(db, watched.place.name, watched.place.country)


def add_place_alias(db: Database, name: str, country: str | None, alias: str) -> WatchedPlace:
    """Make `alias` a name of the place (undoing an earlier removal of it)."""
    key = alias.strip().casefold()
    if not key:
        raise WatchlistError("an alias cannot be empty")
    with write_transaction(db):
        watched = get_place(db, name, country)
        removed = [a for a in watched.aliases_removed if a.casefold() != key]
        added = _unique([*watched.aliases_added, alias])
        return _update_place(db, watched, aliases_added=json.dumps(added, ensure_ascii=False),
                             aliases_removed=json.dumps(removed, ensure_ascii=False))


def remove_place_alias(db: Database, name: str, country: str | None, alias: str) -> WatchedPlace:
    """Stop finding the place under `alias`, whether the user or the gazetteer gave it."""
    key = alias.strip().casefold()
    if not key:
        raise WatchlistError("an alias cannot be empty")
    with write_transaction(db):
        watched = get_place(db, name, country)
        if key == watched.place.name.casefold():
            raise WatchlistError(f"{alias} is the canonical name of the place; remove the place instead")
        added = [a for a in watched.aliases_added if a.casefold() != key]
        removed = _unique([*watched.aliases_removed, alias])
        return _update_place(db, watched, aliases_added=json.dumps(added, ensure_ascii=False),
                             aliases_removed=json.dumps(removed, ensure_ascii=False))


def set_controller(db: Database, name: str, country: str | None, controller: str | None,
                   since: datetime | None = None) -> WatchedPlace:
    """Record who holds the place now (None: unknown) and since when."""
    with write_transaction(db):
        watched = get_place(db, name, country)
        return _update_place(db, watched, controller=controller, controller_since=_iso(since))


# ---------------------------------------------------------------- actors and sides

def get_actors(db: Database) -> list[Actor]:
    """Return every watched actor, by name."""
    return [_actor_from_row(r) for r in _rows(db, "SELECT * FROM actors ORDER BY name COLLATE NOCASE")]


def get_actor(db: Database, name: str) -> Actor:
    """Return the actor called `name` (any case). Raises NotFoundError."""
    rows = _rows(db, "SELECT * FROM actors WHERE name = ? COLLATE NOCASE", [name.strip()])
    if not rows:
        raise NotFoundError(f"no actor named {name}")
    return _actor_from_row(rows[0])


def _set_opposes(db: Database, name: str, opposes: Iterable[str]) -> None:
    db.execute("UPDATE actors SET opposes = ? WHERE name = ?",
               [json.dumps(sorted(_unique(opposes), key=str.casefold), ensure_ascii=False), name])


def add_actor(db: Database, actor: Actor, *, now: datetime, replace: bool = False) -> Actor:
    """Watch `actor`, making its sides symmetric with the actors already there.

    An opponent not yet watched is kept by name; it joins the side when it is added.
    Raises StoreError when the actor exists and `replace` is false.
    """
    with write_transaction(db):
        rows = _rows(db, "SELECT * FROM actors WHERE name = ? COLLATE NOCASE", [actor.name])
        if rows and not replace:
            raise StoreError(f"actor {rows[0]['name']} already exists")
        name = rows[0]["name"] if rows else actor.name.strip()
        if not name:
            raise WatchlistError("an actor needs a name")
        opposes = set(_unique(actor.opposes))
        others = get_actors(db)
        opposes |= {a.name for a in others if name.casefold() in {o.casefold() for o in a.opposes}}
        canonical = {a.name.casefold(): a.name for a in others}
        opposes = {canonical.get(o.casefold(), o) for o in opposes if o.casefold() != name.casefold()}
        row = {"name": name, "aliases": json.dumps(_unique(actor.aliases), ensure_ascii=False),
               "countries": json.dumps(_unique(c.upper() for c in actor.countries)),
               "government": int(actor.government), "opposes": "[]", "added": _iso(now)}
        if rows:
            del row["added"]
            db.execute("UPDATE actors SET aliases = ?, countries = ?, government = ?, opposes = ? "
                       "WHERE name = ?", [row["aliases"], row["countries"], row["government"], "[]", name])
        else:
            db.execute(f"INSERT INTO actors ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
        _set_opposes(db, name, opposes)
        for other in others:
            if other.name in opposes:
                _set_opposes(db, other.name, [*other.opposes, name])
        return get_actor(db, name)


def delete_actor(db: Database, name: str) -> Actor:
    """Stop watching an actor and take it off every side; return what was removed."""
    with write_transaction(db):
        actor = get_actor(db, name)
        db.execute("DELETE FROM actors WHERE name = ?", [actor.name])
        key = actor.name.casefold()
        for other in get_actors(db):
            if key in {o.casefold() for o in other.opposes}:
                _set_opposes(db, other.name, [o for o in other.opposes if o.casefold() != key])
    return actor


def add_opposition(db: Database, a: str, b: str) -> tuple[Actor, Actor]:
    """Record that `a` and `b` are on opposite sides (both ways)."""
    with write_transaction(db):
        first, second = get_actor(db, a), get_actor(db, b)
        if first.name == second.name:
            raise WatchlistError(f"{first.name} cannot oppose itself")
        _set_opposes(db, first.name, [*first.opposes, second.name])
        _set_opposes(db, second.name, [*second.opposes, first.name])
        return get_actor(db, first.name), get_actor(db, second.name)


def delete_opposition(db: Database, a: str, b: str) -> tuple[Actor, Actor]:
    """Forget that `a` and `b` oppose each other (both ways). Raises NotFoundError."""
    with write_transaction(db):
        first, second = get_actor(db, a), get_actor(db, b)
        if second.name.casefold() not in {o.casefold() for o in first.opposes}:
            raise NotFoundError(f"{first.name} does not oppose {second.name}")
        _set_opposes(db, first.name, [o for o in first.opposes if o.casefold() != second.name.casefold()])
        _set_opposes(db, second.name, [o for o in second.opposes if o.casefold() != first.name.casefold()])
        return get_actor(db, first.name), get_actor(db, second.name)


def group_sides(actors: Iterable[Actor]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Split the actors linked by `opposes` into conflicts, each as (one side, the other side).

    Actors with no opponent are left out. An actor both with and against another (an odd
    cycle) stays on the side where it was first reached.
    """
    by_name = {a.name: a for a in actors}
    links: dict[str, set[str]] = {name: set() for name in by_name}
    for actor in by_name.values():
        for other in actor.opposes:
            links[actor.name].add(other)
            links.setdefault(other, set()).add(actor.name)
    side: dict[str, int] = {}
    groups = []
    for start in sorted(links, key=str.casefold):
        if start in side or not links[start]:
            continue
        side[start] = 0
        queue, members = [start], [start]
        while queue:
            current = queue.pop(0)
            for other in sorted(links[current], key=str.casefold):
                if other not in side:
                    side[other] = 1 - side[current]
                    queue.append(other)
                    members.append(other)
        groups.append((tuple(sorted((m for m in members if side[m] == 0), key=str.casefold)),
                       tuple(sorted((m for m in members if side[m] == 1), key=str.casefold))))
    return groups


def get_sides(db: Database) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Return the opposing sides among the watched actors (see `group_sides`)."""
    return group_sides(get_actors(db))


# ---------------------------------------------------------------- the whole watchlist

def place_names(watched: WatchedPlace, gazetteer: NameSource | None) -> tuple[str, ...]:
    """Return every name to look for: the gazetteer's, plus the user's, minus the removed ones."""
    place = watched.place
    found: tuple[str, ...] = ()
    if gazetteer is not None:
        candidates = gazetteer.lookup(place.name, place.country)
        if place.geonameid is not None:
            candidates = [c for c in candidates if c.geonameid == place.geonameid]
            resolve = getattr(gazetteer, "place", None)
            if not candidates and resolve is not None:  # a name the index lacks: ask by id (slower)
                try:
                    candidates = [resolve(place.name, place.country, place.geonameid)]
                except WatchlistError:
                    candidates = []
        if candidates:
            found = candidates[0].names
    removed = {a.casefold() for a in watched.aliases_removed}
    names = _unique([place.name, *found, *watched.aliases_added])
    return tuple(n for n in names if n.casefold() not in removed or n == place.name)


def _default_gazetteer() -> NameSource | None:
    try:
        from monitor.match.gazetteer import get_gazetteer
    except ImportError:  # the gazetteer module is not there: canonical names and aliases only
        return None
    return get_gazetteer()  # type: ignore[no-any-return]


def get_watchlist(db: Database, gazetteer: NameSource | None = None) -> Watchlist:
    """Return the watched places and actors, each place with every name it is found under.

    Without `gazetteer`, the package's own (monitor.match.gazetteer) is used. Opponents not
    yet watched are left out, so the result always passes the detector's checks.
    """
    source = gazetteer if gazetteer is not None else _default_gazetteer()
    places = []
    for watched in get_places(db):
        places.append(Place(name=watched.place.name, country=watched.place.country,
                            geonameid=watched.place.geonameid, names=place_names(watched, source),
                            population=watched.place.population, latitude=watched.place.latitude,
                            longitude=watched.place.longitude))
    return Watchlist(places=tuple(places), actors=tuple(drop_unknown_opponents(get_actors(db))))


def drop_unknown_opponents(actors: Iterable[Actor]) -> list[Actor]:
    """Leave out opponents that are not watched actors (named before being added)."""
    actor_list = list(actors)
    known = {a.name for a in actor_list}
    return [a if set(a.opposes) <= known else replace(a, opposes=tuple(o for o in a.opposes if o in known))
            for a in actor_list]


def import_watchlist(db: Database, places: Iterable[WatchedPlace], actors: Iterable[Actor], *,
                     now: datetime) -> tuple[int, int]:
    """Add or replace the given places and actors in one transaction; return their counts.

    A place given without a controller keeps the controller it already has.
    """
    place_list, actor_list = list(places), list(actors)
    with write_transaction(db):
        for actor in actor_list:
            add_actor(db, actor, now=now, replace=True)
        for watched in place_list:
            existing = _find_same_place(db, watched.place)
            if watched.controller is None and existing and existing["controller"]:
                watched = replace(watched, controller=existing["controller"],
                                  controller_since=_when(existing["controller_since"]))
            add_place(db, watched.place, now=now, aliases=watched.aliases_added,
                      removed_aliases=watched.aliases_removed, controller=watched.controller,
                      since=watched.controller_since, replace=True)
    return len(place_list), len(actor_list)
