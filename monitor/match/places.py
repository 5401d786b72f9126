"""Find watched places in a text: one automaton pass for exact names, then a cheap fuzzy pass.

Every spelling of every watched place goes into one Aho-Corasick automaton over folded text
(`normalize.fold`), so the cost of a scan hardly depends on how many places are watched. Only
capitalised words left unmatched are tried fuzzily, and only against names with the same
consonant skeleton (`normalize.skeleton`), so "Kandehar" finds "Kandahar" with one dict lookup
and one edit-distance check rather than a loop over places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import ahocorasick  # no stubs (a C extension): ignore_missing_imports in pyproject.toml

from monitor.match.arabic import ARTICLES, fits, is_arabic_country, name_variants
from monitor.match.fuzzy import MIN_FUZZY_LEN, NEWS_WORDS, FuzzyIndex, lowercase_too, max_distance
from monitor.match.joint_pass import JointPass, walkable
from monitor.match.language_id import WEIGHTS
from monitor.match.normalize import fold, name_key, prepare
from monitor.match.saints import saint_keys
from monitor.match.short_names import safe_spellings
from monitor.model import Place

__all__ = ["PlaceMatcher", "PlaceMention", "max_distance", "place_names"]

PLACE_SUFFIXES = frozenset({"s"})  # German genitive "Kabuls"; "'s" is a separate word already
_SUFFIX_STARTS = frozenset(suffix[0] for suffix in PLACE_SUFFIXES)
# Words that look like a place's German genitive but are names of their own: "Hamas" is not
# "Hama's". (Peoples' plurals, "Kurds", are caught as news words: see fuzzy.NEWS_WORDS.)
NOT_GENITIVES = frozenset({"hamas", "fatahs", "amals"})
# Words that make "X al-Y" a person's name: "Abu Bakr al-Baghdadi", "Hamza bin Laden".
NAME_LINKS = frozenset({"abu", "abou", "bin", "ibn", "bint", "ben", "umm", "ould", "abd", "abdul", "abdel"})
_KEY_LIMIT = 4096  # longer keys are not names
# A capitalised word with an apostrophe inside: "Sana'a", "Ma'rib", "Mek'ele". Folding makes
# two words of it, so it is also looked up whole; "Kabul's" and "Don't" are other things.
_QUOTES = "'’ʼ"
_APOSTROPHE = re.compile(f"[{_QUOTES}]")
_CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})
_JOINED = "-'’‘ʼʻ‐"  # an article joined to its word: "al-Raqqa", "Ad'Dawr"
_SENTENCE_END = frozenset(".!?:;\"«»“”()\n")
# Titles before a person's name: "President Farah", "Mr Gao" are people, not cities.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "presidente", "prime",
    "minister", "ministre", "ministro", "general", "gen", "colonel", "col", "commander", "captain",
    "capt", "sergeant", "governor", "mayor", "senator", "judge", "sheikh", "cheikh", "imam", "mullah",
    "mollah", "emir", "king", "queen", "prince", "princess", "m", "mme", "mlle", "monsieur", "madame",
    "sr", "sra", "senor", "senora", "don", "dona", "herr", "frau", "signor", "signora", "sig",
    "sen", "rep", "gouverneur", "gobernador", "governatore", "maire", "alcalde", "sindaco",
    "burgermeister",
})
ABBREVIATED = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "capt", "m", "mme", "mlle", "sr", "sra",
                         "sig", "sen", "rep"})  # titles written with a full stop: "Mr. Gao"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place named in a text: `text[start:end] == surface`; `score` 1.0 for an exact name."""

    place: Place
    start: int
    end: int
    surface: str
    score: float


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


_POPULATION_SPAN = 10**10  # above any city's population: ranks pack (order, -population) into one int


