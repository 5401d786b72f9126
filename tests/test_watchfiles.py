"""Watchlist files: TOML and the JSON of SCHEMA.md, read and written."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor.errors import WatchlistError
from monitor.model import Actor, Place, WatchedPlace
from monitor.watchfiles import (
    WatchFile,
    dump_watchfile,
    guess_format,
    parse_since,
    parse_watchfile,
    read_watchfile,
)
from tests.conftest import SHARED

SAMPLE = WatchFile(
    places=(
        WatchedPlace(Place("Springfield", "US", geonameid=4409896, names=("Springfield",)),
                     aliases_added=("Sprinkfeld",), aliases_removed=("SGF",),
                     controller="Blue League", controller_since=datetime(2020, 3, 1, tzinfo=UTC)),
        WatchedPlace(Place("Shelbyville", "US", names=("Shelbyville",)),
                     controller="Red \"Front\"",
                     controller_since=datetime(2020, 3, 1, 14, 30, tzinfo=UTC)),
        WatchedPlace(Place("Ogdenville", "US", names=("Ogdenville",))),
    ),
    actors=(
        Actor("Blue League", aliases=("Blues", "Ligue bleue"), countries=("US",), government=True,
              opposes=('Red "Front"',)),
        Actor('Red "Front"', opposes=("Blue League",)),
    ),
)


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_round_trip_keeps_every_field(fmt: str) -> None:
    """A watchlist written then read back in either format is the same watchlist."""
    text = dump_watchfile(SAMPLE, fmt)
    assert parse_watchfile(text, fmt) == SAMPLE


def test_json_output_is_the_schema_format() -> None:
    """The JSON output is what the detector's own watchlist loader reads."""
    text = dump_watchfile(SAMPLE, "json")
    data = json.loads(text)
    assert data["places"][2] == {"name": "Ogdenville", "country": "US"}
    assert data["places"][0]["since"] == "2020-03-01"
    assert data["places"][1]["since"] == "2020-03-01T14:30:00Z"
    loader = pytest.importorskip("monitor.match.watchlist", reason="the detector's loader is not there yet")
    watchlist = loader.load_watchlist(data)
    assert [p.name for p in watchlist.places] == ["Springfield", "Shelbyville", "Ogdenville"]
    assert watchlist.actors[0].government is True


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-08-01", datetime(2021, 8, 1, tzinfo=UTC)),
    ("2021-08-01T06:00:00Z", datetime(2021, 8, 1, 6, tzinfo=UTC)),
    ("2021-08-01T08:00:00+02:00", datetime(2021, 8, 1, 6, tzinfo=UTC)),
    ("2021-08-01T06:00:00", datetime(2021, 8, 1, 6, tzinfo=UTC)),
    (date(2021, 8, 1), datetime(2021, 8, 1, tzinfo=UTC)),
    (datetime(2021, 8, 1, 6), datetime(2021, 8, 1, 6, tzinfo=UTC)),
])
def test_parse_since_accepts_dates_and_datetimes(value: object, expected: datetime) -> None:
    """`since` may be a date or a date-time, as text or as a TOML value, and comes out in UTC."""
    assert parse_since(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2021-13-01", 20210801, ""])
def test_parse_since_rejects_what_is_not_a_date(value: object) -> None:
    """Anything that is not a date is refused, naming the field."""
    with pytest.raises(WatchlistError, match=r"^places\[0\]\.since"):
        parse_since(value, "places[0].since")


def test_toml_accepts_native_dates_and_a_single_alias() -> None:
    """Hand-written TOML may use a bare date and a string where a list is expected."""
    text = """
[[places]]
name = "Capital City"
country = "us"
controller = "Blue League"
since = 2019-05-04
aliases = "Cap City"
"""
    watched = parse_watchfile(text, "toml").places[0]
    assert watched.place.country == "US"
    assert watched.controller_since == datetime(2019, 5, 4, tzinfo=UTC)
    assert watched.aliases_added == ("Cap City",)


@pytest.mark.parametrize(("text", "message"), [
    ('{"places": [{"name": "X"}]}', r"places\[0\]\.country"),
    ('{"places": [{"name": "X", "country": "USA"}]}', r"places\[0\]\.country: expected a two-letter"),
    ('{"places": [{"country": "US"}]}', r"places\[0\]\.name"),
    ('{"places": [{"name": "X", "country": "US", "geonameid": "12"}]}', r"geonameid"),
    ('{"places": {"name": "X"}}', r"places: expected a list"),
    ('{"actors": [{"name": "A", "government": "yes"}]}', r"actors\[0\]\.government"),
    ('{"actors": [{"name": "A", "aliases": [1]}]}', r"actors\[0\]\.aliases"),
    ('{"places": [{"name": "X", "country": "US"}, {"name": "x", "country": "us"}]}', r"listed twice"),
    ('{"actors": [{"name": "A"}, {"name": "a"}]}', r"actors: a is listed twice"),
    ('[1, 2]', r"expected an object"),
    ('{"places": [', r"not valid JSON"),
])
def test_invalid_json_is_refused_with_the_place_of_the_error(text: str, message: str) -> None:
    """A bad watchlist raises WatchlistError saying which entry and which field is wrong."""
    with pytest.raises(WatchlistError, match=message):
        parse_watchfile(text, "json")


def test_invalid_toml_is_refused() -> None:
    """A TOML syntax error becomes a WatchlistError."""
    with pytest.raises(WatchlistError, match="not valid TOML"):
        parse_watchfile("[[places]\nname=", "toml")


def test_unknown_keys_are_reported_not_fatal() -> None:
    """Unknown keys (a typo, a note) are listed so the CLI can warn, and the rest still loads."""
    text = '{"places": [{"name": "X", "country": "US", "contry": "FR"}], "version": 2}'
    watchfile = parse_watchfile(text, "json")
    assert watchfile.ignored == ("version", "places[0].contry")
    assert watchfile.places[0].place.name == "X"


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("list.toml", "{}", "toml"),
    ("list.JSON", "x = 1", "json"),
    ("list.txt", '  {"places": []}', "json"),
    ("list", "[[places]]", "toml"),
])
def test_guess_format(name: str, text: str, expected: str) -> None:
    """The suffix decides the format; without one, a leading brace means JSON."""
    assert guess_format(name, text) == expected


def test_read_watchfile_names_the_file(tmp_path: Path) -> None:
    """Errors from reading a file start with its path."""
    path = tmp_path / "bad.json"
    path.write_text('{"places": [{"name": "X"}]}', encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"bad\.json: places\[0\]\.country"):
        read_watchfile(path)
    with pytest.raises(WatchlistError, match=r"missing\.toml: cannot read"):
        read_watchfile(tmp_path / "missing.toml")


def test_shared_eval_watchlist_parses() -> None:
    """The evaluation set's watchlist is a valid watchlist file."""
    path = SHARED / "eval" / "watchlist.json"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared evaluation set is not mounted)")
    watchfile = read_watchfile(path)
    assert len(watchfile.places) > 10
    assert watchfile.ignored == ()
    assert {a.name for a in watchfile.actors} >= {"Taliban"}
