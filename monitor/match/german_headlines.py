"""German verbless headlines: "Cherson von ukrainischen Truppen zurückerobert" is a passive.

A headline leaves out the auxiliary ("X wurde von Y erobert" becomes "X von Y erobert"), so
no auxiliary says the participle is passive and "von Y" was read as whom the city was taken
from. A clause that opens with the city, goes on with "von"/"vom"/"durch" and ends with the
trigger has no room for a finite verb: Y is the agent. ("X haben die Ukrainer von den Russen
zurückerobert" has its verb after the city: still active.)
"""

from __future__ import annotations

from monitor.match.expressions import CompiledLexicon
from monitor.match.signature import Signature
from monitor.match.words import STOP

_CLAUSE_ENDS = frozenset((",", ":", ";"))
# Finite verbs of an active clause that may follow a fronted object ("X haben von Süden her …").
_FINITE = frozenset(("haben", "hat", "hatten", "hatte", "habe", "hätten", "hätte"))


def headline_passive(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> bool:
    """Say whether the trigger at [i, j) ends a verbless clause "X von Y <participle>" (or "X kampflos
    von Y <participle>")."""
    tokens = sig.tokens
    if j < len(tokens) and tokens[j] not in STOP and tokens[j] not in _CLAUSE_ENDS:
        return False
    start = i
    while start > 0 and tokens[start - 1] not in STOP and tokens[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    if start not in sig.place_at or start + 1 >= i:
        return False
    if sig.at(lex.agent, start + 1) is not None:
        return True
    # a manner may come first ("X kampflos von Y besetzt"), never a finite verb ("X haben von …")
    return (
        start + 2 < i
        and sig.at(lex.agent, start + 2) is not None
        and tokens[start + 1] not in _FINITE
        and sig.at(lex.passive, start + 1) is None
    )
