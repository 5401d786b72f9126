"""A side ending a town's resistance holds the town; the state's police beside armed men (issue 10).

- "put an end to the resistance of X", "a mis fin à la résistance de X", "puso fin a la
  resistencia de X", "ha posto fine alla resistenza di X", "pôs fim à resistência de X", "crushed
  the last resistance in X": who ended it took the town (not "broke the resistance of fighters near X").
- "mopped up the last pockets of Renamo resistance in X", "X was cleared of Renamo fighters",
  "had driven Renamo from X": the state's forces hold the town (not rubble, mines, positions near it).
- "Policías y paramilitares toman X", "Soldiers and militiamen took X": police or soldiers named by
  their trade, joined by "and" to armed men, are the state's, and so are the armed men, when the
  watchlist names no police of its own.

Sentences written for these tests about Mozambique in the 1980s; the watchlist is ours.
"""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

MOZ, REN = "Mozambican government", "RENAMO"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Caia", "country": "MZ"}, {"name": "Marromeu", "country": "MZ"}],
    "actors": [
        {"name": MOZ, "aliases": ["FPLM", "Mozambican army"], "countries": ["MZ"], "government": True,
         "opposes": [REN]},
        {"name": REN, "aliases": ["Renamo"], "countries": ["MZ"], "opposes": [MOZ]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "Renamo fighters crushed the last resistance in Caia on Saturday.",
        "Renamo put an end to the resistance of Caia on Saturday.",
        "La Renamo a mis fin à la résistance de Caia samedi.",
        "La Renamo puso fin a la resistencia de Caia el sábado.",
        "La Renamo ha posto fine alla resistenza di Caia sabato.",
        "A Renamo pôs fim à resistência de Caia no sábado.",
    ],
)
def test_who_ends_a_towns_resistance_holds_it(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Caia", REN)}


@pytest.mark.parametrize(
    "text",
    [
        "The FPLM broke the resistance of Renamo fighters near Caia.",
        "Renamo crushed resistance in villages around Caia.",
    ],
)
def test_resistance_of_others_or_elsewhere_is_no_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Policías y paramilitares toman Caia y ponen fin a la resistencia de la ciudad.",
        "Police and paramilitaries stormed Caia on Saturday.",
        "Soldiers and militiamen took Caia on Saturday.",
    ],
)
def test_armed_men_beside_unwatched_police_are_the_states(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Caia", MOZ)}


def test_paramilitaries_alone_are_the_governments_opponent(detector: Detector) -> None:
    assert held(detector, "Paramilitaries took Caia on Saturday.") == {("Caia", REN)}


@pytest.mark.parametrize(
    "text",
    [
        "FPLM troops mopped up the last pockets of Renamo resistance in Caia.",
        "Caia was cleared of Renamo fighters on Saturday.",
        "Government forces said they had driven Renamo from Caia.",
    ],
)
def test_the_last_pockets_cleared_or_the_other_side_driven_out(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Caia", MOZ)}


@pytest.mark.parametrize(
    "text",
    [
        "Caia was cleared of rubble on Saturday.",
        "The road to Caia was cleared of mines on Saturday.",
        "The FPLM drove Renamo from positions near Caia.",
    ],
)
def test_rubble_mines_or_positions_near_the_town_are_no_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The FPLM ended Renamo's eight-month occupation of Caia on Saturday.",
        "L'armée mozambicaine a mis fin samedi à l'occupation de Caia par la Renamo.",
        "El ejército mozambiqueño puso fin el sábado a la ocupación de Caia por la Renamo.",
        "Le FPLM hanno posto fine all'occupazione di Caia da parte della Renamo.",
        "As FPLM puseram fim à ocupação de Caia pela Renamo.",
    ],
)
def test_who_ends_the_other_sides_occupation_holds_the_town(detector: Detector, text: str) -> None:
    """The occupier named after the town ("by Renamo") is whom it was taken from, not who took it."""
    assert held(detector, text) == {("Caia", MOZ)}


@pytest.mark.parametrize(
    "text",
    ["Renamo's occupation of Caia ended on Saturday.", "The talks aim to end the occupation of Caia."],
)
def test_an_occupation_ending_by_itself_or_as_an_aim_names_no_holder(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()
