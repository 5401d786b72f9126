"""A sentence that tells no time of its own is dated by the sentence before (pure).

"In the summer of 2012 the Taliban launched their offensive. They took X in a single night",
"La guerre commence en 2012. Cet automne-là, les talibans prennent X": the second sentence is
told in the first one's time, years before publication, so its change is background. Only an
earlier year named in the sentence before counts, and only for a sentence with no time, date,
day or "now" of its own, whose verb is no present perfect ("they have now taken X" is news).
"""

from __future__ import annotations

import re
from datetime import datetime

from monitor.match.dates import month_patterns
from monitor.match.expressions import CompiledLexicon
from monitor.match.words import YEAR

# Words that anchor a sentence in the time of publication, in the six languages (folded): days
# of the week and "now" ("in a single night" says how, not when).
NOW_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi"),
        *("mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miercoles", "jueves"),
        *("viernes", "sabado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag", "freitag"),
        *("samstag", "sonntag", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"),
        *("segunda", "terca", "quarta", "quinta", "sexta"),
        *("now", "today", "yesterday", "tonight", "overnight", "currently", "recently", "latest"),
        *("maintenant", "desormais", "aujourd", "hier", "cette", "ahora", "hoy", "ayer", "anoche"),
        *("ya", "ora", "oggi", "ieri", "stanotte", "stamane", "stamattina", "stasera"),
        *("adesso", "agora", "hoje", "ontem", "jetzt"),
        *("nun", "heute", "gestern", "inzwischen", "mittlerweile", "this", "esta", "este"),
    )
)
# Auxiliaries of a present perfect, right before the verb: news, not a past told in order.
_PRESENT_PERFECT = frozenset(
    ("has", "have", "a", "ont", "ha", "han", "hanno", "hat", "haben", "tem", "têm", "sont", "est", "e")
)


def dated_by_sentence_before(before: str, text: str, trigger_words: str, lex: CompiledLexicon,
                             published: datetime | None) -> str:
    """Return why a change in folded `text` is told in the earlier year of the folded sentence
    `before` ("year 2012 in the sentence before"), or ""."""
    if published is None:
        return ""
    years = [int(y) for y in YEAR.findall(before)]
    if not years or max(years) >= published.year:
        return ""
    words = text.split()
    if YEAR.search(text) or any(w in NOW_WORDS or w.isdigit() for w in words):
        return ""
    if any(month.search(text) for month in month_patterns(lex.lex.months)):
        return ""
    first = trigger_words.split()[0] if trigger_words else ""
    at = words.index(first) if first in words else -1
    if (at > 0 and words[at - 1] in _PRESENT_PERFECT) or first in _PRESENT_PERFECT:
        return ""
    return f"year {max(years)} in the sentence before"


# The next sentence opens on the time since the change: "Since then, the town has been cut off",
# "Depuis, …", "Desde entonces", "Seither", "Da allora", "Desde então" (folded, at its start).
_SINCE_THEN = re.compile(
    r"^(?:(?:and|et|y|und|e) )?(?:ever since|since then|depuis lors|depuis ,|depuis cette date|desde entonces"
    r"|desde aquel dia|seither|seitdem|da allora|da quel giorno|desde entao|desde esse dia|desde ai)(?!\S)"
)


def followed_by_since_then(text: str, next_text: str, lex: CompiledLexicon) -> bool:
    """Say whether a change told in folded `text` is background because the next sentence tells
    what has happened since ("The rebels seized the town. Since then it has been cut off"), and
    nothing in its own sentence ties it to now (not "seized the town on Sunday. Since then …")."""
    if _SINCE_THEN.match(next_text) is None:
        return False
    words = text.split()
    if any(w in NOW_WORDS for w in words) or YEAR.search(text):
        return False  # a day of this week, or a date its own sentence gives
    return not any(month.search(text) for month in month_patterns(lex.lex.months))
