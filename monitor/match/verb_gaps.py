"""What may stand between a capture and its object without being its object (pure).

How fast ("took in a matter of hours the town of X", "se sont emparés en quelques heures de X",
"hanno conquistato in poche ore X") and an aside between commas right after the verb ("took,
after three days of heavy fighting, the town of X", "ont pris, au terme de trois jours de
combats, la ville de X"), and from whom it was taken, before the object ("arrebataron al ejército
la ciudad de X", "hanno strappato all'esercito la città di X", "seized from the army the town of
X"). `targets._scan_right` passes over them to the object.
"""

from __future__ import annotations

from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.signature import Signature, fold
from monitor.match.words import STOP

# Nouns of a short length of time, folded ("Stunden", "heures", "ore"). Not weeks or months:
# "after taking in two weeks A, B and C" tells a campaign, whose towns fell before the news.
DURATION = tokens_rx(
    r"minutes?|hours?|days?|heures|jours|minutos|horas|dias|minuti|ore|giorni|minuten|stunden|tagen|tage"
)

# What opens how long a capture took: "in", "within", "en", "em", "innerhalb", "entro".
# ("nas últimas quarenta e oito horas", "nelle ultime 48 ore": with the article merged in)
_WITHIN = frozenset(
    (
        *("in", "within", "en", "em", "nas", "nos", "innerhalb", "binnen"),
        *("entro", "nel", "nello", "nelle", "negli", "dentro"),
    )
)

# How many words may stand between the opener and the duration ("in a matter of hours", "en las
# últimas cuarenta y ocho horas").
_DURATION_REACH = 6

# How long an aside after the verb may be.
_ASIDE_REACH = 12


def past_duration(sig: Signature, k: int) -> int | None:
    """Return the index after a phrase of how long it took opening at k ("in a few hours"), or None."""
    if sig.tokens[k] not in _WITHIN:
        return None
    for x in range(k + 1, min(len(sig.tokens), k + 1 + _DURATION_REACH)):
        if sig.at(DURATION, x):
            return x + 1
        if sig.tokens[x] in STOP or sig.tokens[x] == "," or x in sig.place_at or x in sig.actor_at:
            return None
    return None


def past_aside(sig: Signature, lex: CompiledLexicon, k: int) -> int | None:
    """Return the index after an aside between commas opening at k, right after the verb, or None.

    The aside names no place or side and holds no other verb of taking or falling ("took, after
    three days of fighting, X"); it must close within a few words.
    """
    if sig.tokens[k] != ",":
        return None
    for x in range(k + 1, min(len(sig.tokens), k + 1 + _ASIDE_REACH)):
        t = sig.tokens[x]
        if t == ",":
            return x + 1 if x > k + 1 else None
        if t in STOP or x in sig.place_at or x in sig.actor_at:
            return None
        if sig.at(lex.capture, x) or sig.at(lex.fall, x) or sig.at(lex.withdraw, x) or sig.at(lex.say, x):
            return None
    return None


# Prepositions of whom a city is taken from, right after the verb: "from", "à", "al", "all'", "ao".
_FROM_WHOM = frozenset(
    (
        *("from", "à", "a", "au", "aux", "al", "a los", "all", "alla", "allo", "ai", "agli", "alle"),
        *("ao", "aos", "à", "às"),
    )
)
# What may stand between that preposition and the side: articles ("à l'armée").
_SIDE_ARTICLES = frozenset(("the", "l", "la", "le", "les", "los", "las", "el", "o", "os", "a", "as"))


def past_loser(sig: Signature, k: int) -> int | None:
    """Return the index after "from <side>" opening at k before the object, or None.

    The side, with an article and one adjective at most ("à l'armée malienne"), is followed by
    an article or the city: the object comes next.
    """
    if k in sig.actor_at:  # "al ejército", "all'esercito": the preposition is part of the side's mention
        words = fold(getattr(sig.actors[sig.actor_at[k]], "surface", "")).split()
        if not words or words[0] not in _FROM_WHOM:
            return None
        x = k
    else:
        if sig.tokens[k] not in _FROM_WHOM:
            return None
        x = k + 1
        while x < len(sig.tokens) and x < k + 3 and sig.tokens[x] in _SIDE_ARTICLES and x not in sig.actor_at:
            x += 1
        if x not in sig.actor_at:
            return None
    x += 1
    if x < len(sig.tokens) and x not in sig.place_at and sig.tokens[x] not in _SIDE_ARTICLES:
        x += 1  # "à l'armée malienne": the side's adjective
    if x < len(sig.tokens) and (x in sig.place_at or sig.tokens[x] in _SIDE_ARTICLES):
        return x
    return None
