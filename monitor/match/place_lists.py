"""Follow a list of places from one of them: "took A, B and C", "Mosul on Monday, Tikrit on
Wednesday" (pure): one verb distributed over several cities.
"""

from __future__ import annotations

import re

from monitor.match.expressions import CompiledLexicon
from monitor.match.object_heads import city_noun_head
from monitor.match.signature import Signature
from monitor.match.words import (
    CITY,
    CONJ,
    DIRECTION,
    LIST,
    OF,
    SEAT,
    STOP,
    TIME_WORDS,
)


def _day_after(sig: Signature, x: int) -> bool:
    """Say whether the token after x is a day or a time of day ("on Monday", "na quinta")."""
    return x + 1 < len(sig.tokens) and sig.tokens[x + 1] in TIME_WORDS


def _place_beyond(sig: Signature, k: int, step: int) -> bool:
    """Say whether the sentence names a place after token k (before it, for a negative `step`).

    `chain` adds only tokens of `sig.place_at`; without one beyond k its walk, which tries
    several patterns at each token up to the clause's end (~10 tokens a call), finds nothing.
    """
    return any(x > k for x in sig.place_at) if step > 0 else any(x < k for x in sig.place_at)


def chain(sig: Signature, lex: CompiledLexicon, k: int, step: int) -> list[int]:
    """Return the places listed with the one at k ("Kunduz, Sar-e-Pul and Taloqan", "X of A, Y of B")."""
    if not _place_beyond(sig, k, step):
        return []  # most calls: the place at k is the sentence's last (first) one, nothing to list
    out: list[int] = []
    x = k + step
    gap: list[str] = []
    dated: set[int] = set()
    while 0 <= x < len(sig.tokens):
        t = sig.tokens[x]
        if x in sig.place_at:
            if step > 0 and (
                sig.at(lex.locative, x - 1)
                or (sig.at(OF, x - 1) and (sig.at(DIRECTION, x - 2) or sig.at(lex.locative, x - 2)))
            ):
                gap.append(t)  # "Kunduz, in Kunduz province, and Taloqan": an aside
                x += step
                continue
            if step > 0 and _port_of(gap):
                break  # "took X, the port of Y": Y says whose port X is, it is not taken
            town = _town_noun(sig, lex, x) if step > 0 else None
            if town is None and step > 0 and _of_aside(sig, gap, x):
                gap.append(t)  # "took X, main town of the state of Y, as well as Z": Y is an aside
                x += step
                continue
            if town is not None:  # "Arawa and the neighbouring port of Kieta": the noun only says what X is
                dated.update(range(town, x - 1))
                gap = gap[: len(gap) - (x - 1 - town)]
            # ("Nyala (south) and Zalingei": a bracket after an item is an aside on it)
            bracketed = _bracketed(sig, _gap_idx(k, x, step)) if step > 0 else set()
            short = len(gap) - len(bracketed) <= 3 and all(
                sig.at(LIST, y) for y in _gap_idx(k, x, step) if y not in dated and y not in bracketed
            )
            segments = re.sub(r"\([^()]*\)", " ", " ".join(gap)).split(",")
            before = sig.tokens[x - step] if 0 <= x - step < len(sig.tokens) else ""
            longest = max((len(seg.split()) for seg in segments), default=0)
            additive = step > 0 and _additive(segments)
            listed = (
                len(gap) <= 24
                and "," in gap
                and (
                    longest <= 4
                    or (longest <= 8 and before in ("and", "et", "y", "und", "e", "ou", "or", "o"))
                    or (longest <= 12 and additive)  # an aside on the item before may be long
                )
                and (bool(sig.at(LIST, x - step)) or additive)
            )
            if not (short or listed):
                break
            out.append(x)
            k, gap = x, []
        elif step > 0 and t in ("(", ")"):
            gap.append(t)  # "Ghazni, ... (150 km away), and Herat"
        elif step > 0 and (t in TIME_WORDS or (_day_after(sig, x) and sig.at(lex.locative, x))):
            # "retook Mosul on Monday and Ramadi on Wednesday", "pris X jeudi puis Y vendredi": no gap
            end = x + 1 if t in TIME_WORDS else x + 2
            end += sig.tokens[end : end + 1] == ["feira"]  # "na quinta-feira"
            dated.update(range(x, end))
            x = end
            continue
        elif (
            t in STOP
            or x in sig.actor_at
            or (step < 0 and sig.at(lex.locative, x))
            or (step < 0 and sig.at(lex.blockers, x))
            or sig.at(lex.capture, x)
            or sig.at(lex.fall, x)
            or (step < 0 and sig.at(lex.not_city, x))
        ):
            break
        else:
            gap.append(t)
        x += step
    return out