class PlaceMatcher:
    """Scan texts for a fixed set of watched places."""

    def __init__(self, places: Sequence[Place], *, extra_aliases: Mapping[str, Sequence[str]] = {},
                 removed_aliases: Mapping[str, Sequence[str]] = {}) -> None:
        # The matcher's own copies carry no spellings: they are only read here, into the
        # automaton and the fuzzy index (10,000 places keep ~7 MB less; issue 11).
        self.places = tuple(replace(p, names=()) for p in places)
        # key -> (rank, place index); rank orders claims on one spelling: canonical, then
        # GeoNames' own name, then alternates; ties go to the bigger city.
        best: dict[str, tuple[tuple[int, int], int]] = {}
        fuzzy_names: list[tuple[str, int, tuple[int, int], bool]] = []
        blocked: set[str] = set()  # removed spellings: not even a fuzzy match
        written: set[str] = set()  # keys of names as the gazetteer or the user writes them
        spelt: set[str] = set()  # other languages' spellings of short names (`short_names`)
        common = _common_words()
        heads: dict[str, set[int]] = {}  # a compound name's first part -> the places so named
        for i, place in enumerate(places):
            removed = removed_aliases.get(place.name, ())
            blocked |= {name_key(n).replace(" ", "") for n in removed}
            own_keys = {name_key(n) for n in (place.name, *extra_aliases.get(place.name, ()))}
            for n_i, name in enumerate(place_names(place, extra_aliases.get(place.name, ()), removed)):
                rank = (min(n_i, 2), -min(place.population or 0, _POPULATION_SPAN - 1))
                key = name_key(name)
                compact = key.replace(" ", "")
                written.add(key)
                keys = {key, *saint_keys(key)}  # "St. George's", "Saint-Georges"
                if key in own_keys:  # "Damur" for Damour, "Dschuba" for Juba: not of every alternate
                    forms = tuple(f for f in safe_spellings(key, place.country, common)
                                  if f.replace(" ", "") not in blocked)  # (the user removed it)
                    spelt.update(forms)
                    keys.update(forms)
                head = compound_head(key) if key in own_keys else None
                if head is not None and head not in common:  # "Fontenay" of "Fontenay-le-Comte"
                    heads.setdefault(head, set()).add(i)
                if ". " in name:  # "St. George's": the text folds the stop to a second space
                    keys.add(fold(prepare(name)).strip())
                if is_arabic_country(place.country):  # "ar-Raqqah", "Raqqa", "Deir al-Zor"
                    variants = name_variants(key, bare=n_i == 0)  # "Khalil" of "Al Khalil": a man
                    keys.update(v for v in variants if v.replace(" ", "") not in NEWS_WORDS)
                for k in list(keys):
                    if " " in k and len(k) > MIN_FUZZY_LEN:
                        keys.add(k.replace(" ", ""))  # "Lashkargah", "Mazarisharif", "Arraqqa"
                for k in keys:
                    k_rank = rank if k in (key, compact) else (3, rank[1])  # variants rank last
                    if k not in best or k_rank < best[k][0]:
                        best[k] = (k_rank, i)
                fuzzy_names.append((compact, i, (rank[0], -rank[1]), n_i == 0))
        # A compound name's first part stands for it when no place has it for a name and only one
        # place's name starts so ("Fontenay", "San Cristóbal", "Freiburg"): found exactly only.
        self._heads = frozenset(h for h, owners in heads.items() if len(owners) == 1 and h not in best)
        for h in self._heads:
            best[h] = ((3, 0), next(iter(heads[h])))
        # Values are C integers (place index and key length packed), not Python tuples: with
        # 10,000 places the tuples alone took ~20 MB (issue 11).
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, (_, i) in best.items():
            if len(key) < _KEY_LIMIT:
                self._automaton.add_word(" " + key, i * _KEY_LIMIT + len(key) + 1)
        self._joint: tuple[JointPass, int] | None = None  # (one pass with the actors' names, side)
        self._exact = {key: i for key, (_, i) in best.items()}
        self._spelt = frozenset(spelt - written)
        self._fuzzy: FuzzyIndex[int] = FuzzyIndex(exact=self._exact, blocked=blocked)
        for compact, i, (order, population), own in fuzzy_names:
            # (order, bigger city first) as one int, for the fuzzy index's memory; a name of
            # few consonants is looked for in other spellings only when it is the place's own
            self._fuzzy.add(compact, i, order * _POPULATION_SPAN - population, few_consonants=own)

    def automaton(self) -> Any:
        """Return the automaton of this matcher's keys (for a `JointPass` to take them over)."""
        return self._automaton

    def share(self, joint: JointPass, side: int) -> None:
        """Find names through `joint`'s pass (side `side`), which holds this matcher's keys: the
        actor matcher reads the same article with it next. The matcher's own automaton goes."""
        self._joint = (joint, side)
        self._automaton = None

    def _hits(self, spaced: str) -> Iterable[tuple[int, int]]:
        """Return the automaton's hits in `spaced` (" " + folded text): (end, packed key value)."""
        if self._joint is not None:
            return self._joint[0].hits(spaced, self._joint[1])
        return walkable(self._automaton).iter(spaced)  # type: ignore[no-any-return]

    def find(self, text: str) -> list[PlaceMention]:
        """Return the watched places named in `text`, non-overlapping, in text order.

        A mention must begin with a capital letter and sit on word boundaries; offsets index
        `text` (its NFC form, should it arrive decomposed).
        """
        text = prepare(text)
        folded = fold(text)
        found = self._exact_mentions(text, folded) if self._exact else []
        found += self._fuzzy_mentions(text, folded, found)
        if "'" in text or "’" in text or "ʼ" in text:
            found += self._apostrophe_mentions(text, folded)
        found = [_with_article(text, folded, m) for m in found]
        return _non_overlapping([m for m in found if not _person_name(text, folded, m)])

    def _exact_mentions(self, text: str, folded: str) -> list[PlaceMention]:
        out = []
        size = len(folded)
        for end, packed in self._hits(" " + folded):
            i, length = divmod(packed, _KEY_LIMIT)
            start = end - length + 1
            stop = end
            score = 1.0
            if stop < size and folded[stop] != " ":
                if folded[stop] not in _SUFFIX_STARTS:
                    continue  # inside a longer word ("Most" in "mostly"): most such hits
                rest = _word_at(folded, stop)
                # "Sans" is French, "Abas" a name: a genitive needs a name of 4 letters or more.
                if rest not in PLACE_SUFFIXES or length <= 4 or _word_at(folded, start) in NOT_GENITIVES:
                    continue
                stop += len(rest)
                score = 0.99  # "Tartus" is Tartus before it is Tartu's
            if not _capitalised(text, folded, start) or _stray_capitals(text, start, stop) or \
                    _after_title(text, folded, start):
                continue
            if self._spelt and folded[start:end] in self._spelt and lowercase_too(text, folded[start:end]):
                continue  # the article writes it in lower case too: a common word, not a spelling
            if self._heads and folded[start:stop] in self._heads and _name_goes_on(text, folded, stop):
                continue  # "Fontenay-sous-Bois", "Reggio Emilia": another place's longer name
            out.append(PlaceMention(self.places[i], start, stop, text[start:stop], score))
        return out

    def _apostrophe_mentions(self, text: str, folded: str) -> list[PlaceMention]:
        out = []
        for start, end in _apostrophe_words(text):
            word = text[start:end]
            if _APOSTROPHE.split(word)[-1].lower() in _CLITICS:
                continue
            compact = folded[start:end].replace(" ", "")
            i = self._exact.get(compact)
            score = 1.0
            if i is None:
                hit = self._fuzzy.lookup(compact)
                if hit is None:
                    continue
                i, score = hit
            if not _stray_capitals(text, start, end) and not _after_title(text, folded, start):
                out.append(PlaceMention(self.places[i], start, end, word, score))
        return out

    def _fuzzy_mentions(self, text: str, folded: str, taken: list[PlaceMention]) -> list[PlaceMention]:
        covered = _covered(taken)
        return [PlaceMention(self.places[h.value], h.start, h.end, text[h.start:h.end], h.score)
                for h in self._fuzzy.scan(text, folded, covered.__contains__)
                if not _stray_capitals(text, h.start, h.end) and not _after_title(text, folded, h.start)]


