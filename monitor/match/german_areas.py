"""German towns named before where they lie, and before a relative clause that tells their change (pure).

"sind in das Städtchen X an der Westküste eingerückt", "in die Stadt X im Osten des Landes
einmarschiert": a phrase saying where the town lies stands between it and the verb-final entry.
"landeten in der Hafenstadt X, die ebenfalls in die Hand der Armee fiel", "zogen sich aus Dörfern
nahe der Stadt X zurück, die kürzlich von den RSF eingenommen wurde": the relative clause's verb
tells the town's change, its antecedent the town before the comma (maybe before such a phrase).
"""

from __future__ import annotations

import re

from monitor.match.city_mentions import DE_FINITE, stands_for_city
from monitor.match.expressions import CompiledLexicon
from monitor.match.signature import Signature
from monitor.match.words import STOP

# The head of a phrase saying where a town lies: "im Osten", "an der Westküste", "im Zentrum",
# by a water or a strait ("an der Straße von Malakka", "am Schwarzen Meer", "an der Bucht von …").
_AREA = re.compile(
    r"(?:nord|süd|ost|west)\w*|\w*(?:küste|ufer|grenze)|zentrum|landesinnere\w*"
    r"|(?:meeres)?straße|\w*meer|\w*see|\w*fluss|\w*flusses|\w*golf|\w*bucht|\w*mündung"
)

# Relative pronouns that open a clause about the noun before the comma.
_RELATIVE = frozenset(("die", "der", "das", "welche", "welcher", "welches"))

# A noun for a town before its name: "die Hafenstadt X", "das Fischerstädtchen X", "den Grenzort X".
_TOWN_NOUN = re.compile(r"\w*stadt|\w*städtchen|(?:grenz|hafen|küsten|kreis|bezirks|nachbar)ort")

# What closes a main clause before a relative clause put after it: a participle, a particle, an
# auxiliary ("zurückgezogen", "an", "hat": `DE_FINITE`).
_VERB_CLOSE = re.compile(r"\w*ge\w+(?:t|en)|\w+iert|an|ab|ein|aus|zurück|vor")

# The longest relative clause read before its verb, in tokens.
_LONGEST = 14


def _area(sig: Signature, lex: CompiledLexicon, a: int, b: int) -> bool:
    """Say whether tokens [a, b) say where the town before them lies: a locative, a compass point,
    a coast or the centre among the first three words, then at most two words ("des Landes",
    "Georgiens"); no watched place, side, comma or stop."""
    words = sig.tokens[a:b]
    if len(words) < 2 or not sig.at(lex.locative, a):
        return False
    if any(t in STOP or t == "," for t in words):
        return False
    if any(x in sig.place_at or x in sig.actor_at for x in range(a, b)):
        return False
    head = next((n for n, t in enumerate(words[:3]) if _AREA.fullmatch(t)), None)
    return head is not None and len(words) - head <= 3


def town_before_area(sig: Signature, lex: CompiledLexicon, i: int) -> int | None:
    """Return the place right before an area phrase that ends at the verb at i, or None."""
    k = next((k for k in range(i - 2, max(-1, i - 7), -1) if k in sig.place_at), None)
    return k if k is not None and _area(sig, lex, k + 1, i) else None


def relative_antecedent(sig: Signature, lex: CompiledLexicon, i: int) -> int | None:
    """Return the place a relative clause holding the verb at i is about, or None.

    The clause opens with a comma and a relative pronoun, names no place itself, and the place
    stands right before the comma or before an area phrase ending there, maybe with the main
    clause's verb between ("zurückgezogen, die kürzlich … eingenommen wurde"); it stands for the
    city, or a town noun names it so.
    """
    comma = _relative_opening(sig, i)
    if comma is None or any(x in sig.place_at for x in range(comma + 1, i)):
        return None
    if _plural_subject(sig, comma + 1, i):
        return None  # "viele Soldaten in der Stadt X, die gefallen sind": the soldiers fell
    end = comma  # "hat sich aus Dörfern nahe der Stadt X zurückgezogen, die …": the verb closes the bracket
    while end > 0 and comma - end < 3 and _closes_verb(sig.tokens[end - 1]):
        end -= 1
    k = next((k for k in range(end - 1, max(-1, end - 7), -1) if k in sig.place_at), None)
    if k is None or (k < end - 1 and not _area(sig, lex, k + 1, end)):
        return None
    # (a town noun before it says the clause may be about the town: "landeten in der Hafenstadt X, die
    # … fiel", not "die Soldaten in X, die gefallen sind")
    town = k > 0 and _TOWN_NOUN.fullmatch(sig.tokens[k - 1]) is not None
    return k if town or stands_for_city(sig, lex, k) else None


def relative_clause_start(sig: Signature, lex: CompiledLexicon, i: int) -> int | None:
    """Return the comma opening the relative clause about a town that holds the verb at i, or None:
    who took the town is named inside it, not in the main clause ("Die Armee hat sich aus Dörfern
    nahe der Stadt X zurückgezogen, die … von russischen Truppen eingenommen wurde")."""
    return _relative_opening(sig, i) if relative_antecedent(sig, lex, i) is not None else None


def _relative_opening(sig: Signature, i: int) -> int | None:
    """Return the comma before a relative pronoun that opens the clause of the verb at i, or None."""
    comma = next(
        (x for x in range(i - 1, max(-1, i - _LONGEST), -1) if sig.tokens[x] in STOP or sig.tokens[x] == ","),
        None,
    )
    if comma is None or sig.tokens[comma] != "," or sig.tokens[comma + 1] not in _RELATIVE:
        return None
    return comma


def _closes_verb(token: str) -> bool:
    return _VERB_CLOSE.fullmatch(token) is not None or token in DE_FINITE


# Plural finite verbs: a relative clause with one and no side of its own is about people, not a town.
_PLURAL_FINITE = frozenset(
    ("sind", "waren", "wurden", "fielen", "haben", "hatten", "seien", "gingen", "gerieten")
)


def _plural_subject(sig: Signature, a: int, i: int) -> bool:
    """Say whether the relative clause opening at a, whose trigger is at i, has a plural verb and no
    side: its pronoun is then a plural subject ("die gefallen sind"), not a town ("die die RSF
    eingenommen haben" has the side for subject)."""
    end = next((x for x in range(i, len(sig.tokens)) if sig.tokens[x] in STOP or sig.tokens[x] == ","),
               len(sig.tokens))
    if any(x in sig.actor_at for x in range(a, end)):
        return False
    return any(t in _PLURAL_FINITE for t in sig.tokens[a:end])
