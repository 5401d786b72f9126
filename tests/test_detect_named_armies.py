"""The army named bare ("Army soldiers") is the government's; an army named by a name of its own
at the start of a sentence ("Arakan Army troops") is not (issue 10).

"Army troops entered X" was read for the government, "Army soldiers entered X" for nobody; and
"Arakan Army troops entered X", a group nobody watches, for the government, since the name's
first word opens the sentence and so was taken for any capitalised first word. A nationality
before the capitalised phrase is no name ("Sudanese Army troops"). Sentences of our own about
Sudan, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

SAF = "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army soldiers entered Nyala on Sunday.", {("Nyala", SAF)}),
        ("Army units entered Nyala on Sunday.", {("Nyala", SAF)}),
        ("Sudanese Army troops entered Nyala on Sunday.", {("Nyala", SAF)}),
        ("Arakan Army troops entered Nyala on Sunday.", set()),
        ("Kachin Army soldiers entered Nyala on Sunday.", set()),
    ],
)
def test_the_bare_army_and_a_named_one(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected
