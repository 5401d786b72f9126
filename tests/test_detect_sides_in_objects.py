"""Sides named inside a capture's object, taken-from sides, and states named as states (issue 10).

"Captured the rebel-held town of X", "the Russian border town of X": a side or a nationality
inside the object says whose town it was, it does not end the object. "Seized X from the SDF":
the side it was taken from never holds it, even when a vague subject was read as that side.
A watchlist names historical states as states ("Ottoman Empire", "Kingdom of Italy", "Empire of
Japan"): their nationality phrases ("Turkish troops", "les Japonais", "die Italiener") name them.
Sentences written for these tests, about Mali 2023, Kursk 2024, Manbij 2024, Kokang 2023, Port
Arthur 1904 and Tripoli 1911.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from monitor.match.sides import state_code
from monitor.model import Actor
from tests.sentence_kit import detector_for, held

MALI, CSP = "Malian government", "CSP"
SNA, SDF = "Syrian National Army", "SDF"
WATCHLIST = {
    "places": [
        {"name": "Kidal", "country": "ML"},
        {"name": "Sudzha", "country": "RU"},
        {"name": "Manbij", "country": "SY"},
        {"name": "Laukkai", "country": "MM"},
    ],
    "actors": [
        {"name": MALI, "countries": ["ML"], "government": True, "opposes": [CSP]},
        {"name": CSP, "countries": ["ML"], "opposes": [MALI]},
        {"name": "Ukraine", "countries": ["UA"], "government": True, "opposes": ["Russia"]},
        {"name": "Russia", "countries": ["RU"], "government": True, "opposes": ["Ukraine"]},
        {"name": SNA, "aliases": ["SNA"], "countries": ["SY"], "opposes": [SDF]},
        {"name": SDF, "aliases": ["Syrian Democratic Forces"], "countries": ["SY"], "opposes": [SNA]},
        {"name": "Myanmar junta", "countries": ["MM"], "government": True, "opposes": ["MNDAA"]},
        {"name": "MNDAA", "countries": ["MM"], "opposes": ["Myanmar junta"]},
    ],
}
STATES = {
    "places": [{"name": "Port Arthur", "country": "CN"}, {"name": "Tripoli", "country": "LY"}],
    "actors": [
        {"name": "Empire of Japan", "countries": ["CN"], "opposes": ["Russian Empire"]},
        {"name": "Russian Empire", "countries": ["CN"], "government": True, "opposes": ["Empire of Japan"]},
        {"name": "Kingdom of Italy", "countries": ["LY"], "opposes": ["Ottoman Empire"]},
        {"name": "Ottoman Empire", "countries": ["LY"], "government": True, "opposes": ["Kingdom of Italy"]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.fixture(scope="module")
def states() -> Detector:
    return detector_for(STATES)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Malian troops captured the rebel stronghold of Kidal on Tuesday.", ("Kidal", MALI)),
        ("Malian troops captured the rebel-held town of Kidal on Tuesday.", ("Kidal", MALI)),
        ("Malian troops captured the separatist-held town of Kidal on Tuesday.", ("Kidal", MALI)),
        ("Ukrainian forces captured the Russian border town of Sudzha.", ("Sudzha", "Ukraine")),
        ("The MNDAA seized the border town of Laukkai, capital of the Kokang zone.", ("Laukkai", "MNDAA")),
        ("The MNDAA seized the strategic border city of Laukkai.", ("Laukkai", "MNDAA")),
        # whose town it was, when the subject is not a watched side: its opponent took it
        ("They captured the SDF-held city of Manbij on Sunday.", ("Manbij", SNA)),
        ("Fighters captured the army-held town of Kidal.", ("Kidal", CSP)),
    ],
)
def test_a_side_inside_the_object_does_not_end_it(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The SNA attacked on Sunday. Fighters captured Manbij from the SDF on Tuesday.", ("Manbij", SNA)),
        ("SNA units advanced. Militants seized Manbij from the Syrian Democratic Forces.", ("Manbij", SNA)),
        ("The rebels seized Kidal from the army after two days of fighting.", ("Kidal", CSP)),
    ],
)
def test_the_side_a_city_is_taken_from_never_holds_it(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


def test_fighters_nobody_names_take_a_city_from_a_side_for_nobody(detector: Detector) -> None:
    """Never the side it was taken from; its opponent only when the article names it."""
    assert held(detector, "Fighters captured Manbij from the SDF on Tuesday.") == set()


def test_a_border_crossing_is_still_not_the_town(detector: Detector) -> None:
    assert held(detector, "Russian troops seized the border crossing near Sudzha.") == set()


@pytest.mark.parametrize(
    "name,aliases,code",
    [
        ("Ottoman Empire", [], "TR"),
        ("Russian Empire", [], "RU"),
        ("Empire of Japan", [], "JP"),
        ("Kingdom of Italy", [], "IT"),
        ("Sublime Porte", ["Turkey"], "TR"),
        ("Islamic State", [], None),
        ("Irish Free State", [], None),
        ("Republic of Serbian Krajina", [], None),
    ],
)
def test_a_state_is_known_by_its_states_name(name: str, aliases: list[str], code: str | None) -> None:
    assert state_code(Actor(name=name, aliases=tuple(aliases), countries=("XX",))) == code


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Japanese troops captured Port Arthur.", ("Port Arthur", "Empire of Japan")),
        ("The Japanese have taken Port Arthur.", ("Port Arthur", "Empire of Japan")),
        ("Les Japonais ont pris Port-Arthur.", ("Port Arthur", "Empire of Japan")),
        ("Die Japaner haben Port Arthur eingenommen.", ("Port Arthur", "Empire of Japan")),
        ("Italian troops occupied Tripoli.", ("Tripoli", "Kingdom of Italy")),
        ("Die Italiener besetzten Tripolis.", ("Tripoli", "Kingdom of Italy")),
        ("Gli italiani hanno occupato Tripoli.", ("Tripoli", "Kingdom of Italy")),
        ("The Turks evacuated Tripoli.", ("Tripoli", "Kingdom of Italy")),
        ("Ottoman troops withdrew from Tripoli.", ("Tripoli", "Kingdom of Italy")),
        ("Die Türken räumten Tripolis.", ("Tripoli", "Kingdom of Italy")),
    ],
)
def test_nationality_phrases_name_a_state_named_as_a_state(
    states: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(states, text) == {expected}
