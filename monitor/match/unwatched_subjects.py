"""Find a sentence that opens on an unwatched foreign force, the next pronoun's antecedent (pure).

"Ethiopian troops held the town. Then Sudanese militias crossed the border. They overran X":
"they" are the militias, the nearest plural subject, not the last watched side. The sentence
between names no watched side, so the article's running context would skip it; this module
says when it must not.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from monitor.match.words import FORCE_NOUNS

# Armour stands for the force it belongs to: "Syrian tanks crossed the border", "des chars syriens".
_ARMOUR = frozenset(("tanks", "armour", "armor", "chars", "blindes", "tanques", "carri", "carros", "panzer"))
# Words that may come before a sentence's subject: connectives and articles (folded).
_OPENERS = frozenset(
    (
        *("then", "and", "but", "the", "meanwhile", "puis", "alors", "et", "mais", "les", "des"),
        *("luego", "y", "pero", "los", "las", "unos", "unas", "poi", "e", "ma", "i", "gli", "le", "os", "as"),
    )
)
_REACH = 3  # openers skipped at most
T = TypeVar("T")


def watched_force_named(tokens: Sequence[str], sides: Mapping[str, T]) -> T | None:
    """Return the one side whose force or armour folded `tokens` name by nationality ("syrische
    Panzer", "des chars syriens", "Russian troops"), `sides` mapping nationality words to sides."""
    found = set()
    for a, b in pairwise(tokens):
        if a in sides and (b in FORCE_NOUNS or b in _ARMOUR):
            found.add(sides[a])
        if b in sides and (a in FORCE_NOUNS or a in _ARMOUR):
            found.add(sides[b])
    return next(iter(found)) if len(found) == 1 else None


def opens_on_unwatched_force(
    tokens: Sequence[str], nationalities: Collection[str], watched: Collection[str]
) -> bool:
    """Say whether folded `tokens` open on a plural force of a nationality (in `nationalities`) that
    no watched side is named by (`watched`): "Sudanese militias crossed…", "Des milices soudanaises…"."""
    x = 0
    while x < min(_REACH, len(tokens)) and tokens[x] in _OPENERS:
        x += 1
    if len(tokens) < x + 2:
        return False
    first, second = tokens[x], tokens[x + 1]
    forces = FORCE_NOUNS | _ARMOUR
    nationality = first if second in forces else second if first in forces else None
    return nationality is not None and nationality in nationalities and nationality not in watched
