"""A capture participle describing a demonstrative pronoun, not reporting news (pure).

"La Seoul di oggi è irriconoscibile rispetto a quella conquistata dai nordcoreani", "la ville
d'aujourd'hui ne ressemble plus à celle prise par les nationalistes", "la Toledo de hoy no es
aquella tomada por los nacionales": the participle says what "the one" (the city as it was)
had undergone; the sentence reports no change. `reading._blocked` asks `pronoun_attribute`.
"""

from __future__ import annotations

from monitor.match.signature import Signature

# Demonstrative pronouns that a participle can qualify, folded, in fr, es, pt, it and en.
DEMONSTRATIVES = frozenset({
    "celle", "celui", "celles", "ceux",
    "aquella", "aquel", "aquellas", "aquellos", "esa", "ese",
    "aquela", "aquele", "aquelas", "aqueles",
    "quella", "quello", "quelle", "quelli",
})


def pronoun_attribute(sig: Signature, i: int) -> bool:
    """Say whether the participle at token `i` follows a demonstrative pronoun ("quella conquistata")
    or "the one" ("the one captured by"), with no auxiliary between them."""
    if i >= 1 and sig.tokens[i - 1] in DEMONSTRATIVES:
        return True
    return i >= 2 and sig.tokens[i - 2 : i] == ["the", "one"]
