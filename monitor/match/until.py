"""A negation that dates a change rather than denies it: "did not fall until Thursday" (pure).

"X did not fall until Thursday", "Les talibans n'ont pris X que jeudi", "X no cayó hasta el
jueves", "X não caiu até quinta-feira": the city fell, later than expected. Not a future or a
modal ("won't fall until the spring", "ne tombera que si…"), and not a negation that denies
("n'est pas tombée", "did not fall").
"""

from __future__ import annotations

from monitor.match.expressions import tokens_rx
from monitor.match.signature import Signature

# The negation word, and what must follow the trigger: "until", "que", "hasta", "até", "fino a".
_UNTIL = {
    "not": ("until", "till"),
    "t": ("until", "till"),
    "n t": ("until", "till"),
    "n": ("que", "qu"),
    "ne": ("que", "qu"),
    "no": ("hasta",),
    "nao": ("ate",),
    "non": ("fino", "che"),
}
# Auxiliaries of a future or a possibility before the negation: "won't", "will not", "cannot".
_MODAL = frozenset(
    ("will", "won", "wo", "would", "can", "ca", "could", "may", "might", "shall", "should", "must")
)
# Words that keep a French "ne" a denial however "que" follows ("n'est pas tombée, dit-on, que…").
_DENIAL = frozenset(("pas", "plus", "jamais", "guere", "point", "nullement"))
# The time after "until" / "que": a day, a date, a part of the day, "late", "after" (not "si": a condition).
_WHEN = tokens_rx(
    r"(?:\S+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|late|after"
    r"|the (?:morning|evening|night|afternoon|next day|following day|weekend|end)|early|dawn|midnight"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|tard|apres|le lendemain|dans la nuit"
    r"|ce matin|cette nuit|au petit matin|lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer"
    r"|el dia siguiente|la noche|la madrugada|la tarde|despues|que|segunda|terca|quarta|quinta|sexta"
    r"|ontem|a noite|a madrugada|depois|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|ieri"
    r"|(?:le|el|la|o|a|il|al|a l) \d{1,2}(?: \S+)?)"
)
_WINDOW = 8


def negation_dates(sig: Signature, k: int, j: int) -> bool:
    """Say whether the negation at token k, before a trigger ending at token j, only dates the
    change: "until" (or "que", "hasta", "até") and a time follow the trigger, with no modal
    before the negation nor a French "pas" after it."""
    word = sig.tokens[k]
    follows = _UNTIL.get(word)
    if follows is None and k + 1 < len(sig.tokens) and sig.tokens[k] == "n":
        follows = _UNTIL["n t"] if sig.tokens[k + 1] == "t" else None
    if follows is None:
        return False
    if any(t in _MODAL for t in sig.tokens[max(0, k - 2) : k + 1]):
        return False  # "won't fall until the spring", "will not be taken until": a forecast
    if any(t in _DENIAL for t in sig.tokens[k + 1 : j]):
        return False
    for x in range(j, min(len(sig.tokens), j + _WINDOW)):
        if sig.tokens[x] in (".", ";", "?", "!", ","):
            return False
        if sig.tokens[x] in follows:
            rest = " ".join(sig.tokens[x + 1 : x + 5])
            if word in ("non",) and sig.tokens[x] == "fino" and not rest.startswith(("a ", "al ", "alla ")):
                return False
            return bool(_WHEN.match(rest.split(" ", 1)[-1] if sig.tokens[x] == "fino" else rest))
    return False
