"""Who took a city in "A routed B and took X" or "after the fall of X, A turned to Y", and older
wordings of a change (issue 10).

"The army routed the Taliban and retook X": the side after the first verb is its object, the
subject of both verbs opens the clause (not "A and B took X"). After a fall, the side that moves
on to the next town won it; the side that regroups or holds no more lost it. Wordings of older dispatches and
of today's: "made themselves masters of X", "are now masters of X", "carried by assault", "was won
by", "the capitulation of X", "X is again in Y's hands". Sentences written for these tests,
about Afghanistan and Somalia.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held
from tests.test_detect_reported_falls import WATCHLIST

AFG, TALIBAN = "Afghan government", "Taliban"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text,holder",
    [
        ("The army routed the Taliban and retook Kunduz.", AFG),
        ("The Taliban defeated government forces and seized Kunduz.", TALIBAN),
        ("The Taliban routed government troops and took the city of Kunduz.", TALIBAN),
        ("Die Taliban schlugen die Armee und eroberten Kunduz.", TALIBAN),
    ],
)
def test_the_side_after_a_first_verb_is_its_object_not_the_takers(
    detector: Detector, text: str, holder: str
) -> None:
    assert held(detector, text) == {("Kunduz", holder)}


@pytest.mark.parametrize(
    "text,holder",
    [
        ("Kunduz was carried by assault by the Taliban on Monday.", TALIBAN),
        ("The Taliban made themselves masters of Kunduz on Monday.", TALIBAN),
        ("The Taliban are now masters of Kunduz.", TALIBAN),
        ("The capitulation of Kunduz to the Taliban was signed on Monday.", TALIBAN),
        ("Kunduz was won by the Taliban after a three-day battle.", TALIBAN),
        ("Kunduz is once again in Taliban hands.", TALIBAN),
        ("Kunduz is again under government control.", AFG),
    ],
)
def test_older_and_other_wordings_of_a_change(detector: Detector, text: str, holder: str) -> None:
    assert held(detector, text) == {("Kunduz", holder)}


@pytest.mark.parametrize(
    "text",
    [
        "The battle was won by the Taliban near Kunduz.",
        "The capitulation of Kunduz is expected within days.",
        "Kunduz was again in the news on Monday.",
    ],
)
def test_what_only_looks_like_them_is_no_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()


@pytest.mark.parametrize(
    "text,holder",
    [
        ("After the fall of Kunduz, the Taliban turned to Baghlan.", TALIBAN),
        ("Après la chute de Kunduz, les talibans se sont tournés vers Baghlan.", TALIBAN),
        ("Nach dem Fall von Kundus rückten die Taliban auf Baghlan vor.", TALIBAN),
        # who stays behind, regroups or holds no more lost the city
        ("After the fall of Kunduz, the army regrouped in Baghlan.", TALIBAN),
        ("Après la chute de Kunduz, l'armée ne tient plus que Baghlan.", TALIBAN),
    ],
)
def test_after_a_fall_the_side_that_moves_on_won_it(detector: Detector, text: str, holder: str) -> None:
    assert held(detector, text) == {("Kunduz", holder)}


def test_after_a_fall_the_side_that_takes_another_town_won_it(detector: Detector) -> None:
    text = "The day after the fall of Kunduz, the Taliban took Baghlan."
    assert held(detector, text) == {("Kunduz", TALIBAN)}
