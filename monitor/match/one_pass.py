"""Scan each sentence of an article for each trigger family once, whoever asks (pure).

The trigger gate (`trigger_gate.may_trigger`) is asked of every sentence naming a place, then
again by `read_sentence`, which scans seven or eight families; the article's readers then ask
whether a family occurs in a sentence ("enter" for the entries, "withdraw" for who left, "capture"
or "enter" for the takers): up to four scans of one text by one pattern. `SentenceTriggers` keeps
each answer for the article. A sentence the gate turned away holds no match of any family (the
gate is their union), so no family is scanned there at all.

A sentence naming a place is read in one pass (`_every_family`): a regex that stops only where
some family matches (the gate's union, behind the lookahead on all their prefixes) and there
captures, in one optional lookahead per family, what that family matches from that token. Each
family's matches, kept left to right without overlap, are those of its own scan; no match at all
is the gate's no. It costs a little more than the gate alone (~10 µs a sentence against ~6 on
a slow core), and the seven or eight scans of a sentence that holds a trigger (~21 µs) are then
a look-up.

The gate also passes a sentence with a "since" word, a control verb or a time of the day that may
open one (`since.may_be_dated_state`, `dated_controls.may_be_dated_control`): those words are one
more branch of the pass, which no group captures, so that the pass's finding any match at all is
the gate's yes, and the two searches of each sentence without a trigger are saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.match.dated_controls import control_verbs, fronted_times
from monitor.match.expressions import TRIGGERS, CompiledLexicon
from monitor.match.expressions.firsts import LOOKAHEAD_DEPTH, lookahead
from monitor.match.since import since_words

Match = tuple[int, int, str]  # (start, end, words), as `CompiledLexicon.triggers` gives them


# id(lexicon) -> (the lexicon, its pattern); the lexicon is kept so that its id is not reused.
_EVERY: dict[int, tuple[CompiledLexicon, re.Pattern[str]]] = {}


def _every_family(lex: CompiledLexicon) -> re.Pattern[str]:
    """Return the one-pass pattern of `lex`'s trigger families (group k+1: `TRIGGERS[k]`'s match).

    Each family is written as `CompiledLexicon.spaced` has it, after the space that the pattern
    consumes: the text scanned is " " + the signature's text, as for `CompiledLexicon.triggers`.
    The language's "since" words and control verbs are one more branch, which no group captures:
    a match there is the gate's yes alone.
    """
    entry = _EVERY.get(id(lex))
    if entry is not None and entry[0] is lex:
        return entry[1]
    alternations = [getattr(lex.lex, family) for family in TRIGGERS]
    families = [rf"{lookahead(words, LOOKAHEAD_DEPTH)}(?:{words})(?!\S)" for words in alternations]
    lang = lex.lex.lang
    dated = "|".join(w for w in (since_words(lang), control_verbs(lang), fronted_times(lang)) if w)
    branches = [*families, rf"(?:{dated})(?!\S)"] if dated else families
    every = lookahead("|".join(f"(?:{words})" for words in (*alternations, dated) if words), LOOKAHEAD_DEPTH)
    each = "".join(f"(?=({family})?)" for family in families)
    pattern = re.compile(f" {every}(?=(?:{'|'.join(branches)})){each}")
    _EVERY[id(lex)] = (lex, pattern)
    return pattern


def scan_every_family(lex: CompiledLexicon, text: str) -> dict[str, list[Match]]:
    """Return family -> `lex.triggers(family, text)` for every family of `TRIGGERS`, in one pass."""
    return _scan(lex, text)[0]


def _scan(lex: CompiledLexicon, text: str) -> tuple[dict[str, list[Match]], bool]:
    """Return `scan_every_family(lex, text)` and whether the gate (`trigger_gate.may_trigger`)
    passes `text`: whether the pass matched anywhere, a family or a "since" or control word."""
    found: dict[str, list[Match]] = {family: [] for family in TRIGGERS}
    lists = [found[family] for family in TRIGGERS]
    ends = [0] * len(TRIGGERS)  # where each family's last match ended: its scan goes on from there
    spaced = " " + text
    gate = False
    for m in _every_family(lex).finditer(spaced):
        gate = True
        start = m.start()
        for k, words in enumerate(m.groups()):
            if words is not None and start >= ends[k]:
                end = start + 1 + len(words)
                lists[k].append((start, end - 1, words))
                ends[k] = end
    return found, gate


class SentenceTriggers:
    """The gate and the trigger matches of an article's sentences, each found once, when first asked."""

    __slots__ = ("_every", "_found", "_gate", "_has", "_lex", "_text")

    def __init__(self, lex: CompiledLexicon, text: Callable[[int], str]) -> None:
        self._lex, self._text = lex, text  # `text(n)`: the signature text of sentence n
        self._gate: dict[int, bool] = {}
        self._every: dict[int, dict[str, list[Match]]] = {}  # sentences read in one pass
        self._found: dict[tuple[str, int], list[Match]] = {}
        self._has: dict[tuple[str, int], bool] = {}

    def may_trigger(self, n: int) -> bool:
        """Say what `may_trigger` says of sentence `n`, reading every family of it in one pass."""
        gate = self._gate.get(n)
        if gate is None:
            # the gate is the union of the families and the dated words: it passes where one matches
            self._every[n], gate = _scan(self._lex, self._text(n))
            self._gate[n] = gate
        return gate

    def triggers(self, family: str, n: int) -> list[Match]:
        """Return `lex.triggers(family, text)` of sentence `n` (the list is shared: do not change it)."""
        every = self._every.get(n)
        if every is not None:
            return every[family]
        key = (family, n)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._lex.triggers(family, self._text(n))
        return found

    def has(self, family: str, n: int) -> bool:
        """Return `lex.has(family, text)` of sentence `n`."""
        every = self._every.get(n)
        if every is not None:
            return bool(every[family])
        key = (family, n)
        found = self._found.get(key)
        if found is not None:
            return bool(found)
        known = self._has.get(key)
        if known is None:
            known = self._has[key] = self._lex.has(family, self._text(n))
        return known
