"""Recall on unseen conflicts (issue 10): words near a trigger that do not govern it.

"Cerca de 300 combatentes" is a number, not a siege; "ancora una volta" is "once again", not
"still"; "per la prima volta" between a verb and its city is a time, not a place; "ont mis deux
jours pour prendre X" tells a capture's duration, not a purpose; "les combattants des FSR" are
the RSF's own fighters, not fighters taken from them. Sentences of our own about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Cerca de 300 combatentes das RSF tomaram Nyala no domingo.",
        "Ancora una volta le RSF hanno conquistato Nyala dopo una battaglia.",
        "Le RSF hanno conquistato per la prima volta Nyala dopo una battaglia.",
        "Les FSR ont pris à nouveau Nyala après une bataille.",
        "Les FSR ont mis deux jours pour prendre Nyala.",
        "Le RSF ci hanno messo due giorni per conquistare Nyala.",
        "As RSF precisaram de dois dias para tomar Nyala.",
        "Des centaines de combattants des FSR, visiblement bien armés, ont pris Nyala.",
    ],
)
def test_words_that_do_not_govern(text: str) -> None:
    """A number, "once again", "for the first time", a duration, whose fighters: the capture stands."""
    assert _changes(text) == {("Nyala", RSF)}


def test_governing_words_still_govern() -> None:
    """ "Non … ancora", a plan "pour prendre" and a siege "cercam" still refuse the capture."""
    assert _changes("Ancora una volta le RSF hanno conquistato Nyala dopo una battaglia.") == {("Nyala", RSF)}
    assert _changes("Le RSF non hanno ancora conquistato Nyala dopo settimane di battaglia.") == set()
    assert _changes("Les FSR ont mis en place un plan pour prendre Nyala.") == set()
