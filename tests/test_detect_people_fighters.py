"""A people's armed side under its other names: "guerrillas" for "rebels", "the Kurds" (corpus 7).

A watched "Kurdish rebels" or "Shiite rebels" was not found in "Los guerrilleros kurdos se
apoderaron de X", "I curdi prendono X", "Rebeldes xiitas assumiram o controlo de X": the press
uses rebels, guerrillas, insurgents and fighters alike, and the people's own name for its
fighters (`monitor.match.fighters`); and the Shiites and Sunnis were no known people. Our own
sentences about Mali 2012, Iraq 2004, Myanmar and northern Syria, against a watchlist of this file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import pytest

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist

DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)

WATCHLIST = {
    "places": [
        {"name": "Kidal", "country": "ML"},
        {"name": "Gao", "country": "ML"},
        {"name": "Ramadi", "country": "IQ"},
        {"name": "Myawaddy", "country": "MM"},
        {"name": "Qamishli", "country": "SY"},
    ],
    "actors": [
        {"name": "Tuareg rebels", "countries": ["ML"], "opposes": ["Malian government"]},
        {"name": "Malian government", "countries": ["ML"], "government": True, "opposes": ["Tuareg rebels"]},
        {"name": "Sunni insurgents", "countries": ["IQ"], "opposes": ["Iraqi government"]},
        {"name": "Iraqi government", "countries": ["IQ"], "government": True,
         "opposes": ["Sunni insurgents"]},
        {"name": "Karen rebels", "countries": ["MM"], "opposes": ["Myanmar military"]},
        {"name": "Myanmar military", "countries": ["MM"], "government": True, "opposes": ["Karen rebels"]},
        {"name": "Kurdish fighters", "countries": ["SY"], "opposes": ["Syrian government"]},
        {"name": "Syrian government", "countries": ["SY"], "government": True,
         "opposes": ["Kurdish fighters"]},
    ],
}

TUAREG, SUNNI, KAREN, KURDS = "Tuareg rebels", "Sunni insurgents", "Karen rebels", "Kurdish fighters"


@cache
def _detector() -> Detector:
    return make_detector(load_watchlist(WATCHLIST, gazetteer=get_gazetteer()))


def held(text: str) -> set[tuple[str, str]]:
    return {(e.place, e.controller) for e in _detector().detect("", text, DAY) if e.controller}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuareg fighters seized Kidal on Friday.", {("Kidal", TUAREG)}),
        ("Les guérilleros touaregs se sont emparés de Gao.", {("Gao", TUAREG)}),
        ("Sunni guerrillas took control of Ramadi on Monday.", {("Ramadi", SUNNI)}),
        ("Los insurgentes suníes tomaron Ramadi.", {("Ramadi", SUNNI)}),
        ("Karen guerrillas captured Myawaddy.", {("Myawaddy", KAREN)}),
        ("Kurdish rebels took Qamishli after a week of fighting.", {("Qamishli", KURDS)}),
        ("I guerriglieri curdi hanno preso il controllo di Qamishli.", {("Qamishli", KURDS)}),
    ],
)
def test_a_peoples_fighters_under_another_word(text: str, expected: set[tuple[str, str]]) -> None:
    """Rebels, guerrillas, insurgents, fighters of one people are the one watched side."""
    assert held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kurds took Qamishli on Sunday.", {("Qamishli", KURDS)}),
        ("Los kurdos tomaron Qamishli.", {("Qamishli", KURDS)}),
        ("I curdi hanno conquistato Qamishli.", {("Qamishli", KURDS)}),
        ("Die Kurden haben Qamischli eingenommen.", {("Qamishli", KURDS)}),
        ("Les Touaregs ont pris Kidal.", {("Kidal", TUAREG)}),
    ],
)
def test_the_people_names_its_fighters(text: str, expected: set[tuple[str, str]]) -> None:
    """"The Kurds", "los kurdos", "die Kurden" taking a city are the people's watched fighters."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish civilians fled Qamishli.",
        "The Kurds of Qamishli fear a new offensive.",
        "Tuareg fighters are advancing on Kidal.",
        "Los kurdos no lograron tomar Qamishli.",
        "Sunni guerrillas shelled Ramadi overnight.",
        "Les Touaregs promettent de reprendre Kidal.",
    ],
)
def test_the_new_names_keep_the_limits_of_a_change(text: str) -> None:
    """Civilians fleeing, an advance, a failure, a shelling or a promise stay no change."""
    assert held(text) == set()


def test_a_countrys_nationality_is_not_a_people() -> None:
    """"Libyan rebels" gets no "the Libyans": a country's people is its nationality, not a side."""
    from monitor.match.fighters import fighter_aliases, people_keys

    assert (people_keys({"Libyan rebels"}), fighter_aliases({"Libyan rebels"})) == (set(), ())
    assert "the kurds" in people_keys({"Kurdish rebels"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunni Muslim insurgents took control of Ramadi on Monday.", {("Ramadi", SUNNI)}),
        ("Sunni Muslim guerrillas seized Ramadi overnight.", {("Ramadi", SUNNI)}),
    ],
)
def test_a_branch_of_islam_written_with_muslim(text: str, expected: set[tuple[str, str]]) -> None:
    """"Sunni Muslim insurgents" are the watched "Sunni insurgents"."""
    assert held(text) == expected


def test_muslim_alone_names_no_side() -> None:
    """Muslim clerics or civilians are no side; a Kurdish people gets no "Muslim" variant."""
    from monitor.match.fighters import fighter_aliases

    assert held("Sunni Muslim clerics fled Ramadi.") == set()
    assert not any("Muslim" in a for a in fighter_aliases({"Kurdish rebels"}))
