"""Recall on unseen conflicts (issue 10): English states and handovers that named no change.

"X is now in RSF hands", "has been under RSF control since Sunday", "the army is back in control
of X", "secured X", "handed X over to": sentences of our own about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After days of fighting, Nyala is now in RSF hands.", {("Nyala", RSF)}),
        ("According to residents, Nyala has been under RSF control since Sunday.", {("Nyala", RSF)}),
        ("After days of fighting, the army is back in control of Nyala.", {("Nyala", SAF)}),
        ("The RSF secured Nyala on Sunday after days of fighting.", {("Nyala", RSF)}),
        ("The army handed Nyala over to the RSF after days of talks.", {("Nyala", RSF)}),
    ],
)
def test_english_states_and_handovers(text: str, expected: set[tuple[str, str]]) -> None:
    """A city now in a side's hands, back in its control, secured or handed over changed hands."""
    assert _changes(text) == expected


def test_a_state_since_a_year_or_a_secured_deal_is_no_change() -> None:
    """Under control since a year is background; securing a deal takes no city."""
    assert _changes("According to residents, Nyala has been under RSF control since Sunday.") == {
        ("Nyala", RSF)
    }
    assert _changes("According to residents, Nyala has been under RSF control since 2023.") == set()
    assert _changes("The RSF secured a deal with elders in Nyala on Sunday.") == set()
