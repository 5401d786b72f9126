"""Name the holder from the whole article when the sentence names none (pure).

The side the article names most that can hold the place, never one it says lost it or held it
(`monitor.match.held_before`), and not a side when an unwatched group or another army took it,
nor for a change told after the lead by a side the article never has take anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from monitor.match.reading import Candidate
from monitor.match.signature import fold
from monitor.model import Actor

if TYPE_CHECKING:
    from monitor.match.control import Detector


# The rules that guess, as `--explain` names them (`Candidate.found_by`).
NAMED_OPPONENT = "the one opponent of who left that the article names"
BESIEGERS = "the one side named besides the defenders who left"
OPENING_SUBJECT = "the side opening the sentence, for a recapture"
SOLDIERS_ARMY = "the army of the soldiers who did it"
GOVERNMENT_RETAKES = "the government, for a recapture when no government is named"
MOST_NAMED = "the side the article names most"
OPPONENT_OF_LEAVER = "the one opponent of the side that left or held it"


def with_fallback(
    cand: Candidate,
    actors: Sequence[Any],
    det: Detector,
    losers: set[Actor],
    nations: Callable[[], Counter[Actor]],
    unnamed: bool = False,
    left: set[Actor] | None = None,
    takers: frozenset[Actor] = frozenset(),
    lead: int = 1,
) -> Candidate:
    """Name the holder from the whole article when the sentence names none.

    The actor able to hold the place that the article mentions most (by name or nationality,
    `nations()`), not one it says lost ground (`losers`), preferring the government side for a
    recapture and the other side for a capture or a fall; failing that, the one opponent of the
    one side said to have left the place (`left`), unless an unwatched group took it (`unnamed`). When that
    actor is who reports the change ("the Taliban say it has fallen"), it is a claim. When the
    side that left fights several opponents, the one of them the article names, if only one.
    The side named most is not guessed for a change told after the lead that it takes no part in
    (`takers`: the sides the article has take or enter a place) when the article names another.
    """
    counts = Counter(m.actor.name for m in actors if det.valid(m.actor, cand.place))
    by_name = frozenset(counts)  # (before nationalities and countries are counted in)
    if cand.previous is not None and cand.inferred:
        # "the Red Guards evacuated X" and they fight two sides: the one of them the article names
        # (an inference weaker than a holder read in a clause, even a claimed one)
        opponents = {a.name for a in det.opponents(cand.previous, cand.place)}
        named = [n for n in counts if n in opponents]
        if len(named) == 1:
            return replace(cand, actor=det.actors[named[0]], confidence=cand.confidence * 0.6,
                           found_by=f"guessed: {NAMED_OPPONENT}")
        return cand
    if cand.defenders:
        return _besiegers(cand, counts, det, losers, nations)
    want_gov = cand.kind == "retake"
    # the sides of the government's war, when the article names only another war's (1857, not 1948)
    foreign = det.another_war(counts, cand.place.country)
    chosen: Actor | None = None
    rule = ""
    after_leaving = False  # the opponent of the one side that left: an army named is the one that left
    opener = _opening_actor(cand, det) if want_gov else None
    if opener is not None:
        chosen, factor, rule = opener, 0.8, OPENING_SUBJECT
    elif _soldiers_did_it(cand):
        # "Troops have captured X, the rebels' stronghold": soldiers are an army's, never the group
        # the article names; the army the article names (by name or nationality), else the country's.
        counts.update({a.name: c for a, c in nations().items() if det.valid(a, cand.place)})
        armies = [n for n in counts if det.is_army(det.actors[n]) and det.actors[n] not in losers
                  and n not in foreign]
        chosen = det.actors[max(armies, key=lambda n: counts[n])] if armies else det.government(
            cand.place.country)
        if _POWER_SEIZED.search(fold(cand.evidence)) and (chosen is None or det.is_army(chosen)):
            # "Soldiers seized power in X": a coup, never the rulers' army; the junta, or the one
            # side against the government the article names ("… the CTRI said")
            chosen = det.junta(cand.place) or _named_against_rulers(cand, det, by_name)
        factor, rule = 0.8, SOLDIERS_ARMY
    elif want_gov and not any(det.actors[n].government for n in counts) and not foreign:
        chosen = det.government(cand.place.country)
        factor, rule = 0.8, GOVERNMENT_RETAKES
    else:
        # "Israeli armoured columns entered": a nationality names a side too
        counts.update({a.name: c for a, c in nations().items() if det.valid(a, cand.place)})
        preferred = [
            n for n in counts
            if det.actors[n].government == want_gov and det.actors[n] not in losers and n not in foreign
        ]
        if preferred:
            chosen = det.actors[max(preferred, key=lambda n: counts[n])]
            rule = MOST_NAMED
            if _weak_late_guess(cand, chosen, by_name, takers, lead):
                return cand
        elif left is not None and len(left) == 1 and not (unnamed and _group_named(cand, det)):
            # "Soldiers entered the town after the RSF withdrew" (not "Karen National Union fighters
            # seized X after the junta left": a group of its own took it)
            loser = next(iter(left))
            chosen = det.opponent(loser, cand.place) if det.valid(loser, cand.place) else None
            after_leaving = loser.government  # ("tombée après le retrait de l'armée afghane")
            rule = OPPONENT_OF_LEAVER
        factor = 0.85
    if chosen is None or chosen == cand.previous or chosen in losers:
        return cand  # never the side the article says lost the place
    if not chosen.government and not after_leaving and _other_army(cand, chosen, det):
        return cand
    claim = cand.claim or chosen.name in cand.speakers
    confidence = cand.confidence * factor * (0.65 if claim and not cand.claim else 1.0)
    return replace(cand, actor=chosen, confidence=confidence, claim=claim, guessed=True,
                   found_by=f"guessed: {rule}")


def _weak_late_guess(
    cand: Candidate, chosen: Actor, named: frozenset[str], takers: frozenset[Actor], lead: int = 1
) -> bool:
    """Say whether the most-named side is too weak a guess for a change told after the lead.

    A change with no taker told past the headline and the lead, in an article naming another side
    able to hold the place, and the guessed side takes nothing in any clause of the article: it is
    named most as the side the story is about (often the one that lost the city), not as a taker.
    Guessing nobody then costs one miss; guessing wrong a miss and a false alarm (blind corpora:
    4 right guesses fewer, 5 wrong holders and 13 false alarms fewer). Not when the article has it
    take something (`takers`: a clause giving it a place, or a sentence it opens telling a taking
    or an entry, "…, then Kunduz, Taloqan and Aibak": a list of its conquests). The other side
    must be named by its name (`named`): "in the north of Afghanistan" places the story, it names
    no side.
    """
    late = cand.sentence is not None and cand.sentence > lead  # (a dateline line is not the lead)
    return late and chosen not in takers and any(name != chosen.name for name in named)


def _besiegers(
    cand: Candidate,
    counts: Counter[str],
    det: Detector,
    losers: set[Actor],
    nations: Callable[[], Counter[Actor]],
) -> Candidate:
    """Name who holds a city its defenders left: the one side the article names, when not a government.

    "The Taliban surrounded X. The garrison withdrew overnight": the garrison is the other side's.
    A government named alone may be the garrison's own ("…, the Afghan army said"), so nobody.
    """
    counts.update({a.name: c for a, c in nations().items() if det.valid(a, cand.place)})
    named = [det.actors[n] for n in counts if det.actors[n] not in losers]
    if len(named) != 1 or named[0].government:
        return cand
    return replace(cand, actor=named[0], confidence=cand.confidence * 0.8, guessed=True,
                   found_by=f"guessed: {BESIEGERS}")


# Soldiers, and an army's arms and weapons, folded: "troops", "tanks", "Panzer und Infanterie".
_SOLDIER_NOUN = (
    r"(?:troops|soldiers|troupes|soldats|tropas|soldados|militares|truppe|soldati|militari|truppen|"
    r"soldaten|tanks|panzer|infantry|infanterie|l infanterie|fantassins|infanteria|infantaria|fanteria|"
    r"la fanteria|chars|blindes|tanques|blindados|carri armati|"
    r"carros de combate|paratroopers|fallschirmjäger|parachutistes|paracaidistas|paracadutisti|"
    r"paraquedistas)"
)

# Soldiers named without saying whose ("Troops have taken X", "Soldaten haben X eingenommen"),
# then at most two words (an auxiliary, a day) before the verb, at the start of a clause.
_SOLDIERS = re.compile(
    r"(?:^|[,;:] |\b(?:the|les|des|los|las|os|as|i|gli|le|die|der) )"
    rf"{_SOLDIER_NOUN}(?: (?:and|und|et|y|e) {_SOLDIER_NOUN})?"
    # (or further back, with a first verb of theirs before "and": "die Truppen setzten von X aus
    # über und besetzten Y", "the troops crossed the river and took Y")
    r"(?:(?: [\w'’]+){0,2}|(?: [\w'’]+){1,8} (?:und|and|et|y|e)(?: [\w'’]+)?) $"
)


# Power seized, in the six languages (folded): "seized power", "ont pris le pouvoir", "tomaron el
# poder", "hanno preso il potere", "tomaram o poder", "übernahmen die Macht".
_POWER_SEIZED = re.compile(
    r"\b(?:(?:seiz|grabb)\w* power|(?:took|taken|take|takes|taking) power"
    r"|(?:pris|prennent|prend|emparee?s? du) (?:le )?pouvoir|(?:tom|asum)\w* el poder"
    r"|(?:pres|prend)\w* il potere|tom\w* o poder|(?:ubernahm|übernahm|ergriff)\w* (?:\S+ ){0,3}?die macht"
    r"|die macht (?:\S+ ){0,3}?(?:ubernommen|übernommen|ergriffen))\b"
)


def _named_against_rulers(cand: Candidate, det: Detector, named: frozenset[str]) -> Actor | None:
    """Return the one side the article names by name that opposes the place's government, or None."""
    rulers = det.government(cand.place.country)
    if rulers is None:
        return None
    against = {a.name for a in det.opponents(rulers, cand.place)}
    found = [n for n in named if n in against]
    return det.actors[found[0]] if len(found) == 1 else None