# "X, el puerto de Y", "X, o porto de Y", "X, the port of Y": an apposition that names the town
# X serves, not a second item.
_PORT_OF = re.compile(
    r"(?:(?:the|el|la|o|a|le|il|der|den|dem) )?(?:main |principal )?"
    r"(?:port|puerto|porto|hafen|avant port|antepuerto) (?:of|de|del|d|do|da|di|von|des|du)"
)


def _port_of(gap: list[str]) -> bool:
    """Say whether the gap before a place ends in an apposition "…, the port of"."""
    if "," not in gap:
        return False
    last = " ".join(gap[len(gap) - gap[::-1].index(",") :])
    return _PORT_OF.fullmatch(last) is not None


# The region an apposition puts the item before in: "X, main town of the state of Y, and Z".
_REGIONS = frozenset(
    (
        *("state", "province", "region", "district", "county", "governorate", "department"),
        *("etat", "departement", "gouvernorat", "estado", "provincia", "departamento", "regione", "stato"),
    )
)


def _of_aside(sig: Signature, gap: list[str], x: int) -> bool:
    """Say whether the place at x closes an apposition on the item before ("X, principale ville de
    l'Etat de Y,"): a region's noun and "of", in a segment opened by a comma, not by "and" or "as
    well as" ("comme celle de Y" and "les villes de X, de Y" are items)."""
    if "," not in gap or not sig.at(OF, x - 1):
        return False
    words = " ".join(gap[len(gap) - gap[::-1].index(",") :]).split()
    nouns = [w for w in words[:-1] if w not in _ARTICLES and w not in ("l", "d", "del", "dello", "do", "da")]
    return bool(nouns) and nouns[-1] in _REGIONS and _ADDITIVE.match(" ".join(words)) is None


# What opens the last item of a list after asides: "…, ainsi que de Qala-i-Naw", "as well as",
# "et surtout", "and above all", "nonché".
_ADDITIVE = re.compile(
    r"(?:ainsi que|as well as|asi como|sowie|cosi come|nonche|assim como|and|et|y|und|e)\b"
)


# A plural of towns that announces the rest of a list: "and two other cities, A and B".
_TOWNS_AHEAD = re.compile(
    r"(?:towns|cities|capitals|villes|localites|capitales|chefs lieux|ciudades|localidades|capitais|cidades"
    r"|citta|città|städte|städten)\b"
)


def _additive(segments: list[str]) -> bool:
    """Say whether the gap before a place ends by adding an item to a list.

    "…, fief d'un chef de guerre, et surtout X": a short segment that opens with "and", "as well
    as"; "…, ainsi que trois autres capitales, X": such a segment naming towns, then a comma.
    """
    last = segments[-1].strip()
    if len(last.split()) <= 3 and _ADDITIVE.match(last):
        return True
    if last or len(segments) < 2:
        return False
    towns = segments[-2].strip()
    return len(towns.split()) <= 6 and bool(_ADDITIVE.match(towns)) and bool(_TOWNS_AHEAD.search(towns))