# The words that join a compound place name's parts: "Fontenay-le-Comte", "Châlons-en-Champagne",
# "San Cristóbal de las Casas", "Frankfurt am Main", "Freiburg im Breisgau", "Stratford-upon-Avon".
_JOINERS = frozenset(
    ("le", "la", "les", "lès", "sur", "sous", "en", "aux", "de", "du", "des", "del", "di", "am", "an",
     "im", "in", "ob", "upon", "on", "bei")
)
_MIN_HEAD = 5  # letters: a shorter first part ("Le", "Aix") is too often a word or another town


def compound_head(key: str) -> str | None:
    """Return the first part of a compound place name's key, the short name news writes for it:
    "fontenay le comte" -> "fontenay", "san cristobal de las casas" -> "san cristobal"; or None."""
    words = key.split()
    for n in range(1, min(len(words) - 1, 3)):
        if words[n] in _JOINERS:
            head = " ".join(words[:n])
            return head if len(head.replace(" ", "")) >= _MIN_HEAD else None
    return None


def _name_goes_on(text: str, folded: str, stop: int) -> bool:
    """Say whether a place name continues after `stop`: a dash ("Fontenay-sous-Bois"), a
    capitalised word ("Reggio Emilia"), or a joining word and one ("Santiago de Compostela"; not
    "on", "in", "en", "an", which follow a town in any sentence: "entered Fontenay on Monday")."""
    if stop < len(text) and text[stop] in "-‐‑–":
        return True
    if stop + 1 >= len(text) or folded[stop] != " ":
        return False
    if text[stop + 1].isupper():
        return True
    word = _word_at(folded, stop + 1)
    after = stop + 2 + len(word)
    return word in _JOINERS and word not in _ANY_SENTENCE and text[after : after + 1].isupper()


_ANY_SENTENCE = frozenset(("on", "in", "en", "an"))


def _common_words() -> frozenset[str]:
    """Return the words a short name's other spelling must not be: small words of sixty
    languages (`language_id`) and the capitalised words of news text (`fuzzy.NEWS_WORDS`)."""
    return frozenset(WEIGHTS.get()) | NEWS_WORDS


