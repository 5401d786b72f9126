"""Say whether a change is told as background: dated well before publication (pure).

A year or a month long past ("in 1996", "last May", "à la fin du mois"), "since" a capture,
a pluperfect relative clause ("Kherson, which Russia had captured in March"): the main clause is
the news, not what these date.
"""

from __future__ import annotations

import re
from datetime import datetime

from monitor.match import german
from monitor.match.asides import relative_aside
from monitor.match.dates import RECENT_DAYS, dates_in, is_recent, month_patterns
from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.holders import clause_start
from monitor.match.references import is_reference
from monitor.match.signature import Signature
from monitor.match.since import recent_day
from monitor.match.words import (
    CITY,
    DAY_BEFORE,
    DAYS_AFTER,
    EARLIER_THIS_MONTH,
    ELAPSED,
    HELD_BY,
    LAST_WEEK,
    OBJ_REL,
    PLUPERFECT,
    RELATIVE,
    RELATIVE_OPENERS,
    SINCE,
    STOP,
    YEAR,
    YEARS_AFTER,
)

# Words between a subject's apposition and its verb: "X, held by … since 1984, was recaptured".
_TO_VERB_WORDS = 4
_APPOSITION_WORDS = 14


def _subject_apposition(sig: Signature, i: int) -> frozenset[int]:
    """Return the tokens of an apposition between a place and the verb at i ("X, held by the
    rebels since 1984, was recaptured on Sunday"): its dates are the apposition's, not the verb's."""
    after = next((c for c in range(i - 1, max(-1, i - 1 - _TO_VERB_WORDS), -1) if sig.tokens[c] == ","), None)
    if after is None or any(sig.tokens[x] in STOP for x in range(after, i)):
        return frozenset()
    for c in range(after - 1, max(-1, after - 1 - _APPOSITION_WORDS), -1):
        if sig.tokens[c] in STOP:
            return frozenset()
        if sig.tokens[c] == ",":
            return frozenset(range(c, after + 1)) if c >= 1 and (c - 1) in sig.place_at else frozenset()
    return frozenset()


# A season the change is told in ("the fall of X in the spring left …"): months before the news.
# Not a season's offensive, named for when it began ("captured X in the spring offensive").
_SEASON = re.compile(
    r"(?<!\S)(?:in the (?:spring|summer|autumn|winter)|au printemps|en (?:ete|automne|hiver)"
    r"|en (?:el |la )?(?:primavera|verano|otono|invierno)|in (?:primavera|estate|autunno|inverno)"
    r"|na primavera|no (?:verao|outono|inverno)|im (?:fr[uü]hjahr|fr[uü]hling|sommer|herbst|winter))"
    r"(?!\S)(?! (?:offensive|campaign|offensiva|ofensiva|offensiv\w*))"
)


