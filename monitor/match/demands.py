"""A withdrawal or capture that a demand asks for, not one that happened (pure).

"The accord calls for both the army and the guerrillas to withdraw from X", "the UN urged
the government forces and the rebels to pull out of X", "l'accord prévoit que les deux camps
se retirent de X", "exigió que los rebeldes y el ejército se retiren de X": the change is
what someone wants. The lexicons' blockers look six words back; a demand governs its whole
infinitive or "que" clause, however long the list of sides between them.
"""

from __future__ import annotations

import re

from monitor.match.expressions import tokens_rx
from monitor.match.signature import Signature
from monitor.match.words import STOP

# Verbs and nouns of demand, folded, in en/fr/es/pt ("calls for", "prévoit que", "exige que").
DEMAND = tokens_rx(
    r"call(?:s|ed|ing)? (?:for|on|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|requir(?:e|es|ed|ing)"
    r"|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|order(?:s|ed|ing)?|tell(?:s|ing)?|told|want(?:s|ed)?"
    r"|appel(?:le|lent|ait|aient|e|ant)? (?:a|au|aux)|appele|exig\w*|demand\w*|reclam\w*|prevo\w*|prevu"
    r"|somm\w*|enjoin\w*|pid\w*|pedi\w*|insta\w*|establec\w*|preve|preveem|previa|ordena\w*"
    r"|pediu|pedem|pede|apela\w*|estipul\w*|stipul\w*"
)

# How far back from the trigger the demand may stand ("calls for both the army and the guerrillas to").
_REACH = 16

# Romance words that put the change after a demand: "à se retirer", "a retirarse", "que … se retirent".
_TO = frozenset(("a", "à"))


# A Romance infinitive, its clitic joined or not: "abandonar", "retirarse", "quitter", "lasciare".
_ROMANCE_INFINITIVE = re.compile(r"\w+(?:ar|er|ir|are|ere|ire|re)(?:se|si)?")


def demanded(sig: Signature, i: int) -> str:
    """Return the demand that governs the trigger at i ("calls for … to withdraw"), or ""."""
    tokens = sig.tokens
    infinitive = tokens[i - 1 : i] == ["to"] or tokens[i - 1 : i] in (["a"], ["à"]) or tokens[i - 2 : i] in (
        ["a", "se"],
        ["à", "se"],
    )
    # a bare Romance infinitive after whom the demand is made to: "exigieron al ejército abandonar X"
    infinitive = infinitive or bool(_ROMANCE_INFINITIVE.fullmatch(tokens[i]))
    for x in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if tokens[x] in STOP:
            return ""
        demand = sig.at(DEMAND, x)
        if demand is None:
            continue
        end = sig.index(demand.end() - 1)
        if infinitive or tokens[end + 1 : end + 2] == ["que"]:
            return demand.group(0)  # ("exige que les deux camps se retirent de X")
    return ""
