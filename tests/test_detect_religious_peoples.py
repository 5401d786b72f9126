"""Shiite and Sunni sides are found in every language: "rebeldes xiitas", "schiitische Rebellen".

"Shiite rebels" was not translated (only nationality adjectives and peoples were), so the
Shiite rebels of Iraq 1991 had no name outside English (corpus 7: "Rebeldes xiitas assumiram o
controlo de Kerbala"). Shiite and Sunni join the peoples' adjectives (never read as a
government). Our own sentences, against `tests/data/conflicts_watchlist7.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7, SHIA = "conflicts_watchlist7.json", "Shiite rebels"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebeldes xiitas tomaram Kerbala.", {("Karbala", SHIA)}),
        ("Los rebeldes chiíes tomaron Kerbala.", {("Karbala", SHIA)}),
        ("I ribelli sciiti hanno preso Kerbala.", {("Karbala", SHIA)}),
        ("Schiitische Rebellen haben Kerbela eingenommen.", {("Karbala", SHIA)}),
        ("Les rebelles chiites ont pris Nadjaf.", {("Najaf", SHIA)}),
        # a siege, a retreat
        ("Schiitische Rebellen haben Kerbela umzingelt.", set()),
        ("Les rebelles chiites se sont retirés de Nadjaf.", {("Najaf", "Iraqi government")}),
    ],
)
def test_shiite_rebels_in_five_languages(text: str, expected: set[tuple[str, str]]) -> None:
    """The Shiite rebels take, besiege and leave cities under their own name in every language."""
    assert corpus_changes(text, C7) == expected
