"""The words of capitalised runs, read once per text and shared by the place and actor scans."""

from __future__ import annotations

import pytest

from monitor.match.fuzzy import FuzzyIndex, scanned_text
from monitor.match.normalize import compact_key, fold


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fighters reached Mazar i Sharif on Monday.", ["mazar", "i", "sharif"]),
        ("The road to Deir al-Zor was cut.", ["deir", "al", "zor"]),
        ("The road to Deir ez-Zor was cut.", ["deir"]),  # "ez" is no connector here
        ("Near Wad Madani, in Gezira state.", ["wad", "madani"]),  # the comma ends the run
        ("In Port Sudan officials said", ["port", "sudan"]),  # a lower-case word ends it
        ("Talks in Nay Pyi Taw Region Office Hall", ["nay", "pyi", "taw", "region"]),  # at most 4 asked
    ],
)
def test_run_words_follow_joiners_capitals_and_connectors(text: str, words: list[str]) -> None:
    """A run goes on over one joiner to a capitalised word or a connector, and stops at anything else."""
    shared = scanned_text(text, fold(text))
    start = text.index(words[0].capitalize())
    assert [token for _s, _e, token in shared.run(start, 4)] == words
    assert [token for _s, _e, token in shared.run(start, 2)] == words[:2]


def test_one_text_is_read_once_for_every_scan() -> None:
    """Scanning the same text again reuses its starts and runs; another text gets its own."""
    text = "Heavy fighting in Mazar i Sharif and Kandehar."
    first = scanned_text(text, fold(text))
    assert scanned_text(text, fold(text)) is first
    other = "Markets in Mazar i Sharif reopened."
    assert scanned_text(other, fold(other)) is not first


def test_scans_by_two_indexes_of_one_text_find_their_own_names() -> None:
    """Two indexes scanning one text in turn each find their own misspelt names."""
    places: FuzzyIndex[str] = FuzzyIndex()
    places.add(compact_key("Mazar-i-Sharif"), "Mazar-i-Sharif")
    places.add(compact_key("Kandahar"), "Kandahar")
    actors: FuzzyIndex[str] = FuzzyIndex()
    actors.add(compact_key("Taliban"), "Taliban")
    text = "Taleban fighters entered Mazar e Sharif, then Kandehar; the Taleban said so."
    folded = fold(text)
    assert [h.value for h in places.scan(text, folded, lambda _p: False)] == ["Mazar-i-Sharif", "Kandahar"]
    assert {h.value for h in actors.scan(text, folded, lambda _p: False, max_words=6)} == {"Taliban"}
