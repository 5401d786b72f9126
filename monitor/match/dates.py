"""Dates named in a sentence, placed against the article's publication date (pure).

"le 29 juin" in a paper of 2 July is three days before it: recent, news; "libérée le 11
novembre" in a paper of 1 December is background.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cache

from monitor.match.expressions import CompiledLexicon, tokens_rx

# A change dated at most this many days before publication is news ("le 29 juin" on 2 July).
RECENT_DAYS = 10
_DAY = r"(\d{1,2})(?:er|st|nd|rd|th|o|º)?"


def dates_in(text: str, lex: CompiledLexicon, published: datetime) -> list[date]:
    """Return the dates with a day and a month named in `text` ("le 29 juin", "June 29", "29 de junho").

    A date without a year is in the publication's year, or the year before when its month
    comes later in the year than publication's.
    """
    out: list[date] = []
    for number, month in enumerate(month_patterns(lex.lex.months), start=1):
        for m in month.finditer(text):
            rest = text[m.end() :]
            after = re.match(r" " + _DAY + r"(?!\d)", rest)  # "June 29", "Aug. 31"
            # "29 juin", "29 de junho", "29. Juni"
            day = after or re.search(_DAY + r"(?: \.| de| del| di)? $", text[: m.start()])
            if day is None or (not after and _NAMED_AFTER_A_DAY.search(text[: day.start()])):
                continue  # "la plaza 14 de Septiembre", "rue du 4 septembre": a street, no date
            year = re.match(r" (?:de |del |, )?(\d{4})(?!\d)", rest[after.end() :] if after else rest)
            when_year = int(year.group(1)) if year else published.year - (number > published.month)
            try:
                out.append(date(when_year, number, int(day.group(1))))
            except ValueError:
                continue  # "le 31 juin": no such day
    return out


# A square, a street or a bridge named after a day ("la plaza 14 de Septiembre", "l'avenue du 8 mai",
# "Straße des 17. Juni", "o Largo 25 de Abril", "piazza 4 novembre"), before the day of the month.
_NAMED_AFTER_A_DAY = re.compile(
    r"(?<!\w)(?:plaza|avenida|av|calle|paseo|puente|estadio|barrio|colonia|parque|bulevar|glorieta|calzada"
    r"|praca|rua|largo|ponte|bairro|rue|place|avenue|boulevard|pont|quai|stade|parc|piazza|piazzale|viale"
    r"|corso|stadio|strasse|straße|platz|brucke|brücke)"
    r"(?: (?:du|de|del|dos|do|da|des|della|dell|vom))? $"
)


def is_recent(when: date, published: datetime) -> bool:
    """Say whether `when` is at most `RECENT_DAYS` days before publication (and not after it)."""
    return 0 <= (published.date() - when).days <= RECENT_DAYS


@cache
def month_patterns(months: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Return one whole-token pattern per month name alternation, January first."""
    return tuple(tokens_rx(m) for m in months)


# Weekday names (folded), Monday first, in the six languages.
_WEEKDAYS = (
    ("monday", "lundi", "lunes", "montag", "lunedi", "segunda"),
    ("tuesday", "mardi", "martes", "dienstag", "martedi", "terca"),
    ("wednesday", "mercredi", "miercoles", "mittwoch", "mercoledi", "quarta"),
    ("thursday", "jeudi", "jueves", "donnerstag", "giovedi", "quinta"),
    ("friday", "vendredi", "viernes", "freitag", "venerdi", "sexta"),
    ("saturday", "samedi", "sabado", "samstag", "sonnabend", "sabato"),
    ("sunday", "dimanche", "domingo", "sonntag", "domenica"),
)
# Portuguese weekdays that are ordinals too ("a segunda cidade"): weekdays only before "feira".
_ALSO_ORDINALS = frozenset(("segunda", "terca", "quarta", "quinta", "sexta"))
_WEEKDAY_OF = {name: number for number, names in enumerate(_WEEKDAYS) for name in names}


def days_back(tokens: Sequence[str], lex: CompiledLexicon, published: datetime) -> list[int]:
    """Return how many days before publication each weekday and dated day of a sentence's tokens
    lies ("am Samstag" on a Thursday: 5; "le 31 août" on 8 September: 8); a weekday is the last one
    before publication, or the day itself."""
    out = [
        (published.weekday() - _WEEKDAY_OF[t]) % 7
        for x, t in enumerate(tokens)
        if t in _WEEKDAY_OF and (t not in _ALSO_ORDINALS or tokens[x + 1 : x + 2] == ["feira"])
    ]
    out += [(published.date() - when).days for when in dates_in(" ".join(tokens), lex, published)]
    if not out:
        backs = (_day_of_month_back(tokens, x, t, published) for x, t in enumerate(tokens))
        out += [back for back in backs if back >= 0]
    return out


# "dia"/"día" before a day of the month with no month: "no passado dia 31", "el día 3".
_DAY_WORDS = frozenset(("dia",))


def _day_of_month_back(tokens: Sequence[str], x: int, token: str, published: datetime) -> int:
    """Return how many days before publication "dia 31" at token x lies (the last 31st on or before
    publication: "no passado dia 31" on 9 September is 31 August, nine days back), or -1."""
    if token not in _DAY_WORDS or not tokens[x + 1 : x + 2] or not tokens[x + 1].isdigit():
        return -1
    day = int(tokens[x + 1])
    if not 1 <= day <= 31:
        return -1
    when = published.date()
    for back in range(62):  # the last such day within two months
        if (when - timedelta(days=back)).day == day:
            return back
    return -1
