"""Recall on unseen conflicts (issue 10): a reflexive capture ("s'est emparé de X", "si è
impadronito di X") is active: its object is the city after it, not a city named before it
("Le M23, qui tient Goma, s'est emparé de Bukavu"); with no city after it, the one before
("a atteint X et s'est emparé de la place").

Sentences of our own about eastern Congo, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Goma", "country": "CD"}, {"name": "Bukavu", "country": "CD"}],
    "actors": [
        {"name": "M23", "aliases": ["March 23 Movement"], "countries": ["CD"],
         "opposes": ["Congolese government"]},
        {"name": "Congolese government", "aliases": ["FARDC", "Congolese army"], "countries": ["CD"],
         "government": True, "opposes": ["M23"]},
    ],
}
WHEN = datetime(2025, 2, 16, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Partis de Goma, les combattants du M23 se sont emparés de Bukavu.", {("Bukavu", "M23")}),
        ("Le M23, qui tient Goma, s'est emparé de Bukavu vendredi.", {("Bukavu", "M23")}),
        ("Partiti da Goma, i combattenti dell'M23 si sono impadroniti di Bukavu.", {("Bukavu", "M23")}),
        ("L'M23, che controlla Goma, si è impadronito di Bukavu venerdì.", {("Bukavu", "M23")}),
        ("Le M23 a atteint lundi Goma et s'est emparé de la place après un bref combat.", {("Goma", "M23")}),
    ],
)
def test_a_reflexive_capture_takes_the_city_after_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == expected
