"""Identify an article's language and split it into sentences (pure, no I/O at call time).

`identify_language` returns the likeliest supported language and, when the text is long enough
and clearly in another language (Dutch, Swahili, Arabic…), that language's code: such an
article is not read with the rules of a language it is not in. The scores come from
`language_id` (scripts and function words; py3langid's 76 MB model is gone, issue 11).
"""

from __future__ import annotations

import re

from monitor.match.language_id import LATIN_OTHERS, SUPPORTED, score_text, script_languages

__all__ = ["SUPPORTED", "detect_language", "identify_language", "rank_languages", "split_sentences"]

# Words before a full stop that do not end a sentence (lowercase, without the dot).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "st",
        "jr",
        "sr",
        "mt",
        "ft",
        "no",
        "nr",
        "vol",
        "fig",
        "art",
        "etc",
        "vs",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "m",
        "mm",
        "mme",
        "mgr",
        "dr",
        "sr",
        "sra",
        "srta",
        "hr",
        "hrn",
        "bzw",
        "ca",
        "dt",
        "evtl",
        "ggf",
        "inkl",
        "nr",
        "usw",
        "vgl",
        "z.b",
        "sig",
        "av",
        "dott",
        # the old German press's "k.k." (kaiserlich-königlich) and "Se." (Seine Majestät)
        "k.k",
        "k.u.k",
        "se",
    ]
)
# A boundary: a stop, closing quotes and blanks before the next sentence; a line break; or a
# run of blanks. The stop is matched, not looked behind at, and the leading lookahead lets the
# engine skip to the next stop or blank at C speed (twice as fast over a news article).
_BOUNDARY = re.compile(
    r"""(?=[.!?…\s])(?:(?P<stop>[.!?…])(?P<close>["'»”’)\]]*)\s+(?=["'«“‘(\[¿¡-]?\w)|[^\S\n]*\n\s*|\s{2,})"""
)
# The same boundaries, for a text where no space is followed by another blank (nearly every
# text): none then starts at a space, so the engine skips in C to the next stop or other blank
# (a space is one character in six) and dispatches on the character it found.
_LAST_BLANK = 0x3000  # no character above is a blank (see tests/test_lang_split.py)
_BLANKS = "".join(c for c in map(chr, range(_LAST_BLANK + 1)) if c.isspace() and c != " ")
_BOUNDARY_NO_SPACES = re.compile(
    "[.!?…" + re.escape(_BLANKS) + "]"
    r"""(?:(?<=[.!?…])(?P<close>["'»”’)\]]*)\s+(?=["'«“‘(\[¿¡-]?\w)|(?<=\n)\s*|(?<=[^\S\n])(?:[^\S\n]*\n\s*|\s+))"""
)
_SPACE_BLANK = re.compile(r" \s")
# The run of letters and dots before a full stop: "Gen", "U.S", "M". Matched once from the
# window's start (the last other character, then the run), not searched for at every character.
_LAST_WORD = re.compile(r"(?s:.*[^\w.])?([\w.]+)\.$")
# An acronym written with dots, "E.L.N." or "R.U.F.", is one word like "U.S.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,5}[A-Z]")
_LONGEST_ABBREVIATION = 12  # characters looked back from a full stop: abbreviations are short
_LONG_WORD = max(map(len, _ABBREVIATIONS)) + 1  # letters: longer than any abbreviation


# Characters read to identify the language: on the development set 300 and 600 agree.
_SAMPLE = 400
# Below this many characters a text says too little to be named unsupported (headlines).
_MIN_UNSUPPORTED = 80
_MIN_SCRIPT = 20  # for a text in another script (Chinese says a lot in 20 characters)
# An unsupported language is named only when its words outweigh the best supported language's
# this many times over, and count at least _MIN_SCORE: a supported article must not be dropped.
_MIN_RATIO = 1.5
_MIN_SCORE = 1.5


def identify_language(text: str, default: str = "en") -> tuple[str, str | None]:
    """Return (likeliest supported language, the unsupported language `text` is in, or None).

    A text in another script (Arabic, Cyrillic, CJK…) is named by its script; a text in Latin
    letters by its function words (`language_id`). Without any evidence, `default` is kept.
    """
    sample = text[:_SAMPLE].strip()  # a news lede is enough; the cost grows with the length
    if not sample:
        return default, None
    guess = score_text(sample)
    best, top = guess.best(SUPPORTED)
    supported = best or default
    if guess.script is not None:  # a few words of another script are enough to tell
        named, _score = guess.best(script_languages(guess.script))
        return supported, ((named or guess.script) if len(sample) >= _MIN_SCRIPT else None)
    long_enough = len(sample) >= _MIN_UNSUPPORTED
    other, score = guess.best(LATIN_OTHERS)
    top = max(guess.words_only(lang) for lang in SUPPORTED)  # endings speak for six languages only
    if other is None or not long_enough or score < _MIN_SCORE or score < _MIN_RATIO * top:
        return supported, None
    return supported, other


def detect_language(text: str, default: str = "en") -> str:
    """Return the ISO 639-1 code of the supported language `text` is most likely written in."""
    return identify_language(text, default)[0]


