"""English "the village of X" names the watched village X, as "the town of X" does.

"village" stays no city when it names another place ("a village near X", "the villages around
X", "the village of Lovas near Vukovar"). Our own sentences about Croatia 1991, against
`tests/data/conflicts_watchlist7.json` (German: tests/test_detect_german_village.py).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7, JNA = "conflicts_watchlist7.json", "Yugoslav People's Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The JNA captured the village of Kijevo.", {("Kijevo", JNA)}),
        ("The JNA captured the Croatian village of Kijevo.", {("Kijevo", JNA)}),
        ("The JNA captured a village near Kijevo.", set()),
        ("The JNA captured the villages around Kijevo.", set()),
        ("The JNA captured the village of Lovas near Vukovar.", set()),
    ],
)
def test_the_village_of_a_watched_place(text: str, expected: set[tuple[str, str]]) -> None:
    """"the village of X" is X; a village near X is not."""
    assert corpus_changes(text, C7) == expected
