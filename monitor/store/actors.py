"""Query functions over the watched actors and their sides (table `actors` of migration m002).

Sides are kept symmetric: when A opposes B, B opposes A, whichever of the two was added first.
Names are compared without case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from monitor.errors import NotFoundError, StoreError, WatchlistError
from monitor.model import Actor
from monitor.store._rows import rows as _rows
from monitor.store._rows import strings as _strings
from monitor.store._rows import unique as _unique
from monitor.store.db import Store, write_transaction
from monitor.store.times import to_iso


def _actor_from_row(row: dict[str, Any]) -> Actor:
    return Actor(name=row["name"], aliases=_strings(row["aliases"]), countries=_strings(row["countries"]),
                 government=bool(row["government"]), opposes=_strings(row["opposes"]))



def get_actors(db: Store) -> list[Actor]:
    """Return every watched actor, by name."""
    return [_actor_from_row(r) for r in _rows(db, "SELECT * FROM actors ORDER BY name COLLATE NOCASE")]


def get_actor(db: Store, name: str) -> Actor:
    """Return the actor called `name` (any case). Raises NotFoundError."""
    rows = _rows(db, "SELECT * FROM actors WHERE name = ? COLLATE NOCASE", [name.strip()])
    if not rows:
        raise NotFoundError(f"no actor named {name}")
    return _actor_from_row(rows[0])


def _set_opposes(db: Store, name: str, opposes: Iterable[str]) -> None:
    db.execute("UPDATE actors SET opposes = ? WHERE name = ?",
               [json.dumps(sorted(_unique(opposes), key=str.casefold), ensure_ascii=False), name])


def add_actor(db: Store, actor: Actor, *, now: datetime, replace: bool = False) -> Actor:
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
               "government": int(actor.government), "opposes": "[]", "added": to_iso(now)}
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


def delete_actor(db: Store, name: str) -> Actor:
    """Stop watching an actor and take it off every side; return what was removed."""
    with write_transaction(db):
        actor = get_actor(db, name)
        db.execute("DELETE FROM actors WHERE name = ?", [actor.name])
        key = actor.name.casefold()
        for other in get_actors(db):
            if key in {o.casefold() for o in other.opposes}:
                _set_opposes(db, other.name, [o for o in other.opposes if o.casefold() != key])
    return actor


def add_opposition(db: Store, a: str, b: str) -> tuple[Actor, Actor]:
    """Record that `a` and `b` are on opposite sides (both ways)."""
    with write_transaction(db):
        first, second = get_actor(db, a), get_actor(db, b)
        if first.name == second.name:
            raise WatchlistError(f"{first.name} cannot oppose itself")
        _set_opposes(db, first.name, [*first.opposes, second.name])
        _set_opposes(db, second.name, [*second.opposes, first.name])
        return get_actor(db, first.name), get_actor(db, second.name)


def delete_opposition(db: Store, a: str, b: str) -> tuple[Actor, Actor]:
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


def get_sides(db: Store) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Return the opposing sides among the watched actors (see `group_sides`)."""
    return group_sides(get_actors(db))


def drop_unknown_opponents(actors: Iterable[Actor]) -> list[Actor]:
    """Leave out opponents that are not watched actors (named before being added)."""
    actor_list = list(actors)
    known = {a.name for a in actor_list}
    return [a if set(a.opposes) <= known else replace(a, opposes=tuple(o for o in a.opposes if o in known))
            for a in actor_list]


