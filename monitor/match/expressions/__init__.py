"""Control-change expressions, one module per language, as regular expressions over a sentence.

Every pattern runs on the sentence's *signature*: its words lowercased, accents stripped,
apostrophes and dashes turned into spaces, tokens joined by single spaces, and each watched
place or actor replaced by a placeholder (`@p0`, `@a1`). So `Les talibans se sont emparés de
Kaboul` reads `les @a0 se sont empares de @p0`, and a pattern only has to name the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from monitor.match.expressions.firsts import LOOKAHEAD_DEPTH, lookahead

# A participle right after the city that opens a verbless headline: "X occupied by Y", "X, ocupada"
# (the text may start with a space: see `CompiledLexicon.triggers`); `HEADLINE_END` follows it:
# no clause after a comma ("X, occupée par Y, a été bombardée" is an apposition). A lexicon puts
# a lookahead for the participle before it: the lookbehinds are then tried at its few places only.
_OPENINGS = [
    f"^{s}@p{d} {c}" for s in ("", " ") for d in (r"\d", r"\d\d") for c in ("", ", ")
]
HEADLINE = "(?:" + "|".join(f"(?<={opening})" for opening in _OPENINGS) + ")"
HEADLINE_END = r"(?!.* , )"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of one language that the detector needs, each family a regex alternation.

    capture   active verbs whose object is the city and subject the new holder (also passive)
    retake    the subset of capture meaning "back" (recapture, liberate): the government side
    fall      intransitive verbs whose subject is the city ("fell", "est tombée")
    withdraw  the old holder leaves ("withdrew from", "se sont retirées de")
    nominal   nouns followed by the city ("the fall of", "la prise de")
    to_holder what introduces the new holder after a fall ("to", "aux mains de")
    agent     the agent of a passive ("by", "par")
    passive   auxiliaries of the passive voice
    source    prepositions introducing where from / from whom ("from", "de")
    locative  prepositions putting the city in a place role rather than object ("in", "near")
    blockers  negation, modality, intent, attempt, approach, future, threat, encirclement
    claim     a party's own statement ("claimed", "a revendiqué")
    denial    a denial or contradiction ("denied", "remains under control")
    not_city  objects that are not the city (a building, a person, weapons, a district)
    past      markers of an old change ("since", "in 1996" is handled by the year rule)
    months    month names, January first (regexes)
    """

    lang: str
    capture: str
    retake: str
    fall: str
    withdraw: str
    nominal: str
    to_holder: str
    agent: str
    passive: str
    source: str
    locative: str
    blockers: str
    claim: str
    denial: str
    not_city: str
    past: str
    months: tuple[str, ...]
    flag: str = "(?!)"  # raising a flag over a city
    expel: str = "(?!)"  # "drove the militants out of X": the subject holds X now
    handover: str = "(?!)"  # "handed over to", "ceded": the recipient, else the other side
    say: str = "(?!)"  # reporting verbs: a claim when the holder itself says it
    enter: str = "(?!)"  # entering or holding a city now: a change only when the other side gave it up
    insurgents: str = "(?!)"  # "the rebels": the single opponent of the government there
    after: str = "(?!)"  # "after capturing X, the rebels…": the subject follows
    pronouns: str = "(?!)"  # a subject pronoun between an actor and the verb hides the actor
    verb_final: bool = False  # German: the participle ends the clause, the object comes before


TRIGGERS = ("capture", "fall", "withdraw", "nominal", "handover", "flag", "expel", "enter")


