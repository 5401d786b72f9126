"""Carry a date told early in a paragraph to the undated sentences after it (pure).

An analysis piece tells its story in a narrative paragraph whose sentences carry the date of the
one that opens it: "Tout a commencé le 4 juin. Le gouvernement tente de désarmer la brigade. En
quelques heures, X passe sous le contrôle des rebelles." Told in a paper of 2 July, X's change is
four weeks old: background, though its own sentence names no date and its verb is a historic
present. Under a recent date ("On Sunday the rebels attacked. By nightfall they held X") the
same paragraph is the news.

A sentence that names its own time, or a time tied to now ("on Tuesday", "désormais"), is dated
by itself, and so are the sentences after it; a new paragraph, or a headline, opens a new story.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime

from monitor.match.datelines import months
from monitor.match.dates import RECENT_DAYS, days_back
from monitor.match.era import NOW_WORDS
from monitor.match.expressions import CompiledLexicon
from monitor.match.normalize import fold
from monitor.match.signature import Sentences
from monitor.match.words import YEAR

# Demonstratives of `NOW_WORDS` that tie a sentence to now only before a time ("this week", "cette
# nuit"): alone, "this city", "cette ville".
_THIS = frozenset(("this", "cette", "esta", "este"))
_TIMES = frozenset(("week", "weekend", "morning", "evening", "semaine", "nuit", "matinee", "matin", "semana"))

# Sentences of a paragraph that one date may reach back over (the anchor's own and three more).
_REACH = 4

OLD, RECENT = "old", "recent"


def paragraph_date(
    sentences: Sentences, n: int, lex: CompiledLexicon, published: datetime | None, in_title: Collection[int]
) -> str:
    """Return `OLD` or `RECENT` for the date that an earlier sentence of sentence n's paragraph sets
    for it, or "" when n dates itself or no such date reaches it."""
    if published is None or n in in_title or _own_time(sentences, n, lex, published) is not None:
        return ""
    for m in range(n - 1, max(-1, n - 1 - _REACH), -1):
        if m in in_title or _paragraph_break(sentences, m, m + 1):
            return ""
        if _dateline_only(sentences, m, lex):
            return ""  # "Aus Italien, den 24. Juni.": when the dispatch was written, not its news
        time = _own_time(sentences, m, lex, published)
        if time is not None:
            return time
    return ""


# Small words a dateline may hold between its place and its date: "Tours, le 11 juin", "Città del
# Messico, 16 giugno", "Londres, den 3. Mai".
_DATELINE_WORDS = frozenset(
    ("le", "il", "lo", "el", "den", "am", "de", "del", "di", "du", "da", "do", "of", "the")
)
_DATELINE_NAMES = 4


def _dateline_only(sentences: Sentences, m: int, lex: CompiledLexicon) -> bool:
    """Say whether sentence m opens its paragraph with only a place and a date, a dispatch's
    dateline ("Parigi, 14 giugno."): it dates the writing of the report, not the events the report
    then tells, which are its news however long the dispatch took to reach the paper. Not "Tout a
    commencé le 4 juin": its other words are not a place's capitalised name."""
    if m > 0 and not _paragraph_break(sentences, m - 1, m):
        return False
    start, end = sentences.spans[m]
    month = months(lex.lex.lang)
    has_month, names = False, 0
    for word in _WORD.findall(sentences.doc[start:end]):
        folded = fold(word)
        if word.isdigit() or folded in _DATELINE_WORDS:
            continue
        if month.fullmatch(folded):
            has_month = True
        elif word[0].isupper():
            names += 1
        else:
            return False
    return has_month and names <= _DATELINE_NAMES


_WORD = re.compile(r"[^\W_]+")


def _own_time(sentences: Sentences, n: int, lex: CompiledLexicon, published: datetime) -> str | None:
    """Return `OLD` or `RECENT` for the time sentence n names itself, "" for a time tied to now
    ("this week", "désormais": the news), or None when it names none."""
    tokens = sentences.text(n).split()
    backs = days_back(tokens, lex, published)
    if backs:
        return RECENT if min(backs) <= RECENT_DAYS else OLD
    if _tied_to_now(tokens):
        return RECENT
    years = [int(y) for y in YEAR.findall(" ".join(tokens))]
    if years:
        return OLD if max(years) < published.year else ""
    return None


def _tied_to_now(tokens: list[str]) -> bool:
    """Say whether a sentence's words tie it to now ("today", "désormais", "this week"); not a time
    relative to the paragraph's own ("hours later", "en quelques heures", "the next morning")."""
    return any(
        tokens[x + 1 : x + 2] and tokens[x + 1] in _TIMES if t in _THIS else t in NOW_WORDS
        for x, t in enumerate(tokens)
    )


def _paragraph_break(sentences: Sentences, m: int, n: int) -> bool:
    """Say whether a line break stands between sentences m and n."""
    return "\n" in sentences.doc[sentences.spans[m][1] : sentences.spans[n][0]]


# Auxiliaries of an English present perfect: "has taken" tells a change that bears on now.
_PRESENT_PERFECT = frozenset(("has", "have"))


def told_under_an_old_date(
    sentences: Sentences,
    n: int,
    trigger_words: str,
    lex: CompiledLexicon,
    published: datetime | None,
    in_title: Collection[int],
) -> str:
    """Return why the change told by `trigger_words` in sentence n is background under the old date
    an earlier sentence of its paragraph sets, or "" (not an English present perfect: "They have
    since taken X" bears on now)."""
    if paragraph_date(sentences, n, lex, published, in_title) != OLD:
        return ""
    words = sentences.text(n).split()
    first = trigger_words.split()[0] if trigger_words else ""
    at = words.index(first) if first in words else -1
    if lex.lex.lang == "en" and (first in _PRESENT_PERFECT or (at > 0 and words[at - 1] in _PRESENT_PERFECT)):
        return ""
    return "told under an old date an earlier sentence of its paragraph sets"
