"""The garrison of a city surrendered: the city is what it gave up (pure).

"The Afghan garrison of Kunduz surrendered", "La guarnição de X rendeu-se aos talibãs", "la
guarnigione di X si è arresa", "die Verteidiger von X kapitulierten": the subject is the force
holding the city, named by the city; its surrender hands the city over (to whom it surrendered,
else to the opponent of the side it belongs to: `reading.read_sentence` weighs the roles).
The troops stationed in the city are its garrison too: "the soldiers in X surrendered", "les
soldats de l'armée à X se sont rendus", "die Truppen in X haben sich ergeben".
"""

from __future__ import annotations

from monitor.match.expressions import tokens_rx
from monitor.match.signature import Signature, fold
from monitor.match.words import TIME_WORDS

# The force holding a city, as the head of "the garrison of X".
_GARRISON = frozenset(
    (
        *("garrison", "defenders", "defenders", "garnison", "defenseurs", "guarnicion", "defensores"),
        *("besatzung", "verteidiger", "guarnigione", "difensori", "guarnicao"),
    )
)
_OF = frozenset(("of", "de", "d", "del", "von", "der", "di", "della", "da", "do"))
_ARTICLES = frozenset(("the", "l", "la", "le", "el", "il", "lo", "o", "a", "die", "der"))
# The troops stationed in a city ("the soldiers in X"): a garrison only with "in X", since "the
# soldiers of X" may be a regiment's or a people's name.
_TROOPS = frozenset(
    (
        *("troops", "soldiers", "troupes", "soldats", "tropas", "soldados", "truppen", "soldaten"),
        *("truppe", "soldati", "militari", "militares", "militaires"),
    )
)
_IN = frozenset(("in", "at", "a", "à", "en", "em", "im", "no", "na", "nel", "nella"))
# Words between the head and its city: "the garrison [of the army] in X", "la guarnição [do
# exército] em X" (a link word and a side's name or a noun).
_HEAD_REACH = 4
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
    if j < len(sig.tokens) and sig.tokens[j] in _OBJECT_OPENERS and not (
        j + 1 < len(sig.tokens) and sig.tokens[j + 1] in TIME_WORDS
    ):  # "se rindió el domingo": a day, not what it handed over
        return []
    for k in range(i - 1, max(-1, i - 1 - _TO_VERB - 1), -1):
        if sig.tokens[k] in (".", ";", ":") or (k in sig.actor_at and not _garrison(sig, k)):
            return _surrendered_in(sig, i, j) if not withdrawn else []
        if k not in sig.place_at:
            continue
        return [k] if _held_by_garrison(sig, k) else []
    return _surrendered_in(sig, i, j) if not withdrawn else []


# The army as a whole, with its article: "the army", "l'armée", "o Exército", "die Armee".
_ARMY = frozenset(("army", "armee", "ejercito", "exercito", "esercito", "militar", "militär"))
# Words that count men: "five soldiers", "des centaines de soldats", "Dutzende Soldaten".
_COUNTS = frozenset(
    (
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"),
        *("hundreds", "thousands", "several", "some", "few", "deux", "trois", "cinq", "dizaines"),
        *("centaines", "milliers", "plusieurs", "dos", "tres", "cinco", "decenas", "cientos", "varios"),
        *("zwei", "drei", "fünf", "dutzende", "hunderte", "tausende", "mehrere", "einige", "due", "tre"),
        *("cinque", "decine", "centinaia", "migliaia", "alcuni", "duas", "dezenas", "centenas"),
    )
)
# At most this many words of time between the surrender and "in X" ("rendeu-se esta tarde em X").
_TIME_REACH = 3


def _surrendered_in(sig: Signature, i: int, j: int) -> list[int]:
    """Return [k], the city where a side surrendered, told after the verb: "the army surrendered in
    X", "o Exército rendeu-se esta tarde em X", "l'armée s'est rendue à X". The subject must be a
    side, a garrison or the army itself (not "200 soldiers", who may give up anywhere)."""
    subject = False
    for x in range(i - 1, max(-1, i - 1 - _TO_VERB - 1), -1):
        if sig.tokens[x] in (".", ";", ":", ","):
            break
        if x in sig.actor_at or _garrison(sig, x) or sig.tokens[x] in _ARMY:
            # the side or its garrison, not men of it ("five Afghan soldiers", "200 soldats")
            men = _troops(sig, x) and not _garrison(sig, x)
            counted = any(t.isdigit() or t in _COUNTS for t in sig.tokens[max(0, x - 3) : x])
            subject = not men and not counted
            break
    if not subject:
        return []
    for x in range(j, min(len(sig.tokens) - 1, j + _TIME_REACH + 2)):
        t = sig.tokens[x]
        if t in (".", ";", ":", ",") or x in sig.actor_at or x in sig.place_at:
            return []
        if t in _IN and x + 1 in sig.place_at:
            return [x + 1]
    return []


def _held_by_garrison(sig: Signature, k: int) -> bool:
    """Say whether the place at token k names the force just before it: "the garrison of X",
    "the Afghan garrison in X", "die Soldaten in X", "os soldados do exército em X"."""
    link = k - 1
    if link < 1:
        return False
    if sig.tokens[link] in _OF and any(x >= 0 and _garrison(sig, x) for x in (link - 1, link - 2)):
        return True
    if sig.tokens[link] not in _IN:
        return False
    for x in range(link - 1, max(-1, link - 1 - _HEAD_REACH), -1):
        if sig.tokens[x] in (".", ";", ":", ",") or x in sig.place_at:
            return False
        if _garrison(sig, x) or _troops(sig, x):
            return True
    return False


def _troops(sig: Signature, x: int) -> bool:
    """Say whether token x is a troops noun ("soldiers", "Regierungstruppen"), or a side named by
    one ("government troops")."""
    words = fold(sig.actors[sig.actor_at[x]].surface).split() if x in sig.actor_at else [sig.tokens[x]]
    return any(w in _TROOPS or w.endswith(("truppen", "soldaten", "garnison")) for w in words)


def garrison_of(sig: Signature, x: int) -> bool:
    """Say whether the side at token x is whose garrison the noun before it names: "la dernière
    garnison de l'armée à X s'est rendue", "the garrison of the army in X surrendered"."""
    y = x - 1
    while y > 0 and sig.tokens[y] in _ARTICLES:
        y -= 1  # "de l'", "of the"
    return y >= 1 and sig.tokens[y] in _OF and _garrison(sig, y - 1)


def _garrison(sig: Signature, x: int) -> bool:
    """Say whether token x is a garrison noun, or a side named by one ("the Afghan garrison")."""
    if x in sig.actor_at:
        words = fold(sig.actors[sig.actor_at[x]].surface).split()
        return any(w in _GARRISON for w in words)
    return sig.tokens[x] in _GARRISON
