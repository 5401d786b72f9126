"""The Aho-Corasick automaton of a matcher's names, one pass shared by places and actors (pure).

The place matcher and the actor matcher each look their names up in an automaton over the same
folded article (`" " + fold(text)`): two passes in C over every character, ~4% of the time an
article takes with 1,000 watched places. A detector joins the two (`join`): one automaton
holds both matchers' keys, and one pass gives each matcher its own hits, in the order its own
automaton gave them (by end, the longest key first). The automaton's values are 32-bit C ints:
a key of the first matcher keeps its payload, one of the second its payload negated, and the
few keys of both (a place named like a side) point into a list of pairs. A matcher used alone
builds its own automaton, at its first scan.
"""

from __future__ import annotations

from typing import Any

import ahocorasick  # no stubs (a C extension): ignore_missing_imports in pyproject.toml

Hits = list[tuple[int, Any]]  # the automaton's (end, packed value) of one text, untyped (no stubs)

_LIMIT = 1 << 30  # payloads are below it; a joined key of both matchers is -_LIMIT - its pair's index


class NameAutomaton:
    """A matcher's keys (each led by a space) and their C int payloads (> 0), scanned as one automaton."""

    def __init__(self) -> None:
        self._keys: dict[str, int] = {}  # until the automaton is built
        self._automaton: Any = None
        self._joined: tuple[_Joined, int] | None = None  # an automaton shared with another matcher, our side

    def add(self, key: str, payload: int) -> None:
        """Add a key (led by a space; a later payload replaces an earlier one, as `add_word` does)."""
        if not 0 < payload < _LIMIT:
            raise ValueError(f"payload out of range: {payload}")
        self._keys[key] = payload

    def keys(self) -> list[str]:
        """Return the keys."""
        if self._automaton is None and self._joined is None:
            return list(self._keys)
        if self._joined is not None:
            shared, side = self._joined
            return [key for key, value in shared.automaton.items() if shared.part(value, side)]
        return list(self._automaton.keys())

    def hits(self, folded: str) -> Hits:
        """Return the (end, payload) of each key found in `" " + folded`, as `Automaton.iter` yields them."""
        if self._joined is not None:
            shared, side = self._joined
            return shared.hits(folded)[side]
        if self._automaton is None:
            self._automaton = _build(self._keys)
            self._keys = {}
        if not len(self._automaton):
            return []
        return list(self._automaton.iter(" " + folded))


def _build(keys: dict[str, int]) -> Any:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key, value in keys.items():
        automaton.add_word(key, value)
    if keys:
        automaton.make_automaton()
    return automaton


class _Joined:
    """One automaton of two matchers' keys; the hits of the last text scanned are kept for the other."""

    def __init__(self, first: dict[str, int], second: dict[str, int]) -> None:
        keys = dict(first)
        self.pairs: list[tuple[int, int]] = []  # (first's payload, second's) of a key of both
        for key, value in second.items():
            if key in keys:
                keys[key] = -_LIMIT - len(self.pairs)
                self.pairs.append((first[key], value))
            else:
                keys[key] = -value
        self.automaton = _build(keys)
        self._last: tuple[str, tuple[Hits, Hits]] = ("", ([], []))

    def __getstate__(self) -> Any:
        return self.automaton, self.pairs  # not the last text's hits

    def __setstate__(self, state: Any) -> None:
        self.automaton, self.pairs = state
        self._last = ("", ([], []))

    def part(self, value: int, side: int) -> int:
        """Return the payload of side 0 or 1 a joined value holds (0: none)."""
        if value <= -_LIMIT:
            return self.pairs[-_LIMIT - value][side]
        if side == 0:
            return max(value, 0)
        return max(-value, 0)

    def hits(self, folded: str) -> tuple[Hits, Hits]:
        """Return each side's hits in `" " + folded`: the last text's again when it is the same text."""
        last = self._last  # one read: another thread may replace it meanwhile
        if last[0] is folded or last[0] == folded:
            return last[1]
        first: Hits = []
        second: Hits = []
        if len(self.automaton):
            for end, value in self.automaton.iter(" " + folded):
                if value > 0:
                    first.append((end, value))
                elif value > -_LIMIT:
                    second.append((end, -value))
                else:
                    pair = self.pairs[-_LIMIT - value]
                    first.append((end, pair[0]))
                    second.append((end, pair[1]))
        self._last = (folded, (first, second))
        return first, second


def join(first: NameAutomaton, second: NameAutomaton) -> None:
    """Make `first` and `second` (neither scanned yet) share one automaton: one pass finds both's keys."""
    if first._joined is not None or second._joined is not None or first._automaton is not None \
            or second._automaton is not None:
        raise ValueError("only automata not yet built or joined can be joined")
    shared = _Joined(first._keys, second._keys)
    first._keys, second._keys = {}, {}
    first._joined, second._joined = (shared, 0), (shared, 1)
