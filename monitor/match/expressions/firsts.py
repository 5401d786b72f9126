"""The characters a regex alternation can start with, so a scan skips the places it cannot match.

A trigger family is an alternation of a hundred words or more; `re` tries every branch at every
token of a sentence, though most tokens start with a letter no branch starts with. Put before
the alternation, a lookahead on its first characters (`(?=[abc])`) rejects those tokens at
once: the German capture verbs are scanned in less than half the time, and no match changes,
since every match starts with one of these characters. The set is read from the pattern as
`re` parses it; a pattern it cannot read (a class like `\\w`, a back-reference, a flag) gets
no lookahead.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]  # re's own parser: no public API
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)  # consume nothing: what follows starts the match
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def first_chars(alternation: str) -> str | None:
    """Return the characters a match of `alternation` can start with, or None if any (or unknown)."""
    parsed = P.parse(alternation)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _first(list(parsed))
    if found is None or found[1]:  # an empty match can start anywhere
        return None
    return "".join(sorted(found[0]))


def lookahead(alternation: str) -> str:
    """Return `(?=[…])` on the first characters of `alternation`, or "" when they are unknown."""
    chars = first_chars(alternation)
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def _first(items: list[Any]) -> tuple[set[str], bool] | None:
    """Return (first characters, may be empty) of a parsed sequence, or None if unknown."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
            return out, False
        if op is C.IN:
            chars = _chars(av)
            if chars is None:
                return None
            return out | chars, False
        if op in _ZERO_WIDTH:
            continue  # a lookaround or an anchor restricts the match, it does not start it
        if op is C.BRANCH:
            parts = [_first(list(branch)) for branch in av[1]]
        elif op is C.SUBPATTERN and not av[1] and not av[2]:  # no inline flags
            parts = [_first(list(av[3]))]
        elif op is getattr(C, "ATOMIC_GROUP", None):
            parts = [_first(list(av))]
        elif op in _REPEATS:
            inner = _first(list(av[2]))
            parts = [None if inner is None else (inner[0], inner[1] or av[0] == 0)]
        else:
            return None
        known = [part for part in parts if part is not None]
        if len(known) < len(parts):
            return None
        for chars, _empty in known:
            out |= chars
        if not any(empty for _chars, empty in known):
            return out, False
    return out, True


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