def after_seat(sig: Signature, lex: CompiledLexicon, k: int) -> bool:
    """Say whether the place at k follows "the presidential palace in (the capital)"."""
    if k >= 3 and sig.at(CITY, k - 2) and sig.at(lex.locative, k - 3):
        k -= 2  # "den Präsidentenpalast in der Hauptstadt Kabul"
    if not (k >= 2 and sig.at(lex.locative, k - 1)):
        return False
    for y in range(max(0, k - 5), k - 1):
        seat = sig.at(SEAT, y)
        if seat and sig.index(seat.end() - 1) == k - 2:
            return True
    return False


# The articles that open a town noun named in a list: "and the neighbouring town of X".
_ARTICLES = frozenset(("the", "a", "an", "la", "le", "l", "el", "il", "o", "die", "der", "das"))


# A seaport named like a town, when the language's not-city words let it be one: "the
# neighbouring port of X" (not "the port of X", its harbour).
_PORTS = frozenset(("port", "seaport", "puerto", "porto"))


def _town_noun(sig: Signature, lex: CompiledLexicon, x: int) -> int | None:
    """Return where a town noun and its modifiers start before "of" and the place at x, or None.

    "and the neighbouring town of X", ", the border port of X": an article right after a
    conjunction or a comma, at most three modifiers, the noun ("and shelled the town of X" has
    a verb before the article: no noun of a list).
    """
    if x < 3 or not sig.at(OF, x - 1):
        return None
    for y in range(x - 2, max(0, x - 7), -1):
        t = sig.tokens[y]
        if t in CONJ or t == ",":
            head = y + 1
            port = sig.tokens[x - 2] in _PORTS and head < x - 2 and sig.at(lex.not_city, x - 2) is None
            if sig.tokens[head] in _ARTICLES and (port or city_noun_head(sig, lex, head, reach=4) == x - 1):
                return head
            return None
        if t in STOP or y in sig.place_at or y in sig.actor_at:
            return None
    return None


def _bracketed(sig: Signature, gap: range) -> set[int]:
    """Return the indices of `gap` inside a bracket that closes in it, brackets included."""
    out: set[int] = set()
    opened = -1
    for y in gap:
        if sig.tokens[y] == "(":
            opened = y
        elif sig.tokens[y] == ")" and opened >= 0:
            out.update(range(opened, y + 1))
            opened = -1
    return out


def _gap_idx(a: int, b: int, step: int) -> range:
    return range(a + step, b, step) if step > 0 else range(b + 1, a)


# Words that close a list of objects taken one after the other: "the airport, the barracks and
# then X", "l'aéroport, la caserne puis X".
THEN = frozenset(
    (
        *("then", "finally", "puis", "ensuite", "enfin", "luego", "finalmente", "dann", "schließlich"),
        *("poi", "infine"),
    )
)

# How far a list of things taken may run before its last item, and how long each item may be.
_LIST_REACH = 16
_ITEM_WORDS = 5


def list_close(sig: Signature, lex: CompiledLexicon, k: int, at_once: bool = False) -> int | None:
    """Return the index of the "and" (or "then") that closes a list of objects opening at k.

    "the airport and X": the "and" right after. "the airport, the army barracks and then X": a
    list whose items are short noun phrases between commas, without a stop or a preposition of
    place ("the airport, the hospital in X" names where they are, not X). With `at_once`, the
    thing at k ends its item: "base aérea e ameaçam X" is no list of objects.
    """
    if at_once and sig.tokens[k + 1 : k + 2] not in ([","], *([c] for c in CONJ)):
        return None
    words = 0
    commas = False
    for x in range(k + 1, min(len(sig.tokens), k + _LIST_REACH + 1)):
        t = sig.tokens[x]
        if t in CONJ or (t in THEN and commas):
            return x
        if t in STOP or sig.at(lex.locative, x) or sig.at(lex.capture, x) or sig.at(lex.fall, x):
            return None
        if t == ",":
            commas, words = True, 0
            continue
        words += 1
        if words > _ITEM_WORDS or (x - k >= 8 and not commas):
            return None
    return None
