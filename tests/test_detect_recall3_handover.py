"""Recall on unseen conflicts (issue 10): a city handed over in the passive with no recipient
("X was handed over without a fight", "X a été remise", "X fue entregada") changed hands; the
article names the side that has it (the one non-government side it names, or the one entering
in the next sentence). A recipient that is no watched side ("to UN peacekeepers") is not guessed.

Sentences of our own about eastern Congo, against the watchlist of `test_detect_recall3_reflexive`.
"""

from __future__ import annotations

import pytest

from tests.detect_support import held_by
from tests.test_detect_recall3_reflexive import WATCHLIST, WHEN


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Goma was handed over on Monday without a fight.", "M23 fighters now patrol the streets."),
        ("Goma was handed over without a fight on Monday, the M23 said.", ""),
        ("Goma a été remise sans combat lundi.", "Les combattants du M23 patrouillent dans les rues."),
        ("Goma fue entregada sin combatir el lunes.", "Los combatientes del M23 patrullan las calles."),
        ("Goma è stata consegnata senza combattere lunedì.", "I combattenti dell'M23 pattugliano le strade."),
        ("Goma foi entregue sem combate na segunda-feira.", "Os combatentes do M23 patrulham as ruas."),
    ],
)
def test_a_city_handed_over_goes_to_the_side_the_article_names(title: str, text: str) -> None:
    assert held_by(WATCHLIST, title, text, WHEN) == {("Goma", "M23")}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Goma was handed over to UN peacekeepers on Monday.", "M23 fighters patrol the streets."),
        ("The bodies were handed over in Goma on Monday.", "M23 fighters patrol the streets."),
    ],
)
def test_no_holder_is_guessed_for_another_recipient_or_object(title: str, text: str) -> None:
    assert held_by(WATCHLIST, title, text, WHEN) == set()