def rank_languages(text: str) -> list[str]:
    """Return the supported languages from most to least likely for `text`."""
    scores = score_text(text[:_SAMPLE].strip()).scores
    return sorted(SUPPORTED, key=lambda lang: -scores.get(lang, 0.0))


# A short text's function words settle its language when the best outweighs the next this much.
_CLEAR_SCORE = 3.0
_CLEAR_RATIO = 1.5


def clear_language(text: str) -> str | None:
    """Return the supported language `text`'s function words clearly name, else None.

    "Os moradores temem que X caia nas mãos das FAR": Portuguese by far, though "caia" is a
    Spanish change word (and the Portuguese subjunctive is none); a headline of three words
    names none clearly and is left to its change words.
    """
    scores = score_text(text[:_SAMPLE].strip()).scores
    first, second = sorted((scores.get(lang, 0.0) for lang in SUPPORTED), reverse=True)[:2]
    if first < _CLEAR_SCORE or first < _CLEAR_RATIO * second:
        return None
    return max(SUPPORTED, key=lambda lang: scores.get(lang, 0.0))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text`, keeping abbreviations and quotes whole.

    A full stop after a known abbreviation ("Gen.", "M.", "U.S.") or a single capital letter
    does not end a sentence, unless a blank line follows (a headline ending "… in the U.S."
    or "… Plan B." is no abbreviation of the paragraph below it); closing quotes stay with the
    sentence they close. A line ending in a colon goes on into the next line (a list).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    boundary = _BOUNDARY if _SPACE_BLANK.search(text) else _BOUNDARY_NO_SPACES
    for m in boundary.finditer(text):
        cut = m.start("close")
        if cut >= 0:  # after a stop
            # Seven letters before the stop are no abbreviation: four stops in ten, settled in C.
            stop = cut - 1
            if text[stop] == "." and not (
                stop - _LONG_WORD > start and text[stop - _LONG_WORD : stop].isalpha()
            ) and text.count("\n", cut, m.end()) < 2 and _is_abbreviation(text, start, cut):
                continue
            _add(spans, text, start, m.end("close"))
        elif m.start() > 0 and text[m.start() - 1] == ":" and text.count("\n", m.start(), m.end()) == 1:
            continue  # "se apoderaron el sábado de:\nNyala y Geneina": the line goes on into its list
        else:
            _add(spans, text, start, m.start())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _is_abbreviation(text: str, start: int, cut: int) -> bool:
    """Say whether the full stop before `cut` ends an abbreviation or an initial ("Gen.", "M.").

    Only the last few characters are looked at (a search from `start` would cost a pass over
    the whole sentence at every full stop); a longer run of letters is no abbreviation.
    """
    word = _LAST_WORD.match(text, max(start, cut - _LONGEST_ABBREVIATION - 2), cut)
    if word is None:
        return False
    found, begin = word.group(1), word.start(1)
    if begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        return False  # the run goes on before the window: a long word
    if found.isdigit():
        return len(found) <= 3 and _is_ordinal(text, begin, cut)
    return found.lower() in _ABBREVIATIONS or len(found) == 1 or _INITIALS.fullmatch(found) is not None


# German writes ordinals with a full stop ("die 14. Armee", "am 3. Mai", "der 2. Kompanie"): after
# one of these words, or before a month, the stop after a number of up to three digits is no end.
_ORDINAL_BEFORE = frozenset(
    (
        *("der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "bis", "seit", "ab"),
        *("seinem", "seiner", "ihrem", "ihrer", "einer", "einem", "eines", "jeden", "jedem", "dieses"),
    )
)
_MONTHS_DE = frozenset(
    (
        *("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september"),
        *("oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "okt"),
        *("nov", "dez"),
    )
)
# Words that open a sentence rather than follow an ordinal.
_OPENERS_DE = frozenset(
    (
        *("der", "die", "das", "den", "dem", "des", "ein", "eine", "er", "sie", "es", "wir", "man", "dann"),
        *("doch", "aber", "und", "in", "am", "im", "nach", "bei", "auch", "laut", "zuvor", "damit", "the"),
    )
)
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"[\s\"'»”’)\]]*(\w+)")


def _is_ordinal(text: str, number: int, cut: int) -> bool:
    """Say whether the number at `number`, whose stop ends at `cut`, is a German ordinal.

    "der russischen 14. Armee": an adjective ending like "-en" also opens it; "am 3. Mai", "bis
    5. Juni": a month after it. An English "rose to 12. Rebels" still ends its sentence.
    """
    after = _WORD_AFTER.match(text, cut, cut + 24)
    if after is not None and after.group(1).lower() in _MONTHS_DE:
        return True
    before = _WORD_BEFORE.search(text, max(0, number - 24), number)
    if before is None or (after is not None and after.group(1).lower() in _OPENERS_DE):
        return False  # "am 12. Die Armee zog ab": a date, then a new sentence
    word = before.group(1)
    inflected = word.islower() and len(word) > 5 and word.endswith(("en", "er", "es", "em"))
    return word.lower() in _ORDINAL_BEFORE or inflected


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append the span trimmed of surrounding blanks, when anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
