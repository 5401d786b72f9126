"""The sides an article says held a city before the change it tells (pure).

"Boko Haram's stronghold of Gwoza", "Gwoza, fief de Boko Haram", "X, held by Y since 1993",
"the Y-held town of X", "the Y garrison surrendered", "took X after a gunbattle with Y": when no
clause names who took the city,
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
# "@a0 had held @p0 since 2014", "@a0 tenait @p0", "@a0 controlaba @p0", "@a0 s control of @p0": a
# state told in a past tense or as a noun (not "@a0 holds @p0": the present is who holds it now)
_HELD_STATE = (
    r"(?:(?:had|has) (?:long )?(?:held|controlled|occupied)|"
    r"(?:s )?(?:control|hold|occupation|rule) (?:of|over)|"
    r"tenait|controlait|occupait|(?:avait|a) (?:tenu|controle|occupe)|"
    r"controlaba|ocupaba|dominaba|(?:habia|ha) (?:controlado|ocupado)|"
    r"controllava|occupava|(?:aveva|ha) (?:controllato|occupato)|"
    r"controlava|ocupava|dominava|(?:tinha|havia) (?:controlado|ocupado))"
)
_SIDE_HELD = re.compile(
    rf"@a(\d+) {_HELD_STATE} "
    r"(?:(?:the |la |el |il |a )?(?:town|city|ville|ciudad|citta|cidade) (?:of |de |di )?)?@p(\d+)"
)
# "@p0 , which @a0 had controlled", "@p0 , que @a0 controlait", "@p0 estaba en manos de @a0"
_PLACE_HELD = re.compile(
    rf"@p(\d+) , (?:which|que|che|die) (?:the |les |los |i |os )?@a(\d+) {_HELD_STATE}"
    r"|@p(\d+) (?:had been|etait|estaba|era|estava) "
    r"(?:in the hands of|aux mains de|en manos de|in mano a|nas maos de) "
    r"(?:the |des |du |los |las |del |dei |degli |dos |das )?@a(\d+)"
)

# German: "den Küstenort @p0 im Norden der Insel, der bisher von Rebellen der @a0 gehalten wurde",
# "@p0, das von starken Kräften der @a0 verteidigt wurde" (maybe where it lies before the comma)
_DE_PLACE_HELD = re.compile(
    r"@p(\d+) (?:[^,.;:@]+ )?, (?:der|die|das) (?:\S+ ){0,3}?von (?:\S+ ){0,4}?@a(\d+) "
    r"(?:gehalten|kontrolliert|beherrscht|verteidigt|besetzt)(?: gehalten)? (?:wurde|worden|war)"
)

# "took @p0 after a gunbattle with members of the @a0", "tras un tiroteo con los @a0", "nach einem
# Gefecht mit der @a0": the side the taker fought its way in against, in a sentence about the city
_FIGHT_NOUN = (
    r"(?:gun ?fights?|gun ?battles?|fire ?fights?|shootouts?|battles?|clash(?:es)?|fighting|combats?|"
    r"affrontements?|accrochages?|echanges? de tirs|enfrentamientos?|tiroteos?|balaceras?|"
    r"intercambios? de disparos|gefechte?n?|kampfe?n?|schusswechseln?|scontri|scontro|combattimenti|"
    r"sparatorias?|confrontos?|tiroteios?)"
)
_FOUGHT_WITH = re.compile(
    r"(?:after|following|apres|tras|despues de|nach|dopo|apos|depois de) (?:[a-z]+ ){0,3}?"
    rf"{_FIGHT_NOUN} (?:with|avec|contre|con|contra|mit|gegen|com) "
    r"(?:(?:members|fighters|gunmen|militants|membres|combattants|miembros|integrantes|sicarios|"
    r"kampfern|mitgliedern|membri|miliziani|membros) (?:of|de|des|del|der|di|dei|degli|dos|das) )?"
    r"(?:(?:the|les|los|las|la|le|l|el|der|den|dem|die|i|gli|os|as|o|a) )?@a(\d+)"
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
        for rx, order in (
            (_PLACE_THEN_SIDE, "pa"), (_PLACE_THEN_OWNED_NOUN, "pa"), (_SIDE_THEN_PLACE, "ap"),
            (_SIDE_HELD, "ap"), (_PLACE_HELD, "pa"), (_DE_PLACE_HELD, "pa"),
        ):
            for m in rx.finditer(sig.text):
                found = [g for g in m.groups() if g is not None]
                p, a = (found[0], found[1]) if order == "pa" else (found[1], found[0])
                if here[int(p)]:
                    out.add(sig.actors[int(a)].actor)
        if all(here):  # a sentence about this city alone
            out.update(sig.actors[int(m.group(1))].actor for m in _GARRISON.finditer(sig.text))
        if here and all(here):  # (naming it: a fight told alone may be anywhere)
            out.update(sig.actors[int(m.group(1))].actor for m in _FOUGHT_WITH.finditer(sig.text))
    return out
