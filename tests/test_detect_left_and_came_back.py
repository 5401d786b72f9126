"""A side that left a town and came back, or whose enemy did not come in (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. A
withdrawal hands the town to the side's one enemy only when nothing in its sentence undoes that:
"withdrew from X in a tactical retreat, but returned hours later", "s'est repliée de X avant de
revenir", "but the RSF did not enter the town", "aber die RSF sind nicht eingerückt".
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from Singa in a tactical retreat, but returned hours later.",
        "L'armée s'est repliée de Singa avant de revenir quelques heures plus tard.",
        "El ejército se retiró de Singa, pero volvió horas después.",
        "The army withdrew from Singa, but the RSF did not enter the town.",
        "The army pulled out of Singa on Saturday; the RSF have not entered the city.",
        "L'armée s'est retirée de Singa, mais les FSR ne sont pas entrées dans la ville.",
        "Die Armee zog sich aus Singa zurück, aber die RSF sind nicht eingerückt.",
    ],
)
def test_the_withdrawal_is_undone_in_its_sentence(text: str) -> None:
    """No alert: the side came back, or its enemy never came in."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from Singa on Saturday and the RSF entered the town.",
        "The army withdrew from Singa and retreated to Sennar, where it regrouped.",
        "Government troops withdrew from Singa before the RSF moved in.",
        "The army withdrew from Singa and the RSF returned.",
    ],
)
def test_a_withdrawal_that_stands_hands_the_town_over(text: str) -> None:
    """The enemy coming in, or the side going elsewhere, leaves the town to the enemy."""
    assert corpus_changes(text) == {("Singa", RSF)}