def dated_before(
    sig: Signature, lex: CompiledLexicon, i: int, j: int, published: datetime | None, nominal: bool = False
) -> str:
    """Return why the change is dated well before publication ("in 1996", "since", "last May"), or ""."""
    # A verb-final clause puts its whole middle field between its time and the participle ("Im Juli
    # hatten bosnisch-serbische Truppen unter General M. die Schutzzonen X und Y eingenommen").
    lo = max(0, i - (_VERB_FINAL_REACH if lex.lex.verb_final else 12), clause_start(sig, i))
    other = german.other_clauses(sig, i, j) if lex.lex.verb_final else frozenset()
    hi, commas = j, 0
    while hi < min(len(sig.tokens), j + 14) and sig.tokens[hi] not in STOP:
        pronoun = sig.tokens[hi] in OBJ_REL or sig.tokens[hi] in ("qui", "who", "quien", "cui", "der")
        # ("X, dont les rebelles s'étaient emparés en mars": the month is the relative clause's)
        pronoun = pronoun or (sig.tokens[hi] == "dont" and sig.tokens[hi - 1] == ",")
        # ("ocuparon X, donde los rebeldes dominaban desde abril": the month is where-clause's)
        pronoun = pronoun or (sig.tokens[hi] in _WHERE and sig.tokens[hi - 1] == ",")
        if pronoun and lex.lex.verb_final and sig.tokens[hi] in _DE_ARTICLES and sig.tokens[hi - 1] != ",":
            pronoun = False  # "die Einnahme von X durch die Taliban vor drei Jahren": an article
        if pronoun:
            break  # "..., a capital that Russia had captured early in the war": another clause
        if sig.tokens[hi] == "," and (sig.at(CITY, hi + 1) or _reference_at(sig, hi + 1)):
            closing = _plain_apposition_end(sig, lex, hi + 1)
            if closing is None:
                break  # "retook X, the town overrun by insurgents last month": the apposition's own date
            hi = closing + 1  # "seized X, the capital of Y state, in December": the verb's date follows
            continue
        if sig.tokens[hi] == "," and (sig.at(lex.capture, hi + 1) or sig.at(lex.fall, hi + 1)):
            break  # "recuperó X, tomada por los yihadistas en marzo": the participle's own date
        commas += sig.tokens[hi] == ","
        if commas > 2:
            break
        hi += 1
    # (German: not a relative clause inside "eroberten X, das die Legion im August nahm, zurück")
    window = " ".join(t for x, t in enumerate(sig.tokens[lo:hi], start=lo) if x not in other)
    if lo >= 2 and sig.tokens[lo - 1] == ",":  # "Il y a un an, les talibans prenaient Kaboul"
        front = clause_start(sig, lo - 1)
        relative_clause = sig.tokens[front] in OBJ_REL or sig.tokens[front] in ("who", "qui")
        # (not "X, which fell in 2014, was retaken", nor "X, das die Armee seit Juli hielt, erobert",
        # nor the city's apposition: "X, held by the rebels since March, was retaken")
        apposition = front >= 2 and sig.tokens[front - 1] == "," and (front - 2) in sig.place_at
        apposition = apposition and any(sig.at(HELD_BY, x) for x in range(front, lo - 1))
        if lo - 1 - front <= 6 and not relative_clause and front not in other and not apposition:
            window = " ".join(sig.tokens[front : lo - 1]) + " " + window
    other = other | _apposition(sig, j) | frozenset(relative_aside(sig.tokens, i))
    other = other | _subject_apposition(sig, i)
    other = other | _speakers_asides(sig, lex, i)  # ("X, which has fought since 2020, said it took Y")
    first = max(0, i - 35)
    near = " ".join(t for x, t in enumerate(sig.tokens[first : j + 15], start=first) if x not in other)
    years = [int(y) for y in YEAR.findall(near)]
    if published is not None and years:  # "le 30 décembre 2023" three days before: recent, whatever its year
        recent = {when.year for when in dates_in(near, lex, published) if is_recent(when, published)}
        years = [y for y in years if y not in recent]
    if years and published is not None and min(years) < published.year and published.year not in years:
        return f"year {min(years)}"
    before = " ".join(sig.tokens[max(lo, i - 6) : i])
    past = (
        lex.past.search(window)
        or YEARS_AFTER.search(before)
        or (SINCE.search(before) if nominal and not recent_day(window, lex, published) else None)
        or (LAST_WEEK.search(window) if nominal else None)
        or (DAYS_AFTER.search(before) if nominal else None)
        or ELAPSED.search(window)
    )
    if past:
        return f"'{past.group(0)}'"
    season = _SEASON.search(window)  # ("captured X on Sunday, after fighting in the spring stalled")
    if season and not recent_day(window, lex, published):
        return f"'{season.group(0)}'"
    earlier = EARLIER_THIS_MONTH.search(window)
    if earlier and published is not None and published.day > RECENT_DAYS:
        return f"'{earlier.group(0)}'"
    opener = sig.at(lex.past, 0) if lo > 0 else None
    if opener is not None:  # "Damals waren Milizen übergelaufen, die Stadt fiel": the whole sentence's time
        return f"'{opener.group(0)}', opening the sentence"
    day_before = DAY_BEFORE.search(window)
    if day_before and any(t in PLUPERFECT for t in window.split()):
        return f"'{day_before.group(0)}', in the pluperfect"
    relative = RELATIVE.search(" ".join(sig.tokens[lo:i]))
    this_week = recent_day(window, lex, published, _SINCE_NEWS_DAYS)
    if relative and SINCE.fullmatch(relative.group(0)) and this_week:
        relative = None  # "Seit der Einnahme von X am Sonntag": since this week, news
    if relative:
        return f"'{relative.group(0)}'"
    if _since_clause(sig, lo, j) and not this_week:
        return "a 'since' clause"  # (not "Since the Taliban took X on Sunday, …": this week's news)
    if _pluperfect_relative(sig, i) and not recent_day(window, lex, published):
        return "a relative clause in the pluperfect"  # (not "die am Freitag X eingenommen hatten")
    if _pluperfect_relative(sig, i) and _left_before_the_news(sig, lex, i):
        return "a withdrawal in the pluperfect before the main clause's capture"
    if published is not None:
        months = enumerate(month_patterns(lex.lex.months), start=1)
        named = [n for n, month in months if (published.month - n) % 12 and month.search(window)]
        if named:  # another month: past, unless a few days before publication
            recent = {when.month for when in dates_in(window, lex, published) if is_recent(when, published)}
            if published.day <= _EARLY_IN_MONTH and _MONTH_END.search(window):  # "fin juin" on 2 July
                recent.add(12 if published.month == 1 else published.month - 1)
            for number in named:
                if number not in recent:
                    return f"an earlier month ({lex.lex.months[number - 1].split('(')[0].split('|')[0]})"
    return ""


# Relative "where" after a comma opens a clause about the place with its own time.
_WHERE = frozenset(("where", "ou", "donde", "onde", "dove", "wo"))


# A change that a "since" counts time from is news only when dated by a weekday or at most this
# many days before publication ("Since the KDP took X on Sunday"); "desde que el PDK tomó X el 31
# de agosto" eight days on anchors the article's time, it is not its news.
_SINCE_NEWS_DAYS = 3


# How far back from a German participle its clause may still hold the change's time.
_VERB_FINAL_REACH = 20


# German articles that are relative pronouns only after a comma ("X, die die Armee hielt").
_DE_ARTICLES = frozenset(("der", "die", "das", "den"))


# Early in a month, the end of the previous month is recent too ("fin juin" on 2 July), not its
# middle ("libérée à la mi-novembre" on 1 December).
_EARLY_IN_MONTH = 7


_MONTH_END = tokens_rx(r"fin|fine|final|finales|finais|late|end|ende")


def _speakers_asides(sig: Signature, lex: CompiledLexicon, i: int) -> frozenset[int]:
    """Return the tokens of a relative clause right before a reporting verb ahead of the trigger.

    "The TPLF, which has been at war since November 2020, said on Saturday it had captured X": the
    year is the speaker's story, not the capture's date.
    """
    out: set[int] = set()
    for x, _m in sig.matching(lex.say, max(0, i - 35), i):
        out.update(relative_aside(sig.tokens, x))
    return frozenset(out)


def _apposition(sig: Signature, j: int) -> frozenset[int]:
    """Return the tokens of an apposition after the trigger's city that tells its past state.

    "entered X, the main town of the zone, held by the FARC since 1998": the year dates who
    held it, not the entry.
    """
    if sig.tokens[j - 1 : j] == [] or (j - 1) not in sig.place_at or sig.tokens[j : j + 1] != [","]:
        return frozenset()
    end = j + 1
    while end < len(sig.tokens) and sig.tokens[end] not in STOP:
        end += 1
    span = range(j + 1, end)
    if any(sig.matching(HELD_BY, span.start, span.stop)) or any(sig.matching(SINCE, span.start, span.stop)):
        return frozenset(span)
    return frozenset()


def _plain_apposition_end(sig: Signature, lex: CompiledLexicon, start: int) -> int | None:
    """Return the comma closing an apposition that opens at `start` and tells nothing of its own.

    "X, the capital of Gezira state, in December": no verb, date or holder inside, so what follows
    its closing comma still dates the main verb. None when it has one ("X, the town overrun by
    insurgents last month") or runs on to the sentence's end.
    """
    for x in range(start, min(len(sig.tokens), start + 10)):
        token = sig.tokens[x]
        if token == ",":
            return x
        if token in STOP or YEAR.fullmatch(token) or token in OBJ_REL or x in sig.actor_at:
            return None
        if any(sig.at(rx, x) for rx in (lex.capture, lex.fall, lex.withdraw, lex.enter, HELD_BY, SINCE)):
            return None
    return None


def _reference_at(sig: Signature, k: int) -> bool:
    """Say whether token k is a place named by reference ("the town", "la ville"), not by name."""
    return k in sig.place_at and is_reference(sig.places[sig.place_at[k]].surface)


def _pluperfect_relative(sig: Signature, i: int) -> bool:
    """Say whether the trigger is in a relative clause in the pluperfect: background.

    "…Mariupol, das die Armee im Frühjahr erobert hatte", "Kherson, which Russia had
    captured in March", "Kherson, que la Russie avait prise": the main clause is the news.
    """
    x = i - 1
    while x > 0 and sig.tokens[x] not in STOP and sig.tokens[x] != ",":
        x -= 1
    if x <= 0 or sig.tokens[x] != ",":
        return False
    opener = sig.tokens[x + 1 : x + 3]
    if not opener or not (opener[0] in OBJ_REL or opener[0] in RELATIVE_OPENERS):
        return False
    end = i + 1
    while end < len(sig.tokens) and sig.tokens[end] not in STOP and sig.tokens[end] != ",":
        end += 1
    return any(t in PLUPERFECT for t in sig.tokens[x + 1 : end])


def _left_before_the_news(sig: Signature, lex: CompiledLexicon, i: int) -> bool:
    """Say whether the withdrawal at i, in a relative clause, only says where the subject of a
    capture came from: "Die Rebellen, die X am Montag geräumt hatten, haben Y besetzt". The main
    clause's capture is the news; the relative clause is its subject's story, even of this week."""
    if sig.at(lex.withdraw, i) is None:
        return False
    end = next((x for x in range(i, len(sig.tokens)) if sig.tokens[x] in STOP or sig.tokens[x] == ","), None)
    if end is None or sig.tokens[end] != ",":
        return False
    stop = next((x for x in range(end + 1, len(sig.tokens)) if sig.tokens[x] in STOP), len(sig.tokens))
    rest = range(end + 1, stop)
    return any(sig.at(lex.capture, x) or sig.at(lex.enter, x) for x in rest)


def _since_clause(sig: Signature, lo: int, j: int) -> bool:
    """Say whether the trigger sits in a clause opening with "since" that a comma closes.

    "Since the Taliban took Kabul, the economy has shrunk": the capture is the time anchor of
    the main clause. English "since" also means "because", so the clause must open the sentence
    or follow a comma and be closed by one.
    """
    if sig.tokens[lo : lo + 1] != ["since"]:
        return False
    for x in range(j, len(sig.tokens)):
        if sig.tokens[x] == ",":
            return True
        if sig.tokens[x] in STOP:
            return False
    return False
