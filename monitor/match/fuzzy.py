"""Fuzzy name matching shared by places and actors: skeleton blocking, then edit distance.

A name is indexed under its consonant skeleton (`normalize.skeleton`); a capitalised run of
words in the text is looked up under its own skeleton, so a lookup costs one dict access and
a few Levenshtein checks however many names are watched. Only runs of capitalised words
(with short connectors: "Mazar i Sharif") that no exact match covers are tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz.distance import OSA, Levenshtein

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS
from monitor.match.normalize import beyond_bmp, compact_key, fold_char, phonetic_keys, skeleton, vowel_slots
from monitor.match.once import ComputedOnce

T = TypeVar("T", bound=Hashable)

MIN_FUZZY_LEN = 7  # shorter words must match exactly: "Herat", "Homs", but also "Bashar", "Händen"
CONNECTORS = frozenset({"i", "e", "al", "el", "ul", "as", "ad", "an", "ar", "ash", "at", "az", "es", "en",
                        "de", "di", "da", "do", "ye",
                        "asch", "esch", "ech"})  # German and French "ash": "Dschisr asch-Schughur"
# Upper-case letters of the Latin blocks: a capitalised word starts with one of them and
# follows no letter or digit. One regex pass finds every candidate start.
# Capitalised words of news text that are never a misspelt name: titles, institutions, days
# and months in the six languages. "Minister" is one letter from "Minster" (Münster).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _demonyms() -> frozenset[str]:
    """Return every nationality adjective and country name we know, folded: "Syrian" and
    "Tajikistan" are never misspelt cities ("Tākestān", Iran)."""
    return frozenset(compact_key(f) for table in (DEMONYMS, COUNTRY_NAMES) for per_lang in table.values()
                     for forms in per_lang.values() for f in forms)


NEWS_WORDS = _words("""
minister ministers ministre ministro ministra ministerium ministry ministere ministerio president
presidente praesident prasident presidency governor gouverneur gobernador governatore governador
general generale commander commandant comandante kommandeur spokesman spokesperson spokeswoman
porte parole portavoz sprecher portavoce secretary secretaire secretario sekretar segretario
parliament parlement parlamento parlament congress congres congreso kongress council conseil
consejo conselho consiglio government gouvernement gobierno regierung governo military militaire
militar militare province provinz provincia district distrito distretto region regione
university universite universidad universitat universita observatory observatoire observatorio
osservatorio international internationale internacional internazionale national nationale
nacional nazionale republic republique republica republik repubblica democratic democratique
democratico demokratisch democratico resistance resistencia resistenza widerstand liberation
liberacion liberazione befreiung monday tuesday wednesday thursday friday saturday sunday lundi
mardi mercredi jeudi vendredi samedi dimanche lunes martes miercoles jueves viernes sabado
domingo montag dienstag mittwoch donnerstag freitag samstag sonntag segunda terca quarta quinta
sexta lunedi martedi mercoledi giovedi venerdi sabato domenica january february march april
august september october november december janvier fevrier juillet septembre octobre novembre
decembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
diciembre januar februar juli oktober dezember janeiro fevereiro marco junho julho setembro
outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre
dicembre
""") | _demonyms()
_UPPER = "".join(chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isupper())
_CAPITALISED = re.compile(rf"(?<![^\W_])[{re.escape(_UPPER)}]")
# Where a hit may start: a capitalised word standing alone ("lone", long enough to be looked
# up), or one that a joiner links to a capitalised word or a connector ("run": "Mazar i
# Sharif", "Deir ez-Zor"). A lone word, most of them, is looked up without the word-by-word
# loop a run needs; "The", "In", "He" are skipped in C.
_U, _J = re.escape(_UPPER), re.escape(" -'’‐")
UPPER_CLASS = _U  # for a regex character class: the upper-case Latin letters


def _by_first_letter(words: frozenset[str]) -> str:
    """Return a regex alternation of `words` grouped by first letter ("a(?:sh|l|s)|e(?:l|)"): the
    engine compares each letter once rather than trying every word in turn."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


