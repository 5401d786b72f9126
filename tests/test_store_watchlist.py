"""Watched places and actors in a real store: aliases, controllers, sides, get_watchlist."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.errors import NotFoundError, StoreError, WatchlistError
from monitor.model import Actor, Place, WatchedPlace
from monitor.store.db import Store, open_store
from monitor.store.watchlist import (
    add_actor,
    add_opposition,
    add_place,
    add_place_alias,
    delete_actor,
    delete_opposition,
    delete_place,
    fold_name,
    get_actor,
    get_place,
    get_places,
    get_sides,
    get_watchlist,
    group_sides,
    import_watchlist,
    place_names,
    remove_place_alias,
    set_controller,
)

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


class FakeGazetteer:
    """A two-city gazetteer implementing `lookup` like the real one (biggest first)."""

    cities = (
        Place("Riverton", "ZZ", geonameid=1, names=("Riverton", "Rivertown", "Rívertón"), population=900),
        Place("Riverton", "ZZ", geonameid=2, names=("Riverton", "Little Riverton"), population=50),
    )

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        return [c for c in self.cities if fold_name(name) in {fold_name(n) for n in c.names}
                and (country is None or c.country == country)]


@pytest.fixture
def db(store: Store) -> Store:
    """These tests run on both backends: SQLite, then PostgreSQL."""
    return store



def test_add_and_get_place_keeps_every_field(db: Store) -> None:
    """A place comes back with its id, population, position, controller and since."""
    since = datetime(2021, 8, 1, tzinfo=UTC)
    add_place(db, Place("Riverton", "zz", geonameid=1, population=900, latitude=1.5, longitude=-2.5),
              now=NOW, controller="Blue", since=since, aliases=("Rtn",))
    watched = get_place(db, "riverton")
    assert watched.place == Place("Riverton", "ZZ", 1, ("Riverton",), 900, 1.5, -2.5)
    assert (watched.controller, watched.controller_since, watched.aliases_added) == ("Blue", since, ("Rtn",))


@pytest.mark.parametrize("query", ["Riverton", "RIVERTON", "rívertón", "  riverton "])
def test_get_place_ignores_case_accents_and_spaces(db: Store, query: str) -> None:
    """A watched place is found whatever the case or accents the user types."""
    add_place(db, Place("Riverton", "ZZ"), now=NOW)
    assert get_place(db, query).place.name == "Riverton"


def test_same_city_twice_is_refused_unless_replacing(db: Store) -> None:
    """The same GeoNames id under another name is the same city: refused, or replaced on demand."""
    add_place(db, Place("Riverton", "ZZ", geonameid=1), now=NOW)
    with pytest.raises(StoreError, match="already watched as Riverton"):
        add_place(db, Place("Rivertown", "ZZ", geonameid=1), now=NOW)
    add_place(db, Place("Rivertown", "ZZ", geonameid=1), now=NOW, replace=True)
    assert [w.place.name for w in get_places(db)] == ["Rivertown"]


def test_name_in_two_countries_needs_a_country(db: Store) -> None:
    """A name watched in two countries is ambiguous until a country is given."""
    add_place(db, Place("Riverton", "ZZ"), now=NOW)
    add_place(db, Place("Riverton", "YY"), now=NOW)
    with pytest.raises(WatchlistError, match="several countries"):
        get_place(db, "Riverton")
    assert delete_place(db, "Riverton", "yy").place.country == "YY"
    assert get_place(db, "Riverton").place.country == "ZZ"
    with pytest.raises(NotFoundError):
        delete_place(db, "Riverton", "YY")


def test_aliases_add_and_remove_undo_each_other(db: Store) -> None:
    """Removing a gazetteer name hides it; adding it back undoes the removal, and vice versa."""
    add_place(db, Place("Riverton", "ZZ", geonameid=1), now=NOW)
    gazetteer = FakeGazetteer()
    watched = remove_place_alias(db, "Riverton", None, "rivertown")
    assert place_names(watched, gazetteer) == ("Riverton", "Rívertón")
    watched = add_place_alias(db, "Riverton", None, "Rivertown")
    assert watched.aliases_removed == ()
    assert place_names(watched, gazetteer) == ("Riverton", "Rivertown", "Rívertón")
    watched = add_place_alias(db, "Riverton", None, "River City")
    watched = remove_place_alias(db, "Riverton", None, "river city")
    assert watched.aliases_added == ("Rivertown",)
    with pytest.raises(WatchlistError, match="canonical name"):
        remove_place_alias(db, "Riverton", None, "RIVERTON")


def test_place_names_follow_the_geonames_id(db: Store) -> None:
    """Of two cities with one name, the stored GeoNames id picks whose names are used."""
    add_place(db, Place("Riverton", "ZZ", geonameid=2), now=NOW)
    assert get_watchlist(db, FakeGazetteer()).places[0].names == ("Riverton", "Little Riverton")


def test_set_controller_and_clear_it(db: Store) -> None:
    """The controller and its date are recorded, and can be set back to unknown."""
    add_place(db, Place("Riverton", "ZZ"), now=NOW)
    since = datetime(2021, 8, 13, 10, tzinfo=UTC)
    assert set_controller(db, "Riverton", "ZZ", "Red", since).controller_since == since
    cleared = set_controller(db, "Riverton", None, None)
    assert (cleared.controller, cleared.controller_since) == (None, None)


def test_sides_are_symmetric_whatever_the_order_of_adding(db: Store) -> None:
    """An opponent named before it exists is linked back when it is added."""
    add_actor(db, Actor("Red", opposes=("Blue",)), now=NOW)
    assert get_actor(db, "red").opposes == ("Blue",)
    add_actor(db, Actor("Blue", aliases=("Blues",)), now=NOW)
    assert get_actor(db, "Blue").opposes == ("Red",)
    with pytest.raises(StoreError, match="already exists"):
        add_actor(db, Actor("BLUE"), now=NOW)


def test_opposition_set_and_removed_both_ways(db: Store) -> None:
    """`sides set` and `sides remove` change both actors."""
    for name in ("Red", "Blue", "Green"):
        add_actor(db, Actor(name), now=NOW)
    add_opposition(db, "red", "blue")
    add_opposition(db, "Green", "Blue")
    assert get_actor(db, "Blue").opposes == ("Green", "Red")
    assert get_sides(db) == [(("Blue",), ("Green", "Red"))]
    delete_opposition(db, "Blue", "Red")
    assert get_actor(db, "Red").opposes == ()
    with pytest.raises(NotFoundError):
        delete_opposition(db, "Blue", "Red")
    with pytest.raises(WatchlistError):
        add_opposition(db, "Red", "red")


def test_deleting_an_actor_takes_it_off_every_side(db: Store) -> None:
    """No actor is left opposing one that was removed."""
    add_actor(db, Actor("Red"), now=NOW)
    add_actor(db, Actor("Blue", opposes=("Red",)), now=NOW)
    delete_actor(db, "RED")
    assert get_actor(db, "Blue").opposes == ()
    with pytest.raises(NotFoundError):
        get_actor(db, "Red")


@pytest.mark.parametrize(("links", "expected"), [
    ({}, []),
    ({"A": ["B"]}, [(("A",), ("B",))]),
    ({"A": ["B", "C"], "D": ["E"]}, [(("A",), ("B", "C")), (("D",), ("E",))]),
    ({"A": ["B"], "C": ["B"]}, [(("A", "C"), ("B",))]),
    ({"A": ["B"], "B": ["C"], "C": ["A"]}, [(("A",), ("B", "C"))]),  # odd cycle: first side wins
    ({"Lone": []}, []),
])
def test_group_sides(links: dict[str, list[str]], expected: list[object]) -> None:
    """Actors linked by `opposes` split into two sides per conflict; loners are left out."""
    actors = [Actor(name, opposes=tuple(others)) for name, others in links.items()]
    assert group_sides(actors) == expected


def test_import_replaces_entries_and_keeps_controllers(db: Store) -> None:
    """Importing updates what it names, keeps a controller the file leaves out, adds the rest."""
    add_place(db, Place("Riverton", "ZZ", geonameid=1), now=NOW, controller="Blue")
    add_place(db, Place("Hilltop", "ZZ"), now=NOW)
    places = [WatchedPlace(Place("Riverton", "ZZ", geonameid=1), aliases_added=("Rtn",)),
              WatchedPlace(Place("Lakeside", "ZZ"), controller="Red")]
    assert import_watchlist(db, places, [Actor("Red", opposes=("Blue",))], now=NOW) == (2, 1)
    by_name = {w.place.name: w for w in get_places(db)}
    assert sorted(by_name) == ["Hilltop", "Lakeside", "Riverton"]
    assert (by_name["Riverton"].controller, by_name["Riverton"].aliases_added) == ("Blue", ("Rtn",))
    assert by_name["Lakeside"].controller == "Red"


def test_writers_in_threads_do_not_lock_each_other(tmp_path: Path) -> None:
    """Several connections adding places at once all succeed (BEGIN IMMEDIATE + busy timeout)."""
    path = tmp_path / "shared.db"
    open_store(path).close()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        conn = open_store(path)
        try:
            for i in range(20):
                add_place(conn, Place(f"Town {n}-{i}", "ZZ"), now=NOW)
                add_place_alias(conn, f"Town {n}-{i}", "ZZ", f"T{n}{i}")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    check = open_store(path)
    assert len(get_places(check)) == 100
    check.close()


def test_watchlist_leaves_out_opponents_not_yet_watched(db: Store) -> None:
    """An opponent named but never added does not reach the detector's watchlist."""
    add_actor(db, Actor("Red", opposes=("Blue", "Ghost")), now=NOW)
    add_actor(db, Actor("Blue"), now=NOW)
    assert get_actor(db, "Red").opposes == ("Blue", "Ghost")
    by_name = {a.name: a for a in get_watchlist(db, FakeGazetteer()).actors}
    assert by_name["Red"].opposes == ("Blue",)
    assert by_name["Blue"].opposes == ("Red",)


def test_importing_many_places_is_fast(db: Store) -> None:
    """Importing 5,000 places takes seconds, not minutes (the store is indexed once, not per place)."""
    places = [WatchedPlace(Place(f"Town {n}", "ZZ", geonameid=n)) for n in range(5000)]
    started = time.perf_counter()
    assert import_watchlist(db, places, [], now=NOW) == (5000, 0)
    assert import_watchlist(db, places[:10], [], now=NOW) == (10, 0)  # replaced, not duplicated
    assert time.perf_counter() - started < 5
    assert len(get_places(db)) == 5000
