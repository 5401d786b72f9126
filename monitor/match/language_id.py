"""Score a text's language from its script and its function words (pure, ~1 MB in memory).

py3langid's character n-gram model was accurate but cost ~76 MB resident (issue 11, "Memory").
News prose needs less: a text in Arabic, Cyrillic, CJK or Devanagari letters says its language
family by its script, and a text in Latin letters says its language by its small words ("the",
"der", "het", "och", "na", "ya"). Those words come from stopwords-iso (`stopwordsiso`, 58
languages), where a word listed by k languages counts 1/k for each; a short hand-written list
of the commonest words of each supported language counts more, and a few letters and endings
(ñ, ã, ß, -ção, -zione) break the ties of headlines that have no small word at all.

A headline or a one-sentence feed item has few small words, and one English-looking word
("Front" in "Le Front de libération nationale a pris X") outweighed them: in a text of under
SHORT_TEXT characters, every longer word that is no small word also counts its ending, when the
ending is one language's more than others' in simplemma's dictionaries ("-ais", "-olam" say
Portuguese: "As tropas federais controlam X"; monitor/data/word_endings.tsv). Longer texts are
scored as before: their small words say enough.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from monitor.match.normalize import beyond_bmp
from monitor.match.once import ComputedOnce

SUPPORTED = ("en", "fr", "es", "de", "pt", "it")

# Latin-script languages we can name when a text is in one of them. Left out: lists too noisy
# to trust (Breton, Latin, Esperanto, Sesotho) and Galician, which a Portuguese or Spanish text
# would too often resemble (reading it with their rules does little harm).
LATIN_OTHERS = (
    "af", "ca", "cs", "da", "et", "eu", "fi", "ga", "ha", "hr", "hu", "id", "lt", "lv", "ms", "nl",
    "no", "pl", "ro", "sk", "sl", "so", "sv", "sw", "tl", "tr", "vi", "yo", "zu",
)  # fmt: skip

# The commonest words of news prose in each supported language (counted twice).
COMMON_WORDS = {
    "en": "the of and to in is was that for on with said by at from has have were are it its this "
    "after which would will been an not who they their but had than into over against",
    "fr": "le la les des du de et est une un dans pour par sur au aux qui que ont été avec ses son "
    "cette ne pas selon depuis contre lors plus il elle ils sont était l' d' qu' s' n' à",
    "es": "el la los las del de y en que por con para una un se su sus al es fue han ha según desde "
    "tras sobre como más ante entre este esta ya",
    "de": "der die das und den dem des ist nicht mit von zu im auf für eine ein sich sind wurde "
    "wurden hat haben nach bei aus auch dass einer eines vom zum zur",
    "pt": "o os do da dos das de e em no na nos nas que por com para um uma foi são pelo pela ao à "
    "segundo após sobre não também até seu sua",
    "it": "il lo gli le del della dei delle di e in che per con un una è sono ha hanno dal dalla "
    "nel nella al alla sul secondo dopo non anche l' dell' all' nell' un' degli",
}
# The days of the week: a dateline or a headline names one when it has few other small words
# ("… a pris X dimanche", "… desde domingo").
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend",
    "pt": "feira sábado domingo",  # "segunda-feira": the words are "segunda" and "feira"
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
_COMMON_WEIGHT = 1.0

# Letters and endings that settle a text with few small words (a headline); weight each.
CUES = {
    "ñ": {"es": 1.0},
    "ã": {"pt": 1.0},
    "õ": {"pt": 1.0},
    "ç": {"fr": 0.4, "pt": 0.6},
    "ß": {"de": 1.0},
    "ä": {"de": 0.3, "sv": 0.2, "fi": 0.3},
    "ü": {"de": 0.4, "tr": 0.2, "hu": 0.2},
    "ö": {"de": 0.3, "sv": 0.2, "fi": 0.2, "tr": 0.2, "hu": 0.2},
    "ê": {"fr": 0.5, "pt": 0.5},
    "è": {"fr": 0.5, "it": 0.5},
    "à": {"fr": 0.3, "it": 0.3, "pt": 0.3},
    "ì": {"it": 1.0},
    "ò": {"it": 1.0},
    "ù": {"it": 0.5, "fr": 0.5},
    "á": {"es": 0.4, "pt": 0.4},
    "ó": {"es": 0.4, "pt": 0.4},
    "í": {"es": 0.4, "pt": 0.4},
    "ú": {"es": 0.4, "pt": 0.4},
    # letters of the languages we name but do not read
    **{letter: {"pl": 1.0} for letter in "łąężśćń"},
    **{letter: {"cs": 1.0} for letter in "řěů"},
    **{letter: {"cs": 0.3, "sk": 0.3, "sl": 0.3, "hr": 0.3} for letter in "čšž"},
    **{letter: {"hu": 1.0} for letter in "őű"},
    **{letter: {"tr": 1.0} for letter in "ığ"},
    "ş": {"tr": 0.5, "ro": 0.5},
    **{letter: {"ro": 1.0} for letter in "ășț"},
    "å": {"sv": 0.4, "no": 0.4, "da": 0.4},
    **{letter: {"no": 0.5, "da": 0.5} for letter in "øæ"},
}
ENDINGS = (
    ("ção", {"pt": 1.0}),
    ("ções", {"pt": 1.0}),
    ("ão", {"pt": 1.0}),
    ("ões", {"pt": 1.0}),
    ("ción", {"es": 1.0}),
    ("ciones", {"es": 1.0}),
    ("zione", {"it": 1.0}),
    ("zioni", {"it": 1.0}),
    ("ung", {"de": 0.5}),
    ("ungen", {"de": 1.0}),
    ("eux", {"fr": 0.5}),
    ("ées", {"fr": 1.0}),
    ("ing", {"en": 0.3}),
)

# Below this many characters a text's word endings count too (a headline, one sentence).
SHORT_TEXT = 250
_ENDING_WEIGHT = 0.5  # an ending's share, times this: a small word of one language counts 2.0
_ENDING_WORD = 4  # letters a word needs for its ending to count ("pris" is too short to say)
_ENDING_LENGTHS = (4, 3)  # the longest ending listed speaks
# An ending speaks only for a language holding this share of the dictionary words that end so:
# "-iera" is French 71% of the time ("pliera") and Italian the rest ("bandiera", "frontiera").
_ENDING_SHARE = 0.8


def load_word_endings() -> dict[str, tuple[tuple[str, float], ...]]:
    """Return ending -> ((language, weight), …) from monitor/data/word_endings.tsv (~3,000 lines)."""
    table: dict[str, tuple[tuple[str, float], ...]] = {}
    text = files("monitor").joinpath("data/word_endings.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        ending, listed = line.split("\t")
        table[ending] = tuple((lang, _ENDING_WEIGHT * float(share))
                              for lang, share in (pair.split(":") for pair in listed.split(","))
                              if float(share) >= _ENDING_SHARE)
    return table


WORD_ENDINGS = ComputedOnce(load_word_endings)

# Scripts that name a language family by themselves: (pattern, default language, languages
# whose stop words tell them apart).
SCRIPTS = (
    (re.compile(r"[\u0600-\u06ff\u0750-\u077f]"), "ar", ("ar", "fa", "ur", "ku")),
    (re.compile(r"[\u0400-\u04ff]"), "ru", ("ru", "uk", "bg")),
    (re.compile(r"[\u3040-\u30ff]"), "ja", ()),
    (re.compile(r"[\uac00-\ud7af]"), "ko", ()),
    (re.compile(r"[\u4e00-\u9fff]"), "zh", ()),
    (re.compile(r"[\u0900-\u097f]"), "hi", ("hi", "mr")),
    (re.compile(r"[\u0980-\u09ff]"), "bn", ()),
    (re.compile(r"[\u0a80-\u0aff]"), "gu", ()),
    (re.compile(r"[\u0370-\u03ff]"), "el", ()),
    (re.compile(r"[\u0590-\u05ff]"), "he", ()),
    (re.compile(r"[\u0e00-\u0e7f]"), "th", ()),
    (re.compile(r"[\u0530-\u058f]"), "hy", ()),
    (re.compile(r"[\u10a0-\u10ff]"), "ka", ()),
    (re.compile(r"[\u1200-\u137f]"), "am", ()),
)
_LETTER = re.compile(r"[^\W\d_]")
# Any letter of those scripts: their classes as one (one test a character, not fourteen).
_NON_LATIN = re.compile("[" + "".join(pattern.pattern[1:-1] for pattern, _lang, _langs in SCRIPTS) + "]")
_CUE_LETTER = re.compile("[" + "".join(CUES) + "]")
# Endings by their last two letters (every ending has two or more), shortest first: a word
# looks up only the endings it can have.
_ENDINGS_BY_LAST2: dict[str, tuple[tuple[str, dict[str, float]], ...]] = {
    last2: tuple(sorted(((e, cue) for e, cue in ENDINGS if e[-2:] == last2), key=lambda ec: len(ec[0])))
    for last2 in {ending[-2:] for ending, _cue in ENDINGS}
}
# A word, keeping a final apostrophe of elision ("l'", "dell'", "qu'") as part of it. The first
# letter stands alone so that the regex engine skips to it in C.
_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:'(?=[^\W\d_]))?")
_ASCII_WORD = re.compile(r"[a-z][a-z]*(?:'(?=[a-z]))?")  # `_WORD` for a text in ASCII lower case


@lru_cache(maxsize=1)
def _bmp_word() -> re.Pattern[str]:
    r"""Return `_WORD` for a text without characters beyond U+FFFF, its letters listed.

    `[^\W\d_]` is three category tests per character; a listed class is one table look-up,
    which makes the words of a sample half again as quick to find.
    """
    letters = [c for c in range(0x10000) if chr(c).isalnum() and not chr(c).isdecimal() and c != 0x5F]
    ranges: list[list[int]] = []
    for c in letters:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    letter = "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"
    return re.compile(f"{letter}{letter}*(?:'(?={letter}))?")


@dataclass(frozen=True, slots=True)
class Guess:
    """What a text's words say: each language's score, and the script's language when not Latin."""

    scores: dict[str, float]
    script: str | None  # "ar", "ru", "zh"… when most letters are of a non-Latin script
    # what the word endings of a short text added to `scores` (six languages only: they say
    # which of those it is, not that it is in none of them)
    endings: dict[str, float] = field(default_factory=dict)

    def words_only(self, lang: str) -> float:
        """Return `lang`'s score from small words and letters, without word endings."""
        return self.scores.get(lang, 0.0) - self.endings.get(lang, 0.0)

    def best(self, langs: tuple[str, ...]) -> tuple[str | None, float]:
        """Return the highest-scoring of `langs` (earlier wins a tie) and its score."""
        best: str | None = None
        top = 0.0
        for lang in langs:
            score = self.scores.get(lang, 0.0)
            if score > top:
                best, top = lang, score
        return best, top


