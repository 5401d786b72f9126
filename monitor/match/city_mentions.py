"""Say whether a watched place named in a sentence stands for the city itself (pure).

Not a part of it ("eastern Mosul"), a building or a side's office in it ("the police headquarters
in X"), a place named to say where something else is ("near X"), or where a German report comes
from ("nach Angaben aus X"). Used by every target finder.
"""

from __future__ import annotations

import re

from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.references import is_reference
from monitor.match.signature import Signature
from monitor.match.words import (
    CITY_QUARTER,
    LIST,
    OF,
    PART,
    PART_OF,
)


def _spans(sig: Signature, rx: re.Pattern[str], a: int, b: int) -> bool:
    """Say whether `rx` matches tokens a..b exactly ("homme fort")."""
    m = sig.at(rx, a)
    return m is not None and sig.index(m.end() - 1) == b


# What may follow an English "X's" and still be about the city: its fall or its defenders, or
# "X's" for "X is"/"X has" ("X's fallen", "X's now in rebel hands").
_CITY_OWN = frozenset((
    "fall", "capture", "recapture", "liberation", "seizure", "surrender", "loss", "takeover", "occupation",
    "garrison", "defenders", "defences", "defenses", "been", "fallen", "gone", "now", "under", "in", "back",
    "still", "not", "no", "being", "taken", "lost", "finally", "officially",
))


def _owned_thing(sig: Signature, x: int) -> bool:
    """Say whether an English "X's" owns a thing at token x ("Amman's main hotels"), not the city."""
    return x < len(sig.tokens) and sig.tokens[x].isalpha() and sig.tokens[x] not in _CITY_OWN


# German words that may stand between a part's noun and the city: "im Westen (der Stadt) X".
_DE_PART_LINKS = ("der", "des", "stadt")
_DE_PART_OPENERS = frozenset(("im", "in", "den", "dem", "der", "die", "ins", "am"))


def _german_part_before(sig: Signature, k: int) -> bool:
    """Say whether a German part's noun comes just before the place at token k, after an article
    or "im": "im Westen der Stadt X", "den Nordteil Batibos", "im Osten der umkämpften Großstadt"
    (a town noun read as the place)."""
    x = k - 1
    while x >= 0 and sig.tokens[x] in _DE_PART_LINKS and k - x <= 2:
        x -= 1
    return x >= 1 and sig.at(PART_OF, x) is not None and sig.tokens[x - 1] in _DE_PART_OPENERS


def stands_for_city(sig: Signature, lex: CompiledLexicon, k: int) -> bool:
    """Say whether the place at token k stands for the city (not its airport, region, governor)."""
    if k and sig.at(PART, k - 1):
        return False  # "retook eastern Mosul": a part of the city
    if reported_from(sig, k):
        return False  # "zogen sich nach Angaben aus Dublin aus der Stadt zurück": who says it
    if lex.lex.verb_final and k >= 3 and sig.tokens[k - 1] == "in" and (k - 2) in sig.actor_at:
        y = k - 4 if sig.tokens[k - 3] in ("der", "des") else k - 3  # (the article may be the actor's)
        if y >= 0 and sig.at(lex.not_city, y):
            return False  # "das Hauptquartier der Armee in X": a building of a side in the city
    if k and (sig.tokens[k - 1] in _NEAR or (k >= 2 and sig.at(_NEAR_OF, k - 2) and sig.at(OF, k - 1))):
        return False  # "nahmen Kombolcha nahe X ein", "a pris Y, près de X": a city to say where
    if (
        k >= 3
        and sig.tokens[k - 1] in ("of", "de", "d", "del", "von", "di", "do", "da", "des")
        and sig.at(PART_OF, k - 2)
        and sig.tokens[k - 3] in ("the", "l", "le", "la", "el", "den", "dem", "der", "das", "il", "o", "a")
    ):
        return False  # "l'est de Mossoul", "el centro de Ramadi", "den Ostteil von Mossul" (not "south of X")
    if lex.lex.verb_final and _german_part_before(sig, k):
        return False  # "im Westen der Stadt X", "den Nordteil Batibos": a part of the city
    nxt = sig.tokens[k + 1] if k + 1 < len(sig.tokens) else ""
    if sig.at(CITY_QUARTER, k + 1) and is_reference(sig.places[sig.place_at[k]].surface):
        return False  # "ont pris la ville européenne, la médina résiste": one quarter of the city
    if sig.at(lex.not_city, k + 1) or (nxt == "s" and sig.at(lex.not_city, k + 2)):
        return False
    if lex.lex.lang == "en" and nxt == "s" and _owned_thing(sig, k + 2):
        return False  # "seized two of Amman's main hotels": the hotels, whatever the noun
    if (
        nxt.isalpha()
        and not sig.at(LIST, k + 1)
        and not sig.at(lex.locative, k + 1)
        and not sig.at(lex.to_holder, k + 1)  # "restituito X alla polizia": to whom, not X's police
        and not (sig.at(lex.agent, k + 1) and sig.at(PART_OF, k + 2))  # "X por parte de las RSF": by whom
        and sig.at(lex.not_city, k + 2)
    ):
        return False
    # "the police headquarters in X", "le siège de la police de X" (not a link before the verb
    # that takes X: "Las tropas de la junta recuperaron X")
    lo = _nearest_break(sig, k)
    lo = max([lo] + [y + 1 for y in range(lo, k) if sig.at(lex.capture, y)])
    for link in range(lo, k):
        beside = lex.lex.verb_final and sig.tokens[link] in DE_AROUND  # "ein Stützpunkt bei X"
        linked = sig.at(OF, link) or sig.at(lex.source, link) or sig.tokens[link] in ("d", "s", "der", "in")
        if (linked or beside) and (
            sig.at(lex.not_city, link - 1) or (link >= 2 and _spans(sig, lex.not_city, link - 2, link - 1))
        ):
            return False
    return True


