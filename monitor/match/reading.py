"""Read one sentence's signature into candidate control changes (pure).

For each trigger of the language's lexicon: is it governed by negation, modality, a hedge or a
denial; is the change dated long before publication; which places it bears on
(`monitor.match.targets`); who holds them now (agent, "fell to X", subject, the opponent of
who withdrew); is it the holder's own claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from monitor.match.explain import Note
from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.signature import Signature
from monitor.match.targets import find_targets
from monitor.match.words import (
    AFTER_PREPS,
    BEGUN,
    BY_GERUND,
    CLAUSE_LINKS,
    CONDITIONAL,
    DIRECTION,
    FALL_NOT,
    FALL_NOUNS,
    FIGHTING,
    FIRST_PLURAL,
    GAVE_UP,
    GERUND,
    HEDGE,
    NON_COMBATANTS,
    OBJ_REL,
    OF,
    ONLY_TOOK,
    PLUPERFECT,
    PLURAL_PRONOUNS,
    POSSESSIVES,
    QUOTES,
    RELATIVE,
    RELATIVE_OPENERS,
    SINCE,
    SPOKES,
    STOP,
    WITHDRAWAL_NOUN,
    WITHOUT,
    YEAR,
    YEARS_AFTER,
)
from monitor.model import Actor, Place


class Sides(Protocol):
    """Who may hold a place and who opposes whom (the Detector implements it)."""

    def valid(self, actor: Actor, place: Place) -> bool: ...

    def opponent(self, actor: Actor, place: Place) -> Actor | None: ...

    def demonym(self, token: str) -> Actor | None: ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """A control change read in one sentence, before the article-level checks."""

    place: Place
    actor: Actor | None
    previous: Actor | None
    kind: str
    confidence: float
    claim: bool
    evidence: str
    speakers: frozenset[str] = frozenset()  # actors named before a reporting verb
    inferred: bool = False  # the holder is the single opponent of who left
    unnamed: bool = False  # an active capture whose subject is no watched actor
    trigger: str = ""  # "family: words" of the expression that found it
    sentence: int | None = None  # its sentence's index in the article
    earlier: bool = False  # told in the pluperfect ("had taken"): before the article's other events


def read_sentence(
    sig: Signature,
    lex: CompiledLexicon,
    sentence: str,
    published: datetime | None,
    det: Sides,
    withdrawal: bool,
    left_nearby: bool = False,
    notes: list[Note] | None = None,
    n: int | None = None,
    context: Sequence[Actor] = (),
) -> list[Candidate]:
    """Return the candidates of one sentence (entries count only when the other side withdrew).

    `left_nearby`: a watched side withdrew in this sentence or the next; an entry then counts
    even amid fighting ("the rebels entered Hama; the army redeployed outside the city").

    A holder inferred as the opponent of who left is flagged `inferred`; a capture whose subject
    is no watched actor ("Karen rebels took X") is flagged `unnamed` (see `Detector.detect`).
    `context` lists the watched actors named in the sentences before, the last one last.
    `notes`, when given, receives a note for every trigger refused here and why (sentence `n`).
    """
    out: list[Candidate] = []
    families = (
        ("capture", "fall", "withdraw", "nominal", "handover", "flag", "expel", "enter")
        if withdrawal
        else ("capture", "fall", "withdraw", "nominal", "handover", "flag", "expel")
    )

    def drop(trigger: str, reason: str, place: str | None = None) -> None:
        if notes is not None:
            notes.append(Note("trigger", n, "", place, trigger=trigger, kept=False, reason=reason))

    if sig.tokens and sig.tokens[-1] == "?":  # a question asserts nothing
        return out
    if sig.tokens and sig.tokens[0] in CONDITIONAL:  # "If Kherson falls, …", "Se os talibãs tomarem…"
        return out
    for family in families:
        for m in getattr(lex, family).finditer(sig.text):
            i, j = sig.span(m)
            trigger = f"{family}: {m.group(0)}"
            why = _blocked(sig, lex, i, j, family)
            if why:
                drop(trigger, why)
                continue
            targets = find_targets(sig, lex, i, j, family)
            if family == "withdraw" and any(t in NON_COMBATANTS for t in sig.tokens[j : j + 4]):
                drop(trigger, "civilians or staff are withdrawn, not a side")
                continue
            if family == "withdraw" and targets and _event_object(sig, lex, i, j, targets[0]):
                drop(trigger, "its object is an event ('gave up the capture of X'), not the city")
                continue
            if not targets:
                drop(trigger, "no watched city as its object or subject")
            for k in targets:
                place = sig.places[sig.place_at[k]].place
                why = _old(sig, lex, i, max(j, k + 1), published, family == "nominal")
                if why:
                    drop(trigger, f"dated before publication ({why})", place.name)
                    continue
                actor, previous, conf, agent = _holder(sig, lex, i, j, k, family, place, det, context)
                inferred = False
                if family in ("withdraw", "handover") and not agent:
                    if actor is None:
                        drop(trigger, "no watched side is said to leave", place.name)
                        continue
                    previous, actor, inferred = actor, det.opponent(actor, place), True
                    if actor is None:
                        drop(trigger, f"{previous.name} left but has no single opponent", place.name)
                        continue
                elif actor is not None and previous is not None and not agent:
                    # "Karen rebels seized Myawaddy from the junta": the holder was inferred
                    # as the opponent of the one it was taken from, unless the sentence names it.
                    inferred = all(m.actor != actor for m in sig.actors)
                unnamed = (
                    family in ("capture", "enter")
                    and (actor is None or inferred)
                    and _has_subject(sig, lex, i, j)
                )
                if family == "enter":
                    if _fighting(sig) and not left_nearby:
                        drop(trigger, "an entry amid fighting", place.name)
                        continue
                    conf *= 0.7
                kind = _kind(sig, lex, i, j, family)
                claim = _is_claim(sig, lex, i, actor)
                conf = conf * (0.65 if claim else 1.0)
                speakers = _speakers(sig, lex, i)
                out.append(
                    Candidate(
                        place,
                        actor,
                        previous,
                        kind,
                        conf,
                        claim,
                        sentence.strip(),
                        speakers,
                        inferred,
                        unnamed,
                        trigger,
                        n,
                        any(t in PLUPERFECT for t in sig.tokens[_clause_start(sig, i) : i]),
                    )
                )
    return out


def _event_object(sig: Signature, lex: CompiledLexicon, i: int, j: int, k: int) -> bool:
    """Say whether a nominal trigger stands between a withdrawal verb and its place."""
    lo, hi = (j, k) if k >= j else (max(0, k - 4), i)  # "die Eroberung von Mariupol aufgegeben"
    return any(sig.at(lex.nominal, x) for x in range(lo, hi))


def _has_subject(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> bool:
    """Say whether an active trigger has a noun subject right before it ("Karen rebels took").

    Not a pronoun ("they took"), not a passive ("was taken"), not a clause that starts at the verb.
    """
    if any(sig.at(lex.passive, x) for x in range(max(0, i - 3), i)) or sig.at(lex.agent, j):
        return False
    x = i - 1
    while x >= 0 and sig.tokens[x] in _AUXILIARIES:
        x -= 1
    if x < 0 or sig.tokens[x] in STOP or sig.tokens[x] in QUOTES or not sig.tokens[x].isalpha():
        return False
    return not (
        sig.at(lex.pronouns, x)
        or sig.at(lex.after, x)
        or sig.at(lex.source, x)
        or sig.tokens[x] in OBJ_REL
        or sig.tokens[x] in CLAUSE_LINKS
    )


# Articles before a country opening the sentence: "L'Irak proclame…", "El Irak…".
_ARTICLES = frozenset(
    ("l", "le", "la", "el", "the", "die", "der", "das", "den", "dem", "des", "il", "o", "a")
)

# Auxiliaries between a subject and its verb: "rebels have taken", "les rebelles ont pris".
_AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "ont",
        "a",
        "avaient",
        "avait",
        "sont",
        "se",
        "s",
        "han",
        "ha",
        "habian",
        "habia",
        "haben",
        "hat",
        "hatten",
        "hatte",
        "hanno",
        "ha",
        "hanno",
        "têm",
        "tem",
        "also",
        "reportedly",
        "finally",
        "eventually",
    ]
)


def _fighting(sig: Signature) -> bool:
    """Say whether the sentence reports fighting ("without resistance" does not count)."""
    for m in FIGHTING.finditer(sig.text):
        k = sig.index(m.start())
        if not any(t in WITHOUT for t in sig.tokens[max(0, k - 4) : k]):
            return True
    return False


def _kind(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> str:
    if any(sig.at(lex.retake, x) for x in range(i, j)):
        return "retake"
    return {
        "capture": "capture",
        "fall": "fall",
        "withdraw": "withdrawal",
        "nominal": "fall",
        "enter": "entry",
        "handover": "handover",
        "flag": "capture",
        "expel": "retake",
    }[family]


def _clause_start(sig: Signature, i: int) -> int:
    k = i - 1
    while k >= 0 and sig.tokens[k] not in STOP and sig.tokens[k] != ",":
        k -= 1
    return k + 1


def _blocked(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> str:
    """Return why negation, modality, intent, attempt, siege or denial governs the trigger, or ""."""
    lo = max(_clause_start(sig, i), i - 6)
    for k in range(lo, i):
        if sig.at(HEDGE, k):
            return f"hedged by '{sig.tokens[k]}'"
    if ONLY_TOOK.search(" ".join(sig.tokens[max(0, i - 14) : i])):
        return ""
    for k in range(lo, i):
        blocker = sig.at(lex.blockers, k)
        if blocker and blocker.group(0) in ("not", "n t") and "until" in sig.tokens[j : j + 4]:
            continue  # "did not fall until Thursday": it fell on Thursday
        if blocker and not any(t in AFTER_PREPS for t in sig.tokens[max(lo, k - 3) : k]):
            return f"governed by '{blocker.group(0)}'"  # ("after months of fighting" dates the verb)
    if family == "withdraw":
        for k in range(lo, i):
            if sig.at(BEGUN, k):
                return f"only begun ('{sig.tokens[k]}')"
    if family not in ("nominal", "fall"):
        return ""
    if family == "fall" and sig.at(FALL_NOT, j):  # "Kabul fell silent", "der Strom fiel aus"
        return f"another sense of the verb ('{sig.tokens[j]}')"
    seen_place = False
    for k in range(j, min(j + 6, len(sig.tokens))):
        if sig.tokens[k] in QUOTES:
            continue  # „März oder April“: the quoted words still govern
        if sig.tokens[k].startswith("@p") and not seen_place:
            seen_place = True
            continue
        if sig.tokens[k].startswith("@") or sig.tokens[k] in STOP or sig.tokens[k] in CLAUSE_LINKS:
            return ""
        blocker = sig.at(lex.blockers, k) or (sig.at(GAVE_UP, k) if family == "nominal" else None)
        if blocker:
            return f"governed by '{blocker.group(0)}'"
    return ""


def _old(
    sig: Signature, lex: CompiledLexicon, i: int, j: int, published: datetime | None, nominal: bool = False
) -> str:
    """Return why the change is dated well before publication ("in 1996", "since", "last May"), or ""."""
    lo = max(0, i - 12, _clause_start(sig, i))
    hi, commas = j, 0
    while hi < min(len(sig.tokens), j + 14) and sig.tokens[hi] not in STOP:
        if sig.tokens[hi] in OBJ_REL or sig.tokens[hi] in ("qui", "who", "quien", "cui", "der"):
            break  # "..., a capital that Russia had captured early in the war": another clause
        commas += sig.tokens[hi] == ","
        if commas > 2:
            break
        hi += 1
    window = " ".join(sig.tokens[lo:hi])
    if lo >= 2 and sig.tokens[lo - 1] == ",":  # "Il y a un an, les talibans prenaient Kaboul"
        front = _clause_start(sig, lo - 1)
        if lo - 1 - front <= 6:
            window = " ".join(sig.tokens[front : lo - 1]) + " " + window
    near = " ".join(sig.tokens[max(0, i - 35) : j + 15])
    years = [int(y) for y in YEAR.findall(near)]
    if years and published is not None and min(years) < published.year and published.year not in years:
        return f"year {min(years)}"
    before = " ".join(sig.tokens[max(lo, i - 6) : i])
    past = lex.past.search(window) or YEARS_AFTER.search(before) or (nominal and SINCE.search(before))
    if past:
        return f"'{past.group(0)}'"
    relative = RELATIVE.search(" ".join(sig.tokens[lo:i]))
    if relative:
        return f"'{relative.group(0)}'"
    if _since_clause(sig, lo, j):
        return "a 'since' clause"
    if _pluperfect_relative(sig, i):
        return "a relative clause in the pluperfect"
    if published is not None:
        for number, month in enumerate(_months(lex.lex.months), start=1):
            if month.search(window) and 1 <= (published.month - number) % 12 <= 10:
                return f"an earlier month ({lex.lex.months[number - 1].split('(')[0]})"
    return ""


def _pluperfect_relative(sig: Signature, i: int) -> bool:
    """Say whether the trigger is in a relative clause in the pluperfect: background.

    "…Cherson, die es in den ersten Kriegswochen eingenommen hatte", "Kherson, which Russia had
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


