"""Recall on unseen conflicts (issue 10): the fall or loss of a city as a blow to a side.

"La chute de X est un coup dur pour l'armée", "The loss of X is a heavy blow for the army": the
side that suffers the blow lost the city, so its single opponent holds it; "would be a blow" is
a hypothesis. Sentences of our own about Sudan, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "La chute de Nyala est un coup dur pour l'armée soudanaise.",
        "La caduta di Nyala è un duro colpo per l'esercito sudanese.",
        "A queda de Nyala é um duro golpe para o exército sudanês.",
        "La caída de Nyala es un duro golpe para el ejército sudanés.",
        "The fall of Nyala is a heavy blow for the Sudanese army.",
        "Der Fall von Nyala ist ein schwerer Schlag für die sudanesische Armee.",
        "La perte de Nyala est un coup dur pour l'armée soudanaise.",
        "La perdita di Nyala è un duro colpo per l'esercito sudanese.",
        "A perda de Nyala é um duro golpe para o exército sudanês.",
        "La pérdida de Nyala es un duro golpe para el ejército sudanés.",
        "The loss of Nyala is a heavy blow for the Sudanese army.",
        "Der Verlust von Nyala ist ein schwerer Schlag für die sudanesische Armee.",
    ],
)
def test_a_fall_or_loss_as_a_blow(text: str) -> None:
    """Who suffers the blow of a city's fall or loss lost it to its single opponent."""
    assert _changes(text) == {("Nyala", RSF)}


def test_a_blow_that_would_be_is_no_change() -> None:
    """The loss as a hypothesis, or a loss of life in the city, is no change."""
    assert _changes("La perte de Nyala est un coup dur pour l'armée soudanaise.") == {("Nyala", RSF)}
    assert _changes("La perte de Nyala serait un coup dur pour l'armée soudanaise.") == set()
    assert _changes("The loss of life in Nyala is a heavy blow for the Sudanese army.") == set()
