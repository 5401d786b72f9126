"""Find watched actors in a text: their names and aliases, and generic government references.

Names are matched on folded text (`normalize.fold`), so case, accents, apostrophes and
possessives ("Taliban's" is "taliban s") need no listing. Inflections are a short list of
endings allowed after a name ("talibans", "talibanes", "Talibanen"), and the endings are
also stripped from aliases ("moudjahidines" finds "moudjahidine"). Spelling variants
("Taleban") are caught by the same skeleton + edit-distance check as places.

Acronyms ("IS", "HTS", "FAMa") are matched with their case as written, never in a text
written in capitals, so the English word "is" is not the Islamic State.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick
from rapidfuzz.distance import Levenshtein

from monitor.match.generic import expand_generic
from monitor.match.normalize import fold, name_key, prepare, skeleton
from monitor.match.places import max_distance
from monitor.model import Actor

SUFFIXES = frozenset({"s", "es", "en", "n", "e", "er", "ern", "i", "is"})
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
_WORD = re.compile(r"[^ ]+")
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


def alias_keys(alias: str) -> set[str]:
    """Return the folded keys of an alias: itself and the stem of its last word."""
    key = name_key(alias)
    keys = {key} if key else set()
    if not key or is_acronym(alias):
        return keys
    head, _, last = key.rpartition(" ")
    for ending in STRIPPABLE:
        if last.endswith(ending) and len(last) - len(ending) >= MIN_STEM:
            keys.add(f"{head} {last[: -len(ending)]}".strip())
    return keys


class ActorMatcher:
    """Scan texts for a fixed set of watched actors."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = tuple(actors)
        self._by_name = {a.name: a for a in self.actors}
        self._automaton = ahocorasick.Automaton()
        self._fuzzy: dict[str, list[tuple[str, int]]] = {}
        self._exact: set[str] = set()
        # key -> (kind, actor index, case to match or None, country of a generic phrase)
        entries: dict[str, tuple[str, int, str | None, str | None]] = {}
        for i, actor in enumerate(self.actors):
            for alias in (actor.name, *actor.aliases):
                cased = alias.strip() if is_acronym(alias) else None
                # A descriptive alias ("Syrian army") must not match inside a longer proper
                # name ("the Free Syrian Army"): checked like a generic phrase.
                kind = "described" if any(w[:1].islower() for w in alias.split()) else "named"
                for key in alias_keys(alias):
                    entries.setdefault(key, (kind, i, cased, None))
                    self._exact.add(key)
                    compact = key.replace(" ", "")
                    if cased is None and len(compact) >= 6 and len(skeleton(compact)) >= 3:
                        self._fuzzy.setdefault(skeleton(compact), []).append((compact, i))
        if any(a.government for a in self.actors):
            for key, country, _lang in expand_generic():
                entries.setdefault(key, ("generic", -1, None, country))
        for key, (kind, i, cased, country) in entries.items():
            self._automaton.add_word(" " + key, (len(key) + 1, kind, i, cased, country))
        if entries:
            self._automaton.make_automaton()
        self._has_entries = bool(entries)

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
        found: list[tuple[int, int, Actor, bool]] = []
        if self._has_entries:
            found += self._exact_mentions(text, folded, country)
        found += self._fuzzy_mentions(text, folded, found)
        return [ActorMention(a, s, e, text[s:e], g) for s, e, a, g in _longest_first(found)]

    def _exact_mentions(self, text: str, folded: str, country: str | None
                        ) -> list[tuple[int, int, Actor, bool]]:
        out = []
        size = len(folded)
        shouting = _mostly_upper(text)
        for end, (length, kind, i, cased, where) in self._automaton.iter(" " + folded):
            start, stop = end - length + 1, end
            if stop < size and folded[stop] != " ":
                rest = _word_at(folded, stop)
                if kind == "generic" or cased is not None or rest not in SUFFIXES:
                    continue
                stop += len(rest)
            if kind != "generic":
                if cased is not None and (shouting or text[start:stop] != cased):
                    continue
                if kind == "described" and _inside_proper_name(text, folded, start, stop):
                    continue
                out.append((start, stop, self.actors[i], False))
                continue
            actor = self.government_of(where or country)
            if actor is None or _inside_proper_name(text, folded, start, stop):
                continue
            out.append((start, stop, actor, True))
        return out

    def _fuzzy_mentions(self, text: str, folded: str, taken: list[tuple[int, int, Actor, bool]]
                        ) -> list[tuple[int, int, Actor, bool]]:
        if not self._fuzzy:
            return []
        covered = {p for s, e, _, _ in taken for p in range(s, e)}
        out = []
        for m in _WORD.finditer(folded):
            start, stop = m.start(), m.end()
            if start in covered or not text[start].isupper():
                continue
            word = m.group()
            for form in (word, *(word[: -len(s)] for s in ("es", "en", "s", "e") if word.endswith(s))):
                i = self._fuzzy_lookup(form)
                if i is not None:
                    out.append((start, stop, self.actors[i], False))
                    break
        return out

    def _fuzzy_lookup(self, form: str) -> int | None:
        allowed = max_distance(len(form))
        if not allowed or form in self._exact:
            return None
        best: tuple[int, int] | None = None
        for name, i in self._fuzzy.get(skeleton(form), ()):
            dist = Levenshtein.distance(form, name, score_cutoff=allowed)
            if dist <= allowed and (best is None or dist < best[0]):
                best = (dist, i)
        return None if best is None else best[1]


def _word_at(folded: str, pos: int) -> str:
    end = folded.find(" ", pos)
    return folded[pos:] if end < 0 else folded[pos:end]


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


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


def _longest_first(found: list[tuple[int, int, Actor, bool]]) -> list[tuple[int, int, Actor, bool]]:
    """Keep the longest of overlapping mentions (named before generic), then sort by position."""
    chosen: list[tuple[int, int, Actor, bool]] = []
    for m in sorted(found, key=lambda m: (-(m[1] - m[0]), m[3], m[0])):
        if all(m[1] <= c[0] or m[0] >= c[1] for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m[0])