def _soldiers_did_it(cand: Candidate) -> bool:
    """Say whether the candidate's verb has bare soldiers for its subject (see `_SOLDIERS`)."""
    folded = fold(cand.evidence)
    pos = _verb_at(cand, folded)
    return pos > 0 and _SOLDIERS.search(folded[:pos]) is not None


def _verb_at(cand: Candidate, folded: str) -> int:
    """Where the candidate's trigger starts in its folded sentence, -1 when not found: the words
    before a side or a place the trigger spans ("übernahmen nach Angaben @a0 …" stands for "der
    Regierung", which the sentence has in its place)."""
    words = cand.trigger.partition(": ")[2].split(" @")[0]
    return folded.find(words) if words and not words.startswith("@") else -1


def _group_named(cand: Candidate, det: Detector) -> bool:
    """Say whether the subject before the candidate's verb has a proper name that no watched side
    accounts for ("Karen National Union fighters seized X"; not "Soldiers entered X")."""
    words = cand.trigger.partition(": ")[2]
    pos = fold(cand.evidence).find(words) if words else -1
    if pos <= 0:
        return False
    region = cand.evidence[:pos]
    covered = [(m.start, m.end) for m in det.actor_matcher.find(region, country=cand.place.country)]
    names = [
        m
        for m in _WORD.finditer(region)
        if m.group(0)[0].isupper()
        and not any(a <= m.start() < b for a, b in covered)
        and not _RANK.fullmatch(m.group(0))
        and not _COMMANDER.search(region[: m.start()])
    ]
    opening = _WORD.search(region)
    return any(opening is None or m.start() != opening.start() for m in names)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# "Troops under General Ante Gotovina entered X": a commander's rank and name, not a group's (the
