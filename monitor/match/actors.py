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
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick  # no stubs (a C extension): ignore_missing_imports in pyproject.toml

from monitor.match.armed_forces import ARMED_FORCES
from monitor.match.army_units import unit_aliases
from monitor.match.compass import compass_before, half_forms, halves_of_countries
from monitor.match.context import (
    foreign_branch,
    house_style_acronym,
    inside_proper_name,
    mostly_upper,
    qualified_away,
    word_at,
)
from monitor.match.demonyms import PEOPLES
from monitor.match.dotted import dotted_forms
from monitor.match.fighters import fighter_aliases, people_keys
from monitor.match.fuzzy import FuzzyIndex
from monitor.match.generic import (
    COUP_MAKERS,
    MERGED_ARTICLES,
    collective_nouns,
    expand_generic,
    nationality_nouns,
)
from monitor.match.german_aliases import declined_aliases
from monitor.match.joint_pass import JointPass, walkable
from monitor.match.leaders import leader_names, leader_phrase, spellings
from monitor.match.name_parts import derived_aliases, head_aliases
from monitor.match.normalize import fold, name_key, prepare, transliterations
from monitor.match.sides import (
    country_aliases,
    named_after,
    national_sides,
    own_people,
    state_actors,
    state_code,
    translations,
)
from monitor.match.translate import lexicon_word, nationalities, party_names
from monitor.match.words import FORCE_NOUNS
from monitor.model import Actor

# Endings allowed after a name: plurals and cases ("talibans", "Talibanen", "Russlands",
# "Ukrainer"); not "-n", which would read the adjective "Russian" as the actor "Russia".
SUFFIXES = frozenset({"s", "es", "en", "e", "er", "ern"})
STRIPPABLE = ("es", "en", "s", "e")  # removed from an alias' last word to find its stem
MIN_STEM = 5
# A plural article, then a long lower-case word: where "i talebani", "les talibans" are found.
# The articles, each with the spaces around it in the folded text, are keys of the actors'
# automaton: the pass in C that finds the names finds them too (a regex tried at every character
# cost five times as much, an automaton of their own a second pass over the article).
_PLURAL_ARTICLES = ("i", "gli", "dei", "degli", "ai", "agli", "dai", "dagli", "os", "dos", "aos", "pelos",
                    "les", "des", "aux", "los", "las", "die", "der", "den")
