"""Find watched places in a text: one automaton pass for exact names, then a cheap fuzzy pass.

Every spelling of every watched place goes into one Aho-Corasick automaton over folded text
(`normalize.fold`), so the cost of a scan hardly depends on how many places are watched. Only
capitalised words left unmatched are tried fuzzily, and only against names with the same
consonant skeleton (`normalize.skeleton`), so "Kandehar" finds "Kandahar" with one dict lookup
and one edit-distance check rather than a loop over places.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import ahocorasick
from rapidfuzz.distance import Levenshtein

from monitor.match.normalize import fold, name_key, prepare, skeleton
from monitor.model import Place

MIN_FUZZY_LEN = 6  # shorter names must match exactly ("Herat", "Homs", "Gao")
PLACE_SUFFIXES = frozenset({"s"})  # German genitive "Kabuls"; "'s" is a separate word already
CONNECTORS = frozenset({"i", "e", "al", "el", "ul", "as", "ad", "an", "ar", "ash", "at", "az", "es", "en",
                        "de", "di", "da", "do", "ye"})
_WORD = re.compile(r"[^ ]+")
_SENTENCE_END = re.compile(r"[.!?:;\n\"«»“”]\s*$")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place named in a text: `text[start:end] == surface`; `score` 1.0 for an exact name."""

    place: Place
    start: int
    end: int
    surface: str
    score: float


def max_distance(length: int) -> int:
    """Return the edits allowed between a word of `length` letters and a name (0: exact only)."""
    if length < MIN_FUZZY_LEN:
        return 0
    return 1 if length <= 8 else 2


def place_names(place: Place, extra: Sequence[str] = (), removed: Sequence[str] = ()) -> tuple[str, ...]:
    """Return the spellings to look for: canonical name, gazetteer names and `extra`, minus `removed`."""
    gone = {name_key(n) for n in removed} - {name_key(place.name)}
    seen: set[str] = set()
    out: list[str] = []
    for n in (place.name, *place.names, *extra):
        key = name_key(n)
        if key and key not in seen and key not in gone:
            seen.add(key)
            out.append(n)
    return tuple(out)


