"""German weeks ago: "vor sechs Wochen" is as past as "vor zwei Wochen"; "vor einer Woche" is news.

The weeks ago were dated past only for two to four weeks written as words; five to ten weeks
and "vor einigen Wochen" are now past too. Our own sentences about Sudan and Ethiopia, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Die RSF haben Wad Madani vor sechs Wochen eingenommen.",
        "Vor sieben Wochen hat die TPLF Mekele zurückerobert.",
        "Die RSF hatten Wad Madani vor einigen Wochen erobert.",
    ],
)
def test_weeks_ago_in_words_is_past(text: str) -> None:
    """Five to ten weeks ago, in words, is background."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die RSF haben Wad Madani vor einer Woche eingenommen.", {("Wad Madani", RSF)}),
        ("Die TPLF hat Mekele vor sechs Stunden zurückerobert.", {("Mekelle", "TPLF")}),
    ],
)
def test_a_week_or_hours_ago_is_news(text: str, expected: set[tuple[str, str]]) -> None:
    """One week or a few hours ago is recent."""
    assert corpus_changes(text) == expected
