"""Workers in arms are insurgents: "bewaffnete Arbeiter", "die Arbeiterwehren", "Arbeitermilizen".

Wire reports of a workers' rising (Austria 1934, the Ruhr 1920) name the fighters by what they
are, not by their league: "Bewaffnete Arbeiter haben die Stadt X besetzt". Like "Aufständische",
they stand for the watched side that fights the government. Our own sentences about Austria in
February 1934; workers who only strike are no side.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.corpus_kit import corpus_changes

C15 = "conflicts_watchlist15.json"
DAY = datetime(1934, 2, 13, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Bewaffnete Arbeiter haben am Montag die Stadt Steyr besetzt.",
        "Die Arbeitermilizen haben am Montag Steyr besetzt.",
        "Steyr ist am Montag von bewaffneten Arbeitern besetzt worden.",
        "Die Arbeiterwehren haben am Montag Steyr besetzt.",
    ],
)
def test_armed_workers_are_the_insurgents(text: str) -> None:
    """Armed workers who take a town are the insurgent side."""
    assert corpus_changes(text, C15, DAY) == {("Steyr", "Schutzbund")}


def test_striking_workers_are_no_side() -> None:
    """Workers who strike in a town take nothing."""
    assert corpus_changes("Die Arbeiter in Steyr streiken seit Montag.", C15, DAY) == set()
