"""Loading the SCHEMA.md watchlist JSON into a Watchlist, with the gazetteer's spellings."""

from __future__ import annotations

import json
from typing import Any

import pytest

from monitor.errors import WatchlistError
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import dump_watchlist, load_watchlist
from tests.conftest import SHARED

DATA: dict[str, Any] = {
    "places": [
        {"name": "Kandahar", "country": "AF"},
        {"name": "Lashkar Gah", "country": "AF", "aliases": ["Lash"], "removed_aliases": ["Laskargah"]},
    ],
    "actors": [
        {"name": "Taliban", "aliases": ["Islamic Emirate"], "countries": ["AF"],
         "opposes": ["Afghan government"]},
        {"name": "Afghan government", "aliases": ["ANDSF"], "countries": ["AF"], "government": True,
         "opposes": ["Taliban"]},
    ],
}


def test_load_without_gazetteer_keeps_given_names() -> None:
    """Without a gazetteer, a place is looked for under its own name and the user's aliases."""
    watchlist = load_watchlist(DATA)
    assert [p.names for p in watchlist.places] == [("Kandahar",), ("Lashkar Gah", "Lash")]
    assert watchlist.actors[1].government is True
    assert watchlist.actors[0].opposes == ("Afghan government",)


def test_load_with_gazetteer_adds_spellings_and_applies_user_changes() -> None:
    """The gazetteer supplies spellings; the user's alias is added and the removed one is gone."""
    watchlist = load_watchlist(DATA, get_gazetteer())
    kandahar, lashkar = watchlist.places
    assert kandahar.name == "Kandahar" and "Qandahar" in kandahar.names
    assert lashkar.name == "Lashkar Gah"
    assert "Lash" in lashkar.names and "Lashkargah" in lashkar.names
    assert "Laskargah" not in lashkar.names
    assert lashkar.geonameid is not None and lashkar.population


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected an object"),
        ({"places": {}}, "places: expected a list"),
        ({"places": [{"name": "Kabul"}]}, r"places\[0\].country"),
        ({"places": [{"name": "Kabul", "country": "Afghanistan"}]}, "two-letter"),
        ({"places": [{"name": "", "country": "AF"}]}, r"places\[0\].name"),
        ({"places": [{"name": "Kabul", "country": "AF"}, {"name": "kabul", "country": "AF"}]}, "twice"),
        ({"actors": [{"name": "A", "government": "yes"}]}, "true or false"),
        ({"actors": [{"name": "A", "opposes": ["B"]}]}, r"actors\[0\].opposes: 'B' is not a watched actor"),
        ({"actors": [{"name": "A"}, {"name": "A"}]}, "listed twice"),
        ({"actors": [{"name": "A", "aliases": "B"}, {"name": "C", "aliases": [3]}]}, r"actors\[1\].aliases"),
    ],
)
def test_bad_watchlists_are_refused_with_a_clear_message(data: Any, message: str) -> None:
    """A malformed entry raises WatchlistError naming the entry and what is wrong."""
    with pytest.raises(WatchlistError, match=message):
        load_watchlist(data)


def test_ambiguous_place_names_the_entry_when_strict() -> None:
    """In strict mode a place the gazetteer cannot tell apart is refused, naming the entry."""
    data = {"places": [{"name": "Kabul", "country": "AF"}, {"name": "Salamanca", "country": "ES"}]}
    with pytest.raises(WatchlistError, match=r"places\[1\]: Salamanca \(ES\) is ambiguous"):
        load_watchlist(data, get_gazetteer(), strict=True)


def test_ambiguous_place_takes_the_biggest_city_by_default() -> None:
    """A detection run is not refused for an ambiguous name: the biggest city's spellings are used."""
    data = {"places": [{"name": "Salamanca", "country": "ES"}]}
    gazetteer = get_gazetteer()
    place = load_watchlist(data, gazetteer).places[0]
    assert place.name == "Salamanca"
    assert place.geonameid == gazetteer.lookup("Salamanca", "ES")[0].geonameid


def test_unknown_place_matches_by_its_own_names() -> None:
    """A place the gazetteer lacks is kept with its watchlist name and aliases, and is found in text."""
    from monitor.match.places import PlaceMatcher

    data = {"places": [{"name": "Qaryat al-Zeitoun", "country": "SY", "aliases": ["Zeitoun Village"]}]}
    place = load_watchlist(data, get_gazetteer()).places[0]
    assert place.geonameid is None
    assert place.names == ("Qaryat al-Zeitoun", "Zeitoun Village")
    matcher = PlaceMatcher([place])
    found = [m.surface for m in matcher.find("Rebels entered Qaryat el-Zeitoun, near Zeitoun Village.")]
    assert found == ["Qaryat el-Zeitoun", "Zeitoun Village"]


def test_spellings_inside_an_actor_name_are_dropped() -> None:
    """A city spelling that is part of a watched actor's name ("Al-Sham") is not looked for."""
    data = {"places": [{"name": "Damascus", "country": "SY"}],
            "actors": [{"name": "Hayat Tahrir al-Sham", "countries": ["SY"]}]}
    with_actor = load_watchlist(data, get_gazetteer()).places[0]
    without = load_watchlist({"places": data["places"]}, get_gazetteer()).places[0]
    assert "Al-Sham" in without.names
    assert "Al-Sham" not in with_actor.names and "Damas" in with_actor.names


def test_dump_round_trips() -> None:
    """Dumping a loaded watchlist and loading it again gives the same places and actors."""
    first = load_watchlist(DATA, get_gazetteer())
    dumped = dump_watchlist(first)
    geonameid = first.places[0].geonameid
    assert dumped["places"][0] == {"name": "Kandahar", "country": "AF", "geonameid": geonameid}
    again = load_watchlist(json.loads(json.dumps(dumped)), get_gazetteer())
    assert [p.geonameid for p in again.places] == [p.geonameid for p in first.places]
    assert again.actors == first.actors


def test_the_shared_evaluation_watchlist_loads() -> None:
    """The evaluation watchlist resolves every place to a GeoNames city in its country."""
    path = SHARED / "eval" / "watchlist.json"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared evaluation files are not here)")
    watchlist = load_watchlist(json.loads(path.read_text(encoding="utf-8")), get_gazetteer())
    assert watchlist.places and all(p.geonameid is not None for p in watchlist.places)
    assert all(len(p.names) > 1 for p in watchlist.places)
