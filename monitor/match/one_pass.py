"""Scan each sentence of an article for each trigger family once, whoever asks (pure).

The trigger gate (`trigger_gate.may_trigger`) is asked of every sentence naming a place, then
again by `read_sentence`, which scans seven or eight families; the article's readers then ask
whether a family occurs in a sentence ("enter" for the entries, "withdraw" for who left, "capture"
or "enter" for the takers): up to four scans of one text by one pattern. `SentenceTriggers` keeps
each answer for the article. A sentence the gate turned away holds no match of any family (the
gate is their union), so no family is scanned there at all.
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.match.expressions import TRIGGERS, CompiledLexicon
from monitor.match.trigger_gate import may_trigger

Match = tuple[int, int, str]  # (start, end, words), as `CompiledLexicon.triggers` gives them


class SentenceTriggers:
    """The gate and the trigger matches of an article's sentences, each found once, when first asked."""

    __slots__ = ("_found", "_gate", "_has", "_lex", "_text")

    def __init__(self, lex: CompiledLexicon, text: Callable[[int], str]) -> None:
        self._lex, self._text = lex, text  # `text(n)`: the signature text of sentence n
        self._gate: dict[int, bool] = {}
        self._found: dict[tuple[str, int], list[Match]] = {}
        self._has: dict[tuple[str, int], bool] = {}

    def may_trigger(self, n: int) -> bool:
        """Say what `may_trigger` says of sentence `n`."""
        gate = self._gate.get(n)
        if gate is None:
            gate = self._gate[n] = may_trigger(self._text(n), self._lex)
        return gate

    def triggers(self, family: str, n: int) -> list[Match]:
        """Return `lex.triggers(family, text)` of sentence `n` (the list is shared: do not change it)."""
        key = (family, n)
        found = self._found.get(key)
        if found is None:
            turned_away = self._gate.get(n) is False and family in TRIGGERS
            found = self._found[key] = [] if turned_away else self._lex.triggers(family, self._text(n))
        return found

    def has(self, family: str, n: int) -> bool:
        """Return `lex.has(family, text)` of sentence `n`."""
        key = (family, n)
        found = self._found.get(key)
        if found is not None:
            return bool(found)
        known = self._has.get(key)
        if known is None:
            if self._gate.get(n) is False and family in TRIGGERS:
                known = False
            else:
                known = self._lex.has(family, self._text(n))
            self._has[key] = known
        return known
