"""German success and hope around a change told as a noun or in a "dass" clause (issue 10).

"Den RSF gelang die Einnahme von X" says the taking succeeded, as "gelang es, X einzunehmen"
already did; it was governed by "gelang" as a blocker. "Die RSF hoffen, dass ihnen die Einnahme
von X gelingt" and "Die Armee erwartet, dass die RSF X einnehmen" are a hope and an
expectation, no change; a confirmation is one. Sentences of our own about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den RSF gelang am Sonntag die Einnahme von Nyala.", {("Nyala", RSF)}),
        ("Der Armee ist die Rückeroberung von Nyala gelungen.", {("Nyala", SAF)}),
        ("Den RSF gelang die Einnahme von Nyala nicht.", set()),
        ("Den RSF könnte die Einnahme von Nyala gelingen.", set()),
        ("Die RSF hoffen, dass ihnen die Einnahme von Nyala gelingt.", set()),
        ("Die Armee erwartet, dass die RSF Nyala einnehmen.", set()),
        ("Die Armee bestätigte, dass die RSF Nyala eingenommen haben.", {("Nyala", RSF)}),
    ],
)
def test_success_hope_and_confirmation(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected
