"""The sides an article says held a city before the change it tells (pure).

"Boko Haram's stronghold of Gwoza", "Gwoza, fief de Boko Haram", "X, held by Y since 1993",
"the Y-held town of X", "the Y garrison surrendered": when no clause names who took the city,
Y is the side that lost it, never its new holder, and Y's one opponent is a better guess than
the side the article names most (often Y itself: the article tells what Y lost).
"""

from __future__ import annotations

import re

from monitor.match.signature import Sentences
from monitor.model import Actor, Place

_ARTICLE = r"(?:(?:the|a|its|le|la|l|les|el|los|las|il|lo|i|gli|o|os|as|die|der|das) )?"
_OF = r"(?:(?:of|de|du|des|del|di|dei|degli|della|dello|do|da|dos|das|der) )?"
_FORMER = r"(?:(?:former|last|main|key|ancien|dernier|principal|principale|ultimo|ultima|antigo|antiguo) )?"
_HOLD_NOUN = (
    r"(?:stronghold|bastion|fief|fiefdom|bastione|roccaforte|baluarte|bastion|reduto|hochburg)"
)
_HELD_BY = (
    r"(?:(?:long |firmly )?(?:held|controlled|defended) by|tenue par|controlee par|aux mains de|"
    r"controlada por|controlado por|en manos de|em poder de|controllata da|in mano a)"
)

# The state's own administrator of a city or province, folded: when the prefect leaves, the
# government has lost the city ("le préfet avait quitté la ville dans la nuit").
PREFECTS = frozenset({"prefect", "prefet", "prefecto", "prefetto", "prefeito", "prafekt", "sous-prefet",
                      "subprefecto", "viceprefetto"})

# "@p0 , fief de @a0", "@p0 , held by the @a0 since 2008", "@p0 , a former @a0 stronghold"
_PLACE_THEN_SIDE = re.compile(
    rf"@p(\d+) , {_ARTICLE}{_FORMER}(?:{_HOLD_NOUN} {_OF}|{_HELD_BY} ){_ARTICLE}@a(\d+)"
)
_PLACE_THEN_OWNED_NOUN = re.compile(rf"@p(\d+) , {_ARTICLE}{_FORMER}@a(\d+) (?:s )?{_HOLD_NOUN}")
# "@a0 s stronghold of @p0", "@a0 held @p0", "the @a0 held town of @p0"
_SIDE_THEN_PLACE = re.compile(
    rf"@a(\d+) (?:s )?(?:{_FORMER}{_HOLD_NOUN} (?:of |in |at )?|held (?:(?:town|city|port) (?:of )?)?)"
    rf"{_ARTICLE}@p(\d+)"
)
# "the @a0 garrison surrendered", "@a0 s defenders": the side inside, in a sentence about the city
_GARRISON = re.compile(r"@a(\d+) (?:s )?(?:garrison|defenders)\b")


def held_before(place: Place, sentences: Sentences) -> set[Actor]:
    """Return the sides the article says held `place` (its stronghold, held by them, their garrison)."""
    out: set[Actor] = set()
    for n in sentences.naming:
        sig = sentences.signature(n)
        if not sig.actors:
            continue
        here = [m.place == place for m in sig.places]
        if sig.places and not any(here):
            continue
        for rx, order in ((_PLACE_THEN_SIDE, "pa"), (_PLACE_THEN_OWNED_NOUN, "pa"), (_SIDE_THEN_PLACE, "ap")):
            for m in rx.finditer(sig.text):
                p, a = (m.group(1), m.group(2)) if order == "pa" else (m.group(2), m.group(1))
                if here[int(p)]:
                    out.add(sig.actors[int(a)].actor)
        if all(here):  # a sentence about this city alone
            out.update(sig.actors[int(m.group(1))].actor for m in _GARRISON.finditer(sig.text))
    return out