_ORDINAL_DOT = re.compile(r"\d\. ")
_MERGED = frozenset(a for articles in MERGED_ARTICLES.values() for a in articles)
_LONG_WORD = re.compile(r"[^\W\d_]{7,}(?![^\W_])")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in a text; `generic` when it was a phrase like "government forces"."""

    actor: Actor
    start: int
    end: int
    surface: str
    generic: bool


# Words after which "the British", "the French", "the Chinese" is a noun, not an adjective: "the
# French took X", "surrendered to the British on Monday", "the Japanese, who…".
_AFTER_A_NOUN = frozenset((
    "and", "or", "but", "nor", "who", "which", "that", "whose", "on", "in", "at", "to", "from", "by", "with",
    "after", "before", "during", "into", "onto", "for", "of", "as", "while", "when", "since", "until",
    "had", "have", "has", "were", "was", "are", "is", "did", "do", "will", "would", "could", "may",
    "might", "must", "shall", "should", "can", "now", "then", "also", "still", "finally", "again", "too",
    "took", "retook", "overran", "drove", "won", "held", "hold", "fought", "lost", "left", "began",
    "came", "went", "made", "yesterday", "today", "tonight", "here", "there", "back", "themselves",
))
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_][\w'’-]*)")


# English nouns "the police" qualifies as a modifier: a place or a unit of its own, not the force.
_POLICE_THINGS = frozenset((
    "station", "stations", "garrison", "garrisons", "post", "posts", "headquarters", "barracks", "chief",
    "chiefs", "commander", "academy", "building", "compound", "checkpoint", "checkpoints", "car", "cars",
    "vehicle", "vehicles", "truck", "trucks",
))


def noun_follows(text: str, stop: int) -> bool:
    """Say whether a word the nationality at text[..stop] qualifies follows it: "the British
    embassy", "the French Foreign Legion"; not "the British took", "to the British." (a past
    tense in -ed, or a word of `_AFTER_A_NOUN`)."""
    m = _NEXT_WORD.match(text, stop)
    if m is None:
        return False
    word = m.group(1)
    if word[:1].isupper():
        return True
    word = word.lower()
    return word not in _AFTER_A_NOUN and not word.endswith("ed")


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
    spaced = fold(prepare(alias)).strip()
    if "  " in spaced:  # "Getúlio Vargas' forces": a text folds the apostrophe to a second space
        keys.add(spaced)
    if not key or not stem or is_acronym(alias):
        return keys
    head, _, last = key.rpartition(" ")
    for ending in STRIPPABLE:
        if last.endswith(ending) and len(last) - len(ending) >= MIN_STEM:
            keys.add(f"{head} {last[: -len(ending)]}".strip())
    if last.endswith("an") and len(last) > MIN_STEM:
        keys.add(f"{head} {last[:-1]}".strip())  # Portuguese writes a final -an as -ã: "Talibã"
    ist = _IST_NAME.fullmatch(last)
    if ist is not None:  # "Sandinistas": "les sandinistes", "die Sandinisten", "i sandinisti"
        keys.update(f"{head} {ist[1]}{ending}".strip() for ending in _IST_ENDINGS)
    return keys | transliterations(key)


# A movement named after a person or an idea with -ist- ("Sandinistas", "Zapatistas", "Houthists"):
# its plural and adjective in each language ("sandinistes", "Sandinisten", "sandinisti",
# "sandinistische"), which no stripped ending gives ("-as" is not stripped: "Contras" -> "contre").
_IST_NAME = re.compile(r"([^\W\d_]{3,}ist)(?:as|es|s|en|i|a|e)")
_IST_ENDINGS = ("a", "as", "e", "es", "s", "en", "i", "ische", "ischen", "ischer", "isches")


_KEY_LIMIT = 1024  # above any key's length: packs (payload index, length) into one int
Hits = list[tuple[int, Any]]  # the automaton's (end, packed value) of one text, untyped (no stubs)


def _holds_phrase(key: str, phrases: Collection[str]) -> bool:
    """Say whether a run of whole words of `key`, shorter than it, is one of `phrases`."""
    words = key.split()
    return any(" ".join(words[i:j]) in phrases
               for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words))


class ActorMatcher:
    """Scan texts for a fixed set of watched actors."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = tuple(actors)
        self._by_name = {a.name: a for a in self.actors}
        self._state = state_actors(self.actors)
        derived = {a.name: derived_aliases(a, self._state) for a in self.actors}
        self._sides = national_sides(self.actors, self._state, derived)
        # Values are C integers: a key's length and the index of its (kind, actor, case, country)
        # in `_payloads` (~100 distinct for ~50,000 keys), not a Python tuple per key (issue 11).
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._payloads: list[tuple[str, int, str | None, str | None]] = []
        self._payload_at: dict[tuple[str, int, str | None, str | None], int] = {}
        # key -> (kind, actor indices, case to match or None, country of a generic phrase)
        entries: dict[str, tuple[str, list[int], str | None, str | None]] = {}

        def add(key: str, kind: str, i: int, cased: str | None = None, country: str | None = None) -> None:
            entry = entries.setdefault(key, (kind, [i], cased, country))
            # Two actors' names for one key ("the Reds" in Russia and in Finland): the place decides.
            if i >= 0 and i not in entry[1] and entry[0] not in ("generic", "leader") and kind != "leader":
                entry[1].append(i)

        fuzzy_names: list[tuple[str, int]] = []
        self._halves = halves_of_countries(self.actors)
        # "nord-vietnamiennes", "norvietnamitas", "Nordvietnam": a half's one-word names (`compass`)
        heads = head_aliases(self.actors)  # "the coalition" for "Saudi-led coalition" (`name_parts`)
        half_names: dict[str, list[str]] = {}
        for (point, code), half in self._halves.items():
            half_names.setdefault(half.name, []).extend(half_forms(point, code))
        for i, actor in enumerate(self.actors):
            own = {actor.name, *actor.aliases, *own_people(actor), *derived[actor.name]}
            own |= set(fighter_aliases(own))  # "Kurdish rebels": "Kurdish guerrillas"
            own |= set(unit_aliases(own))  # "Red Army": "the Third Red Cavalry Corps"
            # In a fixed order: the first alias to give a key decides its kind ("Zapatistas", a name,
            # before "zapatistas", a description), and a set's order changes with the hash seed.
            ordered = sorted(own)
            for key in people_keys(own):  # "the Kurds", "i curdi"
                add(key, "described", i)
            translated = translations(own, self._state)
            for alias in (*ordered, *country_aliases(actor), *translated, *half_names.get(actor.name, ())):
                cased = alias.strip() if is_acronym(alias) else None
                # A descriptive alias ("Syrian army") must not match inside a longer proper
                # name ("the Free Syrian Army"): checked like a generic phrase.
                kind = "described" if any(w[:1].islower() for w in alias.split()) else "named"
                for key in alias_keys(alias, stem=alias in own):  # never stem "Russie" to "russi"
                    add(key, kind, i, cased)
                    if cased is None:
                        fuzzy_names.append((key.replace(" ", ""), i))
                if _ORDINAL_DOT.search(alias):  # "die 3. Armee": folded as the text is, "3  armee"
                    add(fold(prepare(alias)).strip(), kind, i, cased)
            for alias in ordered:  # "E.L.N.", "S.S.C.-Khatumo": folded as the text is, "e l n"
                for form in dotted_forms(alias):
                    cased = form.rstrip(".") if is_acronym(alias) else None
                    add(fold(prepare(form)).strip(), "named", i, cased)
            for alias in ordered:  # "the Allies": "truppe alleate", "die Alliierten", "les alliés"
                phrases, nouns = party_names(alias)
                for phrase in phrases:
                    add(name_key(phrase), "described", i)
                for lang, noun in nouns:
                    add(name_key(noun), "party_de" if lang == "de" else "party", i)
            for key in leader_names((actor.name, *actor.aliases)):  # "Haftar's forces": "Haftar"
                for spelt in spellings(key):  # "Gamsakhourdia", "Gamsachurdia"
                    add(spelt, "leader", i)
            for key in german_compounds(actor):  # "Tigray-Kräfte", "Krajina-Serben"
                add(key, "named", i)
            for key in declined_aliases((actor.name, *actor.aliases)):  # "der Roten Ruhrarmee"
                add(key, "named", i)
            for key in heads.get(actor.name, ()):
                add(key, "described", i)
        juntas = any(map(_named_military, self.actors))
        for phrase in COUP_MAKERS if juntas else ():  # "die Putschisten": the junta
            add(name_key(phrase), "junta", -1)
        if self._sides or juntas:  # a junta is "the military" too
            generic = list(expand_generic())
            # A phrase of a country no watched side stands for names nobody: it only keeps a
            # phrase inside it ("les forces armées" in "les forces armées hongroises") from being
            # read as the local government. One with no such phrase inside is left out: ~190
            # countries' phrases made the matcher 26 MB (issue 11: memory).
            inner = {key for key, country, _lang in generic if country is None} | entries.keys()
            for key, country, _lang in generic:
                if country is None or country in self._sides or _holds_phrase(key, inner):
                    add(key, "generic", -1, None, country)
            for army in ("army", "armee", "ejercito", "esercito", "exercito"):
                add(army, "opening_army", -1)  # "Armee räumt X", "Army retakes X": a headline's army
        for code, names in ARMED_FORCES.items():  # "Tsahal", "die Wehrmacht": the country's side
            if code in self._sides:
                for name in names:
                    add(name_key(name), "army", -1, name if is_acronym(name) else None, code)
        for code, sides in self._sides.items():
            # At war as a country ("the Russians" are its forces), or a force named by its
            # nationality ("the Czechoslovaks"), not a government among its people.
            if any(not a.government or named_after(a, code) or state_code(a) == code for a in sides):
                for key in nationality_nouns(code):
                    add(key, "generic", -1, None, code)
                for key in collective_nouns(code):  # "surrendered to the British"
                    add(key, "collective", -1, None, code)
        self._groups: list[tuple[int, ...]] = []
        for key, (kind, indices, cased, country) in entries.items():
            i = indices[0]
            if len(indices) > 1:
                i = -2 - len(self._groups)
                self._groups.append(tuple(indices))
            self._automaton.add_word(" " + key, self._payload_index(kind, i, cased, country) * _KEY_LIMIT
                                     + len(key) + 1)
        # No name's key ends with a space: an article's hit is never a name's.
        self._article = self._payload_index("article", -1, None, None)
        for article in _PLURAL_ARTICLES:
            self._automaton.add_word(f" {article} ", self._article * _KEY_LIMIT + len(article) + 2)
        self._joint: tuple[JointPass, int] | None = None  # (one pass with the places' names, side)
        self._has_entries = bool(entries)
        exact = {k.replace(" ", "") for k, v in entries.items() if v[0] in ("named", "described")}
        self._fuzzy: FuzzyIndex[int] = FuzzyIndex(exact=exact, endings=("es", "en", "s", "e", "i"))
        for compact, i in fuzzy_names:
            # Two actors' names as close to a word: the one listed first in the watchlist, not
            # the one whose name a hash-ordered set gave first (the result changed with the seed).
            self._fuzzy.add(compact, i, i)

    def _payload_index(self, kind: str, i: int, cased: str | None, country: str | None) -> int:
        payload = (kind, i, cased, country)
        index = self._payload_at.get(payload)
        if index is None:
            index = self._payload_at[payload] = len(self._payloads)
            self._payloads.append(payload)
        return index

    def state_sides(self) -> frozenset[Actor]:
        """Return the actors a nationality phrase may name as a state's own side ("Russia")."""
        return frozenset(self._state.values())

    def government_of(self, country: str | None) -> Actor | None:
        """Return the watched government side in `country`, if there is one."""
        if country is None:
            return None
        for actor in self.actors:
            if actor.government and country.upper() in actor.countries:
                return actor
        return None

    def military_of(self, country: str | None) -> Actor | None:
        """Return the one watched side in `country` named as its military ("Gabonese junta",
        "Zimbabwean military"), if no government is flagged there.

        In a coup the watchlist names the army that seized power, and the articles call it
        "the military", "les militaires", "das Militär"; "X Army" is left out, as rebels are
        often named so ("Arakan Army").
        """
        if country is None:
            return None
        found = [a for a in self.actors if country.upper() in a.countries and _named_military(a)]
        return found[0] if len(found) == 1 else None

    def opponents(self, actor: str) -> list[Actor]:
        """Return the actors on the other side of `actor` (declared by either side)."""
        me = self._by_name.get(actor)
        names = set(me.opposes) if me is not None else set()
        names |= {a.name for a in self.actors if actor in a.opposes}
        return [a for a in self.actors if a.name in names and a.name != actor]

    def automaton(self) -> Any:
        """Return the automaton of this matcher's keys (for a `JointPass` to take them over)."""
        return self._automaton

    def share(self, joint: JointPass, side: int) -> None:
        """Find names through `joint`'s pass (side `side`), which holds this matcher's keys: the
        place matcher has read the same article with it just before. The own automaton goes."""
        self._joint = (joint, side)
        self._automaton = None

    def find(self, text: str, *, country: str | None = None) -> list[ActorMention]:
        """Return the actors named in `text`, non-overlapping, in text order.

        Generic references ("the army", "forces gouvernementales") become the government side
        of `country`; with a nationality ("the Afghan army") that nationality's country decides.
        """
        text = prepare(text)
        folded = fold(text)
        found: list[tuple[int, int, Actor | None, bool]] = []
        hits = self._hits(" " + folded)
        if self._has_entries:
            found += self._exact_mentions(text, folded, country, hits)
        found += self._fuzzy_mentions(text, folded, found, hits)
        kept = [(_after_merged(folded, s) if g else s, e, a, g) for s, e, a, g in _longest_first(found)]
        return [ActorMention(a, s, e, text[s:e], g) for s, e, a, g in kept if a is not None]

    def _hits(self, spaced: str) -> Hits:
        """Return the keys' (end, packed payload and length) in `spaced` (" " + the folded text):
        the joint pass's, when the place matcher has walked the same text with it just before."""
        joint = self._joint
        if joint is not None:
            return joint[0].hits(spaced, joint[1])
        return list(walkable(self._automaton).iter(spaced))

    def leaders_named(self, text: str) -> frozenset[str]:
        """Return the names of the sides whose leader `text` names by name alone ("O dr. Getulio
        Vargas lançou um manifesto"): the man, not his side (`find` skips him), but an article that
        names him is about his side's war ("the revolutionaries" are his, `Detector._insurgents`)."""
        if not self._has_entries:
            return frozenset()
        spaced = " " + fold(prepare(text))
        out = set()
        for end, packed in self._hits(spaced):
            index = packed // _KEY_LIMIT
            if index == self._article:
                continue
            kind, i, _cased, _where = self._payloads[index]
            # (`end` is the key's last character in `spaced`: a whole word ends there)
            if kind == "leader" and (end + 1 == len(spaced) or not spaced[end + 1].isalnum()):
                out.add(self.actors[i].name)
        return frozenset(out)

    def _exact_mentions(self, text: str, folded: str, country: str | None, hits: Hits
                        ) -> list[tuple[int, int, Actor | None, bool]]:
        out: list[tuple[int, int, Actor | None, bool]] = []
        size = len(folded)
        shouting: bool | None = None  # is the text in capitals? asked only when an acronym matches
        for end, packed in hits:
            index, length = divmod(packed, _KEY_LIMIT)
            if index == self._article:
                continue  # read by `_lowercase_mentions`
            kind, i, cased, where = self._payloads[index]
            start, stop = end - length + 1, end
            if stop < size and folded[stop] != " ":
                rest = word_at(folded, stop)
                inflected = kind not in ("generic", "collective", "party", "party_de") and cased is None
                if not inflected or rest not in SUFFIXES:
                    continue
                stop += len(rest)
            if kind == "collective":  # "the British": a side, unless a noun follows ("the British embassy")
                if noun_follows(text, stop):
                    continue
                kind = "generic"
            if kind == "leader":
                span = leader_phrase(text, folded, start, stop)
                if span is not None:
                    out.append((*span, self.actors[i], False))
                continue
            if kind in ("party", "party_de"):  # "gli alleati": the side is the noun, after its article
                start = folded.index(" ", start) + 1
                if kind == "party_de" and not text[start].isupper():
                    continue  # "die weißen Fahnen": an adjective, not "die Weißen"
                out.append((start, stop, self._pick(i, country), False))
                continue
            if kind == "junta":
                out.append((start, stop, self.military_of(country), True))
                continue
            if kind == "army":
                if cased is not None and text[start:stop] != cased:
                    continue
                out.append((start, stop, self._side_of(where, country), True))
                continue
            if kind == "opening_army":
                if _opens_a_line(text, start) and _verb_follows(text, folded, stop):
                    out.append((start, stop, self.government_of(country), True))
                continue
            if kind != "generic":
                if cased is not None:
                    # "Isis", "Rsf" are house style at some papers; "Is" would be an ordinary word.
                    written = text[start:stop]
                    if written != cased and not house_style_acronym(text, start, stop, cased):
                        continue
                    if shouting is None:
                        shouting = mostly_upper(text)
                    if shouting:
                        continue
                if kind == "described" and inside_proper_name(text, folded, start, stop):
                    continue
                actor = self._pick(i, country)
                if foreign_branch(actor, text, folded, start, stop):
                    continue
                out.append((start, stop, actor, False))
                continue
            half = compass_before(folded, start) if where else ""
            divided = any(code == where for _point, code in self._halves)
            if half and divided and not qualified_away(folded, stop):
                # "North Vietnamese troops" are North Vietnam's, not Vietnam's government (the south),
                # when the watchlist names a half of that country
                side = self._halves.get((half, where))
                out.append((folded.rfind(" ", 0, start - 1) + 1 if side else start, stop, side, True))
                continue
            if inside_proper_name(text, folded, start, stop) or qualified_away(folded, stop):
                continue
            if folded[start:stop].endswith(" police") and word_at(folded, stop + 1) in _POLICE_THINGS:
                continue  # "the police station", "the police garrison": a building, a unit, not the force
            # A foreign side nobody watches ("les forces armées françaises") is kept until the
            # overlaps are settled, so that its shorter part ("forces armées") is not read as
            # the local government; `find` drops it afterwards.
            side = self._side_of(where, country) if where else self.government_of(country)
            if side is None and not where and _names_the_forces(folded[start:stop]):
                side = self.military_of(country)
            out.append((start, stop, side, True))
        return out

    def _pick(self, i: int, country: str | None) -> Actor:
        """Return actor `i`, or of a name shared by several actors the first that fights in `country`."""
        if i >= 0:
            return self.actors[i]
        group = [self.actors[k] for k in self._groups[-2 - i]]
        if country is not None:
            for actor in group:
                if not actor.countries or country.upper() in actor.countries:
                    return actor
        return group[0]

    def nation_side(self, code: str, country: str | None) -> Actor | None:
        """Return the watched side a nationality phrase of `code` means where the article is
        (`_side_of`): its own side, or a force the watchlist names by that nationality."""
        return self._side_of(code, country)

    def _side_of(self, code: str, country: str | None) -> Actor | None:
        """Return the actor a nationality phrase of `code` means where the article is (`country`).

        The country's own side first (its government, or the actor named after it), then a force
        the watchlist names by that nationality ("German expeditionary force" in Finland); one
        that fights in `country`, else the country's own side wherever it fights.
        """
        sides = self._sides.get(code, ())
        if country is not None:
            here = [a for a in sides if not a.countries or country.upper() in a.countries]
            if len(here) == 1 or (here and here[0] is self._state.get(code)):
                return here[0]
        return self._state.get(code)

    def _fuzzy_mentions(self, text: str, folded: str, taken: list[tuple[int, int, Actor | None, bool]],
                        hits: Hits) -> list[tuple[int, int, Actor | None, bool]]:
        covered = {p for s, e, _, _ in taken for p in range(s, e)}
        fuzzy = [(h.start, h.end, self.actors[h.value], False)
                 for h in self._fuzzy.scan(text, folded, covered.__contains__, max_words=6)]
        return fuzzy + self._lowercase_mentions(text, folded, covered, hits)

    def _lowercase_mentions(self, text: str, folded: str, covered: set[int], hits: Hits
                            ) -> list[tuple[int, int, Actor | None, bool]]:
        """Find a group name written in lower case after an article, as Romance languages do.

        "i talebani", "os talibãs": a long lower-case word right after a plural article that is
        one edit from an alias, once an inflection is removed.
        """
        if not self._fuzzy:
            return []
        out: list[tuple[int, int, Actor | None, bool]] = []
        for after, packed in hits:  # `after`: where the word after an article starts
            if packed // _KEY_LIMIT != self._article:
                continue
            m = _LONG_WORD.match(folded, after)
            if m is None:
                continue
            start, stop = m.span()
            if start in covered or not text[start].islower():
                continue
            hit = self._fuzzy.lookup(m.group())
            if hit is not None:
                out.append((start, stop, self.actors[hit[0]], False))
        return out


