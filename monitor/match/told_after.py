"""A change whose source the next sentence gives (pure): "X a été prise. C'est ce qu'a annoncé…".

The lead of an Italian, Spanish, French, Portuguese or German story often tells a change as a fact
and names who says so in the sentence after it, with a pronoun for what was said: "Le truppe di
Haftar hanno conquistato X. Lo ha annunciato il portavoce dell'Lna", "Así lo anunció el ejército",
"C'est ce qu'a affirmé le M23", "A informação foi avançada por…", "Das teilte die Armee mit". The
change is then a report, and its holder's own claim when the speaker is its side, so a denial
further on holds against it (`article_denials`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.match.reading import Candidate
from monitor.match.signature import Sentences

# The opening of a sentence that attributes what the sentence before said (folded text).
_ATTRIBUTION = re.compile(
    r"^(?:e |et |y )?(?:"
    r"lo (?:ha|hanno|aveva|avevano) (?:annunciato|detto|dichiarato|comunicato|riferito|affermato|rivendicato"
    r"|reso noto)"
    r"|lo (?:annuncia|annunciano|afferma|affermano|riferisce|riferiscono|rivendica|rivendicano|dice|dicono)"
    r"|(?:asi )?lo (?:anuncio|anunciaron|dijo|dijeron|afirmo|afirmaron|aseguro|aseguraron|informo|informaron"
    r"|comunico|comunicaron|reivindico|anuncia|anuncian|afirma|afirman|asegura|aseguran|informa)"
    r"|c est ce qu (?:a|ont|annonce|affirme|indique|assure)"
    r"|(?:foi o que|e o que) (?:anunciou|anunciaram|disse|disseram|afirmou|afirmaram|informou|garantiu)"
    r"|a informacao foi (?:avancada|dada|divulgada|anunciada)"
    r"|das (?:teilte|teilten|meldete|meldeten|sagte|sagten|erklarte|erklärte|berichtete|gab)"
    r")(?!\w)"
)
# A claim weighs less than a fact (as `reading` weighs one read in its own sentence).
_CLAIM_WEIGHT = 0.65


def attributed_after(cand: Candidate, sentences: Sentences) -> Candidate:
    """Return the candidate as a report (and a claim when its side speaks) if the next sentence
    opens by attributing it; else unchanged."""
    n = cand.sentence
    if n is None or cand.reported or cand.claim or n + 1 >= len(sentences.spans):
        return cand
    if not _ATTRIBUTION.match(sentences.text(n + 1)):
        return cand
    speakers = {m.actor for m in sentences.signature(n + 1).actors}
    if cand.actor is not None and cand.actor in speakers:
        return replace(cand, reported=True, claim=True, confidence=cand.confidence * _CLAIM_WEIGHT)
    return replace(cand, reported=True)