_CONT = rf"[{_J}](?:[{_U}]|(?i:{_by_first_letter(CONNECTORS)})(?![^\W_]))"
# The word boundary is looked behind at only after a capital (before it, the assertion would
# be tried at every character and triple the cost of the scan). A lone word shorter than
# `MIN_FUZZY_LEN - 1` fails in C, as does a capital inside a word ("iPhone"): at a shorter
# length, neither the run's lookahead (a letter follows) nor the length's lookbehind (it would
# reach the boundary) can hold, so no other end is found either: the word is read possessively
# (`*+`), and the engine does not try its shorter ends one by one ("The", "Heavy", "Local").
_CANDIDATE = re.compile(
    rf"[{_U}](?<![^\W_].)[^\W_]*+(?:(?P<run>(?={_CONT}))|(?<=[^\W_]{{{MIN_FUZZY_LEN - 1}}}))"
)
_SENTENCE_END = re.compile(r"[.!?:;\n\"«»“”]\s*$")
_JOINERS = frozenset(" -'’‐")


def _char_class(codes: Iterable[int]) -> str:
    """Return a regex character class of `codes` (ascending), as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    spans = (re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return "[" + "".join(spans) + "]"


BmpClasses = tuple[str, str, dict[str, str]]


def fold_bmp() -> BmpClasses:
    """Return regex classes of the characters below U+10000 that `fold` keeps as letters or
    digits, of the upper-case ones, and for each letter of a connector those folded to it
    (~80 ms on a slow core: `derived` saves them with a detector)."""
    letters, upper = [], []
    folds: dict[str, list[int]] = {letter: [] for letter in sorted(set("".join(CONNECTORS)))}
    for code in range(0x10000):
        char = chr(code)
        folded = fold_char(char)
        if folded == " ":
            continue  # a separator to `fold`: punctuation, spaces, "ʻ", "ʼ"
        letters.append(code)
        if char.isupper():
            upper.append(code)
        if folded in folds:
            folds[folded].append(code)
    return _char_class(letters), _char_class(upper), {k: _char_class(v) for k, v in folds.items()}


# computed once, or installed from a detector kept on disk (`derived`)
BMP_CLASSES = ComputedOnce(fold_bmp)


@lru_cache(maxsize=8)
def _run_pattern(count: int) -> re.Pattern[str]:
    """Return a regex matching up to `count` words of a run (`ScannedText.run`), for a text
    without characters beyond U+FFFF: the words `fold` makes, each after one joiner, and
    capitalised or a connector in any spelling that folds to it ("Al", "al", "él")."""
    word, upper, folds = BMP_CLASSES.get()
    connectors = "|".join("".join(folds[letter] for letter in c) for c in sorted(CONNECTORS))
    joiner = "[" + re.escape("".join(sorted(_JOINERS))) + "]"
    return re.compile(rf"{word}+(?:{joiner}(?:{upper}{word}*|(?:{connectors})(?!{word}))){{0,{count - 1}}}")


def max_distance(length: int) -> int:
    """Return the edits allowed between a word of `length` letters and a name (0: exact only)."""
    if length < MIN_FUZZY_LEN:
        return 0
    if length <= 9:
        return 1
    return 2 if length <= 12 else 3


# Letters that spell one sound in different transliterations (the second set without the
# vowel-like y/i/j, which make too many six-letter words alike: "Syrian", "Sirjan").
_END_CLASSES = str.maketrans({"q": "k", "c": "k", "w": "v", "z": "s", "y": "i", "j": "i"})
_CONSONANT_CLASSES = str.maketrans({"q": "k", "c": "k", "w": "v", "z": "s"})


def ends_agree(word: str, name: str) -> bool:
    """Return True when a word and a name begin and end alike (transliteration keeps the ends).

    "Kandehar" and "Kandahar" do; "Minister" and "Münster", "American" and "Americana",
    "Oleksandr" and "Alexandria" do not. A final "h" is often dropped ("Lashkarga").
    """
    a, b = word.rstrip("h").translate(_END_CLASSES), name.rstrip("h").translate(_END_CLASSES)
    return bool(a) and bool(b) and a[0] == b[0] and a[-1] == b[-1]


def _buckets(compact: str) -> set[str]:
    """Return the blocking keys of a compact name: its consonant skeleton and its sounds'
    consonants (`normalize.phonetic_keys`)."""
    return {skeleton(compact), *(_consonants(key) for key in phonetic_keys(compact))}


def _name_buckets(compact: str) -> set[str]:
    """Return the blocking keys of an indexed name (its "ch" read one way only)."""
    return {skeleton(compact), _consonants(phonetic_keys(compact)[0])}


def _consonants(key: str) -> str:
    return key.translate(_NO_VOWELS)


_NO_VOWELS = str.maketrans("", "", "aeiou")
MAX_DEAD_RUNS = 4_096  # runs known to hold no name, per index (~0.4 MB: issue 11, memory)
MIN_SOUND_CONSONANTS = 5  # fewer, and vowels must agree too: "Menschen" is not "Munchen"


def _transposed(word: str, name: str) -> bool:
    """Say whether `word` is `name` with two adjacent letters swapped ("Ghanzi", "Ghazni")."""
    return (OSA.distance(word, name, score_cutoff=1) == 1
            and Levenshtein.distance(word, name, score_cutoff=1) > 1)


def _spelling_distance(word: str, name: str, allowed: int) -> int | None:
    """Return the edits between a word and a name, or None when they are not one name.

    Letters count one edit each, a swap of two adjacent letters too; the ends must agree
    (`ends_agree`). A word that sounds like the name (`normalize.phonetic_keys`: "Suchumi",
    "Sukhumi"; "Chouchi", "Shushi") counts one edit. A word of 8 letters or more that differs
    only in its vowels from a name of 5 consonants or more ("Sibargan", "Sibircan") may take
    one edit more than `allowed`.
    """
    dist = OSA.distance(word, name, score_cutoff=allowed + 1)
    if dist <= allowed and ends_agree(word, name):
        return dist
    keys = phonetic_keys(name)[:1]  # a name's "ch" is not German: "Chi-ling" is not "Killing"
    if any(key in keys for key in phonetic_keys(word)):
        return 1  # "Charm el-Cheikh": the ends differ in letters, not in sounds
    if dist <= allowed:
        return None
    if dist > allowed + 1 or len(word) < 8 or not ends_agree(word, name):
        return None
    slots = {vowel_slots(key) for key in keys if len(_consonants(key)) >= MIN_SOUND_CONSONANTS}
    return dist if any(vowel_slots(key) in slots for key in phonetic_keys(word)) else None


@dataclass(frozen=True, slots=True)
class FuzzyHit(Generic[T]):
    """A run of words close to an indexed name."""

    value: T
    start: int
    end: int
    score: float  # 1 - edits / length


def candidate_starts(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end of first word, lone) of every place a hit may start in `text`.

    A word starts a run when a joiner and a capital or a connector follow it, else it stands
    alone ("lone") and is long enough to be looked up (`_CANDIDATE` keeps no other word).
    """
    return [(m.start(), m.end(), m.lastindex is None) for m in _CANDIDATE.finditer(text)]