class PlaceMatcher:
    """Scan texts for a fixed set of watched places."""

    def __init__(self, places: Sequence[Place], *, extra_aliases: Mapping[str, Sequence[str]] = {},
                 removed_aliases: Mapping[str, Sequence[str]] = {}) -> None:
        self.places = tuple(places)
        # key -> (rank, place index); rank orders claims on one spelling: canonical, then
        # GeoNames' own name, then alternates; ties go to the bigger city.
        best: dict[str, tuple[tuple[int, int], int]] = {}
        fuzzy: dict[str, list[tuple[str, int, tuple[int, int]]]] = {}
        self._blocked: set[str] = set()  # removed spellings: not even a fuzzy match
        for i, place in enumerate(self.places):
            self._blocked |= {name_key(n).replace(" ", "") for n in removed_aliases.get(place.name, ())}
            names = place_names(place, extra_aliases.get(place.name, ()), removed_aliases.get(place.name, ()))
            for n_i, name in enumerate(names):
                rank = (min(n_i, 2), -(place.population or 0))
                key = name_key(name)
                keys = {key}
                compact = key.replace(" ", "")
                if " " in key and len(compact) >= MIN_FUZZY_LEN:
                    keys.add(compact)  # "Lashkargah", "Mazarisharif" written as one word
                for k in keys:
                    if k not in best or rank < best[k][0]:
                        best[k] = (rank, i)
                if len(compact) >= MIN_FUZZY_LEN:
                    skel = skeleton(compact)
                    if len(skel) >= 3:
                        fuzzy.setdefault(skel, []).append((compact, i, rank))
        self._automaton = ahocorasick.Automaton()
        for key, (_, i) in best.items():
            self._automaton.add_word(" " + key, (len(key) + 1, i))
        if best:
            self._automaton.make_automaton()
        self._exact = {key: i for key, (_, i) in best.items()}
        self._fuzzy = fuzzy
        self._fuzzy_cache: dict[str, tuple[int, float] | None] = {}

    def find(self, text: str) -> list[PlaceMention]:
        """Return the watched places named in `text`, non-overlapping, in text order.

        A mention must begin with a capital letter and sit on word boundaries; offsets index
        `text` (its NFC form, should it arrive decomposed).
        """
        text = prepare(text)
        folded = fold(text)
        found = self._exact_mentions(text, folded) if self._exact else []
        found += self._fuzzy_mentions(text, folded, found)
        return _non_overlapping(found)

    def _exact_mentions(self, text: str, folded: str) -> list[PlaceMention]:
        out = []
        size = len(folded)
        for end, (length, i) in self._automaton.iter(" " + folded):
            start = end - length + 1
            stop = end
            if stop < size and folded[stop] != " ":
                rest = _word_at(folded, stop)
                if rest not in PLACE_SUFFIXES:
                    continue
                stop += len(rest)
            if not text[start].isupper():
                continue
            out.append(PlaceMention(self.places[i], start, stop, text[start:stop], 1.0))
        return out

    def _fuzzy_mentions(self, text: str, folded: str, taken: list[PlaceMention]) -> list[PlaceMention]:
        if not self._fuzzy:
            return []
        covered = _covered(taken)
        words = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        out: list[PlaceMention] = []
        last_end = -1
        for w, (start, _end) in enumerate(words):
            if start < last_end or start in covered or not text[start].isupper():
                continue
            sentence_start = start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3):start]))
            best: tuple[int, float, int] | None = None  # (place index, score, end)
            parts: list[str] = []
            for v in range(w, min(w + 4, len(words))):
                v_start, v_end = words[v]
                if v > w:
                    gap = text[words[v - 1][1]:v_start]
                    if len(gap) > 1 or gap not in " -'’‐" or v_start in covered:
                        break
                    token = folded[v_start:v_end]
                    if not text[v_start].isupper() and token not in CONNECTORS:
                        break
                parts.append(folded[v_start:v_end])
                if v > w and folded[v_start:v_end] in CONNECTORS:
                    continue  # "Mazar i" is not a name yet
                compact = "".join(parts)
                if sentence_start and len(compact) <= 8:
                    continue  # a capital at a sentence start proves nothing about short words
                hit = self._fuzzy_lookup(compact)
                if hit is not None and (best is None or hit[1] >= best[1]):
                    best = (hit[0], hit[1], v_end)
            if best is not None:
                i, score, stop = best
                out.append(PlaceMention(self.places[i], start, stop, text[start:stop], score))
                last_end = stop
        return out

    def _fuzzy_lookup(self, compact: str) -> tuple[int, float] | None:
        """Return (place index, score) of the closest name to a compact word, if close enough."""
        if compact in self._fuzzy_cache:
            return self._fuzzy_cache[compact]
        result = None
        for form in (compact, compact[:-1] if compact.endswith("s") else ""):
            allowed = max_distance(len(form))
            if not allowed or form in self._exact or form in self._blocked:
                continue
            best: tuple[int, tuple[int, int], int] | None = None
            for name, i, rank in self._fuzzy.get(skeleton(form), ()):
                dist = Levenshtein.distance(form, name, score_cutoff=allowed)
                if dist <= allowed and (best is None or (dist, rank) < (best[0], best[1])):
                    best = (dist, rank, i)
            if best is not None:
                result = (best[2], round(1.0 - best[0] / max(len(form), 1), 3))
                break
        if len(self._fuzzy_cache) > 100_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[compact] = result
        return result


def _word_at(folded: str, pos: int) -> str:
    end = folded.find(" ", pos)
    return folded[pos:] if end < 0 else folded[pos:end]


def _covered(mentions: Sequence[PlaceMention]) -> set[int]:
    return {pos for m in mentions for pos in range(m.start, m.end)}


def _non_overlapping(found: list[PlaceMention]) -> list[PlaceMention]:
    """Keep the leftmost-longest mentions; an exact name beats a fuzzy one of equal length."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start), -m.score))
    out: list[PlaceMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out

