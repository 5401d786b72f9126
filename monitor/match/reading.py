"""Read one sentence's signature into candidate control changes (pure).

For each trigger of the language's lexicon: is it governed by negation, modality, a hedge, an
order or a denial; is the change dated long before publication (dates, "last month", a
pluperfect relative clause: `monitor.match.background`); which places it bears on
(`monitor.match.targets`); who holds them now (`monitor.match.holders`); is it the holder's own
claim (`monitor.match.claims`). Refusals are noted for `--explain`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.match import german
from monitor.match.asides import told_in_aside, told_of_the_men
from monitor.match.attributes import pronoun_attribute
from monitor.match.background import dated_before
from monitor.match.carried import holder_after_loss, pronoun_subject
from monitor.match.claims import is_claim, reported_change, speakers_before
from monitor.match.dated_controls import with_dated_controls
from monitor.match.dates import days_back
from monitor.match.demands import demanded
from monitor.match.explain import Note
from monitor.match.expressions import CompiledLexicon
from monitor.match.garrison import defenders_left, garrison_city
from monitor.match.holders import Sides, clause_start, find_holder, first_verbs_object, subject_dropped
from monitor.match.joint import joint_partner
from monitor.match.one_pass import Match, SentenceTriggers
from monitor.match.possessive import possessive_holder
from monitor.match.rumours import rumoured
from monitor.match.signature import Signature
from monitor.match.since import (
    control_describes_a_side,
    past_in_where_clause,
    with_recent_controls,
    with_recent_states,
)
from monitor.match.tally import tallied_city
from monitor.match.targets import COUP, find_targets, power_in
from monitor.match.trigger_gate import may_trigger
from monitor.match.under_way import under_way
from monitor.match.until import negation_dates
from monitor.match.words import (
    AFTER_PREPS,
    BEGUN,
    BOTH_SIDES,
    CLAUSE_LINKS,
    CONDITIONAL,
    COORDINATION,
    FALL_NOT,
    FALL_NOUNS,
    FIGHTING,
    FORCE_NOUNS,
    GAVE_UP,
    HEDGE,
    INSTALLATION,
    INVERTED_CONDITION,
    NON_COMBATANTS,
    OBJ_REL,
    OF,
    ONLY_TOOK,
    PART_OF_SIDE,
    PLUPERFECT,
    PROJECTILE_ENDINGS,
    PROJECTILES,
    QUOTES,
    REFLEXIVE_OPENERS,
    SEAT,
    SINCE,
    STOP,
    TIME,
    UNOPPOSED,
    WITHDRAWAL_NOUN,
    WITHOUT,
)
from monitor.model import Actor, Place


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
    reported: bool = False  # told after a reporting verb ("announced the capture of X")
    guessed: bool = False  # its holder was guessed from the whole article (`guessed_holders`)
    defenders: bool = False  # who left is only "the garrison", "the defenders": the side inside
    found_by: str = ""  # how its holder was found outside its clause ("guessed: …", "next sentence: …")
    partner: Actor | None = None  # a watched ally that took it with the holder (`joint`)
    days_back: int | None = None  # the one day its sentence names, in days before publication

    def holder_from(self) -> str | None:
        """Say where its holder comes from, for `--explain` ("why did it name this side?").

        "clause" when its own clause names it; "clause: …" when the clause names only who left;
        else the rule that found it elsewhere in the article (`found_by`).
        """
        if self.actor is None:
            return None
        if self.found_by:
            return self.found_by
        return "clause: the one opponent of the side that left" if self.inferred else "clause"


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
    entries: bool = True,
    dated: set[str] | None = None,
    before: Sequence[Candidate] = (),
    subject_before: Actor | None = None,
    losers: Sequence[Actor] = (),  # sides earlier sentences say withdrew: whom "our troops" beat
    calm: bool = False,
    scans: SentenceTriggers | None = None,
) -> list[Candidate]:
    """Return the candidates of one sentence (entries count only when the other side withdrew).

    `left_nearby`: a watched side withdrew in this sentence or the next; an entry then counts
    even amid fighting ("the rebels entered Hama; the army redeployed outside the city").

    A holder inferred as the opponent of who left is flagged `inferred`; a capture whose subject
    is no watched actor ("Karen rebels took X") is flagged `unnamed` (see `Detector.detect`).
    `context` lists the watched actors named in the sentences before, the last one last.
    `notes`, when given, receives a note for every trigger refused here and why (sentence `n`).
    `entries`: some sentence of the article naming a place has an entry verb (else none here).
    `dated`, when given, receives the name of each place whose change is dated before publication.
    `before`: the candidates of the sentence before (who lost a city when the verb has no subject);
    `subject_before`: that sentence's subject side, when it told no change.
    `calm`: no sentence of the article tells of fighting: a plain entry ("entered X", "sind in X
    eingezogen") counts without a withdrawal; a forced one ("penetrated", "eingedrungen"), a
    landing, a return or a deployment still does not.
    `scans`: the article's trigger scans (`one_pass`), where sentence `n` may have been read already.
    """
    out: list[Candidate] = []

    def scan(family: str) -> list[Match]:
        if scans is None or n is None:
            return lex.triggers(family, sig.text)
        return scans.triggers(family, n)

    if not (may_trigger(sig.text, lex) if scans is None or n is None else scans.may_trigger(n)):
        return out  # most sentences naming a place: no trigger of any family, nothing to note
    dated_here: set[str] = set()
    if not withdrawal and entries and _took_installation(sig, lex):
        withdrawal = left_nearby = True  # "entered X and seized the army headquarters": no mere raid
    families = (
        ("capture", "fall", "withdraw", "nominal", "handover", "flag", "expel", "enter")
        if withdrawal or calm
        else ("capture", "fall", "withdraw", "nominal", "handover", "flag", "expel")
    )

    def drop(trigger: str, reason: str, place: str | None = None) -> None:
        if notes is not None:
            notes.append(Note("trigger", n, "", place, trigger=trigger, kept=False, reason=reason))

    if sig.tokens and sig.tokens[-1] == "?":  # a question asserts nothing
        return out
    if (
        sig.tokens
        and sig.tokens[0] in CONDITIONAL
        and sig.tokens[0] not in REFLEXIVE_OPENERS.get(lex.lex.lang, ())
        and not _concessive(sig, lex)
    ):
        return out  # "If Kherson falls, …", "Se os talibãs tomarem…"
    if sig.tokens and sig.tokens[0] in INVERTED_CONDITION and lex.lex.lang == "en" and "," in sig.tokens:
        return out  # "Were Serb forces to take X, …", "Had X fallen, …"
    opening = sig.tokens[:2] if lex.lex.lang == "es" and len(sig.tokens) > 2 else []
    if opening and opening[0] == "de" and _ES_INFINITIVE.match(opening[1]):
        return out  # "De tomar X, el MNDAA controlaría …", "De haber caído X, …": a condition
    text = sig.text
    fall_matches = scan("fall")  # "fall" is in both tuples: read once, used twice
    fall_matches = with_recent_states(sig, lex, published, fall_matches)  # "Depuis dimanche, X est aux…"
    falls = [(sig.index(start), sig.index(end - 1) + 1) for start, end, _ in fall_matches]
    nouns = german.nouns(sentence) if lex.lex.verb_final else frozenset()
    for family in families:
        matches = fall_matches if family == "fall" else scan(family)
        if family == "capture":  # "Depuis dimanche, les talibans contrôlent X"
            matches = with_recent_controls(sig, lex, published, matches)
            matches = with_dated_controls(text, lex, matches)  # "held X on Tuesday morning"
        for start, end, words in matches:
            i, j = sig.index(start), sig.index(end - 1) + 1
            trigger = f"{family}: {words}"
            if family == "enter" and not withdrawal and not PLAIN_ENTRY.match(words):
                drop(trigger, "an entry by force, a landing or a return, and no side is said to leave")
                continue
            if family == "capture" and control_describes_a_side(text, lex, start):
                drop(trigger, "control told in a relative clause about the side, not the sentence's news")
                continue
            if family == "capture" and past_in_where_clause(text, start):
                drop(trigger, "control in a past tense in a clause about the place: who held it before")
                continue
            if family == "withdraw" and any(a < i and j <= b for a, b in falls):
                drop(trigger, "part of a fall ('ging an X verloren')")
                continue
            if family == "fall" and _order_restored(sig, words, j):
                drop(trigger, "back under control, and no side named: order restored, not a change of hands")
                continue
            if (
                family == "fall"
                and sig.tokens[i] in _STATE_OPENERS
                and sig.tokens[j - 1] not in _FINAL_VERBS  # "ist unter die Kontrolle der RSF geraten"
                and not _verbless_news(sig, det, i, j)
                and not (lex.lex.lang == "en" and _reached_by(sig, i, j))
                and not (lex.lex.lang == "de" and _reached_on_day(sig, i))
            ):
                drop(trigger, "a state in apposition or with a verb, not a verbless headline")
                continue
            targets = find_targets(sig, lex, i, j, family) or _other_targets(sig, i, j, words, family)
            # Without a watched city to bear on, the trigger yields nothing, governed or not: what
            # governs it is weighed only for the trace (half the triggers read have no city).
            why = _blocked(sig, lex, i, j, family, nouns) if targets or notes is not None else ""
            if why:
                drop(trigger, why)
                continue
            if family == "fall" and garrison_city(sig, i, words) and _also_handover(lex, text, start):
                # "the rebel garrison of X surrendered": the side inside gave the city up, which the
                # handover reading weighs; as a fall, the side named would read as its new holder
                drop(trigger, "the garrison of the city surrendered: read as a handover")
                continue
            if family == "withdraw" and any(
                t in NON_COMBATANTS for t in (*sig.tokens[max(0, i - 3) : i], *_clause_after(sig, j, 4))
            ):  # "civilians were evacuated from X", "prompting residents to flee X" (not "…, residents said")
                drop(trigger, "civilians or staff are withdrawn, not a side")
                continue
            if (
                family == "withdraw"
                and targets
                and any(sig.matching(PART_OF_SIDE, clause_start(sig, i), i))
            ):
                drop(trigger, "only part of a side leaves ('many soldiers left X')")
                continue
            if family == "withdraw" and targets and _event_object(sig, lex, i, j, targets[0]):
                drop(trigger, "its object is an event ('gave up the capture of X'), not the city")
                continue
            if not targets:
                drop(trigger, "no watched city as its object or subject")
            named: set[str] = set()
            for k in targets:
                place = sig.places[sig.place_at[k]].place
                if place.name in named:
                    continue  # "die Einnahme von X, der letzten Stadt …": the apposition is X again
                named.add(place.name)
                if family == "withdraw" and _part_withdrawn(sig, i, j, k):
                    drop(trigger, "some of the side's units left, not the side", place.name)
                    continue
                noun = family == "nominal" or _fall_noun(sig, i) or _owned_noun(sig, i, family)
                noun = noun or _capture_noun(sig, i, j, family)
                why = dated_before(sig, lex, i, max(j, k + 1), published, noun)
                if why:
                    drop(trigger, f"dated before publication ({why})", place.name)
                    if dated is not None:
                        dated.add(place.name)
                    dated_here.add(place.name)
                    continue
                actor, previous, conf, agent = find_holder(
                    sig, lex, i, j, k, family, place, det, context, losers
                )
                if actor is None and previous is None and family == "fall":
                    actor = possessive_holder(sig, i, j, k, place, det, context)  # "now under their control"
                power = family == "capture" and k in power_in(sig, lex, j)
                if actor is None and previous is None and power and _soldiers_before(sig, i):
                    actor = det.junta(place)  # "Soldiers seized power in X": the coup's side
                if power and actor is not None and actor == det.government(place.country) and _coup(sig):
                    drop(trigger, "its own army took power in a coup: the rulers changed, not the city")
                    continue
                inferred = False
                left_by_defenders = False
                # "La víspera habían perdido X", "Hours earlier they had lost X": who lost it is
                # the subject of the sentence before
                carried = None
                dropped = actor is None and subject_dropped(sig, lex, i)
                unsaid = dropped or pronoun_subject(sig, i, k)
                # (a dropped subject, not a pronoun, may stand for the subject of a sentence that told
                # no change: "Las tropas afganas resistieron en Y. Al día siguiente abandonaron X")
                if family == "withdraw" and not agent and unsaid and (before or (subject_before and dropped)):
                    carried = holder_after_loss(before, place, det, subject_before)
                if carried is not None:
                    actor, previous = carried
                    inferred = True
                elif family in ("withdraw", "handover") and not agent:
                    if actor is None and family == "handover" and _handed_over(sig, lex, i, j, k):
                        pass  # "X was handed over on Monday": to whom, the article says (`control`)
                    elif actor is None and defenders_left(sig, i):
                        left_by_defenders = True  # "the garrison withdrew from X": whose, the article says
                    elif actor is None:
                        drop(trigger, "no watched side is said to leave", place.name)
                        continue
                    previous, inferred = actor, actor is not None
                    actor = det.opponent(previous, place) if previous is not None else None
                    if previous is not None and actor is None and not det.opponents(previous, place):
                        drop(trigger, f"{previous.name} left but has no opponent here", place.name)
                        continue
                    # several opponents: the one the article names holds it (`control._with_fallback`)
                elif family == "expel" and actor is None:
                    # "Karen rebels drove the junta out of X": the one expelled held it; its single
                    # opponent may hold it now, never the expelled side itself (by default).
                    inside = [x for x in range(i, min(j, k)) if x in sig.actor_at]  # the last before X
                    expelled = sig.actors[sig.actor_at[inside[-1]]].actor if inside else None
                    actor = det.opponent(expelled, place) if expelled is not None else None
                    if actor is None:
                        drop(trigger, "who expelled the holder is no watched side", place.name)
                        continue
                    previous, inferred = expelled, True
                elif actor is not None and previous is not None and not agent:
                    # "Karen rebels seized Myawaddy from the junta": the holder was inferred
                    # as the opponent of the one it was taken from, unless the sentence names it.
                    inferred = all(m.actor != actor for m in sig.actors)
                unnamed = (
                    family in ("capture", "enter")
                    and (actor is None or inferred)
                    and _has_subject(sig, lex, i, j)
                )
                if family == "enter" and not withdrawal and (actor is None or inferred):
                    # an entry alone counts for the side its clause names, never for a guess
                    drop(trigger, "an entry alone, and its clause names no watched side entering", place.name)
                    continue
                if family == "enter":
                    if fighting(sig) and not left_nearby:
                        drop(trigger, "an entry amid fighting", place.name)
                        continue
                    conf *= 0.7
                kind = _kind(sig, lex, i, j, family)
                claim = is_claim(sig, lex, i, actor)
                conf = conf * (0.65 if claim else 1.0)
                speakers = speakers_before(sig, lex, i)
                # "a joint force of Tanzanian and Mozambican troops recaptured X": both hold it
                partner = None if actor is None or inferred else joint_partner(
                    sig, actor, clause_start(sig, i), max(j, k + 1) + 8, place, det)
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
                        any(t in PLUPERFECT for t in sig.tokens[clause_start(sig, i) : i]),
                        reported_change(sig, lex, i, j),
                        defenders=left_by_defenders,
                        partner=partner,
                        days_back=_named_day(sig, lex, published),
                    )
                )
    # "The MNDAA now controls X, …, which it seized in August": a state the sentence dates
    old = [c for c in out if c.place.name in dated_here and _STATE_TRIGGER.search(c.trigger)]
    for c in old:
        drop(c.trigger, "a state the sentence dates before publication", c.place.name)
    return [c for c in out if c not in old]


def _other_targets(sig: Signature, i: int, j: int, words: str, family: str) -> list[int]:
    """Return the city a trigger at [i, j) with no object (`find_targets`) still bears on: the
    garrison's city, or the one a tally of cities opens with."""
    if family in ("handover", "fall"):
        return garrison_city(sig, i, words)  # "the garrison of X surrendered"
    if family == "withdraw":
        return garrison_city(sig, i, words, withdrawn=True)  # "the garrison of X withdrew to Y"
    if family == "capture":
        return tallied_city(sig, i, j)  # "Mit X haben die Taliban 16 Provinzhauptstädte erobert"
    return []


def _clause_after(sig: Signature, j: int, count: int) -> list[str]:
    """Return up to `count` tokens from j, stopping at a comma or a stop ("fled, residents said")."""
    out: list[str] = []
    for t in sig.tokens[j : j + count]:
        if t == "," or t in STOP:
            break
        out.append(t)
    return out


# A Spanish infinitive ("de tomar", "de haber"): after "de" opening a sentence, a condition.
_ES_INFINITIVE = re.compile(r"\w+(?:ar|er|ir)$")


# The words of a trigger that tells who holds a city now rather than its taking.
_STATE_TRIGGER = re.compile(
    r"\b(?:now|desormais|maintenant|ahora|ya|ora|ormai|agora|jetzt|nun|controls|holds|held|hands|mains"
    r"|manos|mani|maos|hand|tient|tiennent|controle|controlent|controla|controlan|controlla|controllano)\b"
)


# How a state phrase opens ("under rebel control", "aux mains du M23", "en manos de"): without a
# verb, it is news only as a headline (see `_verbless_news`).
_STATE_OPENERS = frozenset(
    [
        "under", "in", "now", "aux", "entre", "sous", "desormais", "deja", "en", "bajo", "ya", "ahora",
        "nelle", "sotto", "ora", "ormai", "nas", "em", "sob", "agora", "unter",
    ]
)
# German participles that end a state phrase of the lexicon: it then has its verb.
_FINAL_VERBS = frozenset(("geraten", "gefallen"))
# What may open the sentence before its city: "La ville de X", "The town of X".
_CITY_OPENING = frozenset(["the", "city", "town", "of", "la", "ville", "de", "d", "el", "ciudad"])


# A city "back under control" with no word for whose: the authorities restored order after a raid
# or a riot ("X nach Rebellenangriff wieder unter Kontrolle", "la città è tornata sotto controllo").
_BARE_CONTROL = re.compile(
    r"(?:(?:is |are |was |were |came |comes |come )?back|again|(?:ist |sind )?(?:wieder|erneut)"
    r"|(?:est |sont |etait )?(?:de nouveau|a nouveau|à nouveau)|(?:esta |estan )?(?:de nuevo|nuevamente)"
    r"|(?:e |sono )?(?:di nuovo|nuovamente)|(?:esta |estao )?(?:novamente|de novo)"
    r"|(?:est |sont )?revenue?s?|(?:e |sono |era )?(?:ri)?tornat[oaie]|(?:ri)?torna(?:no)?"
    r"|volvio|volvieron|voltou|voltaram)"
    r" (?:under|unter|sous|sotto|bajo|sob) (?:the |le |il |el |o )?"
    r"(?:control|kontrolle|controle|controllo|controlo)"
)
# What may follow a bare "back under control": the sentence's end, a comma, a time, who says so,
# what it came after. Anything else may name whose control it is ("controllo governativo", "der
# Armee", "of the army").
_BARE_NEXT = frozenset(
    (
        *("", ",", ".", ";", ":", "!", "?", '"', "»", "”", "(", "-", "–", "—"),
        *("after", "following", "since", "on", "this", "today", "yesterday", "said", "according", "and"),
        *("apres", "depuis", "ce", "cette", "aujourd", "hier", "selon", "et", "mais", "a", "au"),
        *("tras", "despues", "desde", "esta", "este", "hoy", "ayer", "segun", "y", "pero", "el"),
        *("nach", "seit", "am", "heute", "gestern", "laut", "und", "aber", "sagte", "teilte"),
        *("dopo", "da", "dal", "dalla", "questa", "oggi", "ieri", "secondo", "e", "ma", "il"),
        *("apos", "depois", "hoje", "ontem", "segundo", "mas", "no", "na", "o"),
    )
)


def _order_restored(sig: Signature, words: str, j: int) -> bool:
    """Say whether the fall trigger `words` ending at token j is a bare "back under control": no
    side said inside it ("back under Ukrainian control") or after it ("wieder unter Kontrolle der
    Armee", "tornata sotto il controllo governativo"). A raid repelled leaves the city with whoever
    held it."""
    if _BARE_CONTROL.fullmatch(words) is None:
        return False
    after = sig.tokens[j] if j < len(sig.tokens) else ""
    return after in _BARE_NEXT and j not in sig.actor_at


def _also_handover(lex: CompiledLexicon, text: str, start: int) -> bool:
    """Say whether the fall verb starting at `start` is a handover verb too ("surrendered", "se rindió")."""
    return any(s == start for s, _, _ in lex.triggers("handover", text))


# What ends the time a state was reached by: "By Sunday", "by nightfall", "by the evening".
_BY_TIMES = frozenset(("nightfall", "dawn", "noon", "midday", "sunset", "daybreak", "evening", "morning"))


def _reached_by(sig: Signature, i: int, j: int) -> bool:
    """Say whether an English state after "X was/were" is said reached by a time: "By Sunday, X was
    in the hands of the RSF", "X was under RSF control by nightfall" (a change told as its end)."""
    tokens = sig.tokens
    k = i - 1
    while k >= 0 and tokens[k] in ("firmly", "fully", "completely", "entirely", "already", "largely"):
        k -= 1
    if k < 1 or tokens[k] not in ("was", "were") or k - 1 not in sig.place_at:
        return False

    def by_time(x: int) -> bool:
        if x + 1 >= len(tokens) or tokens[x] != "by":
            return False
        y = x + 2 if tokens[x + 1] in ("the", "late", "early") and x + 2 < len(tokens) else x + 1
        return tokens[y] in _BY_TIMES or sig.at(TIME, y) is not None

    return by_time(0) or any(by_time(x) for x in range(j, min(j + 4, len(tokens))))


# Soldiers named by their trade alone, who seize power in a coup ("Soldiers seized power in X",
# "des militaires prennent le pouvoir à X", "militari hanno preso il potere a X").
_SOLDIERS = frozenset(
    (
        *("soldiers", "officers", "troops", "militaires", "soldats", "officiers", "militares", "soldados"),
        *("oficiales", "oficiais", "militari", "soldati", "ufficiali", "soldaten", "offiziere", "militärs"),
    )
)


def _soldiers_before(sig: Signature, i: int) -> bool:
    """Say whether soldiers named by no side open the clause of the verb at i: "Soldiers seized power
    in X", "des militaires ont pris le pouvoir à X" (a coup's, `Sides.junta`)."""
    subject = range(clause_start(sig, i), i)
    return any(sig.tokens[x] in _SOLDIERS for x in subject) and not any(x in sig.actor_at for x in subject)


def _coup(sig: Signature) -> bool:
    """Say whether the sentence names a coup ("in a coup", "colpo di stato", "Putsch")."""
    return any(sig.at(COUP, x) for x in range(len(sig.tokens)))


def _told_of_the_men(sig: Signature, i: int, j: int) -> bool:
    """Say whether the withdrawal at [i, j) is told in a relative clause of fighters ("RSF fighters
    who fled X were arrested"), the city right after it (`asides.told_of_the_men`)."""
    place = next((x for x in range(j, min(j + 3, len(sig.tokens))) if x in sig.place_at), None)
    if place is None:
        return False
    return told_of_the_men(
        sig.tokens,
        i,
        place,
        lambda x: x in sig.actor_at or sig.tokens[x] in FORCE_NOUNS,
        lambda x: sig.at(TIME, x) is not None,
    )


def _reached_on_day(sig: Signature, i: int) -> bool:
    """Say whether a German state after "war X" opens on the day it was reached: "Am Sonntag war X
    in der Hand der RSF", "Bis zum Abend waren X und Y in den Händen der Rebellen" (not "Am Sonntag
    war X noch in der Hand der Armee": the state is then no longer right after the city)."""
    tokens = sig.tokens
    k = i - 1
    while k >= 2 and tokens[k - 1] in ("und", ",") and k - 2 in sig.place_at:
        k -= 2  # "waren X und Y in den Händen"
    if k < 3 or k not in sig.place_at or tokens[k - 1] not in ("war", "waren"):
        return False
    opening = tokens[: k - 1]
    if opening[:1] == ["bis"]:  # "Bis Sonntag", "Bis zum Abend"
        return len(opening) in (2, 3) and sig.at(TIME, k - 2) is not None
    return opening[:1] == ["am"] and len(opening) == 2 and sig.at(TIME, 1) is not None


def _verbless_news(sig: Signature, det: Sides, i: int, j: int) -> bool:
    """Say whether a state phrase after a city is a verbless headline: the news that it changed hands.

    "X aux mains du M23", "X, en manos de los rebeldes tras la retirada del ejército", "X under
    rebel control after army pullout": the city opens the sentence and the phrase follows it. Not
    an apposition inside a longer sentence ("X, under rebel control, was shelled"), nor a state
    "since" or "for months".
    """
    k = i - 1
    while k >= 0 and sig.tokens[k] in (",", "-", "–", "—"):
        k -= 1
    if (
        k > 0 and k not in sig.place_at and sig.tokens[k + 1] == ","
    ):  # "X, deuxième ville du pays, aux mains de"
        opening = next(
            (x for x in range(k - 1, max(-1, k - 10), -1) if sig.tokens[x] in STOP or sig.tokens[x] == ","),
            -1,
        )
        if (
            opening > 0
            and sig.tokens[opening] == ","
            and opening - 1 in sig.place_at
            and not any(x in sig.actor_at for x in range(opening, k + 1))
        ):
            k = opening - 1
    kicker = next((x + 1 for x in range(min(k, 5)) if sig.tokens[x] == ":"), 0)  # "Birmanie : X aux mains…"
    if not kicker and k >= 2 and sig.tokens[1] == "," and det.demonym(sig.tokens[0]) is not None:
        kicker = 2  # a country before a comma: "Sudan, X nelle mani delle RSF"
    if (
        k < 0
        or k not in sig.place_at
        or any(t not in _CITY_OPENING and t not in QUOTES for t in sig.tokens[kicker:k])
    ):
        return False
    if not any(x in sig.actor_at or det.demonym(sig.tokens[x]) for x in range(i, j)):
        return False  # "in good hands": whose hands is not said
    rest = sig.tokens[j:]
    if rest[:1] and (sig.at(SINCE, j) or rest[0] in ("for", "pendant", "durante")):
        return False
    if rest[:1] == [","] and len(rest) > 2:
        return rest[1] in AFTER_PREPS or sig.at(TIME, j + 1) is not None
    return True


def _german_installation_after(sig: Signature, lex: CompiledLexicon, j: int) -> bool:
    """Say whether "und" after a German entry ending at j opens a clause that takes an installation,
    its verb last: "sind in X eingedrungen und haben das Hauptquartier der Armee eingenommen"."""
    if sig.tokens[j : j + 1] != ["und"]:
        return False
    limit = min(len(sig.tokens), j + 12)
    end = next((x for x in range(j + 1, limit) if sig.tokens[x] in STOP or sig.tokens[x] == ","), limit)
    installations = [
        x for x in range(j + 1, end) if sig.at(INSTALLATION, x) or _INSTALLATION_COMPOUND.match(sig.tokens[x])
    ]
    return bool(installations) and any(sig.at(lex.capture, x) for x in range(installations[0] + 1, end))


# A German compound ending in an installation: "Armeehauptquartier", "Militärstützpunkt".
_INSTALLATION_COMPOUND = re.compile(r"\w+(?:hauptquartier|kaserne|stützpunkt|flughafen|polizeistation)$")
# (matched from the token's start: `re.match`)


def _took_installation(sig: Signature, lex: CompiledLexicon) -> bool:
    """Say whether an entry is followed, in a coordinated clause, by the capture of an installation.

    "Las FAR entraron en X y tomaron el cuartel general del ejército", "sono entrate a X e hanno
    preso la caserma", "entered X and seized the governor's office": the subject of the entry holds
    what held the city, so the entry is a capture whatever else the article says.
    """
    text = sig.text
    for m in lex.enter.finditer(text):
        _i, j = sig.span(m)
        if lex.lex.verb_final and _german_installation_after(sig, lex, j):
            return True
        linked = False
        for x in range(j, min(len(sig.tokens), j + 10)):
            token = sig.tokens[x]
            if token in STOP or x in sig.actor_at:
                break  # (another subject: "l'armée est entrée dans X et les FSR ont pris la base")
            linked = linked or token in COORDINATION
            capture = sig.at(lex.capture, x) if linked else None
            if capture is None:
                continue
            y = sig.index(capture.end() - 1) + 1
            while y < len(sig.tokens) and y < x + 6 and (sig.tokens[y] in _OBJECT_WORDS or y in sig.actor_at):
                y += 1
            return y < len(sig.tokens) and bool(sig.at(INSTALLATION, y) or sig.at(SEAT, y))
    return False


# Between a capture verb and the installation it takes: determiners, "main", "army", "key".
_OBJECT_WORDS = frozenset(
    (
        *("the", "a", "its", "their", "le", "la", "les", "l", "un", "une", "leur", "el", "los", "las"),
        *("o", "os", "as", "um", "uma", "il", "lo", "gli", "i", "den", "die", "das", "main", "key"),
        *("principal", "principale", "principali", "principais", "army", "military", "local"),
        *("controle", "control", "controllo", "controlo", "del", "de", "du", "des", "d", "do", "da"),
        *("della", "dello", "dei", "delle", "dos", "das", "of", "over", "possesso", "possession"),
    )
)


def _concessive(sig: Signature, lex: CompiledLexicon) -> bool:
    """Say whether "si" opens a concession, not a condition: "Si Kiev a annoncé X, …", "Si bien".

    French and Spanish "si" before a reporting verb in the perfect grants a fact ("while Kyiv
    announced it had withdrawn, …"); "si bien" means "although".
    """
    if sig.tokens[0] != "si" or lex.lex.lang not in ("fr", "es"):
        return False
    if sig.tokens[1:2] == ["bien"]:
        return True
    for x in range(1, min(len(sig.tokens), 6)):
        if sig.tokens[x] in _PERFECT_AUX:
            return bool(sig.at(lex.say, x)) or sig.tokens[x + 1 : x + 2] in (["anunciado"], ["dicho"])
        if sig.tokens[x] in STOP or sig.tokens[x] == ",":
            return False
    return False


_PERFECT_AUX = frozenset(("a", "ont", "avait", "avaient", "ha", "han", "habia", "habian"))


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
    if lex.lex.verb_final and german.passive(sig, lex, i, j):
        return False  # "X wurde der Armee am Sonntag entrissen": the passive's auxiliary is further back
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


# Verbs that end the fighting they govern.
_CEASED = frozenset(
    (
        *("ceased", "stopped", "halted", "cesse", "cesaron", "ceso", "cessato", "cessaram", "cessou"),
        # resistance given up: "a renoncé à toute résistance", "abandoned all resistance", "gaben
        # jeden Widerstand auf" (the verb before the noun: these words are looked for before it)
        *("renonce", "renoncent", "renoncerent", "renounced", "abandoned", "renuncio", "renunciaron"),
        *("rinunciato", "rinuncia", "renunciou", "renunciaram", "gaben", "gab"),
    )
)


# The verbs of an entry as such, with no force or passage in them: an army marching in, a
# column riding in, troops making their entry ("entered", "made its entry into", "sont entrées", "entraron",
# "entraram", "sono entrati", "eingezogen", "rückten … ein", "einmarschiert"); not "penetrated",
# "eingedrungen", "vorgedrungen", "débarqué", "returned", "deployed", "moved into" (`calm`).
PLAIN_ENTRY = re.compile(
    r"(?:enter|entered|entering|enters|marched into|rolled into|swept into"
    r"|(?:made|make|makes|making) (?:\S+ ){0,2}?entry into|entr(?!eg)\w*|ingres\w*|betrat\w*|betreten"
    r"|(?:fait|font|fit|firent|hizo|hicieron|hace|hacen|ha hecho|han hecho|fez|fizeram|faz|fazem|fece|fecero"
    r"|fatto|fanno|fa) (?:\S+ ){0,3}?(?:entree|entrada|ingresso)"
    r"|(?:hielt|hielten|halten|hält|gehalten|hat|haben) (?:\S+ ){0,6}?einzug"
    r"|eingezogen|zog|zogen|zieht|ziehen|eingerückt|rückt\w*|rücken|eingeritten|ritt|ritten"
    r"|einmarschiert\w*|marschiert\w*|marschieren)(?: |$)"
)


def fighting(sig: Signature) -> bool:
    """Say whether the sentence reports fighting ("without resistance" does not count)."""
    for m in FIGHTING.finditer(sig.text):
        k = sig.index(m.start())
        # "sans combat", "after two days of fighting", "a cessé le combat": no fighting goes on.
        before = sig.tokens[max(0, k - 4) : k]
        if not any(t in WITHOUT or t in AFTER_PREPS or t in _CEASED for t in before):
            return True
    return False


def _handed_over(sig: Signature, lex: CompiledLexicon, i: int, j: int, k: int) -> bool:
    """Say whether the city at k is the subject of a passive handover at [i, j) with no recipient
    ("X was handed over", "X a été remise", "X fue entregada", "X sei übergeben worden", not "… to UN
    peacekeepers"):
    nobody is said to leave, but the city changed hands."""
    if any(sig.at(lex.to_holder, x) for x in range(j, min(j + 4, len(sig.tokens)))):
        return False
    if k < i and lex.lex.verb_final and german.passive(sig, lex, i, j):
        return True  # "X sei am Morgen kampflos übergeben worden": the auxiliary after the participle
    return k < i and any(sig.at(lex.passive, x) for x in range(max(k + 1, i - 3), i))


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


_BEFORE_OBJECT = frozenset(  # articles, and Spanish "a" of a person: "repelió a los talibanes", "al ejército"
    (
        *("the", "la", "le", "l", "les", "el", "los", "las", "il", "i", "gli", "o", "os", "as", "die", "den"),
        *("a", "al"),
    )
)


# An infinitive: something governs it, and the verb after "and" too ("no logró repeler a los
# talibanes y recuperar X", "a tenté de repousser les talibans et de reprendre X").
_INFINITIVE_END = re.compile(r"(?:ar|er|ir|re)$")


def _blocks_first_verb_only(sig: Signature, blocker: re.Match[str], i: int) -> bool:
    """Say whether a blocker is a first verb whose object, a side, ends before "and <trigger>"."""
    routed = first_verbs_object(sig, i)
    end = sig.index(blocker.end() - 1)
    start = sig.index(blocker.start())
    if _INFINITIVE_END.search(sig.tokens[end]) or (start > 0 and sig.tokens[start - 1] == "to"):
        return False
    between = sig.tokens[end + 1 : routed]
    return routed > end and len(between) <= 2 and all(t in _BEFORE_OBJECT for t in between)


def governed(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> str:
    """Return why the trigger at [i, j) tells no change done (negation, intent, attempt…), or ""
    ("vowed to retake the town" names the side that lost it, not the one holding it)."""
    return _blocked(sig, lex, i, j, family)


def _named_day(sig: Signature, lex: CompiledLexicon, published: datetime | None) -> int | None:
    """Return the one day the sentence names (a weekday, a date), in days before publication, or None:
    what orders two events told on different days ("took X on Saturday … On Sunday, retook the city")."""
    backs = set(days_back(sig.tokens, lex, published)) if published is not None else set()
    return next(iter(backs)) if len(backs) == 1 else None


def _blocked(
    sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str, nouns: frozenset[str] = frozenset()
) -> str:
    """Return why negation, modality, intent, attempt, siege or denial governs the trigger, or "".

    German reads its clause whole (`monitor.match.german`); `nouns` are the sentence's nouns.
    """
    lo = max(clause_start(sig, i), i - 6)
    lo = _coordinated_start(sig, lex, lo, i)
    for k in range(lo, i):
        if sig.at(HEDGE, k):
            return f"hedged by '{sig.tokens[k]}'"
    if ONLY_TOOK.search(" ".join(sig.tokens[max(0, i - 14) : i])):
        return ""
    demand = demanded(sig, i)
    if demand:
        return f"asked for ('{demand}'), not done"
    going = _going_on(sig, lex.lex.lang, i, j, family)
    if going:
        return going
    repeated = _repeated(sig, lo, j)
    if repeated:
        return f"told as a history of several times ('{repeated}'), not the news"
    if lex.lex.lang == "de" and i and sig.tokens[i - 1] in ("zur", "zum") and _led_to(sig, j):
        return ""  # "Die Offensive hat zur Einnahme von X geführt": a result, not an aim
    if family == "capture" and any(sig.matching(BOTH_SIDES, lo, i)):
        return "both sides say so: contested, not taken"
    if family == "fall":
        fired = next((t for t in sig.tokens[lo:i] if t in PROJECTILES or t.endswith(PROJECTILE_ENDINGS)), "")
        if fired:
            return f"what fell is fired ('{fired}'), not a city"
    scoped = german.governor(sig, lex, i, j, family, nouns) if lex.lex.verb_final else None
    if scoped:
        return scoped
    rumour = "" if lex.lex.verb_final else rumoured(sig, i)  # ("Gerüchte, X sei gefallen": German's own)
    if rumour:
        return rumour
    for k in range(lo, i) if scoped is None else ():
        blocker = sig.at(lex.blockers, k)
        if blocker and negation_dates(sig, k, j):
            continue  # "did not fall until Thursday", "n'ont pris X que jeudi": it fell on Thursday
        if blocker and k == 0 and blocker.group(0) == "si" and _concessive(sig, lex):
            continue  # "Si Kiev a annoncé avoir retiré…": granted, not supposed
        if blocker and _reportive_past(sig, lex, k, i, family):
            continue  # "les FSR se seraient emparées de X": hearsay (a claim), not a condition
        if blocker and _blocks_first_verb_only(sig, blocker, i):
            continue  # "a repoussé les talibans et repris X": the first verb's, done, not the second's
        if blocker and not any(t in AFTER_PREPS for t in sig.tokens[max(lo, k - 3) : k]):
            return f"governed by '{blocker.group(0)}'"  # ("after months of fighting" dates the verb)
    if family == "capture" and lex.lex.lang == "de" and _attributive(sig, i, j):
        return f"an attribute ('{sig.tokens[j - 1]}'): a past change, not the news"
    if family == "capture" and pronoun_attribute(sig, i):
        return f"an attribute of '{sig.tokens[i - 1]}': a past change, not the news"
    if family != "nominal" and told_in_aside(sig.tokens, i, j, lambda x: sig.at(TIME, x) is not None):
        return "told in a relative clause between commas: who or what it is, not the news"
    if family == "withdraw" and not lex.lex.verb_final and _told_of_the_men(sig, i, j):
        return "told in a relative clause of fighters: which men they are, not the news"
    if family == "withdraw":
        for k in range(lo, i):
            if sig.at(BEGUN, k):
                return f"only begun ('{sig.tokens[k]}')"
    if family in ("nominal", "capture") and not lex.lex.verb_final:
        going = under_way(sig, i, j, family)  # "the army has begun the recapture of X", "… est en cours"
        if going:
            return going
    owned = _owned_noun(sig, i, family)  # "the AA's capture of X would cut …": only a conditional governs it
    # "The capture of X by the RSF is expected within days": governed after it too, after an article
    capture_noun = not lex.lex.verb_final and _capture_noun(sig, i, j, family)
    if (
        family not in ("nominal", "fall")
        and not (owned or capture_noun)
        and not (family == "withdraw" and (sig.tokens[i] in _LOSS_NOUNS or sig.tokens[i] in WITHDRAWAL_NOUN))
    ):
        return ""  # (a loss noun is governed after it too: "la perte de X serait un coup dur")
    noun = family == "nominal" or (family == "withdraw" and sig.tokens[i] in WITHDRAWAL_NOUN) or capture_noun
    whose = -1  # "the withdrawal of Turkish troops from X is planned": whose, then a copula's blocker
    if family == "fall" and sig.at(FALL_NOT, j):  # "Kabul fell silent", "der Strom fiel aus"
        return f"another sense of the verb ('{sig.tokens[j]}')"
    seen_place = False
    unopposed = -1  # the last token of "sans combat", "sem resistência": how it fell, not whether
    for k in range(j, min(j + 8, len(sig.tokens))):
        if k >= j + 6 and whose < 0:
            break  # (two more words past whose it is: "the withdrawal of Turkish troops from X is planned")
        if sig.tokens[k] in QUOTES or k <= unopposed:
            continue  # „März oder April“: the quoted words still govern
        if sig.tokens[k].startswith("@p") and not seen_place:
            seen_place = True
            continue
        if noun and whose < 0 and sig.tokens[k].startswith("@a"):
            whose = k
            continue
        planned_next = _PLANNED.fullmatch(sig.tokens[k + 1]) if k + 1 < len(sig.tokens) else None
        if noun and sig.tokens[k] in _COPULAS and planned_next:
            continue  # ("il ritiro di X è previsto": "e", folded, is no "and" here)
        if sig.tokens[k].startswith("@") or sig.tokens[k] in STOP or sig.tokens[k] in CLAUSE_LINKS:
            return ""
        if noun and sig.tokens[k] in _WOULD_BE:
            return f"governed by '{sig.tokens[k]}'"  # "la caduta di X sarebbe un duro colpo"
        blocker = sig.at(lex.blockers, k) or (sig.at(GAVE_UP, k) if family == "nominal" else None)
        copula = sig.tokens[k - 1] in _COPULAS or (
            lex.lex.verb_final and any(t in _COPULAS for t in sig.tokens[j:k])  # "ist für Montag geplant"
        )
        if not blocker and noun and copula:
            blocker = _PLANNED.fullmatch(sig.tokens[k])  # "le retrait de X est prévu pour lundi"
        if blocker and whose >= 0 and not copula and sig.tokens[k] not in _MAIN_NEGATION:
            continue  # ("the capture of X by the Taliban, expected for weeks": said of the side)
        without = sig.at(UNOPPOSED, k) if blocker else None
        if without:
            unopposed = sig.index(without.end() - 1)
            continue
        if blocker and sig.at(lex.to_holder, k) and _holder_follows(sig, k):
            return ""  # "caiu para as RSF", "a queda de X para os rebeldes": to whom, not what for
        if blocker and lex.lex.verb_final and german.circumstance(sig, j, k):
            continue  # "fiel nach über einem Jahr Belagerung an die RSF"
        if blocker and any(t in AFTER_PREPS for t in sig.tokens[max(j, k - 4) : k]):
            continue  # "fell after a two-week siege", "capitola dopo otto giorni d'assedio": it fell
        if blocker and owned and sig.tokens[k] not in ("would", "might"):  # (not "could not be confirmed")
            continue
        if blocker and capture_noun and sig.tokens[k] == "would":
            continue  # "The recapture of X would mark the biggest victory": told of a change done
        if blocker:
            return f"governed by '{blocker.group(0)}'"
    return ""


# How often, for a change told as a history: "have captured X several times", "mehrmals erobert".
_SEVERAL_TIMES = re.compile(
    r"(?<!\S)(?:(?:several|many|multiple) times|repeatedly|more than once|mehrmals|mehrfach|wiederholt"
    r"|(?:a )?plusieurs (?:reprises|fois)|(?:varias|repetidas) veces|reiteradamente|(?:piu|diverse) volte"
    r"|ripetutamente|varias vezes|repetidamente)(?!\S)"
)


def _repeated(sig: Signature, lo: int, j: int) -> str:
    """Return the words saying the change whose trigger ends at j happened several times, in its
    clause from `lo`, or ""."""
    end = j
    while end < len(sig.tokens) and end < j + 8 and sig.tokens[end] not in STOP and sig.tokens[end] != ",":
        end += 1
    found = _SEVERAL_TIMES.search(" ".join(sig.tokens[lo:end]))
    return found.group(0) if found else ""


# Words that count a part of a side's forces: "withdrew some units from X", "a retiré certaines
# unités de X", "hat einige Einheiten aus X abgezogen".
_PART = frozenset(
    (
        *("some", "several", "certain", "part", "certaines", "certains", "quelques", "partie"),
        *("algunas", "algunos", "parte", "einige", "einigen", "mehrere", "teil", "alcune", "alcuni"),
        *("algumas", "alguns"),
    )
)
# Who is counted: the side's units ("some units", "einige Einheiten", "parte delle truppe").
_UNITS = FORCE_NOUNS | frozenset(("einheiten", "truppen", "soldaten", "verbände", "kräfte", "unità"))


def _part_withdrawn(sig: Signature, i: int, j: int, k: int) -> bool:
    """Say whether the withdrawal at [i, j) from the place at k moves a part of the side's forces
    only, counted before the place, or its arms: the side stays in the city."""
    between = range(j, k) if k >= j else range(max(0, k - 4), k)  # ("einige Einheiten aus X abgezogen")
    objects = range(i + 1, k) if k >= j else between  # (inside the trigger: "pulled its weapons out of")
    if len(objects) <= 8 and any(sig.tokens[x] in _EQUIPMENT for x in objects):
        return True  # "pulled its heavy weapons out of X": arms, not the side, leave
    return len(between) <= 6 and any(
        sig.tokens[x] in _PART and any(t in _UNITS for t in sig.tokens[x + 1 : x + 4]) for x in between
    )


# What a side may move out of a city and stay: its arms ("pulled its heavy weapons out of X",
# "a retiré ses armes lourdes de X", "hat schwere Waffen aus X abgezogen").
_EQUIPMENT = frozenset(
    (
        *("weapons", "artillery", "equipment", "armes", "artillerie", "armas", "artilleria", "waffen"),
        *("armi", "artiglieria", "artilharia", "equipamento", "equipamiento", "materiel"),
    )
)


# Progressive auxiliaries, with the adverbs that may stand between ("are slowly taking", "están
# tomando", "estão a tomar"); Italian's "sta", "stanno" are blockers of its lexicon already.
_PROGRESSIVE_AUX = {
    "en": frozenset(("is", "are", "was", "were", "am", "be", "been")),
    "es": frozenset(("esta", "estan", "estaba", "estaban", "sigue", "siguen", "seguia", "seguian")),
    "pt": frozenset(("esta", "estao", "estava", "estavam", "segue", "seguem", "seguia", "seguiam")),
}
_PROGRESSIVE_ADVERBS = frozenset(
    ("now", "still", "slowly", "gradually", "steadily", "already", "reportedly", "ya", "todavia", "aun")
)
_GERUND_ENDINGS = {"en": ("ing",), "es": ("ando", "iendo"), "pt": ("ando", "endo", "indo")}
# A conditional copula after a change noun: what it would mean, not that it happened ("la caduta di X
# sarebbe un colpo", "la caída de X sería"); before a participle it is hearsay ("sarebbe caduta").
_WOULD_BE = frozenset(("sarebbe", "sarebbero", "seria", "serian", "seriam"))
# A negation right after a change noun and whose it is: it negates the main verb ("The capture of
# X by the RSF has not been confirmed"), not words said of the side.
_MAIN_NEGATION = frozenset(("not", "never"))
# Verbs in the conditional (or the future) after a gerund or an infinitive that opens the clause:
# "Losing X would be a blow" (`_WOULD_BE`: those a change noun's copula takes).
_CONDITIONAL_MOOD = _WOULD_BE | frozenset(
    (
        *("would", "could", "might", "will", "may", "podria", "podrian", "supondria"),
        *("serait", "pourrait", "signifierait", "poderia", "significaria", "potrebbe"),
    )
)
_INFINITIVE_ENDINGS = ("ar", "er", "ir", "re")


# What opens a clause going on at the time of another event: "The orders came as the MNLA was
# taking control of X" tells a change that happened then.
_CONCURRENT = {
    "en": frozenset(("as", "while", "when", "whilst")),
    "es": frozenset(("mientras", "cuando")),
    "pt": frozenset(("enquanto", "quando")),
}


def _concurrent(sig: Signature, lang: str, k: int) -> bool:
    """Say whether the progressive auxiliary at k is in a clause of concurrent time ("as … was taking")."""
    words = _CONCURRENT.get(lang, frozenset())
    for x in range(k - 1, max(-1, k - 7), -1):
        if sig.tokens[x] in STOP or sig.tokens[x] == ",":
            return False
        if sig.tokens[x] in words:
            return True
    return False


def _going_on(sig: Signature, lang: str, i: int, j: int, family: str) -> str:
    """Return why a trigger in the progressive or opening its clause before a conditional is not a
    change done, or "": "the RSF are capturing X street by street", "las FAR están tomando X", "les
    FSR sont en train de prendre X" are going on; "Losing X would be a blow", "Perder X sería un golpe"
    are supposed. Not "after losing X", which is done, nor a side's withdrawal ("announced they are
    withdrawing from X"): the decision is the news."""
    word = sig.tokens[i]
    if family == "withdraw" and not word.startswith(("los", "perd")):
        return ""
    k = i - 1
    while k >= 0 and sig.tokens[k] in _PROGRESSIVE_ADVERBS:
        k -= 1
    aux = _PROGRESSIVE_AUX.get(lang, frozenset())
    gerund = lang in _GERUND_ENDINGS and word.endswith(_GERUND_ENDINGS[lang])
    if gerund and k >= 0 and sig.tokens[k] in aux and not _concurrent(sig, lang, k):
        return f"going on ('{sig.tokens[k]} {word}'), not done"
    if lang == "pt" and k >= 1 and sig.tokens[k] == "a" and sig.tokens[k - 1] in aux:
        return f"going on ('{sig.tokens[k - 1]} a {word}'), not done"  # "estão a tomar X"
    if lang == "fr" and sig.tokens[max(0, i - 3) : i - 1] == ["en", "train"]:
        return f"going on ('en train de {word}'), not done"
    opens = i == clause_start(sig, i) or (i == 1 and sig.tokens[0] in QUOTES)
    verbal = word.endswith("ing") if lang == "en" else word.endswith(_INFINITIVE_ENDINGS)
    if opens and verbal:
        for x in range(j, min(j + 8, len(sig.tokens))):
            if sig.tokens[x] in STOP or sig.tokens[x] == ",":
                break
            if sig.tokens[x] in _CONDITIONAL_MOOD:
                return f"supposed ('{word} … {sig.tokens[x]}')"
    return ""


# Finite auxiliaries that open a coordinated clause of their own: "avanzarono per tutta la notte e
# hanno conquistato X", "ont encerclé la ville pendant des semaines et ont pris X".
_FINITE_AUX = frozenset(
    (
        *("has", "have", "had", "ont", "a", "avait", "avaient", "sont", "han", "ha", "habian", "habia"),
        *("hanno", "aveva", "avevano", "sono", "tem", "têm", "tinha", "tinham", "foram", "foi", "fue"),
        *("fueron", "was", "were", "furent", "fut"),
    )
)


# Object pronouns between "and" and the auxiliary of a second clause ("e l'hanno presa", "y la han tomado").
_CLITIC_OBJECTS = frozenset(("l", "la", "lo", "le", "li", "ne", "les"))


# What sequences a second verb after a first: "puis", "and then", "e poi", "y luego", "e depois".
_THEN = frozenset(("puis", "then", "poi", "luego", "depois", "dann", "ensuite", "despues"))
# A verb that is still an infinitive after "then" ("veulent encercler puis prendre X") stays governed.
_NEVER = re.compile(r"(?!)")
_INFINITIVE = {
    "fr": re.compile(r"(?:er|ir|re)$"),
    "it": re.compile(r"(?:are|ere|ire)$"),
    "es": re.compile(r"(?:ar|er|ir)$"),
    "pt": re.compile(r"(?:ar|er|ir)$"),
    "en": re.compile(r"^(?!.*ed$)(?!(?:took|retook|overran|fell|won|taken|retaken|fallen|seized)$)"),
}


def _coordinated_start(sig: Signature, lex: CompiledLexicon, lo: int, i: int) -> int:
    """Return where the trigger's own clause starts when "and" + a finite auxiliary opens it after `lo`.

    What governs the first verb of "hanno avanzato per tutta la notte e hanno conquistato X" (the
    "per" of a duration, a negation, a modal) does not reach the second.
    """
    for k in range(i - 2, lo - 1, -1):
        aux = sig.tokens[k + 1]
        if aux in _CLITIC_OBJECTS and k + 2 < i:
            aux = sig.tokens[k + 2]  # "e l'hanno presa", "et l'ont prise": the object told by a pronoun
        if sig.tokens[k] in COORDINATION and aux in _FINITE_AUX and (aux != "a" or lex.lex.lang == "fr"):
            return k + 1  # (only French keeps "a" "has" apart from "à")
    for k in range(i - 1, lo - 1, -1):  # "ont encerclé puis pris X", "besieged and then captured X"
        then = sig.tokens[k] in _THEN or (sig.tokens[k] in COORDINATION and sig.tokens[k + 1] in _THEN)
        if then and not _INFINITIVE.get(lex.lex.lang, _NEVER).search(sig.tokens[i]):
            return k + 1
    return lo


# The French conditional of "être" before a participle: the reportive past of a reflexive or
# intransitive verb ("se seraient emparés", "serait tombée", "seraient entrés"), told as hearsay.
_REPORTIVE_ETRE = frozenset(("serait", "seraient"))
_COUNTERFACTUAL = frozenset(("si", "sans", "faute", "autrement", "sinon"))


def _reportive_past(sig: Signature, lex: CompiledLexicon, k: int, i: int, family: str) -> bool:
    """Say whether the blocker at k is French "serait(ent)" forming a reportive past with the trigger at i.

    "Les FSR se seraient emparées de X", "X serait tombée": what is said to have happened, a claim
    that a denial drops (`hearsay`). Not a conditional passive ("X serait prise si…"): a verb
    with "être" as its own auxiliary or a reflexive only, right before the trigger.
    """
    if lex.lex.lang != "fr" or sig.tokens[k] not in _REPORTIVE_ETRE or i - k > 2:
        return False
    if any(t in _COUNTERFACTUAL for t in sig.tokens[:k]):
        return False  # "Sans l'aviation, X serait tombée": what would have happened
    reflexive = k > 0 and sig.tokens[k - 1] in ("se", "s")
    return reflexive or family in ("fall", "enter", "withdraw")


def _holder_follows(sig: Signature, k: int) -> bool:
    """Say whether a watched actor follows the preposition at k in its phrase ("para as RSF")."""
    for x in range(k + 1, min(len(sig.tokens), k + 5)):
        if x in sig.actor_at:
            return True
        if sig.tokens[x] in STOP or sig.tokens[x] == ",":
            return False
    return False


_LOSS_NOUNS = frozenset(("perte", "perdita", "perda", "perdida", "loss", "verlust"))
# The copulas of a noun's predicate: "is planned", "est prévu", "è previsto", "está previsto", "ist geplant".
_COPULAS = frozenset(
    ("is", "was", "are", "were", "est", "sont", "e", "sera", "esta", "estan", "ist", "sind", "wird", "war")
)
# A change still to come, said of it by a copula: "est prévu", "è previsto", "ist geplant" (the
# lexicons' blockers miss these: before a verb, "comme prévu" does not govern it).
_PLANNED = re.compile(
    r"prevue?s?|programmee?s?|attendue?s?|previst[oaie]s?|programmat[oaie]|programad[oa]s?|atteso|attesa"
    r"|esperad[oa]s?|geplant|vorgesehen|erwartet|scheduled"
)

# What opens a German noun phrase: "im eroberten X", "die von der RSF eroberte Stadt".
_DE_ARTICLE = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "beim",
        "ein",
        "eine",
        "einer",
        "einem",
        "eines",
        "dieser",
        "diese",
        "dieses",
        "diesem",
    ]
)