Word = tuple[int, int, str]  # start, end, folded token


class ScannedText:
    """What every index's scan of one text reads alike: where hits may start, the words of runs.

    Places and actors scan the same article one after the other: this is built once for the
    last text (`scanned_text`), and each run is read once, when first asked for: the runs at
    "Prime", "Minister" and "Keir" of "Prime Minister Keir Starmer" are one run read once.
    """

    __slots__ = ("_by_regex", "_keys", "_runs", "folded", "starts", "text")

    def __init__(self, text: str, folded: str) -> None:
        self.text, self.folded = text, folded
        self.starts = candidate_starts(text)
        self._runs: dict[int, tuple[tuple[Word, ...], int]] = {}  # word start -> its run, its index there
        self._by_regex = text.isascii() or not beyond_bmp(text)  # `run_key` may use `_run_pattern`
        self._keys: dict[int, tuple[int, str]] = {}  # word start -> (count, run_key(start, count)) last read

    def run_key(self, start: int, count: int) -> str:
        """Return the key of `run(start, count)` (its words joined by spaces), read in C."""
        return self.run_keys(count)(start)

    def run_keys(self, count: int) -> Callable[[int], str]:
        """Return `run_key(start, count)` as a function of `start`, its regex looked up once (a scan
        asks it of ~20 runs an article)."""
        if not self._by_regex:
            return lambda start: self.keyed_run(start, count)[1]
        match, text, folded, keys = _run_pattern(count).match, self.text, self.folded, self._keys

        def key(start: int) -> str:
            # The places' scan reads runs of 4 words, then the actors' of 6 at the same starts: a
            # run that stopped short of its count (fewer spaces, one a joiner) is the whole run.
            known = keys.get(start)
            if known is not None and (known[0] == count or known[1].count(" ") < min(known[0], count) - 1):
                return known[1]
            found = match(text, start)
            run = folded[start : found.end()] if found is not None else ""
            keys[start] = (count, run)
            return run

        return key

    def run(self, start: int, count: int) -> tuple[Word, ...]:
        """Return up to `count` words of the run at `start`: each after one joiner (a space, hyphen
        or apostrophe), and capitalised or a connector ("Mazar i Sharif")."""
        return self.keyed_run(start, count)[0]

    def keyed_run(self, start: int, count: int) -> tuple[tuple[Word, ...], str]:
        """Return `run(start, count)` and its key: its words joined by spaces."""
        found = self._runs.get(start)
        if found is None:
            found = self._walk(start)
        words, first = found
        run = words[first : first + count]
        return run, self.folded[run[0][0] : run[-1][1]] if run else ""

    def _walk(self, start: int) -> tuple[tuple[Word, ...], int]:
        """Read the whole run from `start` on, and remember it for each of its words."""
        words: list[Word] = []
        pos: int | None = start
        while pos is not None:
            word, pos = self._link(pos)
            if not word[2]:
                break  # no word at `start`
            words.append(word)
        run = tuple(words)
        runs = self._runs
        for k, word in enumerate(run):  # the run from a later word is the rest of this one
            runs[word[0]] = (run, k)
        runs[start] = found = (run, 0)
        return found

    def _link(self, pos: int) -> tuple[Word, int | None]:
        """Return the word at `pos` and the start of the next word of its run, if it goes on."""
        text, folded = self.text, self.folded
        size = len(folded)
        end = folded.find(" ", pos)
        end = size if end < 0 else end
        word = (pos, end, folded[pos:end])
        nxt = end + 1
        if nxt >= size or text[end] not in _JOINERS or folded[nxt] == " ":
            return word, None
        if not text[nxt].isupper():
            after = folded.find(" ", nxt)
            if folded[nxt : size if after < 0 else after] not in CONNECTORS:
                return word, None
        return word, nxt

    def sentence_start(self, start: int) -> bool:
        """Say whether the word at `start` opens the text or a sentence."""
        return start == 0 or bool(_SENTENCE_END.search(self.text[max(0, start - 3):start]))


