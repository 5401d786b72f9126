"""Query functions over the watched places (table `places` of migration m002), and the whole
watchlist: places with every name they are found under, plus the actors of `store.actors`.

Places are keyed by (name, country); names are compared without case or accents.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

from monitor.errors import NotFoundError, StoreError, WatchlistError
from monitor.model import Actor, Place, WatchedPlace, Watchlist
from monitor.store._rows import rows as _rows
from monitor.store._rows import strings as _strings
from monitor.store._rows import unique as _unique
from monitor.store.actors import (  # re-exported: one import gives callers the whole watchlist
    add_actor,
    add_opposition,
    delete_actor,
    delete_opposition,
    drop_unknown_opponents,
    get_actor,
    get_actors,
    get_sides,
    group_sides,
)
from monitor.store.db import Store, write_transaction
from monitor.store.times import from_iso, to_iso

__all__ = [
    "NameSource", "add_actor", "add_opposition", "add_place", "add_place_alias", "delete_actor",
    "delete_opposition", "delete_place", "drop_unknown_opponents", "fold_name", "get_actor",
    "get_actors", "get_place", "get_places", "get_sides", "get_watchlist", "group_sides",
    "import_watchlist", "place_names", "remove_place_alias", "set_controller",
]


class NameSource(Protocol):
    """What `get_watchlist` needs from a gazetteer: the candidates for a name."""

    def lookup(self, name: str, country: str | None = None) -> list[Place]: ...


def _place_from_row(row: dict[str, Any]) -> WatchedPlace:
    place = Place(name=row["name"], country=row["country"], geonameid=row["geonameid"],
                  names=(row["name"],), population=row["population"], latitude=row["latitude"],
                  longitude=row["longitude"])
    return WatchedPlace(place=place, aliases_added=_strings(row["aliases_added"]),
                        aliases_removed=_strings(row["aliases_removed"]),
                        controller=row["controller"], controller_since=from_iso(row["controller_since"]))


# ---------------------------------------------------------------- places

def get_places(db: Store) -> list[WatchedPlace]:
    """Return every watched place, by country then name."""
    return [_place_from_row(r) for r in _rows(db, "SELECT * FROM places ORDER BY country, name")]


def fold_name(name: str) -> str:
    """Fold a name for comparison: no case, no accents, one space (`Kandahār` = `kandahar`)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def get_place(db: Store, name: str, country: str | None = None) -> WatchedPlace:
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


def _find_same_place(db: Store, place: Place) -> dict[str, Any] | None:
    """Return the row already watching `place`: same GeoNames id, or same name and country."""
    if place.geonameid is not None:
        rows = _rows(db, "SELECT * FROM places WHERE geonameid = ?", [place.geonameid])
        if rows:
            return rows[0]
    key = fold_name(place.name)
    rows = _rows(db, "SELECT * FROM places WHERE country = ?", [place.country.upper()])
    same = [r for r in rows if fold_name(r["name"]) == key]
    return same[0] if same else None


def _place_row(place: Place, *, now: datetime, aliases: Iterable[str], removed_aliases: Iterable[str],
               controller: str | None, since: datetime | None) -> dict[str, Any]:
    return {
        "name": place.name, "country": place.country.upper(), "geonameid": place.geonameid,
        "population": place.population, "latitude": place.latitude, "longitude": place.longitude,
        "aliases_added": json.dumps(_unique(aliases), ensure_ascii=False),
        "aliases_removed": json.dumps(_unique(removed_aliases), ensure_ascii=False),
        "controller": controller, "controller_since": to_iso(since), "added": to_iso(now),
    }