def score_text(sample: str) -> Guess:
    """Score `sample` (a few hundred characters) for every language we know."""
    text = sample.lower().replace("’", "'")
    script = _script(text)
    table = WEIGHTS.get()
    scores: dict[str, float] = {}
    latin = script is None
    words = _ASCII_WORD if text.isascii() else _WORD if beyond_bmp(text) else _bmp_word()
    counted = Counter(words.findall(text))
    cues = _word_cues(table, latin)
    for word, count in counted.items():
        found = cues.get(word)
        if found is None:
            found = _cues_of(word, table, latin, cues)
        for lang, weight in found:  # in the order they were always added: the same sums
            scores[lang] = scores.get(lang, 0.0) + weight * count
    return with_text_cues(scores, sample, text, script, table)


def with_text_cues(
    scores: dict[str, float], sample: str, text: str, script: str | None, table: Weights
) -> Guess:
    """Add to the words' `scores` what the whole text says: a short Latin text's word endings,
    then its cue letters; `text` is `sample` folded to lower case."""
    endings: dict[str, float] = {}
    latin = script is None
    if latin and len(text) < SHORT_TEXT:
        # names are no evidence ("Wad Madani" is not Italian): the words written in lower case
        lower = Counter(w for w in _WORD.findall(sample.replace("’", "'")) if w.islower())
        _add_endings(endings, lower, table)
        for lang, score in endings.items():
            scores[lang] = scores.get(lang, 0.0) + score
    if latin:
        for letter, count in Counter(_CUE_LETTER.findall(text)).items():
            for lang, weight in CUES[letter].items():
                scores[lang] = scores.get(lang, 0.0) + weight * min(count, 3)
    return Guess(scores, script, endings)


