"""An aside between commas, passed over when a verb's subject is looked for (pure).

"Polish troops, who had been outflanked from the north, left the city", "les troupes
éthiopiennes, démoralisées par la défaite du lac Ashangi, s'étaient repliées vers le sud",
"I turchi, dopo aver tentato di resistere sulle alture, l'hanno abbandonata": the subject
stands before the aside. `control.Detector._side_left` skips it with `aside_start`. And a
relative clause between the city and its verb keeps its own dates (`relative_aside`). A change
told in an aside, or in a relative clause saying which fighters are meant ("RSF fighters who fled
X were arrested"), is not the news (`told_in_aside`, `told_of_the_men`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from monitor.match.words import OBJ_REL, STOP

MAX_ASIDE = 14  # tokens between the two commas


def aside_start(tokens: Sequence[str], k: int) -> int | None:
    """Return the index of the comma opening an aside that the comma at `k` closes, or None.

    The opening comma is at most `MAX_ASIDE` tokens before, with no sentence stop between and a
    word before it (the aside follows its subject, it does not open the sentence).
    """
    if tokens[k] != ",":
        return None
    for m in range(k - 1, max(0, k - MAX_ASIDE - 1), -1):
        if tokens[m] in STOP:
            return None
        if tokens[m] == ",":
            return m if m > 0 and tokens[m - 1] not in STOP and tokens[m - 1] != "," else None
    return None


# Subject relative pronouns that open an aside about the city, besides `words.OBJ_REL`.
_SUBJECT_RELATIVES = frozenset(("qui", "who", "quien", "cui", "la cual", "il quale", "la quale", "a qual"))


# An apposition's article, and how many words its noun may take before the relative pronoun.
_ARTICLES = frozenset(
    ("the", "a", "an", "la", "le", "l", "une", "un", "el", "una", "il", "lo", "o", "die", "der", "das")
)
_HEAD_WORDS = 4


def relative_aside(tokens: Sequence[str], i: int) -> range:
    """Return the tokens of a relative clause between commas that ends right before the verb at `i`
    (an adverb or an auxiliary may stand between), or an empty range.

    "La città, che fino al 1990 era stata la capitale del Sud, è ora nelle mani del governo": the
    year is the relative clause's, it does not date the fall. So is it after a noun in apposition:
    "X, the mountain town that the army had held since 2016, fell on Tuesday".
    """
    for k in range(i - 1, max(-1, i - 4), -1):
        opening = aside_start(tokens, k)
        if opening is not None:
            first = tokens[opening + 1] if opening + 1 < k else ""
            if first in OBJ_REL or first in _SUBJECT_RELATIVES:
                return range(opening, k + 1)
            # "X, the mountain town that the army had held since 2016, fell": a noun, then its relative
            head = range(opening + 2, min(k, opening + 2 + _HEAD_WORDS))
            relative = any(tokens[x] in OBJ_REL or tokens[x] in _SUBJECT_RELATIVES for x in head)
            noun = first in _ARTICLES or first.startswith("@p")  # ("the mountain town" may read as the city)
            return range(opening, k + 1) if noun and relative else range(0)
        if tokens[k] in STOP or tokens[k] == ",":
            break
    return range(0)


# Words of a recent time that make a change told in an aside the news ("The RSF, who took X on
# Sunday, said…"); days and parts of the day are `words.TIME`.
_RECENT = frozenset(
    (
        *("today", "yesterday", "overnight", "tonight", "aujourd", "hier", "hoy", "ayer", "anoche"),
        *("heute", "gestern", "oggi", "ieri", "hoje", "ontem", "just", "recently", "week"),
    )
)
_REACH = 5  # tokens from the relative pronoun to the trigger


def told_in_aside(tokens: Sequence[str], i: int, j: int, dated: Callable[[int], bool]) -> bool:
    """Say whether the trigger at [i, j) is told in a relative clause between commas whose sentence
    goes on after it, with no recent time of its own: "The RSF, who seized X, have besieged Y for
    months", "X, which fell to the RSF, has been spared": what the subject did or underwent before,
    told to say who or what it is, not the news. `dated(x)` says whether token x is a day or a time
    of day ("The RSF, who took X on Sunday, said…" is the news)."""
    opening = next(
        (m for m in range(i - 1, max(-1, i - _REACH - 1), -1) if tokens[m] in (",", *STOP)), None
    )
    if opening is None or opening == 0 or tokens[opening] != ",":
        return False
    first = tokens[opening + 1] if opening + 1 < i else ""
    if first not in OBJ_REL and first not in _SUBJECT_RELATIVES:
        return False
    closing = next(
        (m for m in range(j, min(len(tokens), opening + MAX_ASIDE + 1)) if tokens[m] in (",", *STOP)), None
    )
    if closing is None or tokens[closing] != "," or closing + 1 >= len(tokens) or tokens[closing + 1] in STOP:
        return False
    return not any(tokens[x] in _RECENT or dated(x) for x in range(opening + 1, closing))



# Auxiliaries between a relative pronoun and its verb: "who had fled X", "que habían huido de X".
RELATIVE_AUXILIARIES = frozenset(
    (
        *("had", "have", "has", "avaient", "avait", "ont", "habian", "habia", "han", "avevano", "aveva"),
        *("hanno", "tinham", "tinha", "haviam", "havia", "sont", "etaient", "erano", "sono", "just"),
        "recently",
    )
)


def told_of_the_men(
    tokens: Sequence[str], i: int, place: int, names_men: Callable[[int], bool], dated: Callable[[int], bool]
) -> bool:
    """Say whether the withdrawal at i is told in a relative clause that says which men are meant:
    "RSF fighters who fled X were arrested in Y", "las tropas que huyen de X se repliegan hacia Y",
    "centenas de combatentes das RSF que fugiram de X". Who they are is told by where they come
    from, not the news. `names_men(x)` says whether token x names fighters or a side (the
    antecedent: "The army said that it left X" has a verb there); a recent time in the clause
    makes it news again ("who fled X on Sunday")."""
    k = i - 1
    while k > 0 and tokens[k] in RELATIVE_AUXILIARIES:
        k -= 1
    if k < 1 or (tokens[k] not in _SUBJECT_RELATIVES and tokens[k] not in OBJ_REL) or not names_men(k - 1):
        return False
    ends = (x for x in range(place + 1, len(tokens)) if tokens[x] in STOP or tokens[x] == ",")
    end = next(ends, len(tokens))
    return not any(tokens[x] in _RECENT or dated(x) for x in range(k, min(end, place + 4)))
