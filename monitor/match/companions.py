"""A side named as a companion or a part of the subject, not as the subject itself (pure).

"STC fighters, alongside coalition troops, captured X", "les combattants du STC, aux côtés
des troupes de la coalition, ont pris X", "junto a las tropas de la coalición", "ao lado das
tropas da coligação": the side after "alongside" fought with the subject. "The regional force,
made up largely of Rwandan troops, entered X", "la force, composée en grande majorité de
soldats syriens": the side is what the subject is made of. Reading back from the verb, either
is met first, but the subject named before it is who the article says took X.
"""

from __future__ import annotations

from monitor.match.expressions import tokens_rx
from monitor.match.signature import Signature
from monitor.match.words import STOP

# Words that open a companion phrase, folded ("aux côtés de" is "aux cotes de").
COMPANION = tokens_rx(
    r"alongside|along with|together with|jointly with|in tandem with"
    r"|aux cotes d(?:e|u|es)?|conjointement avec|de concert avec|ensemble avec"
    r"|junto (?:a|al|con)|conjuntamente con|en conjunto con|codo con codo con"
    r"|ao lado d(?:e|o|a|os|as)?|juntamente com|em conjunto com|junto (?:com|de|do|da|dos|das)"
    # what the subject is made of: "made up largely of", "composée en majorité de", "formada por"
    r"|made up|composed|consisting|compos(?:e|ee|es|ees)|form(?:e|ee|es|ees)|constitu(?:e|ee|es|ees)"
    r"|compuest[oa]s?|formad[oa]s?|integrad[oa]s?|constituid[oa]s?|compost[oa]s?|constituid[oa]s?"
)

# How far before the side its companion word may stand ("aux côtés des troupes de la coalition").
_REACH = 8


def is_companion(sig: Signature, x: int) -> bool:
    """Say whether the side at token x is named in a companion phrase of the clause's subject.

    Only within x's own stretch of the clause: a comma or a stop ends the look back, so
    "alongside the army, the rebels took X" keeps "the rebels" as who took it.
    """
    for y in range(x - 1, max(-1, x - 1 - _REACH), -1):
        token = sig.tokens[y]
        if token in STOP or token == ",":
            return False
        if sig.at(COMPANION, y):
            return True
    return False