def _attributive(sig: Signature, i: int, j: int) -> bool:
    """Say whether a German participle is an inflected attribute, not the verb ("die eroberte Stadt")."""
    word = sig.tokens[j - 1]
    if j - i != 1 or not re.search(r"(?:t|n)(?:e|en|er|es|em)$", word) or word.endswith(("ern", "men")):
        return False  # "eroberten" may be the verb ("Die Rebellen eroberten X"): only after an article
    if i and sig.tokens[i - 1] in _DE_ARTICLE:
        return True
    for k in range(i - 1, max(0, i - 7), -1):  # "die von der RSF eroberte Stadt": agent inside the phrase
        if sig.tokens[k] in STOP or sig.tokens[k] == ",":
            return False
        if sig.tokens[k] in ("von", "vom", "durch") and k and _opens_attribute(sig, k - 1):
            return True
    return False


# What may stand between an article and the agent of its attribute: "die am Sonntag von der RSF
# eroberte Stadt", "die erst gestern von der Armee befreite Stadt".
_DE_ATTRIBUTE_TIME = frozenset(
    ("am", "erst", "bereits", "schon", "gestern", "vorgestern", "kürzlich", "zuvor")
)


def _opens_attribute(sig: Signature, k: int) -> bool:
    """Say whether an article opens the noun phrase before token k+1, over a time of day between."""
    for x in range(k, max(-1, k - 4), -1):
        if sig.tokens[x] in _DE_ARTICLE:
            return True
        if not (sig.tokens[x] in _DE_ATTRIBUTE_TIME or sig.at(TIME, x)):
            return False
    return False


