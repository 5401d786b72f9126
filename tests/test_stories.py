"""Story grouping: outlets, near-duplicate fingerprints and event keys (pure)."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime

import pytest

from monitor.match.stories import (
    StoryCandidate,
    StoryKey,
    assign_story,
    event_key,
    fingerprint,
    hamming,
    near_duplicate,
    outlet_of,
    simhash,
)
from monitor.model import ControlEvent

WIRE_TITLE = "Taliban fighters seize Kandahar, Afghanistan's second-largest city"
WIRE = ("Taliban fighters captured Kandahar on Friday after weeks of fighting, officials said, "
        "leaving the government in control of little more than Kabul and a handful of provincial capitals. "
        "The insurgents took the governor's office and the police headquarters overnight.")
OTHER = ("Heavy rain flooded several districts of Herat on Tuesday, and the provincial authorities "
         "opened schools as shelters for families who lost their homes to the water.")


@pytest.mark.parametrize("url,feed,outlet", [
    ("https://www.reuters.com/world/x", None, "reuters.com"),
    ("https://m.bbc.co.uk/news/x", None, "bbc.co.uk"),
    ("https://edition.cnn.com/x", None, "cnn.com"),
    ("https://www.abc.net.au/news/x", None, "abc.net.au"),
    (None, "https://feeds.aljazeera.com/rss", "aljazeera.com"),
    ("http://127.0.0.1:8080/a", None, "127.0.0.1"),
    (None, None, "unknown"),
])
def test_outlet_of(url: str | None, feed: str | None, outlet: str) -> None:
    """An outlet is the registrable domain of the article, else of its feed."""
    assert outlet_of(url, feed) == outlet


@pytest.mark.parametrize("title_b,text_b,same", [
    (WIRE_TITLE, WIRE, True),  # a syndicated copy
    (WIRE_TITLE + " - Outlet B", "By Staff. " + WIRE, True),  # the same wire with a byline
    ("Taliban fighters seize Kandahar, Afghanistan's second largest city (updated)",
     WIRE.replace("Friday", "Friday morning"), True),  # an updated version
    ("Floods in Herat", OTHER, False),
])
def test_near_duplicates(title_b: str, text_b: str, same: bool) -> None:
    """Copies and updated versions are near-duplicates; other stories are not."""
    a, b = fingerprint(WIRE_TITLE, WIRE), fingerprint(title_b, text_b)
    assert near_duplicate(a, WIRE_TITLE, b, title_b) is same


def test_fingerprint_distance_separates_texts() -> None:
    """Copies sit within a few bits; unrelated texts about half the bits apart."""
    assert hamming(fingerprint(WIRE_TITLE, WIRE), fingerprint(WIRE_TITLE, WIRE)) == 0
    assert hamming(fingerprint(WIRE_TITLE, WIRE), fingerprint("Floods", OTHER)) > 16


def _event(controller: str | None = "Taliban") -> ControlEvent:
    return ControlEvent("Kandahar", "AF", controller, 0.9, False, "Taliban took Kandahar.", "en")


def test_event_key_uses_the_utc_day() -> None:
    """The key is place, country, new controller and day."""
    key = event_key(_event(), datetime(2021, 8, 13, 23, 30, tzinfo=UTC))
    assert key == StoryKey("Kandahar", "AF", "Taliban", date(2021, 8, 13))


KEY = StoryKey("Kandahar", "AF", "Taliban", date(2021, 8, 13))
STORY = StoryCandidate(7, KEY, (fingerprint(WIRE_TITLE, WIRE),), (WIRE_TITLE,))


@pytest.mark.parametrize("key,title,text,expected", [
    (KEY, "Kandahar falls", OTHER, 7),  # same key, same day: other language or wording still joins
    (StoryKey("Kandahar", "AF", "Taliban", date(2021, 8, 14)), "x", OTHER, 7),  # next day
    (StoryKey("Kandahar", "AF", "Taliban", date(2021, 8, 20)), WIRE_TITLE, WIRE, 7),  # late copy
    (StoryKey("Kandahar", "AF", "Taliban", date(2021, 8, 20)), "Kandahar again", OTHER, None),
    (StoryKey("Kandahar", "AF", "Afghan government", date(2021, 8, 13)), WIRE_TITLE, WIRE, None),
    (StoryKey("Herat", "AF", "Taliban", date(2021, 8, 13)), WIRE_TITLE, WIRE, None),
])
def test_assign_story(key: StoryKey, title: str, text: str, expected: int | None) -> None:
    """An article joins a story with its event key within a day, or holding a copy of its text."""
    assert assign_story(key, fingerprint(title, text), title, [STORY]) == expected


def _simhash_bit_by_bit(words: list[str], size: int = 2) -> int:
    """The definition of SimHash, one bit at a time: the reference the fast version must equal."""
    shingles = [" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))]
    weights = [0] * 64
    for shingle in shingles:
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def test_simhash_equals_its_bit_by_bit_definition() -> None:
    rng = random.Random(3)
    vocabulary = [f"word{i}" for i in range(300)]
    for length in (0, 1, 2, 3, 4, 17, 60, 61):
        for _ in range(40):
            words = [rng.choice(vocabulary) for _ in range(length)]
            assert simhash(words) == _simhash_bit_by_bit(words), words