@lru_cache(maxsize=16)
def _months(months: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(tokens_rx(m) for m in months)


def _holder(
    sig: Signature,
    lex: CompiledLexicon,
    i: int,
    j: int,
    k: int,
    family: str,
    place: Place,
    det: Sides,
    context: Sequence[Actor] = (),
) -> tuple[Actor | None, Actor | None, float, bool]:
    """Return (holder, previous holder, confidence, holder is an agent/recipient) for [i, j) and place k.

    For a withdrawal or a handover without recipient, `holder` is who left: the caller hands over
    to its opponent. A pronoun subject ("they", "ils", "sie") stands for the last watched actor
    named before it, in the sentence or, failing that, in the article so far (`context`).
    """

    def actor_in(lo: int, hi: int) -> Actor | None:
        for x in range(max(lo, 0), min(hi, len(sig.tokens))):
            if x in sig.actor_at:
                a: Actor = sig.actors[sig.actor_at[x]].actor
                return a if det.valid(a, place) else None
        return None

    for x in range(i, j):  # "came under @a0 control"; "drove @a0 out of": @a0 is the old holder
        if x in sig.actor_at and family not in ("expel", "capture"):  # ("nehmen X … der Armee ein")
            return actor_in(x, x + 1), None, 0.9, True
    if family == "withdraw":  # "withdraws Ukrainian troops from X": the object left
        for x in range(j, min(j + 3, len(sig.tokens))):
            if sig.at(lex.source, x):
                break
            mover = sig.actors[sig.actor_at[x]].actor if x in sig.actor_at else det.demonym(sig.tokens[x])
            moved = any(sig.at(lex.source, y) for y in (x + 1, x + 2))  # "@a0 from", "Ukrainian troops from"
            if mover is not None and det.valid(mover, place) and moved:
                return mover, None, 0.85, False
    if family == "withdraw" and sig.tokens[i] in WITHDRAWAL_NOUN:
        owner = _withdrawn(sig, i, j, place, det)
        if owner is not None:
            return owner, None, 0.85, False
        announced = any(sig.at(lex.say, x) for x in range(max(0, i - 3), i))  # "announced the withdrawal"
        if lex.lex.verb_final:  # "hat den Rückzug aus X erklärt"
            end = next((x for x in range(j, len(sig.tokens)) if sig.tokens[x] in STOP), len(sig.tokens))
            announced = announced or any(sig.at(lex.say, x) for x in range(j, end))
        if not (i >= 1 and sig.tokens[i - 1] in POSSESSIVES) and not announced:
            return None, None, 0.7, False  # "celebrated the withdrawal": whose is not said here
    starts = [j, k + 1] + (list(range(j + 1, min(j + 6, len(sig.tokens)))) if family == "handover" else [])
    active = lex.lex.verb_final and not any(sig.at(lex.passive, x) for x in range(_clause_start(sig, i), i))
    for start in starts:  # "leaving the city to the Taliban": the recipient follows the object
        if active and start < i and sig.at(lex.source, start):
            continue  # "haben Mossul vom IS zurückerobert": from whom, not by whom
        if sig.at(lex.agent, start) or (
            family in ("fall", "nominal", "handover", "withdraw") and sig.at(lex.to_holder, start)
        ):
            m = sig.at(lex.agent, start) or sig.at(lex.to_holder, start)
            assert m is not None
            after = sig.index(m.end() - 1) + 1
            stop = next(
                (
                    x
                    for x in range(after, after + 6)
                    if x < len(sig.tokens) and (sig.tokens[x] in STOP or sig.tokens[x] == ",")
                ),
                0,
            )
            a = actor_in(after, stop or after + 6)  # "to ethnic rebels of the MNDAA"
            if a is not None:  # "abandoned by the army": the army left, it does not hold the city
                return a, None, 0.9, not (family == "withdraw" and sig.at(lex.agent, start))
    if family in ("fall", "flag"):  # "back under Ukrainian control", "Ukrainian flag raised over"
        lo = i - 2 if family == "flag" else i
        for x in range(max(0, lo), min(j + 2, len(sig.tokens))):
            nation = det.demonym(sig.tokens[x])
            if nation is not None and det.valid(nation, place):
                return nation, None, 0.85, True
    if family == "fall":  # "kehrt unter die Kontrolle der Ukraine zurück": the holder follows
        for x in range(j, min(j + 3, len(sig.tokens))):
            if x in sig.actor_at:
                return actor_in(x, x + 1), None, 0.9, True
            if not sig.at(OF, x) and sig.tokens[x] not in (
                "the",
                "la",
                "le",
                "el",
                "die",
                "den",
                "des",
                "der",
            ):
                break
    if family == "nominal" and i >= 2 and sig.tokens[i - 1] == "s" and (i - 2) in sig.actor_at:
        return actor_in(i - 2, i - 1), None, 0.85, True
    if k < i and any(
        sig.tokens[x] in OBJ_REL and not _after_preposition(sig, lex, x) for x in range(k + 1, i)
    ):
        # "Aleppo, which the rebels took" / "Alep, que reprenaient les rebelles": the subject is
        # after the relative pronoun, or right after the verb.
        for x in [*range(k + 1, i), *range(j, min(j + 3, len(sig.tokens)))]:
            if x in sig.actor_at:
                return actor_in(x, x + 1), None, 0.85, False
    if i >= 1 and sig.tokens[i - 1] in BY_GERUND and GERUND.search(sig.tokens[i]):
        # "troops handed the insurgents a defeat by retaking X": who retakes is the main subject
        for x in range(_clause_start(sig, i - 1), i - 1):
            if x in sig.actor_at and not (x > 0 and (sig.at(lex.source, x - 1) or sig.at(lex.agent, x - 1))):
                main: Actor = sig.actors[sig.actor_at[x]].actor
                if det.valid(main, place):
                    return main, None, 0.85, False
                break
    previous = None
    subject = None
    skip_to = -1
    for x in range(i - 1, -1, -1):
        if skip_to >= 0 and x >= skip_to:
            continue
        if sig.tokens[x] == ")":  # "the Islamic State (IS) lost...": skip the brackets
            opening = (
                sig.tokens.index("(", max(0, x - 12), x) if "(" in sig.tokens[max(0, x - 12) : x] else -1
            )
            if opening >= 0:
                skip_to = opening
                continue
        if sig.tokens[x] in QUOTES:
            continue
        if sig.tokens[x] in STOP:
            break
        if sig.tokens[x] in FIRST_PLURAL and family != "fall":
            subject = _speaker(sig, lex, j, place, det)  # "We have lost X, an army officer admitted"
            break
        if sig.at(lex.pronouns, x):
            if family != "fall" and previous is None and x >= _clause_start(sig, i) - 1:
                plural = sig.tokens[x] in PLURAL_PRONOUNS
                subject = _antecedent(sig, lex, x, place, det, context if x <= 2 and plural else ())
            break
        if x < i - 1 and previous is not None and sig.at(lex.say, x):
            break  # "the army said the last group of rebels left X": the rebels left, not the army
        if sig.at(lex.after, x) and x >= i - 3:
            subject = _after_subject(sig, lex, k, place, det)
            if subject is not None:
                return subject, None, 0.85, False
            break
        if x in sig.actor_at:
            a = sig.actors[sig.actor_at[x]].actor
            src = bool(x > 0 and sig.at(lex.source, x - 1)) or (active and _from_whom(sig, lex, x))
            if src and x - 1 == _clause_start(sig, i):
                src = False  # "Des hommes armés ont pris…": an article opening the clause, not "from"
            if src and (x < i - 1 or active):  # "des rebelles entrés" is a subject; "von den Rebellen" not
                previous = previous or a
                continue
            if not lex.lex.verb_final and x < i - 1 and _agent_of_passive(sig, lex, x):
                continue  # "soldiers were captured by Russian forces during the withdrawal": not who left
            if x < i - 1 and _located(sig, lex, x):
                continue  # "separatist forces in eastern Ukraine have conquered": a country as a place
            if det.valid(a, place):
                subject = a
                break
        nation = det.demonym(sig.tokens[x]) if x >= i - 2 and family in ("capture", "withdraw") else None
        if (
            nation is not None
            and det.valid(nation, place)
            and (x == 0 or sig.tokens[x - 1] in STOP or sig.tokens[x - 1] in _ARTICLES)
        ):
            subject = nation  # "Iraq declares victory in Mosul", "Ukraine retakes…": the state itself
            break
        if family in ("capture", "withdraw", "enter") and _opening_nationality(sig, x, place, det):
            subject = det.demonym(sig.tokens[x])  # "Die russische Söldnergruppe Wagner hat … übernommen"
            break
    fall = family == "fall" or (family == "nominal" and sig.tokens[i] in FALL_NOUNS)
    if fall and subject is not None and subject.government:
        # "Ukrainian officials confirmed the city's fall": the defender reports it, the other side holds it
        previous, subject = subject, det.opponent(subject, place)
    if subject is None and previous is None:
        for x in range(max(j, k + 1), min(len(sig.tokens), k + 4)):
            if x in sig.actor_at and sig.at(lex.source, x - 1):
                previous = sig.actors[sig.actor_at[x]].actor
    if subject is None and previous is not None and family != "withdraw":
        subject = det.opponent(previous, place)
    elif subject is None and previous is not None:  # "die letzte Gruppe von Rebellen habe X verlassen"
        subject, previous = previous, None
    conf = 0.85 if family == "nominal" else 0.9
    return subject, previous, (conf if subject else 0.7), False


def _speaker(sig: Signature, lex: CompiledLexicon, j: int, place: Place, det: Sides) -> Actor | None:
    """Return who says "we": the watched actor named after the quote ("…, an army officer said")."""
    for y in range(j, len(sig.tokens)):
        if y in sig.actor_at and not (sig.at(lex.source, y - 1) or sig.at(lex.agent, y - 1)):
            a: Actor = sig.actors[sig.actor_at[y]].actor
            return a if det.valid(a, place) else None
    return None


def _antecedent(
    sig: Signature, lex: CompiledLexicon, x: int, place: Place, det: Sides, context: Sequence[Actor]
) -> Actor | None:
    """Return the watched actor a pronoun at x stands for: the last one named before it.

    `context` (the actors of the sentences before) is given only for a plural pronoun opening
    the sentence ("Ils ont repris cette ville"): inside one, an unwatched group may be meant, and
    "it", "il", "er" are as often a place, an impersonal subject or a person.
    """
    for y in range(x - 1, -1, -1):
        if y in sig.actor_at and not (y > 0 and (sig.at(lex.source, y - 1) or sig.at(lex.agent, y - 1))):
            a: Actor = sig.actors[sig.actor_at[y]].actor
            if det.valid(a, place):
                return a
    return next((a for a in reversed(context) if det.valid(a, place)), None)


def _withdrawn(sig: Signature, i: int, j: int, place: Place, det: Sides) -> Actor | None:
    """Return who withdraws in a withdrawal noun: "the Russian withdrawal", "le retrait des Russes"."""
    for x in (i - 1, j, j + 1):  # "Russian withdrawal", "retrait russe", "retirada rusa"
        nation = det.demonym(sig.tokens[x]) if 0 <= x < len(sig.tokens) else None
        if nation is not None and det.valid(nation, place):
            return nation
    if i >= 2 and sig.tokens[i - 1] == "s" and (i - 2) in sig.actor_at:  # "Russia's withdrawal"
        a: Actor = sig.actors[sig.actor_at[i - 2]].actor
        return a if det.valid(a, place) else None
    if i >= 1 and (i - 1) in sig.actor_at:  # "the Ukrainian army withdrawal"
        a = sig.actors[sig.actor_at[i - 1]].actor
        return a if det.valid(a, place) else None
    x = j
    while x < min(len(sig.tokens), j + 3) and (sig.at(OF, x) or sig.tokens[x] in _ARTICLES):
        x += 1
    if x > j and x in sig.actor_at:  # "le retrait des forces russes", "withdrawal of Russian troops"
        a = sig.actors[sig.actor_at[x]].actor
        return a if det.valid(a, place) else None
    return None


def _opening_nationality(sig: Signature, x: int, place: Place, det: Sides) -> bool:
    """Say whether token x is a nationality opening the clause's subject ("The Russian Wagner group").

    Not the city's own adjective ("the Ukrainian city of Bakhmut was taken"): no place may follow
    within three words.
    """
    nation = det.demonym(sig.tokens[x])
    if nation is None or not det.valid(nation, place):
        return False
    if any(y in sig.place_at for y in range(x + 1, min(len(sig.tokens), x + 4))):
        return False
    y = x - 1
    while y >= 0 and sig.tokens[y] in _ARTICLES:
        y -= 1
    return y < 0 or sig.tokens[y] in STOP or sig.tokens[y] == ","


def _located(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x is a place here: "in (eastern) Ukraine", "dans l'est de l'Ukraine"."""
    y = x - 1
    while y >= max(0, x - 5) and (
        sig.tokens[y] in _ARTICLES or sig.at(DIRECTION, y) or sig.at(OF, y) or _COMPASS.match(sig.tokens[y])
    ):
        y -= 1
    return y >= 0 and sig.tokens[y] in _IN


_IN = frozenset(("in", "inside", "dans", "en", "im", "in", "nel", "nella", "na", "no", "across"))
_COMPASS = re.compile(r"(?:north|south|east|west)\w*$|central$|centre$|center$")


def _agent_of_passive(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x follows "by" ("par les forces russes"), through articles."""
    y = x - 1
    while y >= max(0, x - 3) and sig.tokens[y] in _ARTICLES:
        y -= 1
    return y >= 0 and sig.at(lex.agent, y) is not None


def _from_whom(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x follows "from" through articles and appositions ("von der Miliz IS")."""
    y = x - 1
    while y >= max(0, x - 4) and (sig.tokens[y] in _ARTICLES or y in sig.actor_at):
        y -= 1
    return y >= 0 and y < x - 1 and sig.at(lex.source, y) is not None


def _after_preposition(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether token x follows a preposition: "von den Rebellen" is an article, not "den" (whom)."""
    return x > 0 and any(sig.at(rx, x - 1) for rx in (lex.source, lex.agent, lex.locative))


def _after_subject(sig: Signature, lex: CompiledLexicon, k: int, place: Place, det: Sides) -> Actor | None:
    """Return the subject of the main clause in "after capturing X, the rebels…"."""
    for x in range(k + 1, min(len(sig.tokens), k + 12)):
        if sig.tokens[x] in STOP:
            return None
        if x in sig.actor_at and not sig.at(lex.source, x - 1):
            a: Actor = sig.actors[sig.actor_at[x]].actor
            return a if det.valid(a, place) else None
    return None


def _speakers(sig: Signature, lex: CompiledLexicon, i: int) -> frozenset[str]:
    """Return the actors named before the last reporting verb ahead of the trigger."""
    said = [x for x in range(0, i) if sig.at(lex.say, x)]
    if not said:
        return frozenset()
    return frozenset(sig.actors[sig.actor_at[x]].actor.name for x in range(0, said[-1]) if x in sig.actor_at)


def _is_claim(sig: Signature, lex: CompiledLexicon, i: int, actor: Actor | None) -> bool:
    """Say whether the sentence reports the new holder's own claim rather than a confirmed fact."""
    if lex.claim.search(sig.text):
        return True
    opening = [x for x in range(0, i) if sig.tokens[x] in QUOTES]
    closing = [x for x in range(i, len(sig.tokens)) if sig.tokens[x] in QUOTES]
    if (
        opening
        and closing
        and any(sig.at(lex.say, x) for x in range(closing[0], min(len(sig.tokens), closing[0] + 4)))
    ):
        return True  # « Alep est tombée », a affirmé un commandant: a quoted statement
    said = [x for x in range(0, i) if sig.at(lex.say, x)]
    if lex.lex.verb_final and not said:  # "Die Separatisten hatten die Einnahme von X verkündet"
        end = next(
            (x for x in range(i, len(sig.tokens)) if sig.tokens[x] in STOP or sig.tokens[x] == ","),
            len(sig.tokens),
        )
        if any(sig.at(lex.say, x) for x in range(i + 1, end)):
            said = [i]
    if not said:
        return False
    if SPOKES.search(" ".join(sig.tokens[: said[-1]])):
        return True
    return any(x in sig.actor_at and sig.actors[sig.actor_at[x]].actor == actor for x in range(0, said[-1]))
