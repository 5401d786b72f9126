"""German troops "from" a capital are its government's: "in der Hand der Truppen aus Mogadischu".

As "les forces de Kiev", "Moskaus Truppen" name a government by its seat, German names it by where
its troops come from: "Einheiten aus Mogadischu". Our own sentences about Somalia.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
SOM = "Somali government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kismayo ist in der Hand der Truppen aus Mogadischu.", {("Kismayo", SOM)}),
        ("Baidoa ist in der Hand der Truppen aus Mogadischu.", {("Baidoa", SOM)}),
        # a side named besides: the troops are still the capital's, not the other side's
        (
            "Al-Shabaab hat Kismayo verlassen. Die Hafenstadt ist jetzt in der Hand der Einheiten aus"
            " Mogadischu.",
            {("Kismayo", SOM)},
        ),
        # troops from a town that is no capital: no government named
        ("Kismayo ist in der Hand der Truppen aus Baidoa.", set()),
    ],
)
def test_troops_from_a_capital_are_its_government(text: str, expected: set[tuple[str, str]]) -> None:
    """Troops "aus" a capital name its government as the holder."""
    assert corpus_changes(text, C1) == expected