# (the table they were read from, word -> (language, weight)… of a Latin text, of another script)
_Cues = dict[str, tuple[tuple[str, float], ...]]
_CUES: list[tuple[Weights, _Cues, _Cues]] = []
_MOST_CUES = 20_000  # words remembered (~2 MB at most; the daemon runs for months: issue 11)


def _word_cues(table: Weights, latin: bool) -> _Cues:
    """Return the remembered cues of words for `table` (a sample's ~60 words were looked up word by
    word, then ending by ending, in every article: ~a third of the time of `score_text`)."""
    memo = _CUES[0] if _CUES else None
    if memo is None or memo[0] is not table:
        memo = (table, {}, {})
        _CUES[:] = [memo]
    return memo[1] if latin else memo[2]


def _cues_of(word: str, table: Weights, latin: bool, cues: _Cues) -> tuple[tuple[str, float], ...]:
    """Return (language, weight)… that `word` adds to a sample's scores, in the order `score_text`
    adds them (its small-word weights, then, in Latin letters, its endings'), and remember them."""
    found = list(table.get(word, ()))
    if latin and word[-2:] in _ENDINGS_BY_LAST2:
        for ending, cue in _ENDINGS_BY_LAST2[word[-2:]]:
            if word.endswith(ending):
                found += cue.items()
    if len(cues) >= _MOST_CUES:
        cues.clear()
    out = cues[word] = tuple(found)
    return out


