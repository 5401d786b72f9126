"""Departures that leave a town's holder in place (issue 10): raiders after a looting, arms moved out.

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. Raiders who
leave "after a looting spree", "tras un saqueo", "nach einer kurzen Plünderung" never held the
town; a side that moves its heavy weapons out of it stays. A side that leaves after another's
looting ("after the looting of the market by RSF fighters") and a side that leaves with its troops
still hand the town to their enemy.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The RSF left Singa after a looting spree.",
        "Las FAR abandonaron Singa tras un saqueo.",
        "Les FSR ont quitté Singa après le pillage du marché.",
        "Die RSF haben Singa nach einer kurzen Plünderung wieder verlassen.",
        "Die RSF zogen nach einer Plünderung aus Singa ab.",
    ],
)
def test_raiders_leaving_after_their_looting_never_held_the_town(text: str) -> None:
    """The looters went back: the town's holder keeps it."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The army pulled its heavy weapons out of Singa under the ceasefire deal.",
        "L'armée a retiré ses armes lourdes de Singa.",
        "El ejército retiró su artillería de Singa.",
        "Die Armee hat schwere Waffen aus Singa abgezogen.",
    ],
)
def test_arms_moved_out_are_not_the_side_leaving(text: str) -> None:
    """Weapons and artillery leave; the army stays."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from Singa after the looting of the market by RSF fighters.",
        "Die Armee hat Singa nach Plünderungen durch RSF-Kämpfer verlassen.",
        "The army withdrew its troops from Singa on Saturday.",
    ],
)
def test_a_side_leaving_still_hands_the_town_over(text: str) -> None:
    """Another's looting, or the side's own troops leaving: its enemy holds the town."""
    assert corpus_changes(text) == {("Singa", RSF)}
