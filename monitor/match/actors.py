"""Find watched actors in a text: their names and aliases, and generic government references.

Names are matched on folded text (`normalize.fold`), so case, accents, apostrophes and
possessives ("Taliban's" is "taliban s") need no listing. Inflections are a short list of
endings allowed after a name ("talibans", "talibanes", "Talibanen"), and the endings are
also stripped from aliases ("moudjahidines" finds "moudjahidine"). Spelling variants
("Taleban") are caught by the same skeleton + edit-distance check as places.

Acronyms ("IS", "HTS", "FAMa") are matched with their case as written, never in a text
written in capitals, so the English word "is" is not the Islamic State.

An actor named after a country ("Russia", "Ukraine") is also found under that country's name
in the other languages ("Rusia", "Ucrânia"), and a nationality phrase ("les forces russes",
"Moskaus Truppen") means the government side of that country or, when none is watched, the
actor named after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick  # type: ignore[import-not-found]  # no stubs; a C extension

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS
from monitor.match.fuzzy import FuzzyIndex
from monitor.match.generic import expand_generic, nationality_nouns
from monitor.match.normalize import fold, name_key, prepare, transliterations
from monitor.match.translate import translate_name
from monitor.model import Actor

# Endings allowed after a name: plurals and cases ("talibans", "Talibanen", "Russlands",
# "Ukrainer"); not "-n", which would read the adjective "Russian" as the actor "Russia".
SUFFIXES = frozenset({"s", "es", "en", "e", "er", "ern"})
STRIPPABLE = ("es", "en", "s", "e")  # removed from an alias' last word to find its stem
MIN_STEM = 5
# Words before a generic reference that do not make it part of a longer proper name.
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "of", "by", "to", "with", "from", "for", "in", "on", "at", "as",
    "les", "la", "le", "l", "des", "de", "du", "et", "par", "au", "aux", "en", "sur",
    "los", "las", "el", "del", "y", "por", "con", "al", "un", "una",
    "die", "der", "das", "den", "dem", "und", "von", "mit", "durch", "im", "am", "zum", "zur",
    "os", "o", "do", "da", "dos", "e", "pelo", "pela", "pelos", "pelas", "com", "ao",
    "i", "gli", "il", "lo", "della", "dello", "delle", "dei", "degli", "dal", "dalla", "dai", "ed", "per",
})
_SENTENCE_END = re.compile(r"[.!?:;\n\"«»“”]\s*$")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in a text; `generic` when it was a phrase like "government forces"."""

    actor: Actor
    start: int
    end: int
    surface: str
    generic: bool


