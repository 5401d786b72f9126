"""Recall on unseen conflicts (issue 10): "its recapture by the army" is the recapture of the city
named before it in the sentence; a change said with no holder goes to the opponent of the one
side the article says gave ground ("Soldiers entered the town after the RSF withdrew").

Sentences of our own about Sudan, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

SAF = "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands celebrated in the streets of Singa after its recapture by the army.",
        "Des milliers de personnes ont fêté dans les rues de Singa sa reprise par l'armée.",
        "Miles de personas celebraron en las calles de Singa su recuperación por el ejército.",
    ],
)
def test_its_recapture_is_the_citys(text: str) -> None:
    assert _changes(text) == {("Singa", SAF)}


@pytest.mark.parametrize(
    "text",
    [
        "Singa has been quiet since its capture by the RSF last year.",
        "Residents of Singa fear its capture by the RSF.",
    ],
)
def test_an_old_or_feared_capture_is_no_news(text: str) -> None:
    assert _changes(text) == set()


def test_the_opponent_of_who_gave_ground_holds_what_unnamed_soldiers_entered() -> None:
    text = "Singa: the army is back. Soldiers entered the town on Saturday after the RSF withdrew."
    assert _changes(text) == {("Singa", SAF)}


def test_a_named_unwatched_group_is_not_replaced_by_the_losers_opponent() -> None:
    # The Beja Congress is no watched side: the army left, but not to the RSF.
    text = "Beja Congress fighters seized Singa on Saturday after SAF troops pulled out of the town."
    assert _changes(text) == set()
