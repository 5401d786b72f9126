"""A city read under its Italian name, the GeoNames name plus "o" ("Milano", "Volgogrado").

Against `tests/data/conflicts_watchlist5.json` (the Russian Civil War): the Italian name is a
spelling of the city, not an inflected word of it, as the other languages' names are.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

REDS, WHITES = "Red Army", "White Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I bolscevichi hanno riconquistato Volgogrado.", {("Volgograd", REDS)}),
        (
            "I Bianchi di Denikin sono entrati a Volgogrado dopo la ritirata dei Rossi.",
            {("Volgograd", WHITES)},
        ),
        ("The Bolsheviks recaptured Volgograd.", {("Volgograd", REDS)}),
        ("El Ejército Rojo reconquistó Volgogrado.", {("Volgograd", REDS)}),
        # a name alone is no change
        ("I bolscevichi non hanno mai preso Volgogrado.", set()),
    ],
)
def test_the_italian_name_of_a_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text, "conflicts_watchlist5.json") == expected
