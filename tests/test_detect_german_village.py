"""German "das Dorf X", "die Ortschaft X": a watched village is named by its kind, like "die Stadt X".

"Dorf" and "Ortschaft" are no city when they name another place ("ein Dorf bei X", "ein Dorf
nahe X", "die Dörfer um X"); right before the watched place they are its apposition (corpus 7: a
watched village taken, "das kroatische Dorf Kijevo … eingenommen", was no object). Our own
sentences about Croatia 1991, against `tests/data/conflicts_watchlist7.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7, JNA = "conflicts_watchlist7.json", "Yugoslav People's Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die JNA hat das Dorf Kijevo eingenommen.", {("Kijevo", JNA)}),
        ("Die JNA hat das kroatische Dorf Kijevo in der Krajina eingenommen.", {("Kijevo", JNA)}),
        ("Die JNA hat die Ortschaft Kijevo eingenommen.", {("Kijevo", JNA)}),
        # a village near the watched place is not the place
        ("Die JNA hat ein Dorf bei Kijevo eingenommen.", set()),
        ("Die JNA hat ein Dorf nahe Vukovar eingenommen.", set()),
        ("Die JNA hat das Dorf Lovas bei Vukovar eingenommen.", set()),
        ("Die JNA hat mehrere Dörfer um Vukovar eingenommen.", set()),
    ],
)
def test_a_village_named_by_its_kind(text: str, expected: set[tuple[str, str]]) -> None:
    """"das Dorf X" is X; a village by X is not."""
    assert corpus_changes(text, C7) == expected
