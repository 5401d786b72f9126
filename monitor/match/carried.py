"""Who lost a city when the verb has no subject: the side of the sentence before (pure).

"Las tropas afganas cedieron Kunduz a los talibanes. La víspera habían perdido Kandahar": Spanish,
Italian and Portuguese drop the subject pronoun; the one who lost Kandahar is who gave Kunduz up
in the sentence before, and Kandahar went, like Kunduz, to the Taliban. "Los talibanes tomaron
Kunduz. La víspera habían perdido Kandahar": who lost it took Kunduz, so its opponent holds it. A
pronoun ("Hours earlier they had lost X", "elle avait perdu X") stands for that side too,
whichever side was named last.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from monitor.match.expressions import CompiledLexicon
from monitor.match.holders import Sides, clause_start, subject_of
from monitor.match.signature import Signature
from monitor.model import Actor, Place

# Personal pronouns that may stand for a side as a subject ("they had lost X", "elle avait perdu X").
_PRONOUNS = frozenset(
    (
        *("they", "it", "he", "she", "ils", "elles", "il", "elle", "sie", "er", "es"),
        *("ellos", "ellas", "loro", "essi", "esse", "eles", "elas"),
    )
)

# How far into a sentence its subject side may be named: after an article ("Las @a0", "The @a0").
_OPENING = 2

# Trigger families whose subject gave the city up (the holder is who it went to), and those
# whose subject took it (the holder is the subject itself).
_GAVE_UP = ("handover", "withdraw")
_TOOK = ("capture", "enter")


class _Event(Protocol):
    @property
    def actor(self) -> Actor | None: ...
    @property
    def previous(self) -> Actor | None: ...
    @property
    def trigger(self) -> str: ...


def holder_after_loss(
    before: Sequence[_Event], place: Place, det: Sides, subject: Actor | None = None
) -> tuple[Actor, Actor | None] | None:
    """Return (new holder, loser) of a city lost by the subject of the sentence before, from that
    sentence's events (`before`); None when they tell no subject or disagree.

    Its subject gave a city up ("cedieron Kunduz a los talibanes"): it lost this one too, to the
    same side. Its subject took a city ("Los talibanes tomaron Herat"): it lost this one to its
    single opponent here. A sentence before that tells no change gives its subject (`subject`): it
    lost the city to its single opponent.
    """
    if not before:  # "Las tropas afganas resistieron en Y. Al día siguiente abandonaron X"
        opponent = det.opponent(subject, place) if subject is not None and det.valid(subject, place) else None
        return (opponent, subject) if opponent is not None else None
    found: set[tuple[Actor, Actor | None]] = set()
    for c in before:
        family = c.trigger.split(":")[0]
        if c.actor is None or not det.valid(c.actor, place):
            return None
        if family in _GAVE_UP:
            found.add((c.actor, c.previous))
        elif family in _TOOK:
            opponent = det.opponent(c.actor, place)
            if opponent is None:
                return None
            found.add((opponent, c.actor))
        else:
            return None  # "X fell to Y": the city is the subject, not a side
    return found.pop() if len(found) == 1 else None


def pronoun_subject(sig: Signature, i: int, k: int) -> bool:
    """Say whether the verb at i has a personal pronoun as its subject and its clause names no
    side, nor a place but its object k, before it ("Hours earlier they had lost X", "Stunden zuvor
    hatte sie X verloren")."""
    start = clause_start(sig, i)
    if any(x in sig.actor_at or (x in sig.place_at and x != k) for x in range(start, i)):
        return False
    return any(sig.tokens[x] in _PRONOUNS for x in range(start, i))


def opening_subject(sig: Signature, lex: CompiledLexicon) -> Actor | None:
    """Return the side a sentence opens with as its subject ("L'armée afghane a défendu Y", "Las
    tropas afganas resistieron"), or None: a side named further on may be an object or a place
    ("Las tropas resistieron frente a los talibanes")."""
    subject = subject_of(sig, lex)
    if subject is None:
        return None
    first = min(x for x in sig.actor_at if sig.actors[sig.actor_at[x]].actor == subject)
    return subject if first <= _OPENING else None
