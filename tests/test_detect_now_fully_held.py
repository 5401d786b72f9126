"""A city "now entirely in the hands of" a side: the adverb no longer hides the fall (corpus 7).

"X è ora interamente nelle mani del governo" was no change: the Romance falls knew "è ora nelle
mani", "est désormais aux mains", not with "entièrement", "totalmente", "interamente" between,
as English "is now fully in the hands of" already was. Our own sentences against the battery's
watchlist (`tests/precision_kit.py`), with "still" and a negation next to them.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, IS, SHB, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kismayo è ora interamente nelle mani del governo.", {("Kismayo", SOM)}),
        ("Kismayo est désormais entièrement aux mains des shebab.", {("Kismayo", SHB)}),
        ("Gwoza está ahora totalmente en manos de Boko Haram.", {("Gwoza", BH)}),
        ("Palma está agora totalmente sob o controlo do Estado Islâmico.", {("Palma", IS)}),
    ],
)
def test_now_entirely_in_the_hands_of_is_a_fall(text: str, expected: set[tuple[str, str]]) -> None:
    """Entirely, totally, completely in the hands of a side now: it holds the city."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kismayo non è ora interamente nelle mani del governo.",
        "Kismayo reste entièrement aux mains des shebab.",
        "Gwoza sigue totalmente en manos de Boko Haram.",
    ],
)
def test_still_or_not_entirely_held_is_no_change(text: str) -> None:
    """Not, still: no change."""
    assert held(text) == set()
