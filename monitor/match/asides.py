"""An aside between commas, passed over when a verb's subject is looked for (pure).

"Polish troops, who had been outflanked from the north, left the city", "les troupes
éthiopiennes, démoralisées par la défaite du lac Ashangi, s'étaient repliées vers le sud",
"I turchi, dopo aver tentato di resistere sulle alture, l'hanno abbandonata": the subject
stands before the aside. `control.Detector._side_left` skips it with `aside_start`. And a
relative clause between the city and its verb keeps its own dates (`relative_aside`).
"""

from __future__ import annotations

from collections.abc import Sequence

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