_BREAKS = frozenset((",", "and", "et", "y", "und", "e"))


def _nearest_break(sig: Signature, k: int) -> int:
    """Return the first token of the five before the place at k that may link a thing to it: the
    nearest comma, conjunction, side, other place or German finite verb before k, else k - 5 (at
    least 1). A link before such a token is another name's ("der Sprecher der RSF haben ihre
    Kämpfer X": the genitive names the actor; "officials in Y say the city …": the link is Y's).

    Found once, walking back from k, rather than looked for again after each candidate link.
    """
    lo = max(1, k - 5)
    for x in range(k - 1, lo, -1):
        t = sig.tokens[x]
        if t in _BREAKS or x in sig.actor_at or x in sig.place_at or t in DE_FINITE:
            return x
    return lo


# German sources of a report, before "aus X" or "in X": the place speaks, it is not the object.
DE_SOURCES = frozenset(
    ("angaben", "informationen", "berichten", "kreisen", "quellen", "regierungskreisen", "militärkreisen")
)


def reported_from(sig: Signature, k: int) -> bool:
    """Say whether the place at k names where a German report comes from ("nach Angaben aus X")."""
    return k >= 2 and sig.tokens[k - 1] in ("aus", "in") and sig.tokens[k - 2] in DE_SOURCES


# Before a city named to say where something else is: "nahe X", "unweit von X", "près de X".
_NEAR = frozenset(("near", "nahe", "unweit", "nearby", "outside"))


_NEAR_OF = tokens_rx(r"pres|cerca|vicino|perto|proche|proximite|unweit|close|next")


# German prepositions that put a city beside a thing, not inside it: "ein Stützpunkt bei X",
# "Stellungen vor X", "die Straße zwischen X und Y", "die Hauptstraße nach X". The thing is taken.
DE_AROUND = frozenset(("bei", "nahe", "unweit", "um", "vor", "hinter", "zwischen", "nach", "richtung"))


# German finite auxiliaries: "Die Soldaten der Armee haben X verlassen": the genitive ended before.
DE_FINITE = frozenset(("hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden"))


# German words between "in" and a city: "in die tadschikische Hauptstadt X", "in der Stadt X".
_DE_CITY_WORDS = frozenset(
    ("die", "der", "den", "dem", "das", "stadt", "hauptstadt", "provinzhauptstadt", "ort")
)
_DE_SETTLEMENT_ENDS = ("stadt", "dorf", "städtchen", "ortschaft")


def german_in(sig: Signature, k: int) -> bool:
    """Say whether the place at k follows "in", through articles, city nouns and one adjective."""
    adjectives = 0
    for x in range(k - 1, max(-1, k - 5), -1):
        t = sig.tokens[x]
        if t == "in":
            return True
        if t in _DE_CITY_WORDS or t.endswith(_DE_SETTLEMENT_ENDS):
            continue  # (a settlement's compound too: "in das Bergdorf X", "in die Grenzstadt X")
        if adjectives == 0 and t.isalpha() and t.endswith(("e", "en", "er", "es", "em")):
            adjectives += 1  # "die tadschikische Hauptstadt"
            continue
        if adjectives == 0 and _genitive_name(sig, x):
            adjectives += 1  # "in Gambias Hauptstadt": a country's name in the genitive
            continue
        return False
    return False


_DE_TOWN_NOUNS = frozenset(("stadt", "hauptstadt", "provinzhauptstadt"))


def _genitive_name(sig: Signature, x: int) -> bool:
    """Say whether the token at x is a name in the Saxon genitive right before a town noun
    ("Somalias Hauptstadt X"): it stands where an article would (the tokens are folded, so the
    capital is not seen; "-es" adjectives are read above)."""
    t = sig.tokens[x]
    return (
        len(t) > 4
        and t.isalpha()
        and t.endswith("s")
        and sig.tokens[x + 1] in _DE_TOWN_NOUNS
    )
