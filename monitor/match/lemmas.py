"""Lemmatise words with simplemma, cached, for the languages we detect in.

The detector matches its verbs and nouns with stem patterns (fast and start-up free); lemmas
are the second chance for irregular forms a pattern does not list, and a tool for tests.
"""

from __future__ import annotations

from functools import lru_cache

from monitor.match.lang import SUPPORTED


@lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """Return the lowercase dictionary form of `word` in `lang` (the word itself when unknown)."""
    if lang not in SUPPORTED:
        return word.lower()
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower()


def lemmatize_all(words: list[str], lang: str) -> list[str]:
    """Return the lemma of every word, in order."""
    return [lemmatize(w, lang) for w in words]