# Words of an actor's name that make it a country's military, folded ("Military Council for
# Justice", "Zimbabwean military", "Gabonese junta", "Conseil militaire", "Fuerzas Armadas").
# Not "Defence Forces" nor "Armed Forces", names of rebels too ("Ambazonia Defence Forces", FARC).
_MILITARY_NAME = re.compile(r" (?:military|junta|junte|militaire|militar|militare|militares) ")
# Words of a generic phrase that name the state's civil power, not its soldiers: "le gouvernement"
# in a coup is the one deposed.
_CIVIL_WORDS = frozenset({"government", "regime", "gouvernement", "regimen", "gobierno", "governo",
                          "regierung", "police", "polizei", "policia", "polizia", "authorities",
                          "autorites", "autoridades", "autorita", "behorden", "ministry", "ministere",
                          "ministerio", "ministero", "minister", "ministre", "ministro", "president",
                          "presidente", "presidential"})


def _opens_a_line(text: str, start: int) -> bool:
    """Say whether the word at `start` opens the text, a line or a headline's clause after a colon
    ("Armee räumt X", "Sudan: Armee räumt X"), where headlines drop the article."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in "\n:"


def _verb_follows(text: str, folded: str, stop: int) -> bool:
    """Say whether a lower-case word that is no noun of forces follows the army word ending at
    `stop`: a headline's verb ("Armee räumt X", "Army retakes X"), not a name going on ("Ejército
    Sirio Libre"), a compound ("Armee-Sprecher") or a phrase of its own ("Army troops loyal to")."""
    if text[stop : stop + 1] != " ":
        return False
    word = word_at(folded, stop + 1)
    return text[stop + 1 : stop + 2].islower() and word not in FORCE_NOUNS and word not in _ARMY_NOUNS


