"""Splitting sentences the fast way (no space followed by a blank) cuts where the full regex cuts."""

from __future__ import annotations

import random
import sys

import pytest

from monitor.match import lang
from monitor.match.lang import split_sentences


def _full_split(text: str) -> list[tuple[int, int]]:
    """Split with the full boundary regex only, as split_sentences did before the fast path."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in lang._BOUNDARY.finditer(text):
        if m.group("stop") is not None:
            cut = m.start("close")
            if m.group("stop") == "." and lang._is_abbreviation(text, start, cut):
                continue
            lang._add(spans, text, start, m.end("close"))
        else:
            lang._add(spans, text, start, m.start())
        start = m.end()
    lang._add(spans, text, start, len(text))
    return spans


def test_no_blank_lies_beyond_the_last_one_listed() -> None:
    """Every blank character is at or below _LAST_BLANK, so the fast path's class lists them all."""
    assert not any(chr(c).isspace() for c in range(lang._LAST_BLANK + 1, sys.maxunicode + 1))


@pytest.mark.parametrize(
    "text",
    [
        "Fighting resumed near Kidal. The army said it held the town.\n\nResidents fled.",
        "« Nous partons. » Il a dit: « Non ! » Puis… rien.\tFin",
        "Gen. Burhan spoke. U.S. officials left.\u00a0Next.\u2028Line two.",
        "Headline without stop\nFirst sentence (quoted.) 'Next' one? ¿Qué? ¡Sí!",
        "Two  spaces here. And a space before a break \nthen text.",
        "Ends with a stop and blanks. \n\n ",
    ],
)
def test_sentences_are_those_of_the_full_regex(text: str) -> None:
    """Known texts split as the full boundary regex splits them."""
    assert split_sentences(text) == _full_split(text)


def test_random_punctuation_and_blanks_split_as_the_full_regex() -> None:
    """Random mixes of letters, stops, quotes and blanks split as the full boundary regex splits them."""
    rng = random.Random(2)
    pieces = ["a", "B", "1", ".", "!", "?", "…", " ", "  ", "\n", "\t", '"', "'", "»", "”", "’", ")", "]",
              "«", "“", "(", "¿", "-", "\u00a0", "\r", "\u2028", "\x1c", "\u3000", "Gen", "x y", "a. B"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        assert split_sentences(text) == _full_split(text), repr(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kämpfer der 3. Division haben am 14. Mai die Stadt Wau erobert. Die Armee zog ab.", 2),
        ("Einheiten der russischen 201. Division blieben in der Stadt. Die Rebellen zogen ab.", 2),
        ("Die Zahl der Toten stieg auf 12. Die Armee zog ab.", 2),
        ("Die Kämpfe begannen am 12. Dann floh die Bevölkerung.", 2),
        ("The death toll rose to 12. Rebels left the town.", 2),
    ],
)
def test_a_german_ordinal_does_not_end_its_sentence(text: str, count: int) -> None:
    """'die 3. Division', 'am 14. Mai' stay in their sentence; a number ending one still ends it."""
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    "text",
    [
        "Die Festung wurde gestern dem k.k. Feldmarschall übergeben. Die Besatzung zog ab.",
        "Die Festung wurde den k.u.k. Truppen übergeben. Die Besatzung zog ab.",
        "Se. Majestät ist gestern in die Stadt eingezogen. Die Rebellen flohen.",
    ],
)
def test_the_old_german_press_abbreviations_do_not_end_a_sentence(text: str) -> None:
    """'dem k.k. Feldmarschall' (imperial-royal), 'Se. Majestät' (His Majesty): two sentences, not three."""
    assert len(split_sentences(text)) == 2