def _led_to(sig: Signature, j: int) -> bool:
    """Say whether "zur <noun>" is governed by "führen" (led to), read up to the clause's end."""
    for x in range(j, min(len(sig.tokens), j + 12)):
        if sig.tokens[x] in STOP or sig.tokens[x] == ",":
            return False
        if sig.tokens[x] in ("geführt", "führte", "führten", "führt", "führen"):
            return True
    return False


def _fall_noun(sig: Signature, i: int) -> bool:
    """Say whether a fall trigger is the noun after an article: "la caduta di X", "a queda de X"."""
    return sig.tokens[i] in FALL_NOUNS and i > 0 and sig.tokens[i - 1] in _NOUN_ARTICLES


def _owned_noun(sig: Signature, i: int, family: str) -> bool:
    """Say whether a capture trigger is a noun after a possessive: "last week's capture of X"."""
    owner = i > 1 and (sig.tokens[i - 2].isalpha() or (i - 2) in sig.actor_at)  # ("the AA's capture")
    return family == "capture" and owner and sig.tokens[i - 1] == "s"


def _capture_noun(sig: Signature, i: int, j: int, family: str) -> bool:
    """Say whether a capture trigger is a noun between an article and "of": "la prise de X",
    "la toma de X", "the seizure of X" (dated like the nominal triggers: "depuis la prise de X")."""
    article = i > 0 and sig.tokens[i - 1] in _CAPTURE_ARTICLES
    return family == "capture" and article and j < len(sig.tokens) and sig.at(OF, j) is not None


_NOUN_ARTICLES = frozenset(("the", "la", "della", "dalla", "alla", "nella", "a", "da", "na", "el", "del"))
# (a capture noun's article: the fall nouns' and the masculine ones, "il", "l'", "der", "dal")
_CAPTURE_ARTICLES = _NOUN_ARTICLES | frozenset(("die", "der", "il", "l", "dal"))


