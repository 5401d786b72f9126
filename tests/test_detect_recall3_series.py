"""Recall on unseen conflicts (issue 10): a series of conquests fronted by "after" ("After A and
B, the M23 took C", "Après A vendredi et B samedi, …", "Tras A y B, …") gives A and B to the side
that takes C; "after talks in A", "after fleeing A" or a threat on C give nothing more.

Sentences of our own about eastern Congo, against the watchlist of `test_detect_recall3_reflexive`.
"""

from __future__ import annotations

import pytest

from tests.detect_support import held_by
from tests.test_detect_recall3_reflexive import WATCHLIST, WHEN

WATCHLIST_3 = {**WATCHLIST, "places": [*WATCHLIST["places"], {"name": "Sake", "country": "CD"}]}
ALL_THREE = {("Sake", "M23"), ("Goma", "M23"), ("Bukavu", "M23")}


@pytest.mark.parametrize(
    "text",
    [
        "After Sake and Goma, the M23 took Bukavu on Friday.",
        "After the towns of Sake and Goma, the M23 took Bukavu on Friday.",
        "Après Sake puis Goma, il a suffi d'une journée au M23 pour conquérir Bukavu.",
        "Tras Sake y Goma, el M23 tomó Bukavu el viernes.",
        "Dopo Sake e Goma, l'M23 ha conquistato Bukavu venerdì.",
        "Depois de Sake e Goma, o M23 tomou Bukavu na sexta-feira.",
    ],
)
def test_the_cities_before_in_a_series_went_to_the_same_side(text: str) -> None:
    assert held_by(WATCHLIST_3, "", text, WHEN) == ALL_THREE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After talks in Goma, the M23 took Bukavu on Friday.", {("Bukavu", "M23")}),
        ("After Goma, the M23 is advancing on Bukavu.", set()),
        ("Après Goma, le M23 menace Bukavu.", set()),
        ("After Goma, the M23 failed to take Bukavu.", set()),
    ],
)
def test_no_series_without_an_earlier_conquest(text: str, expected: set[tuple[str, str]]) -> None:
    assert held_by(WATCHLIST_3, "", text, WHEN) == expected
