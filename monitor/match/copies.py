"""Read a word-for-word copy of an article once: the readings of recent texts, by digest (pure).

Wire copy reaches many feeds unchanged (one agency story in dozens of outlets, an aggregator
repeating its sources), and a subscription to a hundred feeds stores the same text again and
again. A reading depends only on the title, the text, the day of publication (the detector
anchors time by date: "on Tuesday", "last month") and the language the feed declares, so a copy
gets the first reading, with its own article id on the events.

The memo keeps 16-byte digests, not texts (a full text can be 20 KB), and forgets everything
when full: bounded memory for a daemon that reads an endless stream. It is never pickled with
its detector (`detectorcache` keeps detectors on disk): a loaded detector starts empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from monitor.match.explain import Reading

MEMO_SIZE = 2048  # readings kept: a poll's worth of distinct texts; ~0.3 MB (issue 11: memory)


class ReadingMemo:
    """The readings of the last distinct (title, text, day, language) an article had."""

    __slots__ = ("_readings", "hits", "size")

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self.hits = 0  # copies answered from the memo (for benchmarks and tests)
        self._readings: dict[bytes, Reading] = {}

    def __getstate__(self) -> dict[str, int]:
        return {"size": self.size}

    def __setstate__(self, state: dict[str, int]) -> None:
        self.size, self.hits, self._readings = state["size"], 0, {}

    def clear(self) -> None:
        """Forget every reading: the next copy of any text is read again."""
        self._readings.clear()

    def read(self, title: str, text: str, published: datetime | None, article_id: str | None,
             lang: str | None, read: Callable[[], Reading]) -> Reading:
        """Return the reading of a copy seen before (events carrying `article_id`), else `read()`."""
        key = _digest(title, text, published, lang)
        known = self._readings.get(key)
        if known is None:
            known = read()
            if len(self._readings) >= self.size:
                self._readings.clear()
            self._readings[key] = known
            return known
        self.hits += 1
        if all(event.article_id == article_id for event in known.events):
            return known
        return replace(known, events=tuple(replace(e, article_id=article_id) for e in known.events))


def _digest(title: str, text: str, published: datetime | None, lang: str | None) -> bytes:
    day = published.date().isoformat() if published is not None else ""
    data = "\x00".join((title, text, day, lang or "")).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()
