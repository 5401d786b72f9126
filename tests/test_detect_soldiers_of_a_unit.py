"""Soldiers "of" a unit before the verb do not make the town theirs (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. "Los
soldados de la brigada recuperaron X": the "de" links the soldiers to their brigade, before the
verb; it is no "the police headquarters of X" that would make X a building's town. After the verb
such a link still holds ("tomaron el cuartel de la policía de X": the barracks, not X).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

SAF = "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Los soldados de la brigada recuperaron Wad Madani el martes.",
        "Las tropas de la división recuperaron Wad Madani.",
        "Les soldats de la brigade ont repris Wad Madani mardi.",
    ],
)
def test_soldiers_of_a_unit_retake_the_town(text: str) -> None:
    """The town after the verb is its object, whatever the soldiers belong to."""
    assert corpus_changes(text) == {("Wad Madani", SAF)}


def test_a_building_of_the_town_after_the_verb_is_still_no_town() -> None:
    """ "el cuartel de la policía de X": a building taken, not the town."""
    assert corpus_changes("Los soldados tomaron el cuartel de la policía de Wad Madani.") == set()