# words of a name after a rank or "led by", up to three of them).
_RANKS = (
    r"general|colonel|major|commander|marshal|captain|g[ée]n[ée]ral|mar[ée]chal|commandant|capitaine|"
    r"coronel|comandante|generale|colonnello|maresciallo|capitano|marechal|capit[ãa]o|oberst|"
    r"feldmarschall|hauptmann|kommandeur"
)
_RANK = re.compile(rf"(?:{_RANKS})\.?", re.I)
_COMMANDER = re.compile(
    rf"(?:\b(?:{_RANKS})\.?|\b(?:led|commanded) by|\bunder the command of|\bsous les ordres d[eu]|"
    r"\bbajo el mando de|\bal comando d[ie]l?)"
    r"(?:\s+(?:de|von|van|al|el|di|da)?\s*[\w'’.-]+){0,2}\s+$",
    re.I,
)


# A country's army named without saying whose ("Armee erobert X" in a headline): German nouns
# case-sensitive. Not "government": "the Western-backed government" is mostly the side that lost.
_ARMY_NOUN = re.compile(
    r"(?<!\w)(?:(?i:army|armée|ejército|exército|esercito)|Armee|Militär)(?!\w)"
)


def _other_army(cand: Candidate, chosen: Actor, det: Detector) -> bool:
    """Say whether the candidate's sentence names an army other than `chosen`'s.

    Issue 10: "Armee erobert Kilinochchi" must not give the town to the rebels, the only side
    the article names; the army is the taker, just not one the matcher could place. Nor "au
    lendemain de la prise de X, le chef de l'armée sri-lankaise…": the army the sentence names
    took part, whatever role the clause gives it, so the rebels named elsewhere are not the taker.
    """
    spans = [
        (m.start, m.end)
        for m in det.actor_matcher.find(cand.evidence, country=cand.place.country)
        if m.actor == chosen
    ]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in spans)
        and not _HELD_BY_ARMY.match(cand.evidence, m.end())
        and not _ARMY_RANK.match(cand.evidence, m.end())
        and not _ARMY_HOLDING.search(cand.evidence[: m.start()])
        for m in _ARMY_NOUN.finditer(cand.evidence)
    )


