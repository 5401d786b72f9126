"""Whether an article lets an entry alone stand for a change of hands (pure).

"Lord Roberts entered Bloemfontein", "die Villisten zogen in Zacatecas ein": when nothing else in
the article says the city was left or given up, the entry is still the news of its capture, as
long as the article is calm about it: no fighting goes on (`reading.fighting`: "combats continue
in the centre", "si combatte", "the defenders attacked them overnight"), no hostages were taken
(a raid), and no sentence about a watched place tells a change as negated, doubted or only
intended ("X no cayó", "did not fall", "vowed to take"). Forced entries, landings and returns
never count alone (`reading.PLAIN_ENTRY`).
"""

from __future__ import annotations

from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.reading import fighting, governed
from monitor.match.signature import Sentences

# Hostages taken: the entrants came for people, not for the town.
_HOSTAGES = tokens_rx(r"hostages?|otages?|rehenes|geiseln?|ostaggi|ostaggio|refens|reféns")

_CHANGES = ("capture", "fall", "withdraw", "nominal", "handover")


def calm(sentences: Sentences, lex: CompiledLexicon) -> bool:
    """Say whether nothing in the article contests an entry it tells (read only for entries)."""
    for n in range(len(sentences.spans)):
        sig = sentences.signature(n)
        if fighting(sig) or _HOSTAGES.search(sig.text):
            return False
    return not any(_unsettled(sentences, lex, n) for n in sentences.naming)


def _unsettled(sentences: Sentences, lex: CompiledLexicon, n: int) -> bool:
    """Say whether sentence n tells a change of a watched place as not done ("Ocotal no cayó")."""
    sig = sentences.signature(n)
    if not sig.places:
        return False
    for family in _CHANGES:
        for start, end, _words in lex.triggers(family, sig.text):
            i, j = sig.index(start), sig.index(end - 1) + 1
            if governed(sig, lex, i, j, family):
                return True
    return False
