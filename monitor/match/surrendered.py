"""The city where a garrison gave itself up to a side (pure).

"More than 2,000 junta troops surrendered to the MNDAA in X", "se rindieron al MNDAA en X": troops
holding a city surrender there, so the city passes to the side they surrender to. A few men
giving themselves up ("five soldiers surrendered") give up no city. Tried by
`target_forms.other_targets` when a fall or handover has no city as its subject or object.
"""

from __future__ import annotations

from monitor.match.city_mentions import stands_for_city
from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.signature import Signature
from monitor.match.words import STOP

# A side's troops giving themselves up: "surrendered", "se sont rendus", "se rindieron", "si sono arresi".
_SURRENDERED = tokens_rx(
    r"surrender\w*|capitulat\w*|rendu|rendus|rendue|rendues|rendirent|rendit|rindi\w*|arres[oiae]|arresero"
    r"|renderam|rendeu|capitul\w*|capitol\w*"
)


def surrendered_in(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city where troops surrendered to a side: "2,000 junta troops surrendered to the
    MNDAA in X", "se rindieron al MNDAA en X": the garrison gave up the city it held.

    The city follows a preposition of place right after the verb or after "to <side>"; "in a
    village near X" names another place.
    """
    if not any(sig.at(_SURRENDERED, x) for x in range(i, j)) or _few(sig, i):
        return []
    x = j
    to = sig.at(lex.to_holder, x)
    if to is not None:
        y = sig.index(to.end() - 1) + 1
        y += sig.tokens[y : y + 1] in (["the"], ["la"], ["le"], ["l"], ["il"], ["o"], ["a"], ["el"])
        x = y + 1 if y in sig.actor_at else x  # "to the MNDAA"
    if x + 1 < len(sig.tokens) and sig.at(lex.locative, x) and x + 1 in sig.place_at:
        k = x + 1
        return [k] if stands_for_city(sig, lex, k) else []
    return []


# Small numbers: "five soldiers surrendered" gave up themselves, not a city.
_FEW_WORDS = frozenset(
    (
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "some"),
        *("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quelques"),
        *("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "algunos"),
        *("due", "tre", "quattro", "cinque", "sette", "otto", "nove", "dieci", "alcuni"),
        *("dois", "duas", "quatro", "sete", "oito", "dez", "alguns"),
    )
)
_FEW = 100


def _few(sig: Signature, i: int) -> bool:
    """Say whether the subject before the verb at i counts a few men ("five soldiers", "12 troops")."""
    for x in range(max(0, i - 6), i):
        t = sig.tokens[x]
        if t in STOP:
            continue
        if t in _FEW_WORDS:
            return True
        if t.isdigit() and int(t) < _FEW and not _in_large_number(sig.tokens, x):
            return True
    return False


def _in_large_number(tokens: list[str], x: int) -> bool:
    """Say whether the digits at x are a group of a larger number ("2,000", "2.000", "2 000")."""
    for y in (x - 2, x - 1, x + 1, x + 2):
        if not (0 <= y < len(tokens) and tokens[y].isdigit()):
            continue
        between = tokens[min(x, y) + 1 : max(x, y)]
        if between in ([], [","], ["."]):
            return True
    return False
