"""Who holds a place after a trigger: the roles of the clause, read across the article (pure).

The agent of a passive, "fell to X", a nationality, the subject (through relative clauses,
brackets, "after taking X, the rebels…", "by retaking X"), a pronoun's antecedent, the speaker
of "we have lost X", who a withdrawal noun belongs to, and the opponent of who left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from monitor.match import german
from monitor.match.companions import is_companion
from monitor.match.demonyms import DEMONYMS
from monitor.match.expressions import CompiledLexicon
from monitor.match.garrison import SURRENDERED, garrison_of
from monitor.match.german_areas import relative_clause_start
from monitor.match.signature import Signature, fold
from monitor.match.targets import fronted_phrase, inverted_subject
from monitor.match.words import (
    AGENCIES,
    ALLIED,
    BY_GERUND,
    CONJ,
    CONTROL,
    DIRECTION,
    EXPELLED,
    FALL_NOUNS,
    FIRST_PLURAL,
    FORCE_NOUNS,
    GERUND,
    GOVERNMENT_WORDS,
    HANDS,
    HELD_BY,
    HELD_BY_SIDE,
    LEADERS,
    OBJ_REL,
    OF,
    PARTICIPLE,
    PLURAL_PRONOUNS,
    POSSESSIVES,
    QUOTES,
    SIDES_TOWN,
    SPEAKER_NOUNS,
    SPOKES,
    STOP,
    SURRENDER,
    TIME,
    TIME_WORDS,
    WITHDRAWAL_NOUN,
    ordinal_dot,
    scare_quote,
)
from monitor.model import Actor, Place


class Sides(Protocol):
    """Who may hold a place and who opposes whom (the Detector implements it)."""

    def valid(self, actor: Actor, place: Place) -> bool: ...

    def opponent(self, actor: Actor, place: Place) -> Actor | None: ...

    def opponents(self, actor: Actor, place: Place) -> list[Actor]: ...

    def demonym(self, token: str) -> Actor | None: ...

    def side_named(self, phrase: str, place: Place) -> Actor | None: ...

    def government(self, country: str) -> Actor | None: ...

    def junta(self, place: Place) -> Actor | None: ...


# Singular pronouns that stand for an army or a government when they withdraw or lose a city.
_SIDE_PRONOUNS = frozenset(("it", "elle", "il", "ella", "él", "el", "ele", "essa", "esso"))

# Who speaks for a side, before "of" and its name: "the defence ministry of X said…".
_MINISTRY = frozenset(("ministry", "ministere", "ministerio", "ministero", "ministerium"))

# Articles before a country opening the sentence: "L'Irak proclame…", "El Irak…".
_ARTICLES = frozenset(
    ("l", "le", "la", "el", "the", "die", "der", "das", "den", "dem", "des", "il", "o", "a")
)


# Plural articles before a force noun ("par les troupes", "por las fuerzas", "dalle truppe").
_PLURAL_ARTICLES = frozenset(("les", "los", "las", "os", "as", "i", "gli", "le"))


def clause_start(sig: Signature, i: int) -> int:
    """Return the index of the first token of the clause that token i is in.

    Quotes around a word or three are no boundary: "dicono di voler «liberare» X", "sie könne X
    „jederzeit" einnehmen" are one clause with their scare quotes.
    """
    k = i - 1
    tokens = sig.tokens
    while k >= 0 and tokens[k] != "," and (
        tokens[k] not in STOP or ordinal_dot(tokens, k) or scare_quote(tokens, k)
    ):
        k -= 1
    return k + 1


# "Against" before a side: the target of an operation, not who carries it out.
_AGAINST = frozenset(("against", "contre", "contra", "gegen", "contro"))


def _against(sig: Signature, x: int) -> bool:
    """Say whether the side named at token x is what something is against ("the operation against
    militants of the Kurdistan Workers' Party (PKK)"), within its clause."""
    for y in range(x - 1, max(-1, x - 11), -1):  # "against militants of the … Party (PKK)": a long name
        token = sig.tokens[y]
        if token in _AGAINST:
            return True
        if token == "," or (token in STOP and token != "("):
            return False
    return False


# What a city does against its attacker: "held out against", "résisté contre", "resistió contra".
_RESISTING = frozenset(
    (
        *("out", "resisted", "resisting", "resistance", "defended", "defending", "stood", "withstood"),
        *("resiste", "resistance", "resistio", "resistiu", "resistencia", "resistito", "resistenza"),
        *("widerstand", "standgehalten", "verteidigt"),
    )
)


def _resisted(sig: Signature, x: int) -> bool:
    """Say whether "against" before the side at x follows a word of resisting: "which had held out
    against the Russians for six months" names the attacker."""
    for y in range(x - 1, max(-1, x - 6), -1):
        if sig.tokens[y] in _AGAINST:
            return any(t in _RESISTING for t in sig.tokens[max(0, y - 3) : y])
    return False


# Prepositions before a side inside a German trigger: the side is no subject ("vor der Armee").
_GERMAN_PREPOSITIONS = frozenset(
    ("vor", "von", "vom", "an", "für", "durch", "mit", "gegen", "nach", "zu", "zur")
)


def find_holder(
    sig: Signature,
    lex: CompiledLexicon,
    i: int,
    j: int,
    k: int,
    family: str,
    place: Place,
    det: Sides,
    context: Sequence[Actor] = (),
    losers: Sequence[Actor] = (),
) -> tuple[Actor | None, Actor | None, float, bool]:
    """Return (holder, previous holder, confidence, holder is an agent/recipient) for [i, j) and place k.

    For a withdrawal or a handover without recipient, `holder` is who left: the caller hands over
    to its opponent. A pronoun subject ("they", "ils", "sie") stands for the last watched actor
    named before it, in the sentence or, failing that, in the article so far (`context`).
    `losers` are the sides earlier sentences say withdrew or fled: whom a dispatch's "our troops" beat.
    """

    def actor_in(lo: int, hi: int) -> Actor | None:
        for x in range(max(lo, 0), min(hi, len(sig.tokens))):
            if x in sig.actor_at:
                a: Actor = sig.actors[sig.actor_at[x]].actor
                return a if det.valid(a, place) else None
        return None

    if family == "fall" and lex.lex.verb_final and sig.tokens[i] in ("ergab", "ergaben"):
        taker = _dative_after(sig, j, place, det)
        if taker is not None:  # "Die Garnison von X ergab sich am Montag der TNLA": to whom
            return taker, None, 0.9, True
    if family == "expel" and any(sig.at(lex.passive, x) for x in range(i, min(j, k))):
        return _passive_expulsion(sig, lex, i, min(j, k), place, det)  # "Die RSF wurden aus X vertrieben"
    if family == "fall" and sig.tokens[j - 1] in _OURS:  # "X is ours", "X est à nous": who says it
        return _speaker(sig, lex, j, place, det) or _our_side(place, det, losers), None, 0.9, True
    if family == "capture" and _quoted_liberation(sig, i, j, k):  # "« X est libérée », a dit un chef du Y"
        speaker = _speaker(sig, lex, j, place, det)
        if speaker is not None:
            return speaker, None, 0.9, True
    for x in range(i, j):  # "came under @a0 control"; "drove @a0 out of": @a0 is the old holder
        if x in sig.actor_at and family not in ("expel", "capture"):  # ("nehmen X … der Armee ein")
            before = sig.tokens[max(i, x - 3) : x]
            if family in ("enter", "fall") and any(t in WITHDRAWAL_NOUN for t in before):
                continue  # "rückten nach dem Abzug der Türken in X ein", "ging nach der Flucht der
                # Rebellen an die Armee verloren": who left, inside the bracket
            # "ging für die RSF verloren", "hätten sich die Verteidiger ergeben": who lost it
            lost = "für" in sig.tokens[max(i, x - 2) : x] or sig.tokens[j - 1] == "ergeben"
            dative = (
                sig.tokens[x - 1] in ("den", "dem")
                or (sig.tokens[x - 1] == "der" and _after_sich(sig, x - 1))  # "sich am Montag der TNLA"
                # "sich den Serben ergeben": a people named with its article, one mention
                or german.own_article(sig, x) in ("den", "dem")
            )
            if lost and dative and sig.tokens[j - 1] == "ergeben":
                lost = False  # "hat sich den Taliban ergeben", "sich der EPLF ergeben": to whom
            if lost and sig.tokens[j - 1] == "ergeben":
                # "Die Armee hat sich in X der MNR ergeben": the side after the place is to whom
                taker = _surrendered_to(sig, x, j, lambda a: det.valid(a, place))
                if taker is not None:
                    return taker, actor_in(x, x + 1), 0.85, True
            if lex.lex.verb_final and lost:
                loser = actor_in(x, x + 1)
                return (det.opponent(loser, place) if loser else None), loser, 0.85, True
            if family == "withdraw" and lex.lex.verb_final and not any(
                t in _GERMAN_PREPOSITIONS for t in sig.tokens[max(i, x - 2) : x]
            ):  # "Am Sonntag musste die Armee X räumen", "gab die Armee X auf": the subject left
                return actor_in(x, x + 1), None, 0.85, False
            return actor_in(x, x + 1), None, 0.9, True
    if family == "withdraw":  # "withdraws Ukrainian troops from X": the object left
        for x in range(j, min(j + 3, len(sig.tokens))):
            if sig.at(lex.source, x) or sig.tokens[x] in STOP or sig.tokens[x] == ",":
                break  # (not past the clause: "hat X aufgegeben, teilte die Regierung mit")
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
    if family in ("withdraw", "fall", "handover") and k >= j:
        starts += _after_apposition(sig, k)  # "a perdu X, la plus grande ville du nord, au profit du MNDAA"
    if family in ("fall", "handover") and j < len(sig.tokens):  # "est tombée dimanche aux mains des FSR"
        # ("cayó el domingo en manos del JNIM": a day after its article too)
        dated = (sig.at(lex.locative, j) or sig.tokens[j] in _DAY_ARTICLES) and sig.at(TIME, j + 1)
        after_day = j + 1 if sig.at(TIME, j) else j + 2 if dated else -1
        if 0 < after_day < len(sig.tokens) and sig.tokens[after_day] == "feira":
            after_day += 1  # "caiu na quinta-feira nas mãos de": the weekday is two words
        starts += [after_day] if after_day > 0 else []
    elif j < len(sig.tokens) and (sig.at(TIME, j) or sig.tokens[j] in _DAYS):
        starts.append(j + 1)  # "was captured yesterday by Indonesian troops"
    elif j + 1 < len(sig.tokens) and sig.tokens[j] in _DAY_ARTICLES and sig.at(TIME, j + 1):
        starts.append(j + 2)  # "fue recuperada el domingo por el ejército"
    if family in ("withdraw", "handover") and lex.lex.verb_final and k < i:
        starts += _recipient_before_verb(sig, k, i)  # "hat X am Sonntag an die RSF verloren"
    if family == "handover" and lex.lex.verb_final and k >= j:
        given_to = _dative_after_city(sig, k, place, det)
        if given_to is not None:  # "übergaben die Serben X der kroatischen Armee": verb second
            return given_to, None, 0.9, True
    active = lex.lex.verb_final and not german.passive(sig, lex, i, j)
    ended_occupation = family == "capture" and any(t in _OCCUPATION for t in sig.tokens[i:j])
    for start in starts:  # "leaving the city to the Taliban": the recipient follows the object
        if ended_occupation:
            break  # "pôs fim à ocupação de X pelas RSF": by whom X was occupied, not who ended it
        if active and (start < i or family == "capture") and sig.at(lex.source, start):
            continue  # "haben Mossul vom IS zurückerobert", "eroberte X von den RSF zurück": from whom
        if start in sig.actor_at and _AGENT_IN_NAME.match(sig.actors[sig.actor_at[start]].surface):
            a = sig.actors[sig.actor_at[start]].actor  # "foi tomada pelo exército": "by" read in the name
            if det.valid(a, place):  # ("foi abandonada pelo exército": the agent left, not held)
                return a, None, 0.9, family != "withdraw"
        if sig.at(lex.agent, start) or (
            family in ("fall", "nominal", "handover", "withdraw") and sig.at(lex.to_holder, start)
        ):
            m = sig.at(lex.agent, start) or sig.at(lex.to_holder, start)
            assert m is not None
            after = sig.index(m.end() - 1) + 1
            if after == k:
                continue  # "sono fuggite da X": "da" leads to the city (from where), not to an agent
            stop = next(
                (
                    x
                    for x in range(after, after + 6)
                    if x < len(sig.tokens) and (sig.tokens[x] in STOP or sig.tokens[x] == ",")
                ),
                0,
            )
            a = actor_in(after, stop or after + 6)  # "to ethnic rebels of the MNDAA"
            if a is None:  # "en manos de la Comunidad de Desarrollo de África Austral (SADC)"
                acronym = _acronym_after_name(sig, after)
                a = actor_in(acronym, acronym + 1) if acronym is not None else None
            if a is None:  # "aux officiers israéliens", "by Indian troops": a nationality names the side
                a = _recipient_nation(sig, after, stop or after + 4, place, det)
            if a is not None and _freed_from(sig, lex, i, j, start, a):
                return det.opponent(a, place), a, 0.85, True
            if a is not None:  # "abandoned by the army": the army left, it does not hold the city
                # ("driven out of X by the RSF": the agent of an expulsion holds it)
                expelled = any(sig.at(EXPELLED, x) for x in range(i, j))
                return a, None, 0.9, not (family == "withdraw" and sig.at(lex.agent, start) and not expelled)
    if family in ("fall", "flag"):  # "back under Ukrainian control", "Ukrainian flag raised over"
        lo = i - 2 if family == "flag" else i
        for x in range(max(0, lo), min(j + 2, len(sig.tokens))):
            nation = det.demonym(sig.tokens[x])
            if nation is not None and det.valid(nation, place):
                return nation, None, 0.85, True
            if family == "fall" and _government_control(sig, x) and det.government(place.country):
                return det.government(place.country), None, 0.85, True  # "back under government control"
    if family == "fall":  # "in chinesische Hand gefallen", "tombée aux mains indiennes"
        for x in range(max(0, i - 3), min(j + 4, len(sig.tokens))):
            if sig.tokens[x] in _HANDS:
                for y in (x - 1, x + 1):
                    nation = det.demonym(sig.tokens[y]) if 0 <= y < len(sig.tokens) else None
                    if nation is not None and det.valid(nation, place):
                        return nation, None, 0.85, True
    if family == "fall":  # "Palmyra kehrt unter die Herrschaft der Armee zurück": the holder follows
        for x in range(j, min(j + 3, len(sig.tokens))):
            if x in sig.actor_at:
                return actor_in(x, x + 1), None, 0.9, True
            if not sig.at(OF, x) and sig.tokens[x] not in _HOLDER_ARTICLES:
                break
        acronym = _acronym_after_name(sig, j + 1) if j < len(sig.tokens) and sig.at(OF, j) else None
        side = actor_in(acronym, acronym + 1) if acronym is not None else None
        if side is not None:  # "ficou nas mãos da Comunidade … da África Ocidental (ECOMOG)"
            return side, None, 0.9, True
    if family in ("nominal", "fall", "withdraw"):  # "la chute de X est un coup dur pour l'armée": it lost X
        blow = _BLOW.search(sig.text, sig.starts[j]) if j < len(sig.tokens) else None
        colon = next((x for x in range(i - 1, -1, -1) if sig.tokens[x] == ":"), -1)
        if blow is None and colon > 0:  # "Rückschlag für Sudans Armee: X gefallen", "Setback for the army: …"
            blow = _BLOW.search(sig.text, 0, sig.starts[colon])
        x = sig.index(blow.end()) if blow else -1  # the side right after it (the regex ends there)
        loser = sig.actors[sig.actor_at[x]].actor if x in sig.actor_at else None
        if loser is not None and det.valid(loser, place) and det.opponent(loser, place) is not None:
            return det.opponent(loser, place), loser, 0.85, True
    if family == "nominal" and i >= 2 and sig.tokens[i - 1] == "s" and (i - 2) in sig.actor_at:
        return actor_in(i - 2, i - 1), None, 0.85, True
    if (
        k < i
        and not sig.at(SURRENDER, i)
        and any(
            sig.tokens[x] in OBJ_REL
            and not _after_preposition(sig, lex, x)
            and "," not in sig.tokens[x:i]
            and not (lex.lex.verb_final and sig.tokens[x - 1] != ",")  # "hat X den Taliban überlassen"
            # ("hat X, die Hauptstadt von Y, den Rebellen entrissen": a dative after an apposition)
            and not (
                lex.lex.verb_final and x + 1 in sig.actor_at and german.dative_loser(sig, lex, x + 1, i, j)
            )
            for x in range(k + 1, i)
        )  # (not "X, que l'armée tenait depuis 2023, est tombée": the relative clause has ended)
    ):
        # "Aleppo, which the rebels took" / "Alep, que reprenaient les rebelles": the subject is
        # after the relative pronoun, or right after the verb.
        for x in [*range(k + 1, i), *range(j, min(j + 3, len(sig.tokens)))]:
            if x in sig.actor_at and not _stronghold_of(sig, x):  # "X, die Hochburg der Roten": an apposition
                return actor_in(x, x + 1), None, 0.85, False
    if i >= 1 and sig.tokens[i - 1] in BY_GERUND and GERUND.search(sig.tokens[i]):
        # "troops handed the insurgents a defeat by retaking X": who retakes is the main subject
        for x in range(clause_start(sig, i - 1), i - 1):
            if x in sig.actor_at and not (x > 0 and (sig.at(lex.source, x - 1) or sig.at(lex.agent, x - 1))):
                main: Actor = sig.actors[sig.actor_at[x]].actor
                if det.valid(main, place):
                    return main, None, 0.85, False
                break
    if family == "capture" and _opening_participle(sig, lex, i, j, k):
        subject = _after_subject(sig, lex, sig.tokens.index(",", k), place, det)
        if subject is not None:  # "Conquistata X, l'esercito avanza verso nord": the main clause's subject
            return subject, None, 0.85, False
    routed = first_verbs_object(sig, i) if family in ("capture", "enter") else -1
    if routed >= 0:
        first = _first_verbs_subject(sig, routed, place, det)
        if first is not None:  # "The army routed the Taliban and retook X": the first verb's subject
            return first, None, 0.9, True
    previous = None
    subject = None
    skip_to = _relative_clause_before(sig, i)  # "The army, which lost X in 1992, retook it"
    embedded = german.other_clauses(sig, i, j) if lex.lex.verb_final else frozenset()
    if sig.tokens[i] in FIRST_PLURAL and family == "withdraw":  # "«Perdemos X», admitió un oficial"
        subject = _speaker(sig, lex, j, place, det)
    fronted = lex.lex.verb_final and family in ("capture", "withdraw") and fronted_phrase(sig, j)
    if subject is None and fronted:
        # "Trotz des Widerstands der Armee eroberten die Rebellen X": the subject follows the verb
        # (inside a separable verb's bracket too: "eroberte die Armee X zurück")
        verb, end = (i + 1, j) if any(x in sig.actor_at for x in range(i + 1, j)) else (j, k)
        # (not a force of someone else: "hat die Armee des Kongresses X besetzt")
        inverted = [
            x
            for x in range(verb, min(verb + 5, end))
            if x in sig.actor_at
            and inverted_subject(sig, lex, verb, x)
            and sig.tokens[x + 1 : x + 2] not in (["des"], ["der"])
        ]
        subject = actor_in(inverted[0], inverted[0] + 1) if inverted else None
    relative = relative_clause_start(sig, lex, i) if lex.lex.verb_final else None
    for x in range(i - 1, -1, -1) if subject is None else ():
        if relative is not None and x <= relative:
            break  # "…, die kürzlich von russischen Truppen eingenommen wurde": not the main clause's subject
        if skip_to >= 0 and x >= skip_to:
            continue
        if x in embedded:  # "Die RSF haben X, die letzte Bastion der Armee, eingenommen"
            reporting = any(sig.at(lex.say, y) for y in embedded)  # ("Wie ein Sprecher … mitteilte")
            if x in sig.actor_at and previous is None and sig.tokens[i] not in FALL_NOUNS and not reporting:
                previous = sig.actors[sig.actor_at[x]].actor  # (whose bastion it was)
            continue
        if sig.tokens[x] == ")":  # "the Islamic State (IS) lost...": skip the brackets
            opening = (
                sig.tokens.index("(", max(0, x - 12), x) if "(" in sig.tokens[max(0, x - 12) : x] else -1
            )
            if opening >= 0 and family != "fall" and any(t in FIRST_PLURAL for t in sig.tokens[opening:x]):
                subject = _speaker(sig, lex, j, place, det)  # "(nous nous) sommes retirés de X", a dit…
                break
            if opening >= 0 and all(t in AGENCIES for t in sig.tokens[opening + 1 : x]):
                break  # "AMMAN, Jordan, Sept. 20 (Reuters) - Syrian tanks took X": the dateline ends here
            inside = opening >= 0 and any(y in sig.actor_at for y in range(opening + 1, x))
            named_before = any(y in sig.actor_at for y in range(clause_start(sig, i), max(opening, 0)))
            if inside and not named_before:
                continue  # "the Kurdish militia (YPG) retook X": the side is named only in the brackets
            if opening >= 0:
                skip_to = opening
                continue
        if sig.tokens[x] in QUOTES:
            continue
        if ordinal_dot(sig.tokens, x):
            continue  # "sind die Republikaner am 13. früh wieder Herren der Stadt": a date, not a stop
        if sig.tokens[x] in STOP or (sig.tokens[x] in _CLAUSE_WORDS and _opens_clause(sig, x, lex.lex.lang)):
            break  # (not "NTC fighters reached X as Gaddafi fled the capital": "as" opens a clause)
        if family in ("nominal", "capture") and x >= i - 2 and _topic_of(sig, x, i):
            break  # "Ni el ejército … se han pronunciado sobre la toma de X": what they spoke about
        if _new_unwatched_subject(sig, x, i):
            break  # "The RSF seized the base in X and soldiers fled the town": the soldiers, unwatched
        if sig.tokens[x] in FIRST_PLURAL and family != "fall":
            subject = _speaker(sig, lex, j, place, det)  # "We have lost X, an army officer admitted"
            if subject is None and family in ("capture", "enter"):
                subject = _our_side(place, det, losers)  # "Nos troupes sont entrées dans X", "We took X"
            break
        if sig.tokens[x] in _OUR and family in ("capture", "enter"):
            subject = _speaker(sig, lex, j, place, det) or _our_side(place, det, losers)
            break  # "Our troops entered X", "Unsere Truppen haben X besetzt": the side that writes
        if family in ("withdraw", "capture", "enter") and _its_forces(sig, x, i):
            # "The government declared a ceasefire and its troops left X", "El presidente de
            # Azerbaiyán anunció que sus tropas …": whose troops, the last side named before
            if previous is None:
                subject = _owner_named_before(sig, x, place, det)
            break
        if sig.at(lex.pronouns, x):
            if family != "fall" and previous is None and x >= clause_start(sig, i) - 1:
                plural = sig.tokens[x] in PLURAL_PRONOUNS
                # A city does not withdraw or lose: "It lost X", "Elle a perdu X" mean a side too.
                carried = plural or (family in ("withdraw", "capture") and sig.tokens[x] in _SIDE_PRONOUNS)
                subject = _antecedent(sig, lex, x, place, det, context if x <= 2 and carried else ())
            break
        if x < i - 1 and previous is not None and sig.at(lex.say, x):
            break  # "the army said the last group of rebels left X": the rebels left, not the army
        after_phrase = x >= i - 3 and sig.at(lex.after, x)  # (read once, and only near the verb)
        if after_phrase and lex.lex.verb_final and k < x:
            continue  # "Die Armee hat X nach dreitägigen Kämpfen geräumt": a time inside the bracket
        if after_phrase and family == "enter" and lex.lex.verb_final and x + 1 in sig.place_at:
            continue  # "Die Armee ist nach X zurückgekehrt": "nach" a place is where to, not after
        if after_phrase:
            subject = _after_subject(sig, lex, k, place, det)
            fall_noun = subject is not None and family == "nominal" and sig.tokens[i] in FALL_NOUNS
            if fall_noun and _moves_on(sig, lex, k):
                return subject, None, 0.8, False  # "After the fall of X, the Taliban turned to Y": who won
            if fall_noun:
                previous, subject = subject, None  # "après la chute de X, la garde rouge ne tient plus"
            elif subject is not None:
                return subject, None, 0.85, False
            break
        if family == "withdraw" and sig.tokens[x] in _HEADS and _head_fled(sig, x, place, det):
            subject = det.government(place.country)  # "the rebels entered X and President Bozize fled"
            break
        if x in sig.actor_at and is_companion(sig, x):
            continue  # "STC fighters, alongside coalition troops, took X": who fought with the subject
        if x in sig.actor_at:
            a = sig.actors[sig.actor_at[x]].actor
            if family == "withdraw" and _one_of_its_people(sig, x):
                break  # "The army commander left X for Khartoum": a person left, not the side
            if lex.lex.verb_final and active and _after_durch(sig, x):
                continue  # "hat X nach Plünderungen durch RSF-Kämpfer verlassen": a noun's agent, no subject
            recipient = family == "handover" and lex.lex.verb_final and "an" in sig.tokens[max(0, x - 2) : x]
            # "hat X den Taliban überlassen": a dative right before the participle, to whom
            # ("hat X der Armee übergeben": "der" right after the city is no genitive of it)
            # (the article may be the mention's own: "der Armee"; adverbs may stand before it: "kampflos")
            # ("X den Russen übergeben": a people named with its own article, "den Russen")
            article, at = german.article_of(sig, x)
            inner = at == x
            plain = all(t in _HANDOVER_ADVERBS for t in sig.tokens[k + 1 : x if inner else x - 1])
            datives = ("der", "den", "dem") if inner else ("der",)
            # (a day or an adverb may stand between it and the participle: "den RSF am Sonntag kampflos")
            close = x + 1 == i or all(  # (or the city: "hat den RSF am Sonntag X kampflos übergeben")
                sig.tokens[y] in _HANDOVER_ADVERBS or sig.tokens[y] == "am" or sig.at(TIME, y) or y == k
                for y in range(x + 1, i)
            )
            dative = close and (german.dative(sig, lex, x) or (article in datives and k < x and plain))
            recipient = recipient or (family == "handover" and lex.lex.verb_final and dative)
            if recipient and det.valid(a, place):  # "hat X kampflos an die TPLF übergeben"
                return a, None, 0.9, True
            if lex.lex.verb_final and german.dative_loser(sig, lex, x, i, j):
                previous = previous or a  # "hat den Rebellen X entrissen": whom it was taken from
                continue
            src = bool(x > 0 and sig.at(lex.source, x - 1)) or (active and _from_whom(sig, lex, x))
            if src and x - 1 == clause_start(sig, i):
                src = False  # "Des hommes armés ont pris…": an article opening the clause, not "from"
            if src and _allied(sig, x):
                src = False  # "una milizia alleata degli houthi ha conquistato": the ally's side took it
            if src and not active and _fighters_of(sig, x):
                src = False  # "les paramilitaires des FSR s'emparent": whose fighters, not from whom
            if src and lex.lex.verb_final and _opening_noun_von(sig, x):
                src = False  # "Die Islamisten von Ansar Dine haben …": whose men, the subject
            if src and family == "handover" and garrison_of(sig, x):
                src = False  # "la dernière garnison de l'armée à X s'est rendue": who gave it up
            if src and x >= 2 and sig.tokens[x - 1] == "de" and sig.tokens[x - 2] in _PT_BEFORE_INFINITIVE:
                src = False  # "depois de o exército ter abandonado X": the infinitive's subject, not "from"
            spokes = x >= 2 and bool(SPOKES.fullmatch(sig.tokens[x - 2]))
            spokes = spokes or sig.tokens[max(0, x - 3) : x - 1] == ["porte", "parole"]
            if src and spokes:
                src = False  # "Un porte-parole des talibans a annoncé la prise de X": who speaks
            leader = any(t in LEADERS or t in _MINISTRY for t in sig.tokens[max(0, x - 4) : x - 1])
            if src and leader and any(sig.at(lex.say, y) for y in range(x + 1, i)):
                src = False  # "El presidente de Azerbaiyán anunció que sus tropas…": whose leader speaks
            fighters = all(t in _DE_FORCES for t in sig.tokens[x + 1 : i])
            if src and not active and lex.lex.verb_final and fighters:
                src = False  # "wurde von HTS-Kämpfern erobert": the passive's agent, by its fighters
            if src and (x < i - 1 or active):  # "des rebelles entrés" is a subject; "von den Rebellen" not
                previous = previous or a
                continue
            if _against(sig, x) and _resisted(sig, x):
                continue  # "X, which had held out against the Russians": who attacked it, not who held it
            if _against(sig, x):
                previous = previous or a  # "ended the operation against PKK militants in X and retook it"
                continue
            if x < i - 1 and (_surrendered(sig, x) or _surrenders(sig, x, i)):
                previous = previous or a  # "la reddition des derniers soldats ukrainiens": who gave up
                continue
            if any(t in WITHDRAWAL_NOUN for t in sig.tokens[max(0, x - 2) : x]) or _departed_titled(sig, x):
                previous = previous or a  # "sind nach dem Abzug der Renamo in X eingerückt": who left
                continue
            held = any(sig.at(HELD_BY, y) or sig.tokens[y] == "poder" for y in range(max(0, x - 3), x))
            if x < i - 1 and held:
                previous = previous or a  # "X, in mano alla Renamo dal 1984, è stata ripresa": who held it
                continue
            if _stronghold_after(sig, x):
                previous = previous or a  # "haben die IS-Hochburg X zurückerobert": whose stronghold it was
                continue
            if _stronghold_of(sig, x):
                previous = previous or a  # "X, die letzte Hochburg der Roten, ist gefallen": who lost it
                continue
            if x < i - 1 and _installation_after(sig, x):
                previous = previous or a  # "seized the army headquarters in X, completing their takeover"
                continue
            if _held_it(sig, x, k, i):
                previous = previous or a  # "rebel-held X was captured", "X, tenue par les rebelles, …"
                continue
            if lex.lex.verb_final and german.owner(sig, lex, x) and not spokes:
                previous = previous or a  # "hat X und einen Stützpunkt der Armee überrannt": whose base
                continue
            if not lex.lex.verb_final and x < i - 1 and _agent_of_passive(sig, lex, x):
                continue  # "soldiers were captured by Russian forces during the withdrawal": not who left
            if x < i - 1 and _located(sig, lex, x):
                continue  # "rebel units in northern Mali have overrun": a country as a place
            if a.government and _topic_label(sig, x, i):
                continue  # "Ruanda, il Fronte patriottico ha il controllo di X": the country is a topic
            if x and sig.tokens[x - 1] in ALLIED and sig.tokens[x - 2 : x - 1] in (["und"], ["and"]):
                continue  # "Die Armee und verbündete Milizen eroberten X": the army's allies, not a side
            if det.valid(a, place):
                subject = a
                break
        nation = det.demonym(sig.tokens[x]) if x >= i - 2 and family in ("capture", "withdraw") else None
        if nation is not None and _insurgents_of(sig, x, i):
            nation = None  # "Syrian rebels seize X", "Russian-backed separatists": not the state
        if (
            nation is not None
            and det.valid(nation, place)
            and (x == 0 or sig.tokens[x - 1] in STOP or sig.tokens[x - 1] in _ARTICLES)
            and not _topic_label(sig, x, i)
        ):
            subject = nation  # "Iraq declares victory in Mosul", "Ukraine retakes…": the state itself
            break
        if (
            family in ("capture", "withdraw", "enter", "nominal")
            and _opening_nationality(sig, x, place, det)
            and not _topic_label(sig, x, i)
            and not _insurgents_of(sig, x, i)
        ):
            subject = det.demonym(sig.tokens[x])  # "Die russische Söldnergruppe Wagner hat … übernommen"
            break
    fall = family == "fall" or (family == "nominal" and sig.tokens[i] in FALL_NOUNS)
    held = lex.lex.verb_final and family == "fall" and german.held_under(sig, i)  # "hat X unter Kontrolle"
    back = subject is not None and subject.government and any(sig.at(lex.retake, x) for x in range(i, j))
    if fall and subject is not None and not held and not back and (
        subject.government or sig.at(SURRENDER, i) or _concedes(sig.tokens, 0, i)
    ):  # (not "X ist nach Angaben der Armee wieder unter staatlicher Kontrolle": back in its hands)
        # "Ukrainian officials confirmed the city's fall": the defender reports it, the other side holds it;
        # "die Separatisten haben kapituliert": who surrenders loses the city
        previous, subject = subject, det.opponent(subject, place)
    if subject is None and previous is None and family in ("capture", "enter") and lex.lex.lang in _PRO_DROP:
        # "entraron en X las primeras tropas chilenas": the subject after the city
        subject = _subject_after_city(sig, k, place, det) if k >= j else None
    if (
        subject is None
        and previous is None
        and family in ("capture", "enter")
        and lex.lex.lang in _PRO_DROP
        and context
        and _dropped_subject(sig, lex, i)
        and det.valid(context[-1], place)
    ):
        subject = context[-1]  # "Las FAR atacaron X. Al día siguiente tomaron Y": the last subject
    if subject is None and previous is None and family == "fall":
        reporter = _reporter_after(sig, lex, j, place, det)  # "X fell on Friday, the Ukrainian army admitted"
        conceded = _concedes(sig.tokens, j, len(sig.tokens))
        previous = reporter if reporter is not None and (reporter.government or conceded) else None
    if subject is None and previous is None and family in ("fall", "capture") and lex.lex.verb_final:
        said = german.speaker_after(sig, lex, j)  # "X sei gefallen, sagte ein Sprecher der Armee": it lost X
        speaker = actor_in(said, said + 1) if said is not None else None
        if family == "fall":
            previous = speaker if speaker is not None and speaker.government else None
        elif german.passive(sig, lex, i, j):  # "„X ist befreit“, erklärte ein Kommandeur der RSF": its claim
            subject = speaker
    if subject is None and previous is None and family in ("capture", "withdraw"):
        for x in range(j, min(j + 5, k)):  # "Am Sonntag eroberten die Kämpfer der M23 Goma"
            if x in sig.actor_at and inverted_subject(sig, lex, j, x):
                subject = actor_in(x, x + 1)
                break
    if subject is None and previous is None and family == "capture":
        for x in range(j, k):  # "captured the SDF-held city of X", "the rebel stronghold of X": whose it was
            owner = sig.actors[sig.actor_at[x]].actor if x in sig.actor_at else None
            whose = sig.tokens[x + 1] in HELD_BY_SIDE or sig.tokens[x - 1] in SIDES_TOWN
            if owner is not None and whose and det.valid(owner, place):
                previous = owner
                break
    taken_from = _taken_from(sig, lex, j, k, family)  # "captured X from (the) Y": Y held it
    if subject is None and previous is None:
        previous = taken_from
    elif subject is not None and subject == taken_from and family == "capture":
        subject, previous = None, taken_from  # ("rebels … seized X from IS": the rebels are not IS)
    if subject is None and previous is None and family in ("capture", "nominal", "enter"):
        previous = _held_before(sig, k, place, det)  # "X, the last town under Y's control"
    if subject is None and previous is not None and family != "withdraw":
        subject = det.opponent(previous, place)
    elif subject is None and previous is not None:  # "die letzte Gruppe von Rebellen habe X verlassen"
        subject, previous = previous, None
    conf = 0.85 if family == "nominal" else 0.9
    return subject, previous, (conf if subject else 0.7), False


# How a side hands a city over, between the city and the dative of whom it goes to: "hat X
# kampflos der Armee überlassen".
_HANDOVER_ADVERBS = frozenset(
    ("kampflos", "widerstandslos", "offiziell", "formell", "schließlich", "nun", "jetzt", "wieder")
)


# Who heads the state or the province: the government side leaves with him (not "leader": a
# rebel leader may flee too).
_HEADS = LEADERS - {"leader"}


# What may stand between "ergab sich" and whom it surrendered to: a day, "gestern", "am".
_BEFORE_DATIVE = frozenset(("am", "gestern", "heute", "schließlich", "schliesslich", "kampflos", "dann"))


def _recipient_before_verb(sig: Signature, k: int, i: int) -> list[int]:
    """Return where "an die"/"an den" opens a side between a city and a German verb at the end.

    "Die Armee hat X am Sonntag an die RSF verloren": who lost it is the subject, whom to
    stands before the participle; the nearest side before the verb is the gainer, not who left.
    """
    return [
        x for x in range(k + 1, i - 1)
        if sig.tokens[x] == "an" and (sig.tokens[x + 1] in ("die", "den") or x + 1 in sig.actor_at)
        and "," not in sig.tokens[k:x]
    ]


def _dative_after_city(sig: Signature, k: int, place: Place, det: Sides) -> Actor | None:
    """Return the side in the dative right after the city at k, the object of a German handover in
    verb-second order: "übergaben die Serben X der kroatischen Armee", "… X kampflos den Kroaten"."""
    x = k + 1
    between = TIME_WORDS | _BEFORE_DATIVE
    while x < len(sig.tokens) and x - k <= 3 and sig.tokens[x] in between:
        x += 1  # ("X am Montag der Armee", "X kampflos den Kroaten")
    if x < len(sig.tokens) and x in sig.actor_at:
        actor: Actor = sig.actors[sig.actor_at[x]].actor
        return actor if german.own_article(sig, x) in ("den", "dem") and det.valid(actor, place) else None
    if x >= len(sig.tokens) or sig.tokens[x] not in ("der", "den", "dem"):
        return None
    for y in range(x + 1, min(x + 4, len(sig.tokens))):  # "der kroatischen Armee": adjectives first
        if y in sig.actor_at:
            found: Actor = sig.actors[sig.actor_at[y]].actor
            return found if det.valid(found, place) else None
        if sig.tokens[y] in STOP or sig.tokens[y] == ",":
            return None
    return None


def _after_sich(sig: Signature, x: int) -> bool:
    """Say whether token x follows "sich", maybe after a day: "sich der TNLA", "sich am Montag der
    TNLA" (a "der" there is whom a surrender is made to, no genitive: no noun stands before it)."""
    y = x - 1
    while y >= 0 and (sig.tokens[y] in TIME_WORDS or sig.tokens[y] in _BEFORE_DATIVE) and x - y <= 4:
        y -= 1
    return y >= 0 and sig.tokens[y] == "sich"


def _dative_after(sig: Signature, j: int, place: Place, det: Sides) -> Actor | None:
    """Return the side in the dative after a German "ergab sich" ending at j: "ergab sich am Montag
    der TNLA", "ergaben sich den Serben", past the subject and where ("ergab sich die Armee in X den
    Serben"). "den"/"dem" are datives; a "der" only right after "sich", a day or the city (after a
    noun it is a genitive: "ergab sich die Garnison der Serben", the Serbs' garrison)."""
    for x in range(j, min(j + 10, len(sig.tokens))):
        if sig.tokens[x] in STOP or sig.tokens[x] == ",":
            return None
        if x not in sig.actor_at:
            continue
        mention = sig.actors[sig.actor_at[x]]
        article, at = german.article_of(sig, x)
        before = sig.tokens[at - 1] if at >= 1 else ""
        dative = article in ("den", "dem") or (
            article == "der"
            and (before in ("sich", "ergab", "ergaben") or before in TIME_WORDS or before in _BEFORE_DATIVE
                 or before.startswith("@p"))
        )
        if dative:
            actor: Actor = mention.actor
            return actor if det.valid(actor, place) else None
    return None


def _surrendered_to(sig: Signature, x: int, j: int, valid: Callable[[Actor], bool]) -> Actor | None:
    """Return the side a German surrender ending at j is made to, named after the one at x that
    surrenders: "hat sich in X der MNR ergeben", "in X den Aufständischen der MNR ergeben", "den
    Aufständischen der Revolutionären Bewegung (MNR) ergeben" (a side of another war, `valid`
    false, is passed over: "Aufständische" may be its alias too)."""
    for y in range(x + 1, j):
        if y not in sig.actor_at or not valid(sig.actors[sig.actor_at[y]].actor):
            continue
        article, before = german.article_of(sig, y)  # (maybe the mention's own: "den Serben")
        if article in ("der", "den", "dem"):
            after_place = before >= 1 and sig.tokens[before - 1].startswith("@p")
            # "den Aufständischen der MNR": a dative noun, then the side in the genitive
            dative_noun = before >= 2 and sig.tokens[before - 2] in ("den", "dem")
            if article != "der" or after_place or dative_noun:
                actor: Actor = sig.actors[sig.actor_at[y]].actor
                return actor
        # an acronym in brackets after a dative phrase: "den Aufständischen der … Bewegung (MNR)"
        if sig.tokens[y - 1] == "(" and any(t in ("den", "dem") for t in sig.tokens[max(x + 1, y - 7) : y]):
            bracketed: Actor = sig.actors[sig.actor_at[y]].actor
            return bracketed
    return None


def _head_fled(sig: Signature, x: int, place: Place, det: Sides) -> bool:
    """Say whether the flight of the head at token x hands the city over: his government is
    watched and its opponent is named before him ("the rebels entered X and President Bozize
    fled"); his flight alone, the rebels still outside, is not yet the city's fall."""
    government = det.government(place.country)
    if government is None:
        return False
    rivals = det.opponents(government, place)
    return any(y < x and sig.actors[n].actor in rivals for y, n in sig.actor_at.items())


# The last word of "X is ours" in each language: the city is the speaker's side's now.
# Participles that say the place was freed, by the speaker's side ("liberated", "libérée", "befreit").
_LIBERATED = frozenset(
    ("liberated", "liberee", "libere", "liberees", "liberada", "liberado", "befreit", "liberata", "liberato",
     "libertada", "libertado")
)


def _quoted_liberation(sig: Signature, i: int, j: int, k: int) -> bool:
    """Say whether the trigger is a liberation participle said of the place inside a quote that
    ends before its speaker: "'X is liberated,' a commander of Y said" (Y's claim, Y's city)."""
    if sig.tokens[j - 1] not in _LIBERATED or not k < i:
        return False
    opening = next((x for x in range(k - 1, -1, -1) if sig.tokens[x] in QUOTES), -1)
    closing = next((x for x in range(j, min(len(sig.tokens), j + 3)) if sig.tokens[x] in QUOTES), -1)
    return opening >= 0 and closing >= 0 and all(x not in sig.actor_at for x in range(opening, closing))


_OURS = frozenset(
    ("ours", "nous", "nuestra", "nuestro", "nostra", "nostro", "nossa", "nosso", "unser", "uns")
)

# "Our" before a side's troops, in each language: the side of whoever speaks or publishes.
_OUR = frozenset(
    (
        *("our", "notre", "nos", "nuestra", "nuestro", "nuestras", "nuestros", "unsere", "unser", "unseren"),
        *("nostra", "nostro", "nostre", "nostri", "nossa", "nosso", "nossas", "nossos"),
    )
)


def _our_side(place: Place, det: Sides, losers: Sequence[Actor]) -> Actor | None:
    """Return the side a dispatch's "our troops" with no named speaker is: the single opponent of
    the one side the article has said withdrew or fled ("The Bolivians withdrew. Our troops
    entered X"); a side merely named may be the writer's own ("the Republic's army")."""
    named = {a.name: a for a in losers}
    if len(named) != 1:
        return None
    return det.opponent(next(iter(named.values())), place)


# Articles of a day between a passive and its agent ("el domingo por", "la nuit par", "am Sonntag von").
_DAY_ARTICLES = frozenset(
    ("el", "la", "le", "il", "the", "o", "a", "am", "no", "na", "on", "este", "esta", "neste", "nesta", "ce",
     "cette", "questo", "questa", "this")
)

# Days named as adverbs between a passive and its agent ("captured yesterday by").
_DAYS = frozenset(
    (
        *("yesterday", "today", "tonight", "overnight", "hier", "ayer", "hoy", "anoche"),
        *("ieri", "oggi", "ontem", "hoje"),
    )
)

def _passive_expulsion(
    sig: Signature, lex: CompiledLexicon, i: int, end: int, place: Place, det: Sides
) -> tuple[Actor | None, Actor | None, float, bool]:
    """Return (holder, previous, confidence, agent) of a passive expulsion before the city at `end`.

    Its agent ("von der Armee") holds the city; else the subject, the last side named before the
    city ("Die Seleka-Kämpfer wurden aus X vertrieben", "Kämpfer" being the same side), was
    driven out and its single opponent holds it.
    """
    expelled = None
    for x in range(clause_start(sig, i), end):
        if x not in sig.actor_at:
            continue
        a: Actor = sig.actors[sig.actor_at[x]].actor
        by = (x and sig.at(lex.agent, x - 1)) or (  # "von der Armee": the article between
            x > 1 and sig.tokens[x - 1] in _HOLDER_ARTICLES and sig.at(lex.agent, x - 2)
        )
        if by and det.valid(a, place):
            return a, None, 0.9, True
        expelled = a if det.valid(a, place) else expelled
    if expelled is None:
        return None, None, 0.7, False
    return det.opponent(expelled, place), expelled, 0.85, False


def _government_control(sig: Signature, x: int) -> bool:
    """Say whether token x is the government's control or hands: "government control", "contrôle
    gouvernemental", "aux mains du gouvernement", "Regierungskontrolle" (not "under the control
    of the Communist government")."""
    if sig.tokens[x] not in GOVERNMENT_WORDS:
        return False
    if sig.tokens[x].endswith("kontrolle"):
        return True
    beside = [sig.tokens[y] for y in (x - 2, x - 1, x + 1) if 0 <= y < len(sig.tokens)]
    return any(CONTROL.fullmatch(t) or t in HANDS for t in beside)


# Every nationality adjective, folded ("israeliens", "serbo"), watched or not.
NATIONALITIES = frozenset(fold(f) for langs in DEMONYMS.values() for forms in langs.values() for f in forms)


def _acronym_after_name(sig: Signature, after: int) -> int | None:
    """Return where a side's acronym stands in brackets after its long name spelled out.

    "aux mains de la Communauté économique des États de l'Afrique de l'Ouest (Cedeao)": the name
    is longer than the window a holder is looked for in, its bracketed acronym is the side.
    """
    for x in range(after, min(after + 18, len(sig.tokens) - 2)):
        t = sig.tokens[x]
        if t == "(" and x > after and sig.tokens[x + 2] == ")" and (x + 1) in sig.actor_at:
            return x + 1
        if t in STOP or t == "," or x in sig.actor_at:
            return None
    return None


def _recipient_nation(sig: Signature, lo: int, hi: int, place: Place, det: Sides) -> Actor | None:
    """Return the side a nationality word names in tokens lo..hi, not in a compound ("serbo-bosniaci")."""
    for x in range(lo, min(hi, len(sig.tokens))):
        nation = det.demonym(sig.tokens[x])
        if nation is None or not det.valid(nation, place):
            continue
        beside = [sig.tokens[y] for y in (x - 1, x + 1) if lo <= y < len(sig.tokens)]
        if any(t in NATIONALITIES for t in beside):
            return None  # "ai serbo-bosniaci": two nationalities make a third side
        # the nationality of troops or officers, not of a border or a shelling; or the people
        # themselves right after "by", "to" ("ocupados pelos indianos", "aux Allemands")
        ends = x + 1 >= len(sig.tokens) or sig.tokens[x + 1] in STOP or sig.tokens[x + 1] == ","
        people = x == lo and ends
        return nation if people or any(t in FORCE_NOUNS or t in _OFFICIALS for t in beside) else None
    return None


# Who may receive a city for a side, besides its fighters (`FORCE_NOUNS`).
_OFFICIALS = frozenset(
    (
        *("officers", "officials", "authorities", "army", "marines", "paratroopers", "commanders"),
        *("officiers", "autorites", "armee", "parachutistes", "commandants", "chefs"),
        *("oficiales", "autoridades", "ejercito", "paracaidistas", "mandos", "jefes"),
        *("offiziere", "behorden", "behörden", "armee", "truppen", "soldaten", "einheiten", "streitkrafte"),
        *("streitkräfte", "fallschirmjager", "fallschirmjäger", "ufficiali", "autorita", "esercito"),
        *("paracadutisti", "comandanti", "oficiais", "exercito", "paraquedistas", "comandantes"),
    )
)


# A blow or a setback for a side: who suffers it lost the city ("un coup dur pour l'armée").
_BLOW = re.compile(
    r"(?<!\S)(?:coup dur|coup|revers|blow|setback|colpo|batosta|golpe|reves|schlag|rückschlag|niederlage"
    r"|defeat|defaite|sconfitta|derrota)(?: \S+)? (?:pour|for|to|per|para|für)"
    r"(?: (?:l|la|le|les|the|il|lo|o|a|os|as|el|los|las|die|den|der))? (?=@a)"
)


def _after_apposition(sig: Signature, k: int) -> list[int]:
    """Return the token after an apposition that follows the place at k ("X, the largest town, to …")."""
    if sig.tokens[k + 1 : k + 2] != [","]:
        return []
    for x in range(k + 2, min(len(sig.tokens), k + 14)):
        if sig.tokens[x] in STOP or x in sig.actor_at:
            return []
        if sig.tokens[x] == ",":
            return [x + 1]
    return []


# Articles between a fall and its holder: "repasse aux mains de l'armée", "torna nelle mani degli".
_HOLDER_ARTICLES = frozenset(
    (
        *("the", "la", "le", "l", "les", "el", "los", "las", "lo", "il", "gli", "i", "o", "os", "as"),
        *("die", "den", "des", "der"),
    )
)

# German nouns of a side's fighters after its name ("von HTS-Kämpfern", "von M23-Truppen").
_DE_FORCES = frozenset(
    (
        *("kämpfer", "kämpfern", "truppen", "soldaten", "einheiten", "milizen", "milizionären", "rebellen"),
        *("verbände", "verbänden", "streitkräfte", "streitkräften", "milizionäre", "einheit", "miliz"),
    )
)

# Languages that drop a subject pronoun: "Tomaron Y", "Hanno preso Y", "Tomaram Y" say who by the verb.
_PRO_DROP = frozenset(("es", "pt", "it"))

# What may stand between a dropped subject and its verb: auxiliaries, clitics, a time adverb.
_BEFORE_DROPPED = frozenset(
    (
        *("ha", "han", "habian", "habia", "hanno", "aveva", "avevano", "tem", "têm", "tinha", "tinham", "se"),
        *("la", "lo", "las", "los", "l", "na", "no", "a", "o", "también", "tambien", "anche", "tambem"),
        *("ya", "gia", "ja", "finalmente", "luego", "despues", "poi", "depois", "entonces", "allora"),
        *("siguiente", "seguinte", "successivo", "dopo", "ayer", "ieri", "ontem", "hoy", "oggi", "hoje"),
        *("dia", "giorno", "noche", "notte", "noite", "manana", "mattina", "tarde", "sera", "semana"),
        *("settimana", "el", "al", "il", "del", "do", "da", "en", "em", "in", "este", "esta", "nesta"),
        *("neste", "questa", "questo", "pasado", "passato", "passada", "passado", "scorso", "scorsa"),
        *("domenica", "sabado", "domingo"),
        # "La víspera habían perdido X", "Poche ore prima aveva perso X"
        *("horas", "ore", "pocas", "poche", "poucas", "antes", "prima", "dias", "giorni", "pocos"),
        *("pochi", "poucos", "dos", "due", "duas", "tres", "tre", "cuatro", "quattro", "quatro"),
        # "Un día antes", "Uma semana antes", "La víspera", "La vigilia", "Na véspera"
        *("un", "una", "um", "uma", "uno", "vispera", "vigilia", "vespera"),
    )
)


# What stands between a city and a subject put after it: articles and "the first" ("entraron en
# X las primeras tropas", "entraram em X os primeiros soldados", "sono entrate a X le prime truppe").
_BEFORE_LATE_SUBJECT = frozenset(
    (
        *("los", "las", "el", "la", "os", "as", "o", "a", "le", "i", "gli", "il", "lo"),
        *("primeras", "primeros", "primeiras", "primeiros", "prime", "primi"),
        # "las tropas del ejército de X", "os soldados do exército de X": whose army
        *("de", "del", "do", "da", "dos", "das", "di", "dell", "della", "dello", "degli", "delle"),
        *("ejercito", "exercito", "esercito"),
    )
)


def _subject_after_city(sig: Signature, k: int, place: Place, det: Sides) -> Actor | None:
    """Return the side named as the subject right after the city of a verb that came first.

    Spanish, Portuguese and Italian put the subject last when the news is where: "Hoy entraron en
    X las primeras tropas chilenas". Only articles, "the first" and nouns for fighters may stand
    between the city and the side, and the sentence must have named no side before the verb.
    """
    if any(x in sig.actor_at for x in range(k)):
        return None
    x = k + 1
    while x < len(sig.tokens) and x <= k + 5:
        if x in sig.actor_at:
            a: Actor = sig.actors[sig.actor_at[x]].actor
            return a if det.valid(a, place) else None
        token = sig.tokens[x]
        if token not in _BEFORE_LATE_SUBJECT and token not in FORCE_NOUNS:
            nation = det.demonym(token) if x > k + 1 and sig.tokens[x - 1] in FORCE_NOUNS else None
            return nation if nation is not None and det.valid(nation, place) else None
        x += 1
    return None


def subject_dropped(sig: Signature, lex: CompiledLexicon, i: int) -> bool:
    """Say whether the verb at i, in a language that drops subjects, has none of its own
    ("La víspera habían perdido X": who lost X is the subject of the sentence before)."""
    return lex.lex.lang in _PRO_DROP and _dropped_subject(sig, lex, i)


def _dropped_subject(sig: Signature, lex: CompiledLexicon, i: int) -> bool:
    """Say whether the verb at i has no subject of its own: "Al día siguiente tomaron Y".

    Before it, from the start of the sentence (or from "y" after an earlier verb without a
    subject: "entraron en X y tomaron Y"), only auxiliaries, clitics and time words; never a
    passive ("fue tomada") nor a noun that could be its subject ("milicianos locales tomaron").
    """
    if any(sig.at(lex.passive, x) for x in range(max(0, i - 3), i)):
        return False
    if i >= 1 and sig.tokens[i - 1] in _ARTICLES and i + 1 < len(sig.tokens) and sig.at(OF, i + 1):
        return False  # "La toma de X", "A tomada de X": a noun, not a verb
    if any(t in FORCE_NOUNS for t in sig.tokens[:i]):
        return False
    x = i - 1
    while x >= 0 and sig.tokens[x] not in STOP:
        token = sig.tokens[x]
        if token in _CHAIN and x > 0:  # the clause before "y" must lack one too, from its verb
            verbs = (lex.enter, lex.capture)
            verb = next((y for y in range(x - 1, -1, -1)
                         if sig.tokens[y] in STOP or any(sig.at(rx, y) for rx in verbs)), -1)
            return verb >= 0 and sig.tokens[verb] not in STOP and _dropped_subject(sig, lex, verb)
        if not (
            token == ","
            or token in _BEFORE_DROPPED
            or token.isdigit()
            or sig.at(TIME, x)
            or token in lex.lex.months
            or sig.at(lex.enter, x)
        ):
            return False
        x -= 1
    return True


# "entraron en X y tomaron Y": the second verb shares the first one's subject.
_CHAIN = frozenset(("y", "e", "ed"))


def sentence_context(sig: Signature, lex: CompiledLexicon) -> list[Actor]:
    """Return the actors of a sentence in order, its subject last: what a later pronoun stands for.

    "Las FAR atacaron X, defendida por el ejército. Al día siguiente tomaron Y": the next
    sentence's dropped subject (or "ils", "they") is the FAR, not the last actor named.
    """
    actors = [m.actor for m in sig.actors]
    subject = subject_of(sig, lex)
    return actors if subject is None else [a for a in actors if a != subject] + [subject]


# The subjects of the last signatures asked, by id: (signature, lexicon, subject). The detector
# asks a sentence's subject again and again (who withdrew before it, the context it leaves, the
# subject it opens on): ~7,100 times in 1,000 bench articles, for ~3,300 sentences. The signature
# is kept, so its id is not reused while it is here.
_SUBJECTS: dict[int, tuple[Signature, CompiledLexicon, Actor | None]] = {}
_MOST_SUBJECTS = 64  # an article's sentences read at once are fewer


def subject_of(sig: Signature, lex: CompiledLexicon) -> Actor | None:
    """Return the sentence's subject side: its first actor not after a preposition ("Las tropas del
    Kuomintang expulsaron…": "del" says whose troops, not "from"), or None."""
    known = _SUBJECTS.get(id(sig))
    if known is not None and known[0] is sig and known[1] is lex:
        return known[2]
    subject = _subject_of(sig, lex)
    if len(_SUBJECTS) >= _MOST_SUBJECTS:
        _SUBJECTS.clear()
    _SUBJECTS[id(sig)] = (sig, lex, subject)
    return subject


def _subject_of(sig: Signature, lex: CompiledLexicon) -> Actor | None:
    """Return `subject_of(sig, lex)`, read from the signature."""
    for x in sorted(sig.actor_at):
        after = _after_preposition(sig, lex, x) or _agent_of_passive(sig, lex, x) or sig.at(OF, x - 1)
        if x > 0 and after and not _fighters_of(sig, x):
            continue
        subject: Actor = sig.actors[sig.actor_at[x]].actor
        return subject
    return None


# Conjunctions opening a clause of time or contrast: a subject before one is another clause's.
_CLAUSE_OPENERS = frozenset(
    (
        *("as", "while", "when", "whereas", "lorsque", "quand", "mientras", "cuando", "mentre"),
        *("quando", "enquanto"),
    )
)


_CLAUSE_WORDS = _CLAUSE_OPENERS | {"alors", "tandis", "pendant"}


def _opening_noun_von(sig: Signature, x: int) -> bool:
    """Say whether the name at x follows "von" after the noun that opens the clause ("Die
    Islamisten von Ansar Dine haben …", "Kämpfer von Ansar Dine eroberten …"): whose they are."""
    if x < 2 or sig.tokens[x - 1] != "von" or (x - 2) in sig.actor_at:
        return False
    y = x - 2 if sig.tokens[x - 3 : x - 2] not in (["die"], ["der"], ["das"]) else x - 3
    # (the sentence's first words: not "Die Polizei, unterstützt von Paramilitärs, hat …")
    return y == 0 or sig.tokens[y - 1] in STOP


# Prepositions of a topic: what one speaks about ("said nothing about", "se pronunció sobre").
_TOPIC = frozenset(("about", "sobre", "sur", "über", "su", "sul", "sulla", "acerca"))


def _topic_of(sig: Signature, x: int, i: int) -> bool:
    """Say whether the word at x is a topic's preposition with only an article before the change
    noun at i ("about the capture of X", "sobre la toma de X")."""
    return sig.tokens[x] in _TOPIC and all(t in _TOPIC_ARTICLES for t in sig.tokens[x + 1 : i])


_TOPIC_ARTICLES = frozenset(("the", "la", "le", "l", "el", "a", "o", "il", "der", "die", "den", "das"))


# Possessives before a side's forces: "its troops", "leurs combattants", "sus tropas", "ihre Truppen".
_POSSESSIVES = frozenset(
    ("its", "their", "ses", "leurs", "sus", "su", "seus", "suas", "sue", "suoi", "loro", "ihre", "seine")
)


def _owner_named_before(sig: Signature, x: int, place: Place, det: Sides) -> Actor | None:
    """Return the last watched side named before the possessive at x that can hold `place`."""
    for y in range(x - 1, -1, -1):
        if y in sig.actor_at:
            a: Actor = sig.actors[sig.actor_at[y]].actor
            if det.valid(a, place):
                return a
    return None


def _its_forces(sig: Signature, x: int, i: int) -> bool:
    """Say whether a possessive at x opens the verb's subject: a force noun right after it and at
    most one word (an adverb, an auxiliary) before the verb at i ("its troops finally left")."""
    forces = x + 1 < i and sig.tokens[x + 1] in FORCE_NOUNS
    return sig.tokens[x] in _POSSESSIVES and forces and i - (x + 2) <= 1


def _after_durch(sig: Signature, x: int) -> bool:
    """Say whether the name at x (with names right before it: "RSF-Kämpfer") follows "durch"."""
    y = x - 1
    while y >= 0 and y in sig.actor_at:
        y -= 1
    return y >= 0 and sig.tokens[y] == "durch"


def _new_unwatched_subject(sig: Signature, x: int, i: int) -> bool:
    """Say whether "and" at x opens a clause whose subject before the verb at i is a force the
    watchlist does not name ("… in X and soldiers fled"): no side before it is the subject."""
    if sig.tokens[x] not in CONJ or x == 0 or x - 1 in sig.actor_at or sig.tokens[x - 1] in FORCE_NOUNS:
        return False  # ("The RSF and allied troops took X", "RSF fighters and militiamen took X")
    return any(t in FORCE_NOUNS for t in sig.tokens[x + 1 : i])


def _opens_clause(sig: Signature, x: int, lang: str) -> bool:
    """Say whether token x opens a clause of time or contrast ("as", "alors que", "mientras")."""
    t = sig.tokens[x]
    if t == "as" and lang == "pt":
        return False  # the Portuguese article: "anunciou que as suas tropas tinham tomado X"
    if t in ("alors", "tandis", "pendant"):
        return sig.tokens[x + 1 : x + 2] == ["que"]
    return t in _CLAUSE_OPENERS and not (x > 0 and sig.tokens[x - 1] in ("such", "well", "so", "as"))


def _topic_label(sig: Signature, x: int, i: int) -> bool:
    """Say whether the name at x opens the sentence as a topic: "Ruanda, il Fronte …", "Sudan: the RSF…"."""
    opens = x == 0 or sig.tokens[x - 1] in STOP
    return opens and x + 3 < i and sig.tokens[x + 1] in (",", ":") and sig.tokens[x + 2] in _ARTICLES


def _speaker(sig: Signature, lex: CompiledLexicon, j: int, place: Place, det: Sides) -> Actor | None:
    """Return who says "we": the watched actor named after the quote ("…, an army officer said").

    A speaker known by nationality only ("a déclaré le commandant en chef ukrainien", "a Sudanese
    officer said") speaks for that country's side: the nationality must stand near the reporting
    verb, after the quote.
    """
    for y in range(j, len(sig.tokens)):
        spoken = y >= 2 and sig.tokens[y - 2] in SPEAKER_NOUNS  # "un oficial del ejército"
        if y in sig.actor_at and (spoken or not (sig.at(lex.source, y - 1) or sig.at(lex.agent, y - 1))):
            a: Actor = sig.actors[sig.actor_at[y]].actor
            return a if det.valid(a, place) else None
        nation = det.demonym(sig.tokens[y])
        if (
            nation is not None
            and det.valid(nation, place)
            and any(sig.tokens[z] in QUOTES or sig.tokens[z] == "," for z in range(j, y))
            and any(sig.at(lex.say, z) for z in range(max(j, y - 8), min(len(sig.tokens), y + 4)))
        ):
            return nation
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
    while x < min(len(sig.tokens), j + 3) and (sig.at(OF, x) or sig.tokens[x] in _HOLDER_ARTICLES):
        x += 1
    if x > j and x in sig.actor_at:  # "le retrait des forces russes", "withdrawal of Russian troops"
        a = sig.actors[sig.actor_at[x]].actor
        return a if det.valid(a, place) else None
    return None


# One person of a side, named before it in the genitive ("the commander of the army", "le chef
# des FSR", "der Kommandeur der Armee"): when that person leaves a city, the side has not.
_PERSONS = frozenset(
    (
        *("commander", "chief", "head", "general", "governor", "spokesman", "envoy", "leader"),
        *("commandant", "chef", "general", "gouverneur", "porte", "emissaire", "dirigeant"),
        *("comandante", "jefe", "gobernador", "portavoz", "enviado", "lider", "dirigente"),
        *("kommandeur", "befehlshaber", "anführer", "sprecher", "gesandte", "oberbefehlshaber"),
        *("capo", "generale", "governatore", "portavoce", "inviato", "chefe", "governador", "porta"),
    )
)
_GENITIVES = frozenset(
    ("of", "de", "du", "des", "del", "della", "dell", "di", "der", "do", "da", "dos", "das")
)


def _one_of_its_people(sig: Signature, x: int) -> bool:
    """Say whether the side at x is named as whose person: "the army commander", "the commander
    of the army", "le commandant de l'armée", "der Kommandeur der Armee" (one word of article
    between)."""
    before = sig.tokens[max(0, x - 3) : x]
    if x + 1 < len(sig.tokens) and sig.tokens[x + 1] in _PERSONS:
        return True  # "the army commander", "the RSF chief"
    first = fold(str(sig.actors[sig.actor_at[x]].surface)).partition(" ")[0]
    own = first in _GENITIVES  # the mention holds its genitive: "del ejército", "der Armee"
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _PERSONS:
            rest = before[k + 1 :]
            return all(t in _GENITIVES or t in _ARTICLES for t in rest) and (bool(rest) or own)
    return False


def _opening_nationality(sig: Signature, x: int, place: Place, det: Sides) -> bool:
    """Say whether token x is a nationality opening the clause's subject ("The Russian Wagner group").

    Not the city's own adjective ("the Ukrainian city of Bakhmut was taken"): no place may follow
    within three words.
    """
    nation = det.demonym(sig.tokens[x])
    if nation is None or not det.valid(nation, place):
        return False
    after = range(x + 1, min(len(sig.tokens), x + 4))
    if any(y in sig.place_at and sig.tokens[y - 1] not in _INTO for y in after):
        return False  # (but "preußische Husaren in X": their way into the city)
    y = x - 1
    if y >= 1 and sig.tokens[y] in LEADERS and sig.tokens[y - 1] in _ARTICLES:
        y -= 1  # "Le président azerbaïdjanais a annoncé la prise de X": the state's leader, after it
    while y >= 0 and (sig.tokens[y] in _ARTICLES or (y == x - 1 and sig.tokens[y].endswith(("ste", "sten")))):
        y -= 1  # "Die jüngste ukrainische Offensive"
    if y >= 1 and sig.tokens[y] in _GERMAN_UNITS and sig.tokens[y - 1] in ("eine", "ein", "die", "der"):
        y -= 2  # "eine Abteilung preußischer Husaren": the unit's nationality
    # (or after the finite verb of a German main clause: "Heute sind preußische Husaren … eingeritten")
    return y < 0 or sig.tokens[y] in STOP or sig.tokens[y] == "," or sig.tokens[y] in _GERMAN_V2_AUX


# A German unit named before its nationality in the genitive, and the auxiliaries a subject
# follows in a main clause opening on something else ("Am Sonntag sind …", "Gestern haben …").
_GERMAN_UNITS = frozenset(("abteilung", "kolonne", "schwadron", "einheit", "vorhut", "truppe", "gruppe"))
_GERMAN_V2_AUX = frozenset(("sind", "ist", "haben", "hat", "hatten", "hatte", "waren"))
_INTO = frozenset(("in", "into", "nach", "dans", "à", "en", "a", "em", "na", "no", "nella", "nel"))


# Who fights a state, or is backed by another: after a nationality, it names no state's forces
# ("Syrian rebels", "Nigerien Tuareg rebels", "Russian-backed militias", "tschadische Rebellen").
_INSURGENTS = frozenset(
    (
        *("rebels", "rebel", "insurgents", "insurgent", "militants", "jihadists", "islamists"),
        *("separatists", "guerrillas", "guerrilla", "tribesmen", "opposition", "backed", "supported"),
        *("rebelles", "rebelle", "insurges", "jihadistes", "islamistes", "separatistes", "opposants"),
        *("rebeldes", "insurgentes", "yihadistas", "islamistas", "separatistas", "guerrilleros"),
        *("ribelli", "insorti", "jihadisti", "islamisti", "separatisti", "guerriglieri", "jihadistas"),
        *("guerrilheiros", "rebellen", "aufstandische", "aufständische", "aufständischen", "islamisten"),
        *("dschihadisten", "separatisten", "tuareg", "touareg", "tuaregs", "touaregs"),
        # armed citizens and mutinous soldiers: "Mexican vigilantes", "Kyrgyz protesters"
        *("vigilantes", "vigilante", "protesters", "demonstrators", "mutineers", "manifestants", "mutins"),
        *("manifestantes", "amotinados", "sublevados", "insurrectos", "manifestanti", "ammutinati"),
        *("demonstranten", "meuterer", "revoltosos"),
    )
)


def _insurgents_of(sig: Signature, x: int, i: int) -> bool:
    """Say whether the nationality at x qualifies insurgents before the verb at i ("Syrian rebels
    seize X", "Nigerien Tuareg rebels"), so that it names no state."""
    return any(t in _INSURGENTS for t in sig.tokens[x + 1 : min(i, x + 4)])


def _fighters_of(sig: Signature, x: int) -> bool:
    """Say whether the actor at x follows "<fighters> of": "les combattants du M23", "fighters of IS"."""
    y = x - 1
    while y > 0 and sig.tokens[y] in _ARTICLES and sig.at(OF, y) is None:
        y -= 1  # "of the", "de la" (but "des", "del" are "of" themselves)
    if y < 1 or sig.at(OF, y) is None:
        return False
    if _force_word(sig, y - 1):
        return True
    # one adjective between: "i partigiani comunisti dell'Esercito democratico", "Kurdish fighters of"
    between = sig.tokens[y - 1]
    return y > 1 and _force_word(sig, y - 2) and between.isalpha() and between not in STOP


def _allied(sig: Signature, x: int) -> bool:
    """Say whether the actor at x is named as an ally: "alleata degli houthi", "mit den Huthi verbündete"."""
    return any(t in ALLIED for t in sig.tokens[max(0, x - 3) : x + 2])


def _force_word(sig: Signature, x: int) -> bool:
    """Say whether token x is a word for fighters: "combattants", or a side named by one ("les
    combattants des FSR" read as a generic side; "partisans", the alias of another side)."""
    if x in sig.actor_at:
        mention = sig.actors[sig.actor_at[x]]
        return bool(mention.generic) or fold(mention.surface).strip() in FORCE_NOUNS
    return sig.tokens[x] in FORCE_NOUNS


def _located(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x is a place here: "in (eastern) Ukraine", "dans l'est de l'Ukraine"."""
    y = x - 1
    while y >= max(0, x - 5) and (
        sig.tokens[y] in _ARTICLES or sig.at(DIRECTION, y) or sig.at(OF, y) or _COMPASS.match(sig.tokens[y])
    ):
        y -= 1
    return y >= 0 and sig.tokens[y] in _IN


# Nouns after an actor that make it the owner of the place, not the subject ("die IS-Hochburg X").
_STRONGHOLD = frozenset(
    ("hochburg", "hochburgen", "bastion", "bastionen", "enklave", "stronghold", "strongholds", "bastión",
     "bastiao", "roccaforte", "baluarte", "fief")
)

_HANDS = frozenset(("hands", "hand", "hande", "haende", "mains", "manos", "maos", "mani"))
_OF_STRONGHOLD = frozenset(
    ("of", "der", "des", "de", "du", "del", "dei", "degli", "della", "dos", "das", "do", "da")
)


# Words between a side and its stronghold: the English possessive, and what a last stand is called.
_STRONGHOLD_WORDS = frozenset((
    "s", "last", "final", "remaining", "main", "key", "biggest", "largest", "major", "former", "traditional",
    "northern", "southern", "eastern", "western",
))


def _stronghold_after(sig: Signature, x: int) -> bool:
    """Say whether the actor at token x owns a stronghold named after it: "die IS-Hochburg",
    "the Taliban's last stronghold", "the rebels' main bastion"."""
    y = x + 1
    while y < len(sig.tokens) and y <= x + 3 and sig.tokens[y] in _STRONGHOLD_WORDS:
        y += 1
    return y < len(sig.tokens) and sig.tokens[y] in _STRONGHOLD


# English nouns of a side's installation after its name: "the army headquarters", "RSF positions".
_INSTALLATION_NOUNS = frozenset((
    "headquarters", "hq", "base", "bases", "barracks", "garrison", "garrisons", "position", "positions",
    "post", "posts", "checkpoint", "checkpoints", "compound", "camp", "camps", "depot", "depots", "airbase",
))


def _installation_after(sig: Signature, x: int) -> bool:
    """Say whether the actor at token x names whose installation follows, as the object of a verb
    before it ("seized the army headquarters in X"): the owner, not a subject. Not "The army
    headquarters said…", where it opens the sentence and speaks."""
    tokens = sig.tokens
    if x + 1 >= len(tokens) or tokens[x + 1] not in _INSTALLATION_NOUNS:
        return False
    before = x - 1 if x >= 1 and tokens[x - 1] in ("the", "its", "their") else x
    return before >= 1 and tokens[before - 1] not in STOP and tokens[before - 1] != ","


# The noun of an occupation that a capture trigger ends ("ended the occupation of X by Y").
_OCCUPATION = frozenset(("occupation", "ocupacion", "occupazione", "ocupacao"))

# A generic side's name that holds the Portuguese or Italian "by" ("pelo exército", "dall'esercito",
# `generic`): its agent.
_AGENT_IN_NAME = re.compile(r"(?i)(?:pel[oa]s?|dal|dall|dalla|dai|dagli|dalle)[ '’]")

# Before "de" and the subject of a Portuguese personal infinitive: "depois de o exército ter saído".
_PT_BEFORE_INFINITIVE = frozenset(("depois", "antes", "apesar", "alem", "apos"))

# Participles of holding right after a side: "rebel-held X", "das von Rebellen gehaltene X".
# (not "occupied", "besetzten": "The Taliban occupied X" is itself the change)
_HELD_AFTER_SIDE = frozenset(
    ("held", "controlled", "gehaltene", "gehaltenen", "kontrollierte", "kontrollierten")
)
# Words that follow a finite verb, never the noun an adjective "kontrollierten" qualifies.
_AFTER_A_VERB = frozenset(
    ("seit", "since", "am", "on", "bis", "until", "noch", "still", "weiterhin", "bereits", "schon", "nun",
     "jetzt", "now", "for", "during", "während", "zuletzt", "inzwischen", "mittlerweile", "wieder", "again")
)


def _held_it(sig: Signature, x: int, k: int, i: int) -> bool:
    """Say whether the side at x is named as who held the city at k before the verb at i:
    "rebel-held X was captured", "X, tenue par les rebelles, a été prise" (then it lost it)."""
    if x < k and x + 1 < k and x + 1 != i and sig.tokens[x + 1] in _HELD_AFTER_SIDE:  # (not the verb itself)
        # ("the rebel-held town of X"; not "Russian troops controlled the streets of X", "Die RSF
        # kontrollierten seit dem Morgen die Stadt": a verb, its object or its time after it)
        return k - x <= 5 and sig.tokens[x + 2] not in _ARTICLES and sig.tokens[x + 2] not in _AFTER_A_VERB
    if not k < x < i or sig.tokens[k + 1 : k + 2] != [","] or x - k > 7:
        return False
    inside = range(k + 2, x)
    closed = "," in sig.tokens[x + 1 : i]
    return closed and "," not in sig.tokens[k + 2 : x] and any(sig.at(HELD_BY, y) for y in inside)


def _stronghold_of(sig: Signature, x: int) -> bool:
    """Say whether the actor at token x owns a stronghold named before it ("Hochburg der Roten")."""
    for y in (x, x - 1 if x >= 3 and sig.tokens[x - 1] in _ARTICLES else x):  # "of the communists"
        if y >= 2 and sig.tokens[y - 1] in _OF_STRONGHOLD and sig.tokens[y - 2] in _STRONGHOLD:
            return True
    return False


_IN = frozenset(("in", "inside", "dans", "en", "im", "in", "nel", "nella", "na", "no", "across"))
_COMPASS = re.compile(r"(?:north|south|east|west)\w*$|central$|centre$|center$")


_SURRENDER_NOUNS = frozenset(
    (
        "surrender",
        "reddition",
        "capitulation",
        "rendicion",
        "capitulacion",
        "kapitulation",
        "resa",
        "rendicao",
    )
)


def _surrendered(sig: Signature, x: int) -> bool:
    """Say whether the actor at x is who surrenders: "the surrender of the last Sudanese troops"."""
    for y in range(x - 1, max(-1, x - 5), -1):
        if sig.tokens[y] in _SURRENDER_NOUNS:
            return True
        if sig.tokens[y] in STOP or sig.tokens[y] == "," or y in sig.actor_at:
            return False
    return False


def _surrenders(sig: Signature, x: int, i: int) -> bool:
    """Say whether the actor at x is the subject of a surrender before the verb at i: "the garrison
    and the police surrendered, and the troops that held the bridge entered X" (it lost X)."""
    for y in range(x + 1, min(i, x + 6)):
        if sig.at(SURRENDERED, y):
            return True
        if sig.tokens[y] in STOP or y in sig.actor_at:
            return False
    return False


def _agent_of_passive(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x follows "by" ("par les forces russes"), through articles, or
    through the people it is "of" ("ocupado por seguidores del prefecto X", "held by supporters of
    X": one or two words, then "of", then maybe a title)."""
    y = x - 1
    while y >= max(0, x - 3) and sig.tokens[y] in _ARTICLES:
        y -= 1
    if y >= 0 and sig.at(lex.agent, y) is not None:
        return True
    if y >= 1 and sig.tokens[y] in FORCE_NOUNS:  # "cercada pelas forças carlistas", "par les troupes X"
        y -= 1
        while y >= max(0, x - 5) and (sig.tokens[y] in _ARTICLES or sig.tokens[y] in _PLURAL_ARTICLES):
            y -= 1
        if y >= 0 and sig.at(lex.agent, y) is not None:
            return True
    if y >= 1 and not sig.at(OF, y) and sig.at(OF, y - 1) and sig.tokens[y][:1].isalpha():
        y -= 1  # a title between "of" and the name: "del prefecto X"
    if y < 2 or not sig.at(OF, y):
        return False
    for z in (y - 1, y - 2):  # "por seguidores del", "by the supporters of"
        if z < 0 or not sig.tokens[z][:1].isalpha() or z in sig.actor_at:
            return False
        if z >= 1 and sig.at(lex.agent, z - 1) is not None:
            return True
        if sig.tokens[z] not in _ARTICLES and z < y - 1:
            return False
    return False


def _from_whom(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x follows "from" through articles and appositions ("von der Miliz IS")."""
    y = x - 1
    while y >= max(0, x - 4) and (sig.tokens[y] in _ARTICLES or y in sig.actor_at):
        y -= 1
    return y >= 0 and y < x - 1 and sig.at(lex.source, y) is not None


# Verbs that report a loss after it, besides each language's `say`: "admitted", "a reconnu",
# "admitió", "ha ammesso", "admitiu", "räumte … ein", "bestätigte".
# Verbs of a side owning up to a loss: whoever admits that a city fell lost it, government or not
# ("Armenia admitted that X had fallen"); "said" or "confirmed" may come from the winner too.
_CONCEDED = frozenset(
    (
        *("admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged", "concede"),
        *("concedes",),
        *("conceded", "reconnu", "reconnait", "reconnaissent", "admis", "admet", "admettent", "concede"),
        *("admitio", "admitieron", "admite", "admiten", "reconocio", "reconocieron", "reconoce", "reconocen"),
        *("ammesso", "ammette", "ammettono", "riconosciuto", "riconosce", "riconoscono", "admitiu"),
        *("admitiram", "reconheceu", "reconheceram", "reconhece", "reconhecem", "eingeräumt", "zugegeben"),
        *("gestand", "gestanden", "eingestanden", "gesteht", "gestehen"),
    )
)
_SEPARABLE_CONCEDED = {"räumte": "ein", "räumten": "ein", "räumt": "ein", "gab": "zu", "gaben": "zu",
                       "gibt": "zu"}


def _concedes(tokens: Sequence[str], start: int, end: int) -> bool:
    """Say whether a verb of owning up to a loss stands in tokens[start:end] ("admitted",
    "a reconnu", "räumte … ein": the German verb with its particle after it)."""
    for x in range(start, end):
        token = tokens[x]
        if token in _CONCEDED:
            return True
        particle = _SEPARABLE_CONCEDED.get(token)
        if particle is not None and particle in tokens[x + 1 : end]:
            return True
    return False


_ADMITTED = frozenset(
    (
        *("admitted", "acknowledged", "conceded", "confirmed", "reconnu", "admis", "confirme", "concede"),
        *("admitio", "admitieron", "reconocio", "reconocieron", "confirmo", "confirmaron", "ammesso"),
        *("riconosciuto", "confermato", "admitiu", "admitiram", "reconheceu", "reconheceram", "confirmou"),
        *("confirmaram", "räumte", "räumten", "bestätigte", "bestätigten", "gab", "gaben"),
        *("gestand", "gestanden"),
    )
)


def _reporter_after(sig: Signature, lex: CompiledLexicon, j: int, place: Place, det: Sides) -> Actor | None:
    """Return who reports a fall in the clause after it: "X fell on Friday, the Ukrainian army said",
    "X est tombée, a reconnu l'état-major ukrainien" (a watched side named, or by its nationality)."""
    end = next((y for y in range(j, len(sig.tokens)) if sig.tokens[y] in STOP or sig.tokens[y] == ","), -1)
    if end < 0 or sig.tokens[end] != ",":
        return None
    stop = next((y for y in range(end + 1, len(sig.tokens)) if sig.tokens[y] in STOP or sig.tokens[y] == ","),
                len(sig.tokens))
    clause = range(end + 1, min(stop, end + 9))
    if not any(sig.at(lex.say, y) or sig.tokens[y] in _ADMITTED for y in clause):
        return None
    for y in clause:
        if y in sig.actor_at:
            a: Actor = sig.actors[sig.actor_at[y]].actor
            return a if det.valid(a, place) else None
        nation = det.demonym(sig.tokens[y])
        if nation is not None and det.valid(nation, place):
            return nation
    return None


# What may stand between "and" and a second verb (an auxiliary, a reflexive: "et se sont emparés
# de X", "e ha ripreso X"), and between the first verb's object and "and" (a German particle:
# "schlugen die Taliban zurück und eroberten X").
_SECOND_VERB_AUX = frozenset(
    ("a", "ont", "se", "s", "sont", "est", "ha", "hanno", "si", "han", "tem", "têm", "hat", "haben", "has")
)
_PARTICLES = frozenset(("zurück", "nieder", "aus", "ab", "an"))
# Articles of any number, singular ones opening a sentence and plural ones before a side.
_ANY_ARTICLE = _ARTICLES | _HOLDER_ARTICLES

# Prepositions of where a side was beaten, between the first verb's object and "and".
_WHERE_ROUTED = frozenset(("in", "at", "à", "a", "en", "em", "no", "na", "nel", "nella", "bei", "dans"))


def first_verbs_object(sig: Signature, i: int) -> int:
    """Return the side ending "<A> <verb> <B> and <trigger>" (B, the first verb's object), or -1."""
    c = i - 1
    while c >= max(0, i - 3) and sig.tokens[c] not in CONJ:
        if sig.tokens[c] not in _SECOND_VERB_AUX:
            return -1
        c -= 1
    if c < 1 or sig.tokens[c] not in CONJ:
        return -1
    x = c - 1 if sig.tokens[c - 1] not in _PARTICLES else c - 2
    if x - 2 >= 0 and x in sig.place_at and sig.tokens[x - 1] in _WHERE_ROUTED:
        x -= 2  # "routed the rebels in X and took the town": where the first verb's object was
    if sig.tokens[max(0, c - 3) : c] == ["in", "die", "flucht"]:
        x = c - 4  # "schlug die Armee in die Flucht und nahm X ein"
    return x if x in sig.actor_at else -1


def _first_verbs_subject(sig: Signature, x: int, place: Place, det: Sides) -> Actor | None:
    """Return the subject of "<A> <verb> <B> and <trigger>" when B, at x, is the first verb's object.

    "The Taliban defeated government forces and seized X", "L'armée a repoussé les rebelles et
    repris X": B ends right before "and", A opens the clause, and one to three words (a verb, an
    auxiliary, an article) stand between them, none a conjunction or a comma (not "A and B took X").
    """
    if x not in sig.actor_at:
        return None
    start = clause_start(sig, x)
    for z in range(start, x):
        if z not in sig.actor_at:
            continue
        between = [t for t in sig.tokens[z + 1 : x] if t not in _ANY_ARTICLE and t not in _SECOND_VERB_AUX]
        if not 1 <= len(between) <= 3 or any(t in CONJ or t == "," for t in between):
            return None
        a: Actor = sig.actors[sig.actor_at[z]].actor
        return a if det.valid(a, place) and a != sig.actors[sig.actor_at[x]].actor else None
    return None


# Pronouns opening a relative clause after a comma: "the army, which lost X, …", "l'armée, qui…".
_RELATIVES = frozenset(
    ("which", "who", "that", "qui", "que", "dont", "quien", "quienes", "cui", "che", "quale")
)
# Auxiliaries between such a clause's closing comma and the main verb ("…, has retaken X").
_MAIN_AUX = _SECOND_VERB_AUX | frozenset(
    ("have", "had", "avait", "avaient", "hat", "había", "habia", "aveva")
)


def _relative_clause_before(sig: Signature, i: int) -> int:
    """Return the comma opening a relative clause that closes right before the verb at i, or -1.

    "The army, which lost X to the rebels in 1992, retook the town": the sides named inside the
    clause are not the main verb's subject, which stands before it.
    """
    end = i - 1
    while end >= 0 and sig.tokens[end] in _MAIN_AUX:
        end -= 1
    if end < 1 or sig.tokens[end] != ",":
        return -1
    for y in range(end - 1, max(0, end - 25), -1):
        if sig.tokens[y] in STOP:
            return -1
        if sig.tokens[y] == ",":
            # the main subject: a side, or words no side accounts for ("la Base Naval, que …
            # estuvo rodeada por tropas del Ejército, asumió el control de X": not the army)
            opens = sig.tokens[y + 1] in _RELATIVES and clause_start(sig, y) < y
            return y if opens else -1
    return -1


# After a captured city, whom it was taken from: "a pris X aux FDS", "arrebató X a las FDS",
# "strappato X alle SDF", "tomou X às FDS" (a capture has no recipient).
_TAKEN_FROM_DATIVE = frozenset(
    ("aux", "au", "à", "a", "al", "alle", "ai", "alla", "agli", "all", "allo", "às", "aos", "ao")
)


def _taken_from(sig: Signature, lex: CompiledLexicon, j: int, k: int, family: str) -> Actor | None:
    """Return the side a city is taken from, right after it: "seized X from (the) Y"."""
    # (the passive puts the city first, then only a dative says from whom: "X è stata strappata ai
    # ribelli", "X foi retomada aos rebeldes"; not "invasa dai miliziani di Y", its agent)
    for x in range(max(j, k + 1), min(len(sig.tokens), max(k, j - 1) + 4)):
        dative = family == "capture" and (
            sig.tokens[x - 1] in _TAKEN_FROM_DATIVE
            or (sig.tokens[x - 1] in _HOLDER_ARTICLES and sig.tokens[x - 2] in _TAKEN_FROM_DATIVE)
        )
        source = x < k + 4 and (sig.at(lex.source, x - 1) or _from_whom(sig, lex, x))
        source = source or (k < j and _passive_from(sig, lex, x))  # "X was taken from the rebels"
        if x in sig.actor_at and (source or dative):
            a: Actor = sig.actors[sig.actor_at[x]].actor
            return a
    for x in range(j, k) if family == "capture" and sig.tokens[j - 1].startswith("entriss") else ():
        if x in sig.actor_at:  # "entrissen den SDF am Dienstag X": taken from them
            them: Actor = sig.actors[sig.actor_at[x]].actor
            return them
    return None


# "From" after a passive, in languages where it is not also the agent's "by" (Italian "da",
# German "von" are both: "X wurde von der Armee erobert").
_PASSIVE_FROM = frozenset(("from", "de", "d", "du", "des", "del"))


def _passive_from(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x follows a "from" that cannot be a passive's "by": "X was
    taken from the rebels", "X a été reprise de l'EI"."""
    y = x - 1
    while y >= max(0, x - 3) and sig.tokens[y] in _HOLDER_ARTICLES:
        y -= 1
    return y >= 0 and sig.tokens[y] in _PASSIVE_FROM and not sig.at(lex.agent, y)


def _after_preposition(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether token x follows a preposition: "von den Rebellen" is an article, not "den" (whom)."""
    return x > 0 and any(sig.at(rx, x - 1) for rx in (lex.source, lex.agent, lex.locative))


# Words that send a side on from a city to the next: "turned to", "marched on", "se sont tournés
# vers", "avanzaron hacia", "rückten auf … vor", "si sono diretti verso", "avançaram para".
_ONWARD = frozenset(
    (
        *("turned", "marched", "advanced", "pushed", "pressed", "moved", "tournes", "tournees", "marche"),
        *("marcherent", "avance", "avancent", "avancerent", "avanzaron", "avanzan", "marcharon", "volvieron"),
        *("rückten", "rücken", "marschierten", "wandten", "avanzarono", "avanzano", "marciarono", "diretti"),
        *("rivolti", "avancaram", "avancam", "marcharam", "voltaram", "seguiram"),
        # heading for, aiming at or threatening the next place: "the RSF are advancing on Y",
        # "visent Y", "apuntan a Y", "nehmen Y ins Visier", "puntano su Y", "ameaçam Y"
        *("advancing", "marching", "threaten", "threatened"),
        *("threatening", "targeting", "visent", "vise", "marchent", "progressent", "menacent", "menace"),
        *("apuntan", "apuntaron", "marchan", "amenazan", "amenazaron", "visier", "bedrohen", "bedrohten"),
        *("vorrücken", "puntano", "puntarono", "marciano", "minacciano", "apontam", "marcham", "ameacam"),
    )
)


# A side that controls something now, in the present: "controls", "contrôle", "controla", "kontrolliert".
_CONTROLS = frozenset(
    (
        *("controls", "controle", "controlent", "controla", "controlan", "controlla", "controllano"),
        *("kontrolliert", "kontrollieren", "controlam"),
    )
)


def _moves_on(sig: Signature, lex: CompiledLexicon, k: int) -> bool:
    """Say whether the main clause after "after the fall of X" sends its subject on to another place
    ("turned to Y", "marched on Y") or has it take another ("les talibans ont pris Y")."""
    end = next((x for x in range(k + 1, len(sig.tokens)) if sig.tokens[x] in STOP), len(sig.tokens))
    clause = range(k + 1, min(end, k + 16))
    if any(sig.tokens[x] in _ONWARD or sig.at(lex.capture, x) for x in clause):
        return True
    # "Après la chute de X, le JNIM contrôle toute la région": who controls it now won it (not "…
    # the army no longer controls the region": who lost it)
    controls = any(sig.tokens[x] in _CONTROLS for x in clause)
    return controls and not any(sig.at(lex.blockers, x) for x in clause)


# Where a participle opening the sentence has its object after it: "Conquistata X, …", "Tomada X, …".
_OBJECT_FIRST_PARTICIPLE = frozenset(("it", "es", "pt"))


def _opening_participle(sig: Signature, lex: CompiledLexicon, i: int, j: int, k: int) -> bool:
    """Say whether a participle opens the sentence with the city for object, up to a comma.

    "Conquistata X, l'esercito avanza", "Presa X, i ribelli puntano su Y", "Tomada X, las FAR…":
    the absolute participle's doer is the subject of the main clause after the comma.
    """
    if lex.lex.lang not in _OBJECT_FIRST_PARTICIPLE or any(t not in QUOTES for t in sig.tokens[:i]):
        return False
    if not PARTICIPLE[lex.lex.lang].match(sig.tokens[j - 1]) or not j <= k < j + 3:
        return False
    comma = next((x for x in range(k + 1, min(len(sig.tokens), k + 8)) if sig.tokens[x] in (",", *STOP)), -1)
    return comma > 0 and sig.tokens[comma] == "," and not any(x in sig.actor_at for x in range(j, comma))


def _after_subject(sig: Signature, lex: CompiledLexicon, k: int, place: Place, det: Sides) -> Actor | None:
    """Return the subject of the main clause in "after capturing X, the rebels…"."""
    for x in range(k + 1, min(len(sig.tokens), k + 12)):
        if sig.tokens[x] in STOP:
            return None
        if x in sig.actor_at and not sig.at(lex.source, x - 1):
            a: Actor = sig.actors[sig.actor_at[x]].actor
            return a if det.valid(a, place) else None
    return None


def _held_before(sig: Signature, k: int, place: Place, det: Sides) -> Actor | None:
    """Return who held the place at k by an apposition after it: "X, the last town held by Y".

    "die Einnahme von X, der letzten Stadt unter Kontrolle der Y", "X, controlada pelas Y desde
    1998": the apposition tells the state before the change, so Y is the old holder.
    """
    if sig.tokens[k + 1 : k + 2] != [","]:
        return None
    seen = False
    for x in range(k + 2, min(len(sig.tokens), k + 14)):
        if sig.tokens[x] in STOP or sig.tokens[x] == ",":
            return None
        seen = seen or sig.at(HELD_BY, x) is not None
        if x in sig.actor_at:
            a: Actor = sig.actors[sig.actor_at[x]].actor
            if _against(sig, x) and _resisted(sig, x):
                return None  # "X, which had held out against the Russians": who attacked it
            return a if seen and det.valid(a, place) else None
    return None


def _freed_from(sig: Signature, lex: CompiledLexicon, i: int, j: int, start: int, a: Actor) -> bool:
    """Say whether "da" after a liberation verb means "from": "liberata dai jihadisti".

    Where one preposition is both "by" and "from" (Italian "da"), a city freed "da" an armed
    group is freed from it; only a government frees a city "by" it ("liberata dall'esercito").
    """
    if a.government or not (sig.at(lex.agent, start) and sig.at(lex.source, start)):
        return False
    return any(sig.at(lex.retake, x) for x in range(i, j))


# what links a departure noun to whose departure it is: "die Abreise des …", "the departure of …"
_GENITIVE_LINKS = frozenset(
    ("des", "der", "of", "de", "du", "del", "do", "da", "della", "dello", "dei", "degli")
)


def _departed_titled(sig: Signature, x: int) -> bool:
    """Say whether the actor at x is the one whose departure a noun names through a title: "nach der
    Ausreise des langjährigen Machthabers X", "after the departure of the ousted president X" (up
    to three words between the link and the name)."""
    for n in range(max(0, x - 5), x - 2):
        between = sig.tokens[n + 2 : x]
        if (
            sig.tokens[n] in WITHDRAWAL_NOUN
            and sig.tokens[n + 1] in _GENITIVE_LINKS
            and all(t.isalpha() and t not in _FINITE_AUX for t in between)
        ):
            return True  # (not "nach der Flucht des Gouverneurs sind die RSF …": a clause began)
    return False


# Auxiliaries that open a new clause after a departure noun and its title.
_FINITE_AUX = frozenset(
    (
        *("sind", "ist", "hat", "haben", "war", "waren", "wurde", "wurden"),
        *("is", "are", "was", "were", "has", "have"),
    )
)
