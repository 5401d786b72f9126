"""How a regex alternation's matches can start, so a scan skips the tokens it cannot match.

A trigger family is an alternation of a hundred words or more; `re` tries every branch at every
token of a sentence, though most tokens start unlike any branch. Put before the alternation, a
lookahead on the first three characters its matches can start with (`(?=c(?:ap|ol)|se[ai])`) rejects
those tokens at once: the trigger scans take about half the time, and no match changes, since
every match starts with one of these prefixes. The prefixes are read from the pattern as `re`
parses it; where it cannot tell (a class like `\\S`, a back-reference, a flag) the prefix stops
there and anything may follow, and a pattern that may start with anything gets no lookahead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from re import _constants as C  # type: ignore[attr-defined]  # re's own parser: no public API
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

DEPTH = 3  # characters per prefix: the second and third reject most tokens the first lets through
# Characters per prefix of the lookahead before a whole lexicon family: three let ~a third of a
# sentence's tokens through to the alternation of a hundred branches or more; five reject most of
# those in the lookahead's trie (the trigger gate and the family scans take ~15-25% less time).
LOOKAHEAD_DEPTH = 5
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)  # consume nothing: what follows starts the match
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))

# A prefix and whether it is open: the match may go on with anything after it (it was cut at
# DEPTH characters, or the pattern goes on in a way not read here).
_Prefixes = set[tuple[str, bool]]


def prefixes(alternation: str, depth: int = DEPTH) -> set[str] | None:
    """Return the strings of up to `depth` characters every match of `alternation` starts with
    (a shorter one: a whole match, or what comes before something not read), or None if a match
    may start with anything."""
    parsed = P.parse(alternation)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(list(parsed), depth)
    if any(not text for text, _open in found):
        return None
    return {text for text, _open in found}


def lookahead(alternation: str, depth: int = DEPTH) -> str:
    """Return a lookahead on the prefixes of `alternation` (`(?=c(?:ap|ol)|se[ai])`), or "" when unknown.

    When some branches may start with anything but only after a lookbehind (German's
    "(?:(?<=@a\\d )|(?<=@a\\d\\d ))(?:\\S+ ){0,2}?besetzt"), those lookbehinds join the lookahead
    of the other branches (`_guards`): a match starts only where one of them holds.
    """
    found = prefixes(alternation, depth)
    if found:
        return "(?=" + _trie(found) + ")"
    guarded = _guards(alternation, depth)
    if guarded is None or not guarded[1]:
        return ""
    texts, behinds = guarded
    parts = ([f"(?={_trie(texts)})"] if texts else []) + list(dict.fromkeys(behinds))
    return "(?:" + "|".join(parts) + ")"


def _guards(alternation: str, depth: int) -> tuple[set[str], list[str]] | None:
    """Return the prefixes of the branches of `alternation` whose prefixes are known, and the
    lookbehinds the other branches open on; None when a branch has neither."""
    if P.parse(alternation).state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # a global flag would not reach the branches after the first
    texts: set[str] = set()
    behinds: list[str] = []
    for branch in _split(alternation):
        found = prefixes(branch, depth)
        if found:
            texts |= found
            continue
        group = _group(branch, 0)
        if group is None:
            return None
        inner, end = group
        if branch[end : end + 1] in ("?", "*", "+", "{"):
            return None  # the group may be left out: "(?:(?<=x))?y"
        if inner.startswith("(?<=") and end == len(branch):
            return None  # a lookbehind alone: it matches the empty string
        if inner.startswith("(?<="):
            behinds.append(inner)
        elif inner.startswith("(?:") and all(b.startswith("(?<=") and _group(b, 0) == (b, len(b))
                                           for b in _split(inner[3:-1])):
            behinds += _split(inner[3:-1])  # "(?:(?<=@a\\d )|(?<=@a\\d\\d ))…"
        elif inner.startswith("(?:") and end == len(branch):
            nested = _guards(inner[3:-1], depth)  # the whole branch is a group: its own branches
            if nested is None:
                return None
            texts |= nested[0]
            behinds += nested[1]
        else:
            return None
    return texts, behinds


def _walk(pattern: str, start: int) -> Iterator[tuple[int, str, int]]:
    """Yield (index, character, nesting level after it) for each character of `pattern` from
    `start` that is not escaped nor inside a character class: the shared reading of `_split`
    and `_group`."""
    level, k = 0, start
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            k += 2
            continue
        if char == "[":
            k = _class_end(pattern, k) + 1
            continue
        level += (char == "(") - (char == ")")
        yield k, char, level
        k += 1


def _split(alternation: str) -> list[str]:
    """Return the top-level branches of a regex (split at each "|" outside groups and classes)."""
    cuts = [k for k, char, level in _walk(alternation, 0) if char == "|" and level == 0]
    bounds = [-1, *cuts, len(alternation)]
    return [alternation[a + 1 : b] for a, b in pairwise(bounds)]


def _group(pattern: str, start: int) -> tuple[str, int] | None:
    """Return the group opening at `start` of `pattern` (its text, brackets included) and where it
    ends, or None when no group opens there."""
    if not pattern.startswith("(", start):
        return None
    for k, char, level in _walk(pattern, start):
        if char == ")" and level == 0:
            return pattern[start : k + 1], k + 1
    return None


def _class_end(pattern: str, start: int) -> int:
    """Return the index of the "]" closing the character class that opens at `start`."""
    k = start + 1
    if pattern.startswith("^", k):
        k += 1
    if pattern.startswith("]", k):
        k += 1  # "[]a]": a first "]" is a member
    while k < len(pattern) and pattern[k] != "]":
        k += 2 if pattern[k] == "\\" else 1
    return k


def _trie(texts: set[str]) -> str:
    """Return a regex matching where one of `texts` starts, one branch per first character."""
    if "" in texts:
        return ""
    by_first: dict[str, set[str]] = {}
    for text in texts:
        by_first.setdefault(text[0], set()).add(text[1:])
    if all(rests == {""} for rests in by_first.values()):
        chars = "".join(re.escape(c) for c in sorted(by_first))
        return chars if len(by_first) == 1 else f"[{chars}]"
    parts = []
    for first, rests in sorted(by_first.items()):
        rest = _trie(rests)
        parts.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(parts)


def _sequence(items: list[Any], depth: int) -> _Prefixes:
    """Return the prefixes of a parsed sequence of items."""
    out: _Prefixes = {("", False)}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a lookaround or an anchor restricts the match, it does not add to it
        if all(is_open or len(text) >= depth for text, is_open in out):
            break
        step = _item(op, av, depth)
        if step is None:  # not read: anything may follow
            return {(text, True) for text, _open in out}
        out = _join(out, step, depth)
    return out


def _join(heads: _Prefixes, tails: _Prefixes, depth: int) -> _Prefixes:
    """Return each head followed by each tail, cut at `depth` (closed or full heads stay as they are)."""
    out: _Prefixes = set()
    for head, head_open in heads:
        if head_open or len(head) >= depth:
            out.add((head, head_open))
            continue
        for tail, tail_open in tails:
            text = head + tail
            out.add((text[:depth], tail_open or len(text) >= depth))
    return out


def _item(op: Any, av: Any, depth: int) -> _Prefixes | None:
    """Return the prefixes of what one parsed item matches, or None if it is not read here."""
    if op is C.LITERAL:
        return {(chr(av), False)}
    if op is C.IN:
        chars = _chars(av)
        return None if chars is None else {(ch, False) for ch in chars}
    if op is C.BRANCH:
        return {p for branch in av[1] for p in _sequence(list(branch), depth)}
    if op is C.SUBPATTERN and not av[1] and not av[2]:  # no inline flags
        return _sequence(list(av[3]), depth)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(av), depth)
    if op in _REPEATS:
        low, high, inner_items = av
        inner = _sequence(list(inner_items), depth)
        out: _Prefixes = {("", False)} if low == 0 else set()
        done = {("", False)}
        for count in range(1, low + depth + 1):  # enough repetitions to fill `depth` characters
            if count > high:
                return out
            done = _join(done, inner, depth)
            if count >= low:
                out |= done
        return out | {(text, True) for text, _open in done}  # more repetitions may follow
    return None


def _chars(av: list[Any]) -> set[str] | None:
    """Return the characters of a class (`[a-c]`), or None for a category or a negated class."""
    out: set[str] = set()
    for op, arg in av:
        if op is C.LITERAL:
            out.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < 256:
            out.update(chr(x) for x in range(arg[0], arg[1] + 1))
        else:
            return None
    return out