def _apostrophe_words(text: str) -> list[tuple[int, int]]:
    """Return the spans of capitalised words with an apostrophe between letters: "Ma'rib".

    Found from the apostrophes (a few per article, by str.find in C), not by a regex over
    the whole text.
    """
    spans: list[tuple[int, int]] = []
    size = len(text)
    for quote in _QUOTES:
        i = text.find(quote)
        while i >= 0:
            if 0 < i < size - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                start = i - 1
                while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _QUOTES):
                    start -= 1
                end = i + 1
                while end < size and (text[end].isalpha() or (text[end] in _QUOTES and end + 1 < size
                                                                and text[end + 1].isalpha())):
                    end += 1
                if text[start].isupper() and (start, end) not in spans:
                    spans.append((start, end))
            i = text.find(quote, i + 1)
    return spans


def _capitalised(text: str, folded: str, start: int) -> bool:
    """Return True when a name starts with a capital, or after a joined article ("al-Bab")."""
    if text[start].isupper():
        return True
    article = _word_at(folded, start)
    after = start + len(article)
    return (article in ARTICLES and after + 1 < len(text) and text[after] in _JOINED
            and text[after + 1].isupper())


def _with_article(text: str, folded: str, m: PlaceMention) -> PlaceMention:
    """Extend a mention of an Arabic place over the article before it: "al-Raqqa", "Er Raqqa".

    A lower-case article counts only when joined to the name ("al-Raqqa", not "as Raqqa"),
    and a capitalised one only when it fits the name's first sound ("Ar Raqqa", "Al Raqqa").
    """
    start = m.start
    if start < 3 or not is_arabic_country(m.place.country) or folded[start - 1] != " ":
        return m
    if _word_at(folded, start) in ARTICLES:
        return m  # the name has its article already
    begin = folded.rfind(" ", 0, start - 1) + 1
    article = folded[begin:start - 1]
    if article not in ARTICLES or not fits(article, _word_at(folded, start)):
        return m
    joiner = text[start - 1]
    if joiner not in _JOINED and not (joiner == " " and text[begin].isupper()):
        return m
    return PlaceMention(m.place, begin, m.end, text[begin:m.end], m.score)


def _person_name(text: str, folded: str, m: PlaceMention) -> bool:
    """Return True when an "al-" name is a family name: "Bashar al-Assad", "Abu Bakr al-Baghdadi".

    It is one after "abu", "bin", "ibn"…, or after a capitalised word in ordinary text
    (a given name) that does not end a sentence or start one; in a headline in title case
    ("Rebels Enter Al-Raqqa") the capital proves nothing.
    """
    if _word_at(folded, m.start) not in ARTICLES or m.start < 2 or text[m.start - 1] != " ":
        return False
    end = m.start - 1
    begin = folded.rfind(" ", 0, end) + 1
    word = folded[begin:end]
    if word in NAME_LINKS:
        return True
    before = text[begin:end]
    if not before[:1].isupper() or not before.isalpha() or word in NEWS_WORDS or before.isupper():
        return False  # an acronym ("the SDF al-Raqqa offensive") is no given name
    previous = text[:begin].rstrip()
    if not previous or previous[-1] in _SENTENCE_END:
        return False  # the capital starts a sentence
    line = text[text.rfind("\n", 0, m.start) + 1:]
    line = line[:line.find("\n")] if "\n" in line else line
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


def _after_title(text: str, folded: str, start: int) -> bool:
    """Return True when the word before is a capitalised title ("President Farah", "M. Gao")."""
    end = start
    while end > 0 and folded[end - 1] == " " and start - end < 3:
        end -= 1  # the space, and the full stop of "Mr." or "M."
    if end == start or end == 0:
        return False
    word_start = folded.rfind(" ", max(0, end - 16), end) + 1
    title = folded[word_start:end]
    if "." in text[end:start] and title not in ABBREVIATED:
        return False  # "…met the Minister. Kabul fell": a sentence ended
    return title in TITLES and text[word_start].isupper()


def _stray_capitals(text: str, start: int, stop: int) -> bool:
    """Return True for a word in capitals amid ordinary text: an acronym ("the agency SANA").

    A dateline ("KABUL, Afghanistan (AP) —") starts a line, and a headline in capitals has
    capitalised neighbours; both still count as the place.
    """
    surface = text[start:stop]
    if not surface.isupper() or sum(c.isalpha() for c in surface) < 2:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        return False
    before = text[max(0, start - 40):start].split()
    after = text[stop:stop + 40].split()
    neighbours = [w for w in (before[-1:] + after[:1]) if sum(c.isalpha() for c in w) >= 2]
    return not any(w.isupper() for w in neighbours)


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

