"""The side a taker fought its way in against lost the town (corpus 16's wrong holders).

"Militiamen took X after a gunbattle with members of Y": when no clause names who took the town,
Y is the side that lost it (`held_before`), so the holder guessed from the article is not Y.
Sentences written for these tests, about the war in northern Mali (2012).
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

MNLA, ANSAR = "MNLA", "Ansar Dine"
WATCHLIST = {
    "places": [{"name": "Kidal", "country": "ML"}, {"name": "Gao", "country": "ML"}],
    "actors": [
        {"name": MNLA, "aliases": ["National Movement for the Liberation of Azawad"], "countries": ["ML"],
         "opposes": [ANSAR]},
        {"name": ANSAR, "aliases": ["Ansar Eddine"], "countries": ["ML"], "opposes": [MNLA]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "Tuareg fighters took Kidal on Sunday after a gunbattle with members of Ansar Dine, the MNLA said.",
        "Des combattants touareg ont pris Kidal dimanche après des combats avec Ansar Dine, selon le MNLA.",
        "Milicianos tuareg tomaron Kidal tras un tiroteo con miembros de Ansar Dine, dijo el MNLA.",
    ],
)
def test_who_the_taker_fought_is_not_guessed_as_the_holder(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Kidal", MNLA)}


def test_a_fight_elsewhere_does_not_make_a_loser(detector: Detector) -> None:
    text = "Ansar Dine fighters took Kidal on Sunday, a week after a battle with the MNLA near Gao."
    assert held(detector, text) == {("Kidal", ANSAR)}
