"""German aliases as a sentence declines them (pure).

A watchlist gives a German name in the nominative ("Rote Ruhrarmee", "Freie Syrische Armee"),
but the press writes it after prepositions and in the genitive: "in die Hände der Roten
Ruhrarmee", "Kämpfer der Freien Syrischen Armee". Each adjective before the noun then takes
the same weak or strong ending, so the alias gets those forms too.
"""

from __future__ import annotations

from monitor.match.normalize import name_key

# The endings a German adjective ending in -e takes when declined.
_ENDINGS = ("en", "er", "es", "em")


def declined_aliases(aliases: tuple[str, ...]) -> set[str]:
    """Return the folded declined forms of aliases written as capitalised adjectives in -e before a
    capitalised noun ("Rote Ruhrarmee": "roten ruhrarmee", "roter ruhrarmee", …)."""
    keys: set[str] = set()
    for alias in aliases:
        words = alias.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        adjectives = words[:-1]
        if not all(w.isalpha() and w.endswith("e") and len(w) >= 4 for w in adjectives):
            continue
        for ending in _ENDINGS:
            declined = [w[:-1] + ending for w in adjectives]
            keys.add(name_key(" ".join([*declined, words[-1]])))
    return keys
