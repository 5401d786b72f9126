"""Runs of capitalised words: their keys read in C, and runs known to hold no name."""

from __future__ import annotations

import pytest

from monitor.match.fuzzy import FuzzyIndex, ScannedText
from monitor.match.normalize import compact_key, fold


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Troops left Nova Kakhovka by the Dnipro", "Nova"),
        ("Talks at Bandar al-Kharj ended", "Bandar"),  # a connector in lower case
        ("Talks at Bandar Él Kharj ended", "Bandar"),  # a connector with an accent
        ("Talks at Bandar él-Kharj ended", "Bandar"),
        ("Talks at Bandar ál Kharj ended", "Bandar"),  # "ál" is no connector
        ("Rebels near Ma'rib Al Jawf Hills Road Camp", "Ma"),  # more words than asked
        ("Ракеты упали на Нижний Новгород вечером", "Нижний"),  # capitals of another script
        ("Ships off Hawaiʻi Island Bay", "Hawai"),  # "ʻ" is a separator to `fold`
        ("Near Grand 𝐁azaar Gate", "Grand"),  # a character beyond U+FFFF: read word by word
    ],
)
@pytest.mark.parametrize("count", [1, 2, 4, 6])
def test_run_key_is_the_runs_words_joined_by_spaces(text: str, first: str, count: int) -> None:
    """The key read by one regex is the run's own words joined by spaces, in any spelling."""
    shared = ScannedText(text, fold(text))
    start = text.index(first)
    words = shared.run(start, count)
    assert shared.run_key(start, count) == " ".join(token for _s, _e, token in words)


def test_a_run_cut_short_by_an_exact_match_is_read_again_elsewhere() -> None:
    """A run whose next word an exact match covered is not taken for a run without a name."""
    index: FuzzyIndex[str] = FuzzyIndex()
    index.add(compact_key("Mazar-i-Sharif"), "Mazar-i-Sharif")
    text = "Fighters reached Mazar e Sharif on Monday."
    covered = text.index(" e ") + 1
    assert index.scan(text, fold(text), lambda pos: pos == covered) == []
    assert [hit.value for hit in index.scan(text, fold(text), lambda _pos: False)] == ["Mazar-i-Sharif"]


def test_a_run_without_a_name_stays_without_one() -> None:
    """A run found to hold no name is skipped next time, and a name after it is still found."""
    index: FuzzyIndex[str] = FuzzyIndex()
    index.add(compact_key("Kandahar"), "Kandahar")
    text = "The World Food Programme said Kandehar Province Council met."
    for _ in range(2):
        hits = index.scan(text, fold(text), lambda _pos: False)
        assert [(hit.value, text[hit.start : hit.end]) for hit in hits] == [("Kandahar", "Kandehar")]
