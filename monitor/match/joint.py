"""The second watched side of a joint capture: "a joint force of Tanzanian and Mozambican troops" (pure).

When the clause names the holder coordinated with another watched side ("Tanzanian and Mozambican
troops", "les troupes tanzaniennes et mozambicaines", "@a0 y @a1"), both took the city, and the
labelled sets name both as its controllers (SCHEMA.md scores each (place, controller) pair). The
partner is never a side at war with the holder: "Renamo and government troops clashed" names foes.
"""

from __future__ import annotations

from monitor.match.holders import Sides
from monitor.match.signature import Signature
from monitor.model import Actor, Place

# "and" in the six languages.
_AND = frozenset({"and", "et", "y", "e", "und", "ed"})


def _side_at(sig: Signature, y: int, x: int, place: Place, det: Sides) -> Actor | None:
    """Return the watched side token y names: an actor's mention, or a nationality word that shares
    the noun of the mention at x ("Tanzanian and @a0", @a0 "Mozambican troops": "Tanzanian troops";
    "@a0 et mozambicaines", @a0 "troupes tanzaniennes": "troupes mozambicaines")."""
    if y < 0 or y >= len(sig.tokens):
        return None
    if y in sig.actor_at:
        found: Actor = sig.actors[sig.actor_at[y]].actor
        return found
    word = sig.tokens[y]
    if not word.isalpha():
        return None
    words = sig.actors[sig.actor_at[x]].surface.split()
    if len(words) < 2:
        return det.demonym(word)
    shared = [word, *words[1:]] if y < x else [*words[:-1], word]
    return det.side_named(" ".join(shared), place)


def joint_partner(sig: Signature, holder: Actor, lo: int, hi: int, place: Place, det: Sides) -> Actor | None:
    """Return the side named with `holder` by "and" in tokens [lo, hi), if it is a watched ally."""
    for x in range(max(lo, 0), min(hi, len(sig.tokens))):
        if x not in sig.actor_at or sig.actors[sig.actor_at[x]].actor != holder:
            continue
        for link, y in ((x - 1, x - 2), (x + 1, x + 2)):
            if not 0 <= link < len(sig.tokens) or sig.tokens[link] not in _AND:
                continue
            other = _side_at(sig, y, x, place, det)
            if other is None or other == holder or not det.valid(other, place):
                continue
            if other in det.opponents(holder, place) or holder in det.opponents(other, place):
                continue
            return other
    return None
