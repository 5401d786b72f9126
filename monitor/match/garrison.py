"""The garrison of a city surrendered: the city is what it gave up (pure).

"The Afghan garrison of Kunduz surrendered", "La guarnição de X rendeu-se aos talibãs", "la
guarnigione di X si è arresa", "die Verteidiger von X kapitulierten": the subject is the force
holding the city, named by the city; its surrender hands the city over (to whom it surrendered,
else to the opponent of the side it belongs to: `reading.read_sentence` weighs the roles).
"""

from __future__ import annotations

from monitor.match.expressions import tokens_rx
from monitor.match.signature import Signature, fold

# The force holding a city, as the head of "the garrison of X".
_GARRISON = frozenset(
    (
        *("garrison", "defenders", "defenders", "garnison", "defenseurs", "guarnicion", "defensores"),
        *("besatzung", "verteidiger", "guarnigione", "difensori", "guarnicao"),
    )
)
_OF = frozenset(("of", "de", "d", "del", "von", "der", "di", "della", "da", "do"))
# A surrender verb, as a trigger's words ("surrendered", "rendeu", "arresa", "kapitulierte").
SURRENDERED = tokens_rx(
    r"surrendered|capitulated|rendu|rendue|rendus|rendues|capitul\w*|rindi(?:o|eron)|kapitul\w*"
    r"|ergab|ergaben|ergeben|arres[oaie]|arresero|rend(?:eu|eram)"
)
# What opens a withdrawal's own source: "withdrew from", "se retiró de", "zog sich aus".
_FROM = frozenset(("from", "de", "du", "des", "d", "del", "desde", "aus", "von", "vom", "da", "dalla", "dal",
                   "dai", "dalle", "do", "dos", "das"))
# At most this many tokens between "the garrison of X" and its verb ("s est", "se", "hat sich den…").
_TO_VERB = 4


# What opens an object after the verb: the garrison handed something over ("surrendered its
# weapons to UN inspectors", "a rendu les prisonniers"), it did not give itself up.
_OBJECT_OPENERS = frozenset(
    (
        *("its", "their", "the", "an", "les", "le", "la", "l", "leurs", "leur", "ses", "son", "sa"),
        *("sus", "su", "los", "las", "el", "i", "gli", "il", "lo", "os", "as", "o", "seus", "suas"),
        *("seine", "ihre", "das", "die"),
    )
)


def defenders_left(sig: Signature, i: int) -> bool:
    """Say whether the subject of the withdrawal at token i is only the side inside: "the garrison
    withdrew", "die Verteidiger haben X aufgegeben", "la garnison a évacué X" (no side named)."""
    start = i
    while start > 0 and sig.tokens[start - 1] not in (".", ";", ":", ","):
        start -= 1
    return any(_garrison(sig, x) for x in range(start, i))


def garrison_city(sig: Signature, i: int, words: str, *, withdrawn: bool = False) -> list[int]:
    """Return [k], the place token of "the garrison of X" subject of the surrender verb at token i
    (`words` the trigger's words), or [] when the verb is no surrender or its subject is no garrison.

    With `withdrawn`, the verb is a withdrawal with no city of its own: "the garrison of X withdrew
    to Y", "la garnison de X s'est repliée sur Y" left X.
    """
    if not withdrawn and SURRENDERED.search(words) is None:
        return []
    j = i + len(words.split())
    if withdrawn and j < len(sig.tokens) and sig.tokens[j] in _FROM:
        return []  # "withdrew from its forward positions": it left those, not the city
    if j < len(sig.tokens) and sig.tokens[j] in _OBJECT_OPENERS:
        return []
    for k in range(i - 1, max(-1, i - 1 - _TO_VERB - 1), -1):
        if sig.tokens[k] in (".", ";", ":") or (k in sig.actor_at and not _garrison(sig, k)):
            return []
        if k not in sig.place_at:
            continue
        of = k - 1
        head = [x for x in (of - 1, of - 2) if x >= 0 and _garrison(sig, x)]
        return [k] if of >= 1 and sig.tokens[of] in _OF and head else []
    return []


def _garrison(sig: Signature, x: int) -> bool:
    """Say whether token x is a garrison noun, or a side named by one ("the Afghan garrison")."""
    if x in sig.actor_at:
        words = fold(sig.actors[sig.actor_at[x]].surface).split()
        return any(w in _GARRISON for w in words)
    return sig.tokens[x] in _GARRISON