_LAST_TEXT = ScannedText("", "")


def scanned_text(text: str, folded: str) -> ScannedText:
    """Return the ScannedText of `text`: the last one's when it is the same text."""
    global _LAST_TEXT
    last = _LAST_TEXT  # one read: another thread may replace it meanwhile
    if last.text is text and last.folded == folded:
        return last
    _LAST_TEXT = last = ScannedText(text, folded)
    return last


def lowercase_too(text: str, token: str) -> bool:
    """Say whether `token` (folded) also occurs in lower case in `text`: then it is a common word.

    A substring search (in C) with a check of the word's edges: a regex or a set of the
    text's words costs a pass over the whole text each time.
    """
    size = len(token)
    i = text.find(token)
    while i >= 0:
        after = i + size
        if (i == 0 or not text[i - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return True
        i = text.find(token, i + 1)
    return False


class FuzzyIndex(Generic[T]):
    """Compact names (folded, no separators) by skeleton, each with a value and a rank."""

    def __init__(self, exact: Collection[str] = (), blocked: Collection[str] = (),
                 endings: tuple[str, ...] = ("s",)) -> None:
        self._by_skeleton: dict[str, list[tuple[str, T, int]]] = {}
        # Forms an exact match already handles; a set or dict is shared, not copied (10,000
        # places have ~90,000 of them).
        self.exact = exact if isinstance(exact, set | frozenset | dict) else set(exact)
        self.blocked = set(blocked)  # forms the user removed: never a fuzzy match either
        self.endings = endings  # inflections stripped from a word before a second try
        self._cache: dict[str, tuple[T, float] | None] = {}
        # Keys of runs (`ScannedText.run`) whose every form is known to be no name: "Prime
        # Minister Keir Starmer", "World Food Programme". A run is looked up word by word, and
        # an article has dozens of them, mostly the same from one article to the next.
        self._dead_runs: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self._by_skeleton)

    def add(self, compact: str, value: T, rank: int = 0, few_consonants: bool = False) -> None:
        """Index one compact name; lower `rank` wins between equally close names.

        A rank is one int, not a tuple: 10,000 places index ~40,000 names (issue 11, memory).
        `few_consonants`: a name with only two-letter keys ("Shusha", "Bahariya") is indexed
        under them too, for words of `MIN_FUZZY_LEN` letters or more ("Schuscha", "Bahariyya").
        Only a place's own name should be: among all the alternate names of 10,000 places,
        "Moschi" (Moshi) is the German noun "Moschee".
        """
        if len(compact) < MIN_FUZZY_LEN - 1:
            return
        entry = (compact, value, rank)
        buckets = _name_buckets(compact)
        shortest = 2 if few_consonants and not any(len(skel) >= 3 for skel in buckets) else 3
        for skel in buckets:
            if len(skel) >= shortest:
                self._by_skeleton.setdefault(skel, []).append(entry)

    def lookup(self, compact: str) -> tuple[T, float] | None:
        """Return (value, score) of the closest name to a compact word run, if close enough."""
        if compact in self._cache:
            return self._cache[compact]
        result = None
        forms = [compact] + [compact[: -len(e)] for e in self.endings if compact.endswith(e)]
        for form in forms:
            if form in self.exact or form in self.blocked or form in NEWS_WORDS:
                continue
            allowed = max_distance(len(form))
            if not allowed:
                if len(form) == MIN_FUZZY_LEN - 1:
                    result = self._same_sounds(form)
                    if result is not None:
                        break
                continue
            best: tuple[int, int, T] | None = None
            for name, value, rank in self._candidates(form):
                dist = _spelling_distance(form, name, allowed)
                if dist is None:
                    continue
                if best is None or (dist, rank) < (best[0], best[1]):
                    best = (dist, rank, value)
            if best is not None:
                result = (best[2], round(1.0 - best[0] / len(form), 3))
                break
        if len(self._cache) > 30_000:
            self._cache.clear()  # bounded (~3 MB): a daemon sees an endless stream of new words
        self._cache[compact] = result
        return result

    def _same_sounds(self, form: str) -> tuple[T, float] | None:
        """Match a 6-letter word that differs from a name only in how a sound is spelt.

        "Ghasni" is German for "Ghazni" (s for z), "Donezk" for "Donetsk" (one sound, see
        `normalize.phonetic_keys`), "Ghanzi" swaps two letters; vowel changes are not enough
        at this length ("Händen" is not "Handan").
        """
        key = form.translate(_CONSONANT_CLASSES)
        sounds = phonetic_keys(form)
        for name, value, _ in self._candidates(form):
            same_letters = name.translate(_CONSONANT_CLASSES) == key or _transposed(form, name)
            if len(name) == len(form) and same_letters:
                return value, round(1.0 - 1 / len(form), 3)
            if phonetic_keys(name)[0] in sounds:  # "Donezk", "Donetsk"; "Djablé", "Jableh"
                return value, round(1.0 - 1 / len(form), 3)
        return None

    def _candidates(self, form: str) -> list[tuple[str, T, int]]:
        """Return the indexed names that share a bucket with `form`, or with `form` with two
        adjacent consonants swapped ("Ghanzi" for "Ghazni")."""
        skel = skeleton(form)
        swaps = (skel[:i] + skel[i + 1] + skel[i] + skel[i + 2:] for i in range(len(skel) - 1))
        keys = {*_buckets(form), *swaps}
        if len(form) < MIN_FUZZY_LEN:  # two-letter keys: only for words long enough ("Valley", "Whalley")
            keys = {key for key in keys if len(key) >= 3}
        seen: set[int] = set()
        out: list[tuple[str, T, int]] = []
        for key in sorted(keys):  # in a fixed order: ties between names go the same way in every process
            for entry in self._by_skeleton.get(key, ()):
                if id(entry) not in seen:
                    seen.add(id(entry))
                    out.append(entry)
        return out

    def scan(self, text: str, folded: str, covered: Callable[[int], bool],
             max_words: int = 4) -> list[FuzzyHit[T]]:
        """Return fuzzy hits for capitalised word runs of `text` not `covered` by exact matches."""
        if not self._by_skeleton:
            return []
        out: list[FuzzyHit[T]] = []
        last_end = -1
        shortest = MIN_FUZZY_LEN - 1  # `lookup` finds nothing shorter
        cache, dead_runs = self._cache, self._dead_runs
        shared = scanned_text(text, folded)
        run_key = shared.run_keys(max_words)
        for start, first_end, lone in shared.starts:
            if lone:
                token = folded[start:first_end]
                if cache.get(token, True) is None:
                    continue  # a word already known to be no name: most capitalised words
            if start < last_end or covered(start):
                continue
            if lone and " " not in token:
                if len(token) <= 8 and shared.sentence_start(start) and lowercase_too(text, token):
                    continue
                hit = self.lookup(token)
                if hit is not None:
                    out.append(FuzzyHit(hit[0], start, first_end, hit[1]))
                    last_end = first_end
                continue
            if run_key(start) in dead_runs:
                continue
            words, key = shared.keyed_run(start, max_words)
            sentence_start: bool | None = None
            best: FuzzyHit[T] | None = None
            compact = ""
            dead = True  # every form of the run is known to be no name, whatever surrounds it
            for v, (pos, end, token) in enumerate(words):
                # The next word must not be an exact match's.
                if v and covered(pos):
                    dead = False  # the words after were not looked at
                    break
                compact += token
                # "Mazar i" is not a name yet; a sentence's first capital proves little, unless
                # the article never writes the word in lower case ("Taleban fighters took…").
                if len(compact) < shortest or (v and token in CONNECTORS):
                    continue
                known = compact in cache
                hit = cache[compact] if known else None
                if known and hit is None:
                    continue  # no name, wherever it stands: most runs, after a while
                dead = False
                if len(compact) <= 8:
                    if sentence_start is None:
                        sentence_start = shared.sentence_start(start)
                    if sentence_start and lowercase_too(text, token):
                        continue
                if not known:
                    hit = self.lookup(compact)
                if hit is not None and (best is None or hit[1] >= best.score):
                    best = FuzzyHit(hit[0], start, end, hit[1])
            if best is not None:
                out.append(best)
                last_end = best.end
            elif dead:
                if len(dead_runs) >= MAX_DEAD_RUNS:
                    dead_runs.clear()  # bounded, as the cache of words
                dead_runs.add(key)
        return out
