"""One automaton pass over an article for the places' and the actors' names and the town nouns.

The place matcher and the actor matcher each walked the whole article with an Aho-Corasick
automaton of their own (" " + the folded text), one after the other, and the "the city" phrases
a third (`references._NOUN_HEADS`): a walk costs about as much per character whatever the keys,
and in the detector's loop, with the automata out of the cache by then, the walks took ~10% of
its time. `JointPass` holds every key of each side in one automaton and splits the hits of one
walk between them. Each side's hits are those its own automaton finds, in the same order: by
end, and at one end the longest key first. (A small watchlist's places are walked alone first:
`control.make_detector` says why.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick  # no stubs (a C extension): ignore_missing_imports in pyproject.toml

Hits = list[tuple[int, int]]  # (end, value): what `Automaton.iter` yields


class JointPass:
    """The keys of several sides (each key -> an int, as pyahocorasick's STORE_INTS) in one automaton.

    The automaton stores a key's index in `_values`: the (side, value) of each side it belongs to
    ("kabul" may be a place's key and an actor's).
    """

    __slots__ = ("_automaton", "_last", "_sides", "_values")

    def __init__(self, *sides: Iterable[tuple[str, int]]) -> None:
        values: dict[str, tuple[tuple[int, int], ...]] = {}
        for side, items in enumerate(sides):
            for key, value in items:
                values[key] = (*values.get(key, ()), (side, value))
        self._values = list(values.values())
        self._sides = len(sides)
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        add = self._automaton.add_word
        for k, key in enumerate(values):
            add(key, k)
        if values:
            self._automaton.make_automaton()
        self._last: tuple[str, list[Hits]] = ("", [[] for _ in sides])

    @property
    def sides(self) -> int:
        """Return how many sides share the walk."""
        return self._sides

    def hits(self, spaced: str, side: int) -> Hits:
        """Return what side `side`'s keys alone would find in `spaced`, as `Automaton.iter` would.

        The last text's hits are kept: the place matcher asks, then the actor matcher and the
        "the city" phrases of the same article (the same text, another string).
        """
        last = self._last  # one read: another thread may replace it meanwhile
        if last[0] != spaced:
            found: list[Hits] = [[] for _ in range(self._sides)]
            if self._values:
                values = self._values
                for end, k in self._automaton.iter(spaced):
                    for s, value in values[k]:
                        found[s].append((end, value))
            self._last = last = (spaced, found)
        return last[1][side]


def walkable(automaton: Any) -> Any:
    """Return `automaton` (pyahocorasick) ready to walk: a matcher leaves its trie unbuilt, since
    `make_detector` takes its keys into a `JointPass` (a build of ~0.2 s to 0.5 s saved); one
    used alone builds it on its first walk (in C under the GIL: no other thread sees it half built).
    """
    if automaton.kind == ahocorasick.TRIE:
        automaton.make_automaton()
    return automaton
