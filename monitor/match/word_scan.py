"""Find whole words of an alternation in a long text by where its prefixes occur (pure).

`(?<!\\w)(?:rebels?|insurgents?|…)(?!\\w)` over a whole article makes the regex engine try its
lookbehind at every character (~90 to 150 µs for 3,000 characters on a slow core), and a
pattern led by the words' first letters is little quicker: they are common letters. The
prefixes of the alternation (`expressions.firsts.prefixes`: "reb", "ins", …) are few and rare,
and `str.find` finds each in C in a microsecond or two; the whole pattern is matched only where
one occurs. The matches are those of `finditer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from monitor.match.expressions.firsts import prefixes

_MOST_PREFIXES = 40  # beyond this (or a prefix of one letter), the regex alone is quicker
# Letters whose two folds line up: where `signature.fold` gives one of these, `normalize.fold` gives
# that letter's own fold, and where it gives no word character, a blank (`tests/test_joint_pass.py`,
# for every code point). A word led by these letters after a non-word character in the one folded
# text is led by their folds after a blank in the other, at the same offset: the detector's walk
# of the article (`joint_pass`) finds where it may start.
ALIGNED_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüßà")
HEAD_DEPTH = 8  # letters: three ("pro", "res", "par") begin many words of an article, eight few


def heads(alternation: str, depth: int = HEAD_DEPTH) -> frozenset[str] | None:
    """Return the letters every match of `alternation` starts with: its prefixes of up to `depth`
    characters (`firsts.prefixes`), each cut at its first other character ("capital" of "capital
    provincial"); None when they are unknown or hold a letter not in `ALIGNED_LETTERS`."""
    found = prefixes(alternation, depth)
    if not found:
        return None
    cut = frozenset(re.split(r"\W", text)[0] for text in found)
    if "" in cut or any(not ALIGNED_LETTERS.issuperset(head) for head in cut):
        return None
    return cut


class WordPattern:
    """`(?<!\\w)(?:alternation)(?!\\w)`, with a `finditer` that looks only where a prefix occurs."""

    __slots__ = ("_prefixes", "pattern")

    def __init__(self, alternation: str) -> None:
        self.pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        found = prefixes(alternation) or set()
        usable = 0 < len(found) <= _MOST_PREFIXES and all(len(p) >= 2 for p in found)
        self._prefixes = tuple(sorted(found)) if usable else ()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches of `pattern.finditer(text)`, in order."""
        if not self._prefixes:
            yield from self.pattern.finditer(text)
            return
        starts: list[int] = []
        find = text.find
        for prefix in self._prefixes:  # every match starts with one of them
            at = find(prefix)
            while at >= 0:
                starts.append(at)
                at = find(prefix, at + 1)
        if len(starts) > 1:
            starts = sorted(set(starts))  # one prefix may start another's ("is", "isl")
        match = self.pattern.match
        pos = 0
        for at in starts:
            if at < pos:
                continue  # inside the last match: `finditer` goes on after it
            found = match(text, at)  # the lookbehind sees the text before `at`
            if found is not None:
                yield found
                pos = found.end()  # not empty: it holds a prefix

    def matches_at(self, text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
        """Yield the matches of `pattern.finditer(text)`, given (in any order) every place where
        one may start, and maybe others: the leftmost match from where the last one ended is the
        match at the first of those places that holds one."""
        match = self.pattern.match
        pos = 0
        for at in sorted(set(starts)):
            if at < pos:
                continue  # inside the last match
            found = match(text, at)
            if found is not None:
                yield found
                pos = found.end()  # not empty: it holds a head
