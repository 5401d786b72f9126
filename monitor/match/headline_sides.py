"""The side a verbless headline puts in a city: "Les Prussiens à Amiens", "I Russi ad
Adrianopoli", "Die Preußen wieder in Mannheim", "Los zapatistas en Cuernavaca" (pure).

The press, old and new, headlines a change of hands by its result: the side, then the town. The
headline alone is no change (a side may be in a town it does not hold), but when the body tells
the change without naming a watched side as its maker ("Amiens a été occupé par les troupes du
général de Manteuffel", "la cavalleria del generale Strukov è entrata ad Adrianopoli"), the
headline's side is who holds the town.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from monitor.match.reading import Candidate
from monitor.match.signature import Signature
from monitor.model import Actor

if TYPE_CHECKING:
    from monitor.match.control import Detector

FOUND_BY = "guessed: the side the headline puts in the place"

_IN = "(?:in|à|a|ad|en|em|no|na|nel|nella|dans|im|at)"

# [a country or a topic, then a colon or a comma] [an article] SIDE [again] IN PLACE [and PLACE]
_SIDE_IN_CITY = re.compile(
    r"(?:[^:,]* [:,] )?(?:(?:the|les|los|las|os|as|i|gli|le|la|l|die|der|el) )?@a(?P<side>\d+)"
    r"(?: (?:wieder|again|back|de retour|di nuovo|de nuevo|de novo|ancora))?"
    rf" {_IN} (?P<places>@p\d+(?: (?:und|and|et|e|y|,)(?: {_IN})? @p\d+)*)"
    r"(?: [.!])?"
)
_PLACE = re.compile(r"@p(\d+)")


def headline_sides(sig: Signature) -> dict[str, Actor]:
    """Map each place a verbless "SIDE in PLACE" headline names to that side; else nothing."""
    m = _SIDE_IN_CITY.fullmatch(sig.text)
    if m is None:
        return {}
    actor: Actor = sig.actors[int(m.group("side"))].actor
    return {sig.places[int(k)].place.name: actor for k in _PLACE.findall(m.group("places"))}


def with_headline_side(
    cand: Candidate, sides: dict[str, Actor], lost: set[Actor], det: Detector
) -> Candidate:
    """Give a change without a holder the side its headline puts in the place, unless that side
    cannot hold it or is the one the article says left or lost it (`lost`)."""
    side = sides.get(cand.place.name)
    if cand.actor is not None or side is None or side == cand.previous or side in lost:
        return cand
    if not det.valid(side, cand.place):
        return cand
    return replace(cand, actor=side, confidence=cand.confidence * 0.85, guessed=True, found_by=FOUND_BY)