def is_acronym(alias: str) -> bool:
    """Return True for aliases that must match with their case: "ISIS", "HTS", "FAMa", "M23"."""
    letters = [c for c in alias if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return bool(letters) and " " not in alias.strip() and (upper == len(letters) or (upper >= 2 and
                                                                                       len(alias) <= 6))


def alias_keys(alias: str, stem: bool = True) -> set[str]:
    """Return the folded keys of an alias: itself, the stem of its last word, other spellings."""
    key = name_key(alias)
    keys = {key} if key else set()
    if not key or not stem or is_acronym(alias):
        return keys
    head, _, last = key.rpartition(" ")
    for ending in STRIPPABLE:
        if last.endswith(ending) and len(last) - len(ending) >= MIN_STEM:
            keys.add(f"{head} {last[: -len(ending)]}".strip())
    if last.endswith("an") and len(last) > MIN_STEM:
        keys.add(f"{head} {last[:-1]}".strip())  # Portuguese writes a final -an as -ã: "Talibã"
    return keys | transliterations(key)


class ActorMatcher:
    """Scan texts for a fixed set of watched actors."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = tuple(actors)
        self._by_name = {a.name: a for a in self.actors}
        self._state = _state_actors(self.actors)
        self._automaton = ahocorasick.Automaton()
        # key -> (kind, actor index, case to match or None, country of a generic phrase)
        entries: dict[str, tuple[str, int, str | None, str | None]] = {}
        fuzzy_names: list[tuple[str, int]] = []
        for i, actor in enumerate(self.actors):
            own = {actor.name, *actor.aliases}
            for alias in (actor.name, *actor.aliases, *_country_aliases(actor), *_translations(own)):
                cased = alias.strip() if is_acronym(alias) else None
                # A descriptive alias ("Syrian army") must not match inside a longer proper
                # name ("the Free Syrian Army"): checked like a generic phrase.
                kind = "described" if any(w[:1].islower() for w in alias.split()) else "named"
                for key in alias_keys(alias, stem=alias in own):  # never stem "Russie" to "russi"
                    entries.setdefault(key, (kind, i, cased, None))
                    if cased is None:
                        fuzzy_names.append((key.replace(" ", ""), i))
        if self._state:
            for key, country, _lang in expand_generic():
                entries.setdefault(key, ("generic", -1, None, country))
        for code, actor in self._state.items():
            if _named_after(actor, code):  # at war as a country: "the Russians" are its forces
                for key in nationality_nouns(code):
                    entries.setdefault(key, ("generic", -1, None, code))
        for key, (kind, i, cased, country) in entries.items():
            self._automaton.add_word(" " + key, (len(key) + 1, kind, i, cased, country))
        if entries:
            self._automaton.make_automaton()
        self._has_entries = bool(entries)
        exact = {k.replace(" ", "") for k, v in entries.items() if v[0] != "generic"}
        self._fuzzy: FuzzyIndex[int] = FuzzyIndex(exact=exact, endings=("es", "en", "s", "e"))
        for compact, i in fuzzy_names:
            self._fuzzy.add(compact, i)

    def government_of(self, country: str | None) -> Actor | None:
        """Return the watched government side in `country`, if there is one."""
        if country is None:
            return None
        for actor in self.actors:
            if actor.government and country.upper() in actor.countries:
                return actor
        return None

    def opponents(self, actor: str) -> list[Actor]:
        """Return the actors on the other side of `actor` (declared by either side)."""
        me = self._by_name.get(actor)
        names = set(me.opposes) if me is not None else set()
        names |= {a.name for a in self.actors if actor in a.opposes}
        return [a for a in self.actors if a.name in names and a.name != actor]

    def find(self, text: str, *, country: str | None = None) -> list[ActorMention]:
        """Return the actors named in `text`, non-overlapping, in text order.

        Generic references ("the army", "forces gouvernementales") become the government side
        of `country`; with a nationality ("the Afghan army") that nationality's country decides.
        """
        text = prepare(text)
        folded = fold(text)
        found: list[tuple[int, int, Actor | None, bool]] = []
        if self._has_entries:
            found += self._exact_mentions(text, folded, country)
        found += self._fuzzy_mentions(text, folded, found)
        return [ActorMention(a, s, e, text[s:e], g) for s, e, a, g in _longest_first(found) if a is not None]

    def _exact_mentions(self, text: str, folded: str, country: str | None
                        ) -> list[tuple[int, int, Actor | None, bool]]:
        out: list[tuple[int, int, Actor | None, bool]] = []
        size = len(folded)
        shouting: bool | None = None  # is the text in capitals? asked only when an acronym matches
        for end, (length, kind, i, cased, where) in self._automaton.iter(" " + folded):
            start, stop = end - length + 1, end
            if stop < size and folded[stop] != " ":
                rest = _word_at(folded, stop)
                if kind == "generic" or cased is not None or rest not in SUFFIXES:
                    continue
                stop += len(rest)
            if kind != "generic":
                if cased is not None:
                    # "Isis" is house style at some papers; "Is" or "Hts" would be ordinary words.
                    written = text[start:stop]
                    if written != cased and not (len(cased) >= 4 and written == cased.capitalize()):
                        continue
                    if shouting is None:
                        shouting = _mostly_upper(text)
                    if shouting:
                        continue
                if kind == "described" and _inside_proper_name(text, folded, start, stop):
                    continue
                if _foreign_branch(self.actors[i], text, folded, start, stop):
                    continue
                out.append((start, stop, self.actors[i], False))
                continue
            if _inside_proper_name(text, folded, start, stop) or _qualified_away(folded, stop):
                continue
            # A foreign side nobody watches ("les forces armées françaises") is kept until the
            # overlaps are settled, so that its shorter part ("forces armées") is not read as
            # the local government; `find` drops it afterwards.
            out.append((start, stop, self._state.get(where) if where else self.government_of(country), True))
        return out

    def _fuzzy_mentions(self, text: str, folded: str, taken: list[tuple[int, int, Actor | None, bool]]
                        ) -> list[tuple[int, int, Actor | None, bool]]:
        covered = {p for s, e, _, _ in taken for p in range(s, e)}
        return [(h.start, h.end, self.actors[h.value], False)
                for h in self._fuzzy.scan(text, folded, covered.__contains__, max_words=6)]


def _translations(aliases: set[str]) -> tuple[str, ...]:
    """Return the translations of proper-name aliases ("Islamic State" -> "État islamique")."""
    out: list[str] = []
    for alias in sorted(aliases):
        if all(w[:1].isupper() for w in alias.split()):
            out += [t[:1].upper() + t[1:] for t in translate_name(alias)]
    return tuple(out)


def _country_aliases(actor: Actor) -> tuple[str, ...]:
    """Return an actor's name in every language when it is named after a country ("Rusia")."""
    keys = {name_key(n) for n in (actor.name, *actor.aliases)}
    for names in COUNTRY_NAMES.values():
        every = [n for per_lang in names.values() for n in per_lang]
        if keys & {name_key(n) for n in every}:
            return tuple(every)
    return ()


def _named_after(actor: Actor, country: str) -> bool:
    """Return True when the actor bears the country's name ("Russia", "Ukraine")."""
    keys = {name_key(n) for per_lang in COUNTRY_NAMES.get(country, {}).values() for n in per_lang}
    return any(name_key(n) in keys for n in (actor.name, *actor.aliases))


def _state_actors(actors: Sequence[Actor]) -> dict[str, Actor]:
    """Map a country code to the actor a nationality phrase means: its government side, else
    the actor named after the country ("les forces russes" -> "Russia")."""
    state: dict[str, Actor] = {}
    for actor in actors:
        if actor.government:
            for country in actor.countries:
                state.setdefault(country, actor)
    for code, names in COUNTRY_NAMES.items():
        if code in state:
            continue
        keys = {name_key(n) for per_lang in names.values() for n in per_lang}
        for actor in actors:
            if name_key(actor.name) in keys:
                state[code] = actor
                break
    return state


def _word_at(folded: str, pos: int) -> str:
    end = folded.find(" ", pos)
    return folded[pos:] if end < 0 else folded[pos:end]


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


# Words after "army" or "forces" that make them someone else's: "el ejército rebelde",
# "l'armée de libération", "the army of the Islamic State" (prefixes of folded words).
_NOT_GOVERNMENT = re.compile(
    r" (?:rebel|rebeld|ribel|insurg|jihad|djihad|yihad|islami|separat|secession|mercen|wagner|privad"
    r"|prive|privat|opposi|oposi|libre|free|frei|libero|livre)"
    r"| (?:of|de|du|des|del|di|do|da|der) (?:la |l |the |el |le )?(?:rebel|insurg|jihad|islami|liber"
    r"|befrei|revolu|popul|resist|opposi|oposi)"
)  # only after a preposition for words that are also verbs: "the army liberated the city"


def _nationalities() -> dict[str, frozenset[str]]:
    """Map every folded nationality adjective to the countries it names."""
    table: dict[str, set[str]] = {}
    for code, per_lang in DEMONYMS.items():
        for forms in per_lang.values():
            for form in forms:
                if not form.isupper():  # "US" in "the US-Taliban talks" is a party, not a branch
                    table.setdefault(name_key(form), set()).add(code)
    return {k: frozenset(v) for k, v in table.items() if " " not in k}


_NATIONALITIES = _nationalities()


def _foreign_branch(actor: Actor, text: str, folded: str, start: int, stop: int) -> bool:
    """Return True for a namesake from another country: "the Pakistani Taliban" (the TTP).

    Only for actors scoped to countries, and only a nationality joined by one plain space;
    "Afghan Taliban" or "talibans afghans" stay.
    """
    if not actor.countries:
        return False
    words = []
    if start > 1 and text[start - 1] == " " and folded[start - 2] != " ":
        words.append(folded[folded.rfind(" ", max(0, start - 25), start - 1) + 1:start - 1])
    if stop + 1 < len(folded) and text[stop] == " ":
        words.append(_word_at(folded, stop + 1))
    for word in words:
        countries = _NATIONALITIES.get(word)
        if countries and not countries & set(actor.countries):
            return True
    return False


def _qualified_away(folded: str, stop: int) -> bool:
    """Return True when the words after a generic phrase make it a rebel or private army."""
    return bool(_NOT_GOVERNMENT.match(folded, stop))


def _inside_proper_name(text: str, folded: str, start: int, stop: int) -> bool:
    """Return True when capitalised words glue onto the phrase: "the Free Syrian Army"."""
    before = folded[:start].rstrip()
    if before and text[:start].rstrip()[-1:].isalpha():
        prev_start = before.rfind(" ") + 1
        prev = before[prev_start:]
        if text[prev_start].isupper() and prev not in _FUNCTION_WORDS and \
                not _SENTENCE_END.search(text[max(0, prev_start - 3):prev_start] or "."):
            return True
    after = folded[stop:].lstrip()
    if after and text[stop:stop + 1] == " ":
        last_start = folded.rfind(" ", start, stop) + 1 or start
        nxt_start = len(folded) - len(after)
        nxt = _word_at(folded, nxt_start)
        glued = nxt_start == stop + 1  # one plain space: no comma, bracket or dash between
        if glued and text[last_start].isupper() and text[nxt_start].isupper() and nxt not in _FUNCTION_WORDS:
            return True
    return False


def _longest_first(found: list[tuple[int, int, Actor | None, bool]]
                   ) -> list[tuple[int, int, Actor | None, bool]]:
    """Keep the longest of overlapping mentions (named before generic), then sort by position."""
    chosen: list[tuple[int, int, Actor | None, bool]] = []
    for m in sorted(found, key=lambda m: (-(m[1] - m[0]), m[3], m[0])):
        if all(m[1] <= c[0] or m[0] >= c[1] for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m[0])