# "forces loyal to a renegade army colonel": a man's rank, not an army that took the city.
_ARMY_RANK = re.compile(
    r"\s+(?:colonel|general|officer|major|captain|lieutenant|sergeant|deserter|veteran)s?\b", re.I
)

# "the last army stronghold", "le dernier bastion de l'armée": the army owns what it lost here.
_HELD_BY_ARMY = re.compile(
    r"\s+(?:stronghold|bastion|base|garrison|positions?|outpost|headquarters)s?\b", re.I
)


_ARMY_HOLDING = re.compile(
    r"(?:stronghold|bastion|fief|base|garrison|positions|hochburg|roccaforte|bastione|bastião|baluarte|bastión)"
    r"\s+(?:of|de|du|del|della|dell'|der|do|da)\s*(?:the\s+|la\s+|l'|l’|el\s+|lo\s+)?$",
    re.I,
)


# What may stand before a sentence's subject: articles ("Les forces loyales à X ont repris").
_SUBJECT_OPENERS = frozenset({"", "the", "les", "la", "le", "l", "los", "las", "el", "die", "der",
                              "os", "as", "o", "a", "i", "gli", "il"})


def _opening_actor(cand: Candidate, det: Detector) -> Actor | None:
    """Return the watched non-government side that opens the candidate's sentence as its subject.

    "Les forces loyales à Mouammar Kadhafi (...), après avoir repris Ajdabiya": a recapture
    whose holder was not found next to the verb is its sentence's subject's, not the
    government's, when that subject is the government's opponent and no government is named.
    """
    mentions = det.actor_matcher.find(cand.evidence, country=cand.place.country)
    if not mentions or any(m.actor.government for m in mentions):
        return None
    first = mentions[0]
    opening = fold(cand.evidence[: first.start]).strip() in _SUBJECT_OPENERS
    return first.actor if opening and det.valid(first.actor, cand.place) else None
