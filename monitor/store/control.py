"""Query functions over the city control state: `places.controller` and `control_changes`.

Several instances may decide about one city at once (two outlets' reports of one fall, read by
two daemons). The controller is therefore written by compare-and-set on `places.version`: the
writer names the version it read, and a write that finds another version changes nothing and
says so, so its caller rolls back, reads the state again and decides again. One change, one alert.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.errors import NotFoundError
from monitor.model import Change, CityState
from monitor.store.db import Store
from monitor.store.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """A change of hands as stored, with its evidence, for `monitor history` and `cities`."""

    id: int
    place: str
    country: str
    previous: str | None
    controller: str
    since: datetime
    recorded: datetime
    status: str
    outlets: int
    confidence: float
    retake: bool
    evidence: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class City:
    """A watched city, who holds it and since when, and its last recorded change."""

    place: str
    country: str
    controller: str | None
    since: datetime | None
    last_change: ChangeRecord | None


_CHANGE_COLUMNS = ("id, place, country, previous, controller, since, recorded, status, outlets, confidence, "
                   "retake, evidence")


def _record(row: Any) -> ChangeRecord:
    id_, place, country, previous, controller, since, recorded, status, outlets, conf, retake, evidence = row
    return ChangeRecord(id_, place, country, previous, controller, from_iso(since) or datetime.min,
                        from_iso(recorded) or datetime.min, status, outlets, conf, bool(retake),
                        tuple(json.loads(evidence or "[]")))


def ensure_place(db: Store, place: str, country: str, now: datetime) -> None:
    """Make sure a row exists for a place an event names (normally it is on the watchlist already)."""
    row = db.execute("SELECT 1 FROM places WHERE name = ? COLLATE NOCASE AND country = ?",
                     [place, country]).fetchone()
    if row is None:
        db.execute("INSERT INTO places (name, country, added) VALUES (?, ?, ?)",
                   [place, country, to_iso(now)])


def get_city_state(db: Store, place: str, country: str) -> CityState:
    """Return the city's current holder, its history and its row version, for the decider."""
    row = db.execute("SELECT name, controller, controller_since, version FROM places "
                     "WHERE name = ? COLLATE NOCASE AND country = ?", [place, country]).fetchone()
    controller, since, version = (row[1], from_iso(row[2]), row[3]) if row else (None, None, 0)
    history = tuple(Change(r.id, r.previous, r.controller, r.since, r.status, r.outlets)
                    for r in get_history(db, place, country))
    return CityState(place, country, controller, since, history, version)


def set_city_controller(db: Store, place: str, country: str, controller: str | None,
                        since: datetime | None, *, version: int | None = None) -> bool:
    """Record who holds the city now (inside the caller's transaction); return whether it was written.

    With `version` (the `CityState.version` the decision was made on), the write is a
    compare-and-set: when another writer changed the city since, nothing is written and the
    result is False; the caller then rolls back, re-reads the state and decides again.
    """
    sql = ("UPDATE places SET controller = ?, controller_since = ?, version = version + 1 "
           "WHERE name = ? COLLATE NOCASE AND country = ?")
    params: list[Any] = [controller, to_iso(since), place, country]
    if version is not None:
        sql += " AND version = ?"
        params.append(version)
    return db.execute(sql, params).rowcount > 0


def add_change(db: Store, place: str, country: str, *, previous: str | None, controller: str,
               since: datetime, status: str, outlets: int, confidence: float, retake: bool,
               story_id: int | None, evidence: list[dict[str, Any]], now: datetime) -> int:
    """Append a change of hands to the city's history; return its id."""
    return db.insert(
        "INSERT INTO control_changes (place, country, previous, controller, since, recorded, status, "
        "outlets, confidence, retake, story_id, evidence, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [place, country, previous, controller, to_iso(since), to_iso(now), status, outlets, confidence,
         int(retake), story_id, json.dumps(evidence, ensure_ascii=False), to_iso(now)])


def update_change(db: Store, change_id: int, *, status: str, outlets: int | None, now: datetime) -> None:
    """Change a recorded change's status (confirmed, collapsed) and support count."""
    db.execute("UPDATE control_changes SET status = ?, outlets = coalesce(?, outlets), updated = ? "
               "WHERE id = ?", [status, outlets, to_iso(now), change_id])


def get_change(db: Store, change_id: int) -> ChangeRecord:
    """Return one change; raise NotFoundError."""
    row = db.execute(f"SELECT {_CHANGE_COLUMNS} FROM control_changes WHERE id = ?", [change_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no change with id {change_id}")
    return _record(row)


def get_history(db: Store, place: str, country: str | None = None) -> list[ChangeRecord]:
    """Return every recorded change of the place, oldest first."""
    where, params = ("place = ? COLLATE NOCASE", [place])
    if country:
        where, params = where + " AND country = ?", [place, country]
    rows = db.execute(f"SELECT {_CHANGE_COLUMNS} FROM control_changes WHERE {where} ORDER BY since, id",
                      params).fetchall()
    return [_record(r) for r in rows]


def get_cities(db: Store) -> list[City]:
    """Return every watched city with its holder and last recorded change, by name."""
    cities = []
    for name, country, controller, since in db.execute(
            "SELECT name, country, controller, controller_since FROM places ORDER BY name COLLATE NOCASE"
    ).fetchall():
        history = get_history(db, name, country)
        cities.append(City(name, country, controller, from_iso(since), history[-1] if history else None))
    return cities