# Nouns after "army" that make a phrase of their own, besides `words.FORCE_NOUNS` ("army officers",
# "Armee Einheiten"): not a headline's verb.
_ARMY_NOUNS = frozenset(
    ("officers", "chief", "spokesman", "commander", "sources", "einheiten", "truppen", "führung")
)


def _named_military(actor: Actor) -> bool:
    """Is `actor` named as a country's military ("Malian military junta")?"""
    return any(_MILITARY_NAME.search(f" {name_key(n)} ") for n in (actor.name, *actor.aliases))


def _names_the_forces(phrase: str) -> bool:
    """Is the folded generic `phrase` about soldiers ("the army", "les militaires"), not the
    government, its police or its ministers?"""
    return not any(w in _CIVIL_WORDS or w.startswith(("regierung", "government", "gouvernement"))
                   for w in phrase.split())


# German heads of a compound that names an actor's fighters ("Tigray-Kräfte", "TDF-Truppen"),
# folded, with their datives ("von den Tigray-Kämpfern zurückerobert"), and the English last
# words of an alias that name them ("Tigrayan forces").
GERMAN_FIGHTERS = ("krafte", "truppen", "kampfer", "soldaten", "einheiten", "milizen", "rebellen",
                   "verbande", "streitkrafte", "milizionare", "separatisten", "freischarler",
                   "kraften", "kampfern", "verbanden", "streitkraften", "milizionaren", "freischarlern")
