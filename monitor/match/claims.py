"""Who says a change happened, and whether someone denies it, inside one sentence (pure).

The new holder's own claim ("the Taliban said they had taken X"), hearsay ("reportedly"), a
change only reported, and a denial that bears on the change rather than on something else.
"""

from __future__ import annotations

import re
from functools import cache

from monitor.match.demonyms import COUNTRY_NAMES
from monitor.match.expressions import CompiledLexicon
from monitor.match.holders import clause_start
from monitor.match.normalize import fold
from monitor.match.signature import Signature
from monitor.match.words import (
    ATTRIBUTION,
    CITY,
    CLITIC_OBJECT,
    COORDINATION,
    DENIAL_FILLER,
    DENY_VERB,
    HOLDING,
    LOSS,
    QUOTES,
    REPORT_NOUN,
    REPORTIVE,
    REPORTIVE_ZUFOLGE,
    REPORTS_OF,
    SOURCE_NOUN,
    SOURCES_SAID,
    SPOKES,
    STOP,
    UNVERIFIED,
)
from monitor.model import Actor


def speakers_before(sig: Signature, lex: CompiledLexicon, i: int) -> frozenset[str]:
    """Return the actors named before the last reporting verb ahead of the trigger."""
    said = [x for x, _m in sig.matching(lex.say, 0, i)]
    if not said:
        return frozenset()
    return frozenset(sig.actors[sig.actor_at[x]].actor.name for x in range(0, said[-1]) if x in sig.actor_at)


def is_claim(sig: Signature, lex: CompiledLexicon, i: int, actor: Actor | None) -> bool:
    """Say whether the sentence reports the new holder's own claim rather than a confirmed fact."""
    if lex.claim.search(sig.text):
        return True
    for m in lex.denial.finditer(sig.text):
        a, b = sig.span(m)
        # After the change: "Georgia says Russia took X; Moscow denies it". Before it, with the
        # report between them: "rejeitou as alegações de que o Boko Haram tomou X", "a qualifié
        # de mensongères les informations sur la prise de X", "wies die Darstellung … zurück, sie
        # habe X eingenommen" (issue 10).
        after = sig.index(m.start()) > i or sig.index(m.end() - 1) > i
        reported = after or any(sig.at(REPORT_NOUN, x) for x in range(a, i))
        if not reported and b <= i:  # "calificó de bulo la toma de X": the change is the object
            reported = all(sig.tokens[x] in _LINKS for x in range(b, i))
        if reported and not UNVERIFIED.search(m.group(0)) and denial_bears_on_change(sig, lex, a, b):
            return True
    if REPORTS_OF.search(" ".join(sig.tokens[max(0, i - 6) : i])):
        return True  # "reports of the fall of X": not yet a fact
    if hearsay(sig, i):
        return True  # "les FSR auraient pris X", "reportedly captured X", "según fuentes locales"
    opening = [x for x in range(0, i) if sig.tokens[x] in QUOTES]
    closing = [x for x in range(i, len(sig.tokens)) if sig.tokens[x] in QUOTES]
    if (
        opening
        and closing
        and any(sig.at(lex.say, x) for x in range(closing[0], min(len(sig.tokens), closing[0] + 6)))
    ):
        return True  # « Alep est tombée », a affirmé un commandant; "…," an RSF spokesman said
    if opening and closing and (opening[-1] == 0 or sig.tokens[opening[-1] - 1] == ":"):
        return True  # 'RSF: "We have liberated X"', a sentence that is a quote: someone's words
    if _side_then_colon(sig, i):
        return True  # "Maoists: Khalanga liberated", "i maoisti: Khalanga liberata": their words
    # "according to the RSF, …", "selon un porte-parole du M23"
    for x, marker in sig.matching(ATTRIBUTION, 0, i):
        for y in range(sig.index(marker.end() - 1) + 1, min(i, x + 8)):
            if sig.tokens[y] in STOP or sig.tokens[y] == ",":
                break
            if y in sig.actor_at and sig.actors[sig.actor_at[y]].actor == actor:
                return True
    said = [x for x, _m in sig.matching(lex.say, 0, i)]
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


def _side_then_colon(sig: Signature, i: int) -> bool:
    """Say whether a side named alone before a colon says the change at i, as headlines attribute
    ("Maoists: Khalanga liberated", "Nepal, i maoisti: …"). A country before the colon is the
    story's label ("Ukraine: Russian troops take X"), not a speaker."""
    colon = next((x for x in range(i - 1, 0, -1) if sig.tokens[x] == ":"), 0)
    if not colon or colon - 1 not in sig.actor_at or any(sig.tokens[x] in STOP for x in range(colon + 1, i)):
        return False
    start = colon - 1
    while start > 0 and sig.tokens[start - 1] in _SPEAKER_ARTICLES:
        start -= 1
    if start > 0 and sig.tokens[start - 1] != ",":
        return False  # "the army said on Monday: …" is `lex.say`'s; a verb before the side: no label
    surface = " ".join(fold(getattr(sig.actors[sig.actor_at[colon - 1]], "surface", "")).split())
    return surface not in country_forms()


# Articles a headline puts before its speaking side ("les talibans :", "i maoisti:", "die Rebellen:").
_SPEAKER_ARTICLES = frozenset(
    ("the", "les", "le", "la", "l", "i", "gli", "il", "los", "las", "el", "os", "as", "o", "a", "die", "der")
)


@cache
def country_forms() -> frozenset[str]:
    """Every country name in the six languages, folded: a label before a colon, not a speaker."""
    return frozenset(
        " ".join(fold(name).split())
        for by_lang in COUNTRY_NAMES.values()
        for names in by_lang.values()
        for name in names
    )