def _add_endings(scores: dict[str, float], words: Counter[str], small: Weights) -> None:
    """Add the language of each longer word's ending (`WORD_ENDINGS`) to `scores`; small
    words (`small`) have counted already."""
    endings = WORD_ENDINGS.get()
    for word, count in words.items():
        if len(word) < _ENDING_WORD or word in small:
            continue
        cue = next((endings[word[-k:]] for k in _ENDING_LENGTHS if word[-k:] in endings), ())
        for lang, weight in cue:
            scores[lang] = scores.get(lang, 0.0) + weight * count


def _script(text: str) -> str | None:
    """Return the language of the non-Latin script most letters of `text` are in, or None."""
    if text.isascii():
        return None
    if _NON_LATIN.search(text) is None:  # the usual case, settled in one pass
        return None
    letters = len(_LETTER.findall(text))
    for pattern, lang, _langs in SCRIPTS:
        if len(pattern.findall(text)) * 2 > letters:
            return lang
    return None


def script_languages(script: str) -> tuple[str, ...]:
    """Return the languages whose stop words tell apart texts in `script`'s letters."""
    return next((langs for _p, lang, langs in SCRIPTS if lang == script), ())


Weights = dict[str, tuple[tuple[str, float], ...]]


def weigh_words() -> Weights:
    """Return word -> ((language, weight), …) over the stop words and common words we use
    (~0.15 s on a slow core: `derived` saves them with a detector)."""
    import stopwordsiso

    langs = (*SUPPORTED, *LATIN_OTHERS, *(lang for _p, _d, group in SCRIPTS for lang in group))
    listed: dict[str, list[str]] = {}
    for lang in langs:
        words = {w.lower().replace("’", "'") for w in stopwordsiso.stopwords(lang)}
        # "d'una", "l'hi": the elided article is a word of its own to us ("d'", "l'").
        words |= {w[: w.index("'") + 1] for w in words if "'" in w}
        for word in words:
            # Single letters in these lists are mostly noise (French lists "v" and "o").
            if _WORD.fullmatch(word.rstrip("'")) and (len(word) > 1 or lang not in SUPPORTED):
                listed.setdefault(word, []).append(lang)
    common: dict[str, set[str]] = {}
    for lang, line in (*COMMON_WORDS.items(), *WEEKDAYS.items()):
        for word in line.split():
            common.setdefault(word, set()).add(lang)
            if lang not in listed.setdefault(word, []):
                listed[word].append(lang)
    # A word counts 1/k for each of the k languages that list it, a common word of a supported
    # language more for that language: "de" says little, "het" and "the" say a lot.
    table: dict[str, dict[str, float]] = {}
    for word, owners in listed.items():
        mine = common.get(word, set())
        table[word] = {lang: (1.0 + _COMMON_WEIGHT * (lang in mine)) / len(owners) for lang in owners}
    # Most words share their entry with others ("de" alone, 1.0): one tuple for each distinct
    # entry makes the table a third of the size, and the entries read stay in the CPU's cache.
    # So does one (language, weight) pair for each distinct pair: 1,736 pairs are 473 (25 weights).
    shared: dict[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]] = {}
    pairs: dict[tuple[str, float], tuple[str, float]] = {}
    weights: dict[float, float] = {}
    # The commonest words first, each key a new string made now: a dict keeps its entries in
    # insertion order, so the few that most look-ups read lie side by side, keys too, and stay
    # in the CPU's cache from one article to the next.
    order = [*dict.fromkeys(w for line in (*COMMON_WORDS.values(), *WEEKDAYS.values()) for w in line.split()),
             *(w for w in table if w not in common)]
    return {word.encode().decode(): shared.setdefault(entry, entry) for word, entry in
            ((word, tuple(pairs.setdefault((lang, weights.setdefault(w, w)), (lang, weights[w]))
                          for lang, w in table[word].items()))
             for word in order)}


# computed once, or installed from a detector kept on disk (`derived`)
WEIGHTS = ComputedOnce(weigh_words)