@dataclass(frozen=True, slots=True)
class CompiledLexicon:
    """A Lexicon with each family compiled to match whole tokens of a signature."""

    lex: Lexicon
    capture: re.Pattern[str]
    retake: re.Pattern[str]
    fall: re.Pattern[str]
    withdraw: re.Pattern[str]
    nominal: re.Pattern[str]
    to_holder: re.Pattern[str]
    agent: re.Pattern[str]
    passive: re.Pattern[str]
    source: re.Pattern[str]
    locative: re.Pattern[str]
    blockers: re.Pattern[str]
    claim: re.Pattern[str]
    denial: re.Pattern[str]
    not_city: re.Pattern[str]
    past: re.Pattern[str]
    say: re.Pattern[str]
    handover: re.Pattern[str]
    flag: re.Pattern[str]
    expel: re.Pattern[str]
    enter: re.Pattern[str]
    insurgents: re.Pattern[str]
    after: re.Pattern[str]
    pronouns: re.Pattern[str]
    spaced: dict[str, re.Pattern[str]]  # the TRIGGERS families, each led by a space (see `triggers`)

    def triggers(self, family: str, text: str) -> list[tuple[int, int, str]]:
        r"""Return (start, end, words) of each match of a trigger family in a signature's text.

        The same matches as the family's pattern, found in " " + text by a pattern that starts
        with the space: `(?<!\S)` makes the regex engine try the whole alternation at every
        character, a space only at token starts (~40% cheaper on the families read per sentence).
        """
        return [(m.start(), m.end() - 1, m.group(0)[1:]) for m in self.spaced[family].finditer(" " + text)]

    def has(self, family: str, text: str) -> bool:
        """Say whether a trigger family matches somewhere in a signature's text (as `triggers`)."""
        return self.spaced[family].search(" " + text) is not None


def tokens_rx(alternation: str) -> re.Pattern[str]:
    """Compile `alternation` to match only whole space-separated tokens of a signature."""
    return re.compile(rf"(?<!\S){lookahead(alternation, LOOKAHEAD_DEPTH)}(?:{alternation})(?!\S)")


LANGUAGES = ("en", "fr", "es", "de", "pt", "it")
FAMILIES = (
    "capture",
    "retake",
    "fall",
    "withdraw",
    "nominal",
    "to_holder",
    "agent",
    "passive",
    "source",
    "locative",
    "blockers",
    "claim",
    "denial",
    "not_city",
    "past",
    "say",
    "handover",
    "flag",
    "expel",
    "enter",
    "insurgents",
    "after",
    "pronouns",
)


def _source(lang: str) -> Lexicon:
    """Return the lexicon of `lang` as written (English for a language we have none for)."""
    name = lang if lang in LANGUAGES else "en"
    try:
        lex: Lexicon = import_module(f"monitor.match.expressions.{name}").LEXICON
    except ImportError:
        lex = import_module("monitor.match.expressions.en").LEXICON
    return lex


def written(lang: str) -> Lexicon:
    """Return the lexicon of `lang` as written, uncompiled (its words, as `get_lexicon` reads them)."""
    return _source(lang)


CHANGE_CUES = ("capture", "fall", "withdraw", "nominal", "handover")


@cache
def get_change_cues(lang: str) -> re.Pattern[str]:
    """Return one pattern of the words of `lang` that say a city changed hands (`CHANGE_CUES`).

    It matches where one of those families' `tokens_rx` would. A headline too short for the
    language guess tries the languages in turn with it: compiling this costs ~10 ms, a whole
    lexicon ~80 ms (lookaheads, eight more families), and the headline is read in one language.
    """
    lex = _source(lang)
    alternation = "|".join(f"(?:{getattr(lex, family)})" for family in CHANGE_CUES)
    return re.compile(rf"(?<!\S)(?:{alternation})(?!\S)")


@cache
def get_lexicon(lang: str) -> CompiledLexicon:
    """Return the compiled lexicon of `lang` (English for a language we have none for)."""
    lex = _source(lang)
    # the lookahead lets the scan pass over each token no trigger word starts like (see `firsts`)
    spaced = {
        f: re.compile(rf" {lookahead(words, LOOKAHEAD_DEPTH)}(?:{words})(?!\S)")
        for f in TRIGGERS
        for words in (getattr(lex, f),)
    }
    return CompiledLexicon(lex, **{f: tokens_rx(getattr(lex, f)) for f in FAMILIES}, spaced=spaced)