def reported_change(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> bool:
    """Say whether a reporting verb tells the change at [i, j): before it ("announced the capture
    of X"), or in German at the end of its clause ("hatte die Einnahme der Stadt verkündet")."""
    if any(sig.matching(lex.say, 0, i)):
        return True
    if not lex.lex.verb_final:
        return False
    ends = (x for x in range(j, len(sig.tokens)) if sig.tokens[x] in STOP or sig.tokens[x] == ",")
    return any(sig.at(lex.say, x) for x in range(j, next(ends, len(sig.tokens))))


def hearsay(sig: Signature, i: int) -> bool:
    """Say whether the change at token `i` is told as hearsay: reportive mood or unnamed sources.

    The mood or adverb must be in the trigger's clause, before it ("the RSF reportedly took X",
    "X habría caído"); unnamed sources may be anywhere in the sentence ("selon des témoins",
    "secondo fonti locali", "residents said"). Issue 10.
    """
    start = clause_start(sig, i)
    if any(sig.matching(REPORTIVE, start, i)) or (
        "zufolge" in sig.text and any(sig.matching(REPORTIVE_ZUFOLGE, start, i))
    ):
        return True
    if SOURCES_SAID.search(sig.text):
        return True
    for _x, marker in sig.matching(ATTRIBUTION):
        after = sig.index(marker.end() - 1) + 1
        if any(sig.at(SOURCE_NOUN, y) for y in range(after, min(len(sig.tokens), after + 3))):
            return True
    return False


# Between a change word and its place: "the capture of the city", "la prise de X", "die Einnahme von X".
_LINKS = frozenset(
    (
        *("of", "the", "de", "d", "du", "des", "la", "le", "les", "l", "von", "der", "den", "die"),
        *("el", "los", "las", "del", "di", "della", "dello", "do", "da", "dos", "das"),
        *("control", "controle", "over", "sur"),
    )
)


# Auxiliaries before a denying verb ("ce que a démenti"): not `_AUXILIARIES`, which a second
# definition of the same name replaced for every function of this module (English lost "has").
_DENIAL_AUXILIARIES = frozenset(
    ("a", "ont", "avait", "avaient", "ha", "han", "habia", "hanno", "aveva", "tem", "tinha")
)


# A relative standing for what was just said, right before a denying verb (and its subject):
# "…, ce que dément Kinshasa", "…, which the army denies", "lo que niega", "cosa che smentisce".
_STATEMENT_RELATIVE = re.compile(
    r"(?:^|\s)(?:, )(?:ce qu|ce que|lo que|algo que|cosa che|cosa|il che|o que|which|was)(?: \S+){0,3} $"
)


# Words opening a clause of its own after a denying verb ("denied they could do it"): its object.
_CLAUSE_SUBJECTS = frozenset(("they", "it", "that", "he", "she", "que", "qu", "il", "ils", "elle", "dass"))


def denial_bears_on_change(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> bool:
    """Say whether the denial at tokens [i, j) contests a change of hands, not something else.

    A state ("remains under army control", "tient toujours la ville") or a verdict ("false")
    always does. A denying verb does when it stands alone or with a pronoun or a time ("Kyiv
    rejected", "the army denied it on Monday", "lo desmienten"), when its object is the report
    ("rejected the claim", "widersprach den Angaben") or when its clause is about the place or
    who holds it ("denied that the town had fallen", "denied losing the city"). Not "denied it
    had abandoned civilians", "rejected accusations of looting" (issue 10).
    """
    if not any(sig.at(DENY_VERB, x) for x in range(i, j)):
        return True
    if any(x in sig.place_at for x in range(i, j)):
        return True  # "wies Berichte über den Fall von X zurück"
    k = i - 1 if i > 0 and sig.tokens[i - 1] in _DENIAL_AUXILIARIES else i
    clitic = k > 0 and sig.tokens[k - 1] in CLITIC_OBJECT
    if clitic or any(sig.at(REPORT_NOUN, x) for x in range(max(0, i - 3), i)):
        return True  # "lo negó", "l'a démenti", "una versión desmentida por": what was said
    end = j
    while end < len(sig.tokens) and end < j + 14 and not (
        sig.tokens[end] in STOP or sig.tokens[end] == "," or sig.tokens[end] in COORDINATION
    ):
        end += 1
    rest = range(j, end)
    subject_only = end - j <= 4 and not any(sig.tokens[x] in _CLAUSE_SUBJECTS for x in rest)
    if subject_only and _STATEMENT_RELATIVE.search(" ".join(sig.tokens[max(0, k - 5) : k]) + " "):
        return True  # "…, ce que dément Kinshasa", "which Kyiv denies", "lo que niega el ejército"
    if all(sig.at(DENIAL_FILLER, x) for x in rest):
        return True
    if any(any(sig.at(rx, x) for rx in (REPORT_NOUN, HOLDING, LOSS, lex.nominal)) for x in rest):
        return True
    for rx in (lex.capture, lex.fall, lex.withdraw, lex.nominal):
        for m in rx.finditer(sig.text, sig.starts[j], sig.starts[end - 1] + len(sig.tokens[end - 1])):
            a, b = sig.span(m)
            x = b
            while x < end and not (sig.at(CITY, x) or x in sig.place_at) and sig.tokens[x] in _LINKS:
                x += 1
            if x < end and (sig.at(CITY, x) or x in sig.place_at):
                return True  # "denied losing the city", "a démenti la prise de X"
            before = range(max(j, a - 4), a)
            if rx is lex.fall and any(
                sig.tokens[x] == "it" or sig.at(CITY, x) or x in sig.place_at for x in before
            ):
                return True  # "denied that the town had fallen"
    return False
