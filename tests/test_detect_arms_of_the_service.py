"""A nation's marines, hussars or dragoons are its side, in the five languages that name them after
the noun ("fusiliers marins français", "infantes de marina franceses", "fucilieri di marina
francesi") as in English ("French marines"). Our own sentences about the Comoros (1995),
against corpus 17's watchlist.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

FRANCE = "French forces"

TAKEN = [
    "French marines took Iconi on Thursday morning.",
    "Des fusiliers marins français ont pris Iconi jeudi matin.",
    "Los infantes de marina franceses tomaron Iconi el jueves por la mañana.",
    "I fucilieri di marina francesi hanno preso Iconi giovedì mattina.",
    "Fuzileiros navais franceses tomaram Iconi na quinta-feira de manhã.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_a_nation_s_marines(text: str) -> None:
    """The nation's marines took the town: the nation's side holds it."""
    assert corpus_changes(text, "conflicts_watchlist17.json") == {("Iconi", FRANCE)}