_ENGLISH_FIGHTERS = frozenset({"forces", "force", "troops", "fighters", "soldiers", "units", "militia",
                               "militias", "rebels", "army", "separatists", "guerrillas"})


def _german_people_noun(people: str) -> str:
    """Return the German plural noun of a people ("serb": "serben", "kurd": "kurden") from its
    German adjective ("serbisch"), or "" (the irregular ones, "Ukrainer", are not made)."""
    for _code, forms in nationalities(people):
        for form in forms.get("de", ()):
            key = name_key(form)
            if key.endswith("ische"):
                return key[: -len("ische")] + "en"
    return ""


def german_compounds(actor: Actor) -> set[str]:
    """Return the folded keys of German compounds that name an actor's fighters.

    The first part is an alias's distinctive proper name: "Tigrayan forces" gives "Tigray-Kräfte",
    "Tigray-Kämpfer" (a people's English noun, as German writes it); "Gaddafi forces" gives
    "Gaddafi-Truppen"; "Krajina Serbs" gives "Krajina-Serben" (the people's German noun as the
    head). German joins a compound with a hyphen, which folds to a space: "tigray krafte".
    A country's nationality ("Sudanese forces") is left to the nationality phrases.
    """
    keys: set[str] = set()
    for alias in (actor.name, *actor.aliases):
        written = [w.removesuffix("'s").removesuffix("’s") for w in alias.replace("-", " ").split()]
        words = [name_key(w) for w in written]
        if len(words) < 2:
            continue
        size = len(words) - 1 if words[-1] in _ENGLISH_FIGHTERS else len(words)
        rest, proper = words[:size], all(w[:1].isupper() for w in written[:size])
        if not proper or not rest:
            continue
        last = rest[-1].removesuffix("s")
        people = nationalities(last)
        firsts: list[str] = []
        if len(rest) >= 2 and people and not any(nationalities(w) or lexicon_word(w) for w in rest[:-1]):
            noun = _german_people_noun(last)  # "Krajina Serb(s)": "Krajina-Serben"
            if noun:
                keys.add(" ".join([*rest[:-1], noun]))
            firsts = [" ".join(rest[:-1])]
        elif len(rest) == 1 and size < len(words):
            if people:  # a people's forces ("Tigrayan forces"): its nouns ("Tigray")
                firsts = [name_key(f) for code, forms in people if code in PEOPLES
                          for f in forms.get("en", ()) if " " not in f]
            elif not lexicon_word(rest[0]):  # "Gaddafi forces"; not "Republican Forces"
                firsts = rest
        keys.update(f"{first} {head}" for first in firsts if len(first) >= 4 for head in GERMAN_FIGHTERS)
    return keys


def _after_merged(folded: str, start: int) -> int:
    """Return where a people's mention starts after an article merged with a preposition.

    "ocupados pelos indianos", "liberata dai tedeschi": the preposition tells the people's role
    to the grammar, so it stays outside the mention.
    """
    first = word_at(folded, start)
    return start + len(first) + 1 if first in _MERGED else start


def _longest_first(found: list[tuple[int, int, Actor | None, bool]]
                   ) -> list[tuple[int, int, Actor | None, bool]]:
    """Keep the longest of overlapping mentions (named before generic), then sort by position."""
    chosen: list[tuple[int, int, Actor | None, bool]] = []
    for m in sorted(found, key=lambda m: (-(m[1] - m[0]), m[3], m[0])):
        if all(m[1] <= c[0] or m[0] >= c[1] for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m[0])
