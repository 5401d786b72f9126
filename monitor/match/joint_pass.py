"""One automaton pass over an article for both the places' and the actors' names.

The place matcher and the actor matcher each walked the whole article with an Aho-Corasick
automaton of their own (" " + the folded text), one after the other: a walk costs about as
much per character whatever the keys, and in the detector's loop, with the automata out of the
cache by then, the two walks took ~9% of its time. `JointPass` holds every key of both in one
automaton and splits the hits of one walk between them. Each matcher's hits are those its own
automaton finds, in the same order: at each end, longest key first.
"""

from __future__ import annotations

from typing import Any

import ahocorasick  # no stubs (a C extension): ignore_missing_imports in pyproject.toml

Hits = list[tuple[int, int]]  # (end, value): what `Automaton.iter` yields


_LIMIT = 1 << 30  # a value shifted left by one still fits the automaton's signed 32-bit integers


class JointPass:
    """The keys of two automata (STORE_INTS) in one, each hit's value kept for its own side.

    The automaton keeps signed 32-bit integers: a key of one side stores its value shifted left,
    with the low bit saying which side; a key of both ("kabul") stores a negative index into
    `_both`, the pair of values.
    """

    __slots__ = ("_automaton", "_both", "_last")

    def __init__(self, first: Any, second: Any) -> None:
        values: dict[str, list[int | None]] = {}
        for key, value in first.items():
            values[key] = [value, None]
        for key, value in second.items():
            values.setdefault(key, [None, None])[1] = value
        self._both: list[tuple[int, int]] = []
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, (a, b) in values.items():
            if a is not None and b is not None:
                self._both.append((a, b))
                self._automaton.add_word(key, -len(self._both))
            else:
                self._automaton.add_word(key, a << 1 if a is not None else (b or 0) << 1 | 1)
        if values:
            self._automaton.make_automaton()
        self._last: tuple[str, Hits, Hits] = ("", [], [])

    @staticmethod
    def fits(*automata: Any) -> bool:
        """Say whether every value of `automata` can be packed (0 <= value < 2**30)."""
        return all(0 <= value < _LIMIT for automaton in automata for value in automaton.values())

    def hits(self, spaced: str, side: int) -> Hits:
        """Return what side `side`'s automaton (0: the first, 1: the second) finds in `spaced`.

        The last text's hits are kept: the place matcher asks, then the actor matcher of the same
        article (the same text, another string).
        """
        last = self._last  # one read: another thread may replace it meanwhile
        if last[0] != spaced:
            first: Hits = []
            second: Hits = []
            if len(self._automaton):
                both = self._both
                for end, packed in self._automaton.iter(spaced):
                    if packed < 0:
                        a, b = both[-1 - packed]
                        first.append((end, a))
                        second.append((end, b))
                    elif packed & 1:
                        second.append((end, packed >> 1))
                    else:
                        first.append((end, packed >> 1))
            self._last = last = (spaced, first, second)
        return last[2] if side else last[1]
