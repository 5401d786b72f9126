"""Group articles that tell the same story (pure): outlets, text fingerprints, event keys.

Two articles belong to one story when they report the same event key (place, country, new
controller) and either fall within a day of each other, or are near-duplicates of each other
(a syndicated copy or an updated version published later): a 64-bit SimHash over word
2-shingles of the title and lead, within a small Hamming distance, or almost the same title.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from monitor.model import ControlEvent

LEAD_WORDS = 60  # title + the first words of the text: syndicated copies share them
MAX_HAMMING = 12  # of 64 bits (copies measured at 5, other texts on the same event 23+)
TITLE_RATIO = 92  # rapidfuzz token_set_ratio between titles
DAY_TOLERANCE = 1
_WORD = re.compile(r"\w+", re.UNICODE)
# Second-level labels under which registrations sit one level deeper (bbc.co.uk, abc.net.au).
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}


@dataclass(frozen=True, slots=True)
class StoryKey:
    """What an event is about: the place, and who holds it now according to the article."""

    place: str
    country: str
    controller: str | None
    day: date


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A recent story to compare a new article with."""

    id: int
    key: StoryKey
    fingerprints: tuple[int, ...] = ()
    titles: tuple[str, ...] = ()


def outlet_of(url: str | None, feed_url: str | None = None) -> str:
    """Return the outlet (registrable domain) of an article URL, else of its feed, else "unknown"."""
    for candidate in (url, feed_url):
        host = (urlsplit(candidate).hostname or "") if candidate else ""
        if not host:
            continue
        if re.fullmatch(r"[\d.]+|[0-9a-f:]+", host):
            return host
        labels = [x for x in host.rstrip(".").split(".") if x]
        while labels and labels[0] in ("www", "m", "amp", "mobile") and len(labels) > 2:
            labels = labels[1:]
        keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
        return ".".join(labels[-keep:])
    return "unknown"


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(folded)


def simhash(words: Sequence[str], size: int = 2) -> int:
    """Return the 64-bit SimHash of the word `size`-shingles of `words`."""
    shingles = [" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))]
    # A bit is set when more shingle hashes have it than not. Counting it down the columns of the
    # hashes written in binary runs in C: ~4x faster than a Python loop over 64 bits per shingle.
    rows = [format(int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big"), "064b")
            for s in shingles]
    columns = zip(*rows, strict=True)  # column j is bit 63 - j
    return sum(1 << (63 - j) for j, column in enumerate(columns) if 2 * column.count("1") > len(rows))


def fingerprint(title: str, text: str) -> int:
    """Return the SimHash of an article's title and lead."""
    return simhash((_words(title) + _words(text))[:LEAD_WORDS])


def hamming(a: int, b: int) -> int:
    """Return how many bits differ between two fingerprints."""
    return (a ^ b).bit_count()


def near_duplicate(fp_a: int, title_a: str, fp_b: int, title_b: str) -> bool:
    """Tell whether two articles are copies or versions of the same text."""
    if hamming(fp_a, fp_b) <= MAX_HAMMING:
        return True
    if len(_words(title_a)) < 4:  # short titles ("Kandahar falls") say too little
        return False
    return fuzz.token_set_ratio(title_a.casefold(), title_b.casefold()) >= TITLE_RATIO


def event_key(event: ControlEvent, at: datetime) -> StoryKey:
    """Return the story key of an event reported at `at` (its UTC day)."""
    return StoryKey(event.place, event.country, event.controller, at.date())


def assign_story(key: StoryKey, fp: int, title: str, stories: Sequence[StoryCandidate]) -> int | None:
    """Return the id of the story this article joins, or None for a new story.

    Same place, country and controller are required; then a story within a day wins (the
    closest), else one holding a near-duplicate of the article.
    """
    same = [s for s in stories if (s.key.place, s.key.country, s.key.controller)
            == (key.place, key.country, key.controller)]
    close = sorted((abs((s.key.day - key.day).days), s.id) for s in same
                   if abs((s.key.day - key.day).days) <= DAY_TOLERANCE)
    if close:
        return close[0][1]
    for story in same:
        if any(near_duplicate(fp, title, other_fp, other_title)
               for other_fp, other_title in zip(story.fingerprints, story.titles, strict=False)):
            return story.id
    return None
