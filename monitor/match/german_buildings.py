"""German captures of buildings in a town, not of the town (pure).

German puts the object between the auxiliary and the participle, so a town in that span is read
as the object: "haben Kandahar besetzt". But "haben die Gouverneurssitze in X und Y besetzt" and
"haben in den Bezirken X und Y die Bahnhöfe besetzt" take buildings there; the towns are only
where they stand. A town is such a locative when "in" or "im" opens its phrase (over the list
it belongs to and a district noun before it), and the clause has a building for its object: a
thing that is no town (`not_city`) after an accusative article that no preposition governs.
Power is not a building: "haben in X die Macht übernommen" is the town's change of hands.
"""

from __future__ import annotations

from monitor.match.expressions import CompiledLexicon
from monitor.match.signature import Signature

# What opens a locative phrase before a town: "in X", "im Bezirk X".
_IN = frozenset(("in", "im"))
# What may stand between "in" and the town: articles, list links, other names and district nouns.
_LIST = frozenset((",", "und", "sowie", "den", "dem", "der", "die"))
# The articles of an accusative object: "die Bahnhöfe", "das Rathaus", "den Flughafen".
_OBJECT_ARTICLES = frozenset(("die", "das", "den", "ein", "eine", "einen"))
# Prepositions that would make the article's noun their own, not the verb's object.
_PREPOSITIONS = frozenset(
    ("in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "seit", "von", "vor", "zu", "um", "über",
     "unter", "für", "gegen", "durch", "hinter", "neben", "zwischen", "trotz", "wegen")
)
_POWER = frozenset(("macht",))


def buildings_in_towns(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> bool:
    """Say whether the verb-final capture spanning tokens i..j takes a building for its object and
    names each town inside only as where it stands ("haben die Verwaltungen in X besetzt")."""
    towns = [k for k in range(i + 1, j - 1) if k in sig.place_at]
    return bool(towns) and all(_locative(sig, lex, k, i) for k in towns) and any(
        _building_object(sig, lex, x, i) for x in range(i + 1, j - 1)
    )


def _locative(sig: Signature, lex: CompiledLexicon, k: int, lo: int) -> bool:
    """Say whether "in" or "im" opens the phrase of the town at k (after lo)."""
    x = k - 1
    while x > lo and (x in sig.place_at or sig.tokens[x] in _LIST or sig.at(lex.not_city, x)):
        x -= 1
    return x > lo and sig.tokens[x] in _IN


def _building_object(sig: Signature, lex: CompiledLexicon, x: int, lo: int) -> bool:
    """Say whether token x is a thing that is no town, after an accusative article that no
    preposition governs ("die Bahnhöfe", not "in den Kreisen", "mit der Polizei")."""
    if x in sig.place_at or sig.tokens[x] in _POWER or sig.at(lex.not_city, x) is None:
        return False
    article = x - 1
    return (
        article > lo
        and sig.tokens[article] in _OBJECT_ARTICLES
        and sig.tokens[article - 1] not in _PREPOSITIONS
    )
