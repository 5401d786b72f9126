"""Finding "the city" phrases only before their nouns finds what a scan of every character finds."""

from __future__ import annotations

import random

import pytest

from monitor.match.references import _REFERENCE, _references
from monitor.match.signature import fold


@pytest.mark.parametrize(
    "text",
    [
        "Les combats ont repris autour de la ville de Kidal; la ville est encerclée.",
        "The army said the strategic northern town had fallen, and that the city was calm.",
        "La capital regional capital regional, esta ciudad y dicha urbe.",
        "die  Stadt (two spaces), diese kleine alte Stadt, der Ort.",
        "city town the city",
        "",
    ],
)
def test_phrases_found_before_their_nouns_are_the_scans(text: str) -> None:
    """Each phrase is the one a scan of the whole folded text finds, at the same offsets."""
    folded = fold(text)
    assert [m.span() for m in _references(folded)] == [m.span() for m in _REFERENCE.finditer(folded)]


def test_phrases_in_random_word_salad_are_the_scans() -> None:
    """Determiners, modifiers and nouns in any order, with odd spacing, give the scan's phrases."""
    rng = random.Random(5)
    words = ["the", "a", "la", "der", "die", "this", "city", "town", "ville", "capital", "regional",
             "provincial", "capitale", "regionale", "stadt", "città", "old", "x", "", ",", ".", "de", "of"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 14)))
        assert [m.span() for m in _references(text)] == [m.span() for m in _REFERENCE.finditer(text)], text
