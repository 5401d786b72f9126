"""Read a Portuguese object pronoun joined to its verb as the city named just before (pure).

Portuguese copy names a town once, then takes it with a pronoun hung on the verb: "Os combates
em X duraram dois dias; por fim a Fretilin tomou-a", "retomaram-na", "abandonaram-no". The
pronoun is the town's mention, so the grammar reads "tomou @p0" as it reads "tomou X". Only
the forms of a past tense of the third person ("-ou-a", "-aram-na", "-eu-o", "-iram-no") are read,
and only when one watched place is named in the sentence before the pronoun or, failing that,
in the sentence before: with two, the pronoun could be either. A town named as another thing's
("a base militar de X", "o aeroporto de X") leaves the pronoun to that thing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

# A past of the third person and its object pronoun: "tomou-a", "ocupou-o", "tomaram-na", "perderam-no".
_ENCLITIC = re.compile(r"[^\W\d_]{2,}(?:(?:ou|eu|iu)-([ao])|(?:aram|eram|iram)-(n[ao]))(?![\w-])")
_LETTER = re.compile(r"[^\W\d_]")  # what `_ENCLITIC`'s verb is made of

# "de X" after a noun that is not a town: the pronoun may stand for that noun ("a base de X … tomou-a").
_OF = re.compile(r"(?<!\w)(?:de|do|da|dos|das)\s+$")
_TOWN_OF = re.compile(r"(?<!\w)(?:cidade|vila|localidade|capital|povoacao|povoação)\s+(?:de|do|da)\s+$")


def _owned(doc: str, start: int) -> bool:
    """Say whether the place starting at `start` is named as another thing's ("a base de X")."""
    before = doc[max(0, start - 30) : start].lower()
    return _OF.search(before) is not None and _TOWN_OF.search(before) is None


def _enclitics(doc: str) -> Iterator[re.Match[str]]:
    """Yield the matches of `_ENCLITIC.finditer(doc)`, trying it only where the letters before a
    hyphen start.

    Searched for, the pattern was tried at every letter of the article, each time reading the word
    to its end and back (~0.35 ms an article on a slow core). A match is a run of letters that a
    hyphen ends; it starts where the run starts, and where it fails there it fails at every later
    letter of the run too (the verb ending and the pronoun are the same, the run only shorter).
    """
    hyphen = doc.find("-")
    while hyphen >= 0:
        start = hyphen
        while start > 0 and _LETTER.match(doc, start - 1):
            start -= 1
        found = _ENCLITIC.match(doc, start) if start < hyphen else None
        if found is not None:
            yield found
        hyphen = doc.find("-", hyphen + 1)


def resolve_enclitics(doc: str, places: Sequence[Any], spans: Sequence[tuple[int, int]]) -> list[Any]:
    """Return `places` plus one mention per enclitic pronoun that stands for a watched place."""
    if not places or "-" not in doc:
        return list(places)
    out = list(places)
    starts = [s for s, _e in spans]
    for m in _enclitics(doc):
        group = 1 if m.group(1) else 2
        a, b = m.start(group), m.end(group)
        sentence = bisect_right(starts, a) - 1
        if sentence < 0:
            continue
        own = [p for p in places if spans[sentence][0] <= p.start < a]
        before = own or ([p for p in places if spans[sentence - 1][0] <= p.start < spans[sentence][0]]
                         if sentence > 0 else [])
        if len({p.place.name for p in before}) != 1 or _owned(doc, before[-1].start):
            continue
        out.append(replace(before[-1], start=a, end=b, surface=doc[a:b]))
    return sorted(out, key=lambda p: p.start)
