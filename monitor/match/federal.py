"""A bare "Bundesarmee" or "federal army" means the federal army the article names by nationality.

"Bundesarmee nimmt Dorf X ein" over a report of "Einheiten der jugoslawischen Bundesarmee": the
headline's bare phrase is generic (the government side of the country the article is about), but
the article says whose federal army it is. Only the federal family is rebound: "die Armee" next to
"die russische Armee" in Ukraine is still the Ukrainian army, while no country calls another's
army "federal" without naming it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from monitor.match.actors import ActorMention
from monitor.match.signature import fold

# Words of the federal family (folded), in the six languages.
_FEDERAL = re.compile(r"\b(?:bundes\w+|foderale\w*|federal\w*|federaux|federale|federali|federais)\b")


def rebind_bare_federal(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Give a bare federal phrase the actor of the one qualified federal phrase that contains it."""
    federal = [(m, fold(m.surface).split()) for m in mentions if _is_federal(m)]
    out = list(mentions)
    for n, m in enumerate(out):
        if not _is_federal(m):
            continue
        words = fold(m.surface).split()
        owners = {
            q.actor.name: q.actor
            for q, qwords in federal
            if q.actor != m.actor and len(qwords) > len(words) and _contains(qwords, words)
        }
        if len(owners) == 1:
            out[n] = replace(m, actor=next(iter(owners.values())))
    return out


def _is_federal(m: ActorMention) -> bool:
    return m.generic and _FEDERAL.search(fold(m.surface)) is not None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Say whether `shorter` (without its article) runs inside `longer` ("bundesarmee" in
    "jugoslawischen bundesarmee")."""
    core = [w for w in shorter if w not in _ARTICLES] or shorter
    size = len(core)
    return any(longer[x : x + size] == core for x in range(len(longer) - size + 1))


_ARTICLES = frozenset(("the", "die", "der", "den", "l", "la", "le", "el", "il", "o", "a", "lo"))