def _write_place(db: Store, row: dict[str, Any], existing_id: int | None) -> int:
    """Insert the row, or overwrite row `existing_id` (keeping when it was first added); return its id.

    An overwrite that changes the controller moves the row's version on, like `set_city_controller`.
    """
    if existing_id is not None:
        values = {k: v for k, v in row.items() if k != "added"}
        sets = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE places SET {sets}, version = version + 1 WHERE id = ?",
                   [*values.values(), existing_id])
        return existing_id
    return db.insert(f"INSERT INTO places ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                     list(row.values()))


def add_place(db: Store, place: Place, *, now: datetime, aliases: Iterable[str] = (),
              removed_aliases: Iterable[str] = (), controller: str | None = None,
              since: datetime | None = None, replace: bool = False) -> WatchedPlace:
    """Watch `place`; with `replace`, overwrite the place already watched as the same city.

    The same city is one with the same GeoNames id, or the same name and country. Raises
    StoreError when the place is already watched and `replace` is false.
    """
    row = _place_row(place, now=now, aliases=aliases, removed_aliases=removed_aliases,
                     controller=controller, since=since)
    with write_transaction(db):
        existing = _find_same_place(db, place)
        if existing and not replace:
            raise StoreError(f"{place.name} ({row['country']}) is already watched as {existing['name']}")
        _write_place(db, row, existing["id"] if existing else None)
    return get_place(db, place.name, place.country.upper())


def delete_place(db: Store, name: str, country: str | None = None) -> WatchedPlace:
    """Stop watching a place; return what was removed. Raises NotFoundError."""
    with write_transaction(db):
        watched = get_place(db, name, country)
        db.execute("DELETE FROM places WHERE name = ? AND country = ?",
                   [watched.place.name, watched.place.country])
    return watched


def _update_place(db: Store, watched: WatchedPlace, **columns: Any) -> WatchedPlace:
    sets = ", ".join(f"{k} = ?" for k in columns)
    db.execute(f"UPDATE places SET {sets}, version = version + 1 WHERE name = ? AND country = ?",
               [*columns.values(), watched.place.name, watched.place.country])
    return get_place(db, watched.place.name, watched.place.country)


def add_place_alias(db: Store, name: str, country: str | None, alias: str) -> WatchedPlace:
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


def remove_place_alias(db: Store, name: str, country: str | None, alias: str) -> WatchedPlace:
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


def set_controller(db: Store, name: str, country: str | None, controller: str | None,
                   since: datetime | None = None) -> WatchedPlace:
    """Record who holds the place now (None: unknown) and since when."""
    with write_transaction(db):
        watched = get_place(db, name, country)
        return _update_place(db, watched, controller=controller, controller_since=to_iso(since))


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
    return get_gazetteer()


def get_watchlist(db: Store, gazetteer: NameSource | None = None) -> Watchlist:
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


def import_watchlist(db: Store, places: Iterable[WatchedPlace], actors: Iterable[Actor], *,
                     now: datetime) -> tuple[int, int]:
    """Add or replace the given places and actors in one transaction; return their counts.

    A place given without a controller keeps the controller it already has. The watched
    places are indexed once, so importing 10,000 places costs seconds, not minutes.
    """
    place_list, actor_list = list(places), list(actors)
    with write_transaction(db):
        for actor in actor_list:
            add_actor(db, actor, now=now, replace=True)
        by_id: dict[int, dict[str, Any]] = {}
        by_key: dict[tuple[str, str], dict[str, Any]] = {}
        for row in _rows(db, "SELECT id, name, country, geonameid, controller, controller_since FROM places"):
            if row["geonameid"] is not None:
                by_id.setdefault(row["geonameid"], row)
            by_key.setdefault((fold_name(row["name"]), row["country"]), row)
        for watched in place_list:
            p = watched.place
            key = (fold_name(p.name), p.country.upper())
            existing = (by_id.get(p.geonameid) if p.geonameid is not None else None) or by_key.get(key)
            controller, since = watched.controller, watched.controller_since
            if controller is None and existing and existing["controller"]:
                controller, since = existing["controller"], from_iso(existing["controller_since"])
            row = _place_row(p, now=now, aliases=watched.aliases_added,
                             removed_aliases=watched.aliases_removed, controller=controller, since=since)
            new_id = _write_place(db, row, existing["id"] if existing else None)
            if existing is None:
                existing = {"id": new_id, "controller": controller, "controller_since": to_iso(since)}
            else:
                existing = {**existing, "controller": controller, "controller_since": to_iso(since)}
            if p.geonameid is not None:
                by_id[p.geonameid] = existing
            by_key[key] = existing
    return len(place_list), len(actor_list)
