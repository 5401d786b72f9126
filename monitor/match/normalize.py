"""Fold text and names to one comparable form: lower case, no accents, one kind of separator.

The folding is length-preserving (one character in, one character out), so a match found in
the folded text has the same offsets in the original: no offset map is needed.

    >>> fold("L’armée a quitté Mazār-e Sharīf")
    "l armee a quitte mazar e sharif"

Letters and digits are kept (accents removed, lower case); every other character becomes a
space, so apostrophes, hyphens, dashes and punctuation all separate words the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose to an ASCII base; one character each to keep lengths.
_SPECIAL = {
    "ß": "s", "ẞ": "s", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "t", "Þ": "t",
    "ı": "i", "İ": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l",
    "ʻ": " ", "ʼ": " ", "ʿ": " ", "ʾ": " ",
    # Azerbaijani schwa ("Xankəndi"), and the open vowels of Ghanaian or Malian spellings.
    "ə": "e", "Ə": "e", "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o",
}


class _FoldTable(dict[int, str]):
    """A str.translate table that computes (and remembers) each character's folded form."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold_char(char)
        self[code] = folded
        return folded


def fold_char(char: str) -> str:
    """Return the one-character folded form of `char` (not remembered: `fold` remembers it)."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    if not char.isalnum():
        return " "
    base = unicodedata.normalize("NFKD", char)[0]
    lowered = base.lower()
    if len(lowered) != 1 or not lowered.isalnum():
        lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def beyond_bmp(text: str) -> bool:
    """Say whether `text` has a character beyond U+FFFF (an emoji, a rare CJK character).

    Such a character takes two UTF-16 code units, every other one (a lone surrogate too) one:
    the encoding is a copy in C, where a regex tested each character of an article in turn.
    """
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def byte_table(table: dict[int, str]) -> bytes:
    """Return the `bytes.translate` table of `table`'s ASCII part (each ASCII character must map
    to one ASCII character)."""
    return bytes(ord(table[c]) for c in range(128)) + bytes(range(128, 256))


def translate(text: str, table: dict[int, str], ascii_table: bytes) -> str:
    """Return `text.translate(table)` for a one-to-one table, several times faster on Latin text.

    str.translate looks every character up in the dict unless the text is all ASCII; news text
    has a few curly quotes and accents. So ASCII goes through `ascii_table` (`byte_table`) in
    C, and only the other characters through `table`, one by one.
    """
    data = text.encode("ascii", "replace")  # one "?" for each other character: offsets kept
    if text.isascii():
        return data.translate(ascii_table).decode("ascii")
    if data.count(b"?") > len(text) // 8:  # mostly another alphabet: the dict is quicker
        return text.translate(table)
    out = data.translate(ascii_table).decode("ascii")
    parts: list[str] = []
    pos = 0
    for piece in data.split(b"?")[:-1]:
        end = pos + len(piece)
        parts += (out[pos:end], table[ord(text[end])])
        pos = end + 1
    parts.append(out[pos:])
    return "".join(parts)


_TABLE = _FoldTable()
_ASCII_TABLE = byte_table(_TABLE)
_SPACES = re.compile(r" +")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


_LAST_FOLD: tuple[str, str] = ("", "")  # the last long text folded, and its folded form
_REMEMBER = 200  # characters: below this, folding again is cheaper than comparing


def fold(text: str) -> str:
    """Return `text` folded for matching; same length as `text` when it is in NFC form.

    The place matcher, the actor matcher and the detector each fold the same article in
    turn; the last long text's folded form is remembered, so it is folded once.
    """
    global _LAST_FOLD
    last = _LAST_FOLD  # one read: another thread may replace it meanwhile
    if len(text) >= _REMEMBER and last[0] is text:
        return last[1]
    folded = translate(text, _TABLE, _ASCII_TABLE)
    if len(text) >= _REMEMBER:
        _LAST_FOLD = (text, folded)
    return folded


_LAST_NFC = ""  # the last long text found in NFC form: the place and actor matchers ask in turn


def prepare(text: str) -> str:
    """Return `text` in NFC form, so that `fold` keeps offsets (decomposed accents are rare)."""
    global _LAST_NFC
    if text is _LAST_NFC:
        return text
    if not unicodedata.is_normalized("NFC", text):
        return unicodedata.normalize("NFC", text)
    if len(text) >= _REMEMBER:
        _LAST_NFC = text
    return text


@lru_cache(maxsize=16384)  # bounded small: the daemon keeps it for months (issue 11, memory)
def name_key(name: str) -> str:
    """Return the key a name is indexed under: folded words joined by single spaces.

    Combining marks that have no precomposed letter ("s̲" in GeoNames' "Las̲h̲kargāh") are
    dropped first: a name is not a text, its offsets do not matter.
    """
    name = prepare(name)
    if not name.isascii() and _COMBINING.search(name):
        name = _COMBINING.sub("", unicodedata.normalize("NFKD", name))
    return _SPACES.sub(" ", fold(name)).strip()


def compact_key(name: str) -> str:
    """Return the name folded with its separators removed ("Lashkar Gāh" -> "lashkargah")."""
    return name_key(name).replace(" ", "")


_SKELETON_SOUNDS = re.compile(r"tsch|dsch|sch|tch|ch|sh|ts|tz|dz|zh|ph")
_SOUNDS = {"tsch": "s", "dsch": "j", "sch": "s", "tch": "s", "ch": "s", "sh": "s", "ts": "s", "tz": "s",
           "dz": "s", "zh": "s", "ph": "f"}
_SKELETON_DROP = str.maketrans("", "", "aeiouyhj")
_SKELETON_MAP = str.maketrans({"q": "k", "c": "k", "w": "v", "z": "s", "x": "k"})
_REPEATS = re.compile(r"(.)\1+")


def skeleton(compact: str) -> str:
    """Return the consonant skeleton of a compact key, blind to how a sound is transliterated.

    Transliterations of one name mostly differ in vowels and in spelling one sound
    ("Kandehar", "Kandahar"; "Sievierodonezk", "Sievierodonetsk"), so names with the same
    skeleton are the only candidates worth an edit-distance check.
    """
    sounds = _SKELETON_SOUNDS.sub(lambda m: _SOUNDS[m.group()], compact)
    return _REPEATS.sub(r"\1", sounds.translate(_SKELETON_MAP).translate(_SKELETON_DROP))


# One sound, many spellings (issue 10): German "Duschanbe", French "Douchanbé" and English
# "Dushanbe"; "Charkiw"/"Kharkiv", "Grosny"/"Grozny", "Zchinwali"/"Tskhinvali". Digraphs first,
# longest first; a vowel run (y included) is one vowel slot, whatever its quality.
_PHONETIC = re.compile(r"tsch|dsch|dzh|tch|sch|sh|zh|kh|gh|ch|ph|th|ts|tz|dz|ds|dj|ck|c(?=[eiy])|[aeiouy]+")
_PHONETIC_SOUNDS = {"tsch": "s", "dsch": "j", "dzh": "j", "tch": "s", "sch": "s", "sh": "s", "zh": "j",
                    "kh": "k", "gh": "k", "ch": "s", "ph": "f", "th": "t", "ts": "s", "tz": "s", "dz": "s",
                    "ds": "s", "dj": "j", "ck": "k", "c": "s"}
_PHONETIC_MAP = str.maketrans({"q": "k", "c": "k", "g": "k", "w": "v", "z": "s", "x": "k", "h": None})
_GERMAN_CH = re.compile(r"(?<![st])ch")  # German "ch" is English "kh": "Charkiw", "Suchumi"


_VOWEL_SOUNDS = {"ou": "u", "ue": "u", "ii": "i", "ee": "i", "oo": "u"}  # French "ou", English "ee"
_VOWEL_RUNS = re.compile(r"[aeiou]+")


def _sound(m: re.Match[str]) -> str:
    spelt = m.group()
    if spelt in _PHONETIC_SOUNDS:
        return _PHONETIC_SOUNDS[spelt]
    vowels = spelt.replace("y", "i")  # "y" is a vowel here: "Fayruz", "Grozny"
    return _VOWEL_SOUNDS.get(vowels, vowels)


_IJA = re.compile(r"(?<=[iï])j(?=[aeou])")  # German or Slavic "-ija" is "-iya": "Ajdabija", "Ajdabiya"


def _phonetic(compact: str) -> str:
    sounds = _PHONETIC.sub(_sound, compact)
    return _REPEATS.sub(r"\1", sounds.translate(_PHONETIC_MAP))


# How a "j" or an "ou" reads in another language's transliteration: German "j" is English
# "y" ("Junis", "Yunis"), Spanish "j" is "kh" ("Jartum", "Khartoum"); French "ou" before a
# vowel is "w" ("Zaouia", "Zawiya"; "Ouad", "Wad"). A "j" after "d" is English "j" ("Djerba").
_GERMAN_J = re.compile(r"(?<![d])j")
_FRENCH_W = re.compile(r"ou(?=[aeiy])")


@lru_cache(maxsize=8192)  # only words the fuzzy index has not seen: its own cache comes first
def phonetic_keys(compact: str) -> tuple[str, ...]:
    """Return how a compact key sounds: its consonants by class, its vowels ("ou" is "u").

    Spellings of one name in different languages share a key: "sukhumi", "suchumi" and
    "soukhoumi" are all "sukumi". The first key reads the word as English does; the others
    as German ("ch" is "kh", "j" is "y": "Charkiw", "Chan Junis"), Spanish ("j" is "kh":
    "Jartum") and French ("ou" before a vowel is "w": "Zaouia") would, when they differ.
    """
    if "j" in compact:
        compact = _IJA.sub("y", compact)
    key = _phonetic(compact)
    readings = [key]
    if "ch" in compact or "j" in compact:
        readings.append(_phonetic(_GERMAN_J.sub("y", _GERMAN_CH.sub("kh", compact))))
    if "j" in compact:
        readings.append(_phonetic(_GERMAN_J.sub("kh", compact)))
    if "ou" in compact:
        readings.append(_phonetic(_FRENCH_W.sub("w", compact)))
    return tuple(dict.fromkeys(readings))


def vowel_slots(key: str) -> str:
    """Return a phonetic key with each vowel run one slot "a": vowels vary most between
    transliterations ("dushanbe", "dushanbé", "douchanbe": "dasanba"; "sheberghan", "sibargan")."""
    return _VOWEL_RUNS.sub("a", key)


# How English spellings of Arabic, Persian or Pashto sounds are written in French, German or
# Spanish: "Daesh" is "Daech" in French and "Daesch" in German; "Hayat" is "Hajat" in German;
# "j" is "dsch" in German ("Mudschahedin", "Dschihadisten");
# long vowels are written once ("Shabab") and the article is often left out ("Shabaab"); an
# English (French) "ou" is a German, Spanish or Italian "u" and "th" a Spanish "t" ("Houthi":
# "Huthi", "hutí").
TRANSLITERATIONS = tuple((re.compile(old), new) for old, new in (
    (r"(?<!s)sh", "ch"), (r"(?<!s)sh", "sch"), (r"(?<![aeo])u", "ou"), (r"(?<![dj])j", "dj"), (r"y", "j"),
    (r"kh", "j"), (r"(?<![dj])j", "dsch"), (r"aa", "a"), (r"ee", "i"), (r"oo", "u"),
    (r"^(?:al|el|ad|an|ar|as|ash|at|az) ", ""), (r"ou", "u"), (r"th", "t"),
))


def transliterations(key: str, limit: int = 12) -> set[str]:
    """Return `key` spelt the other usual ways (each rule applied to every occurrence at once)."""
    out = {key}
    for pattern, new in TRANSLITERATIONS:
        for form in list(out):
            if len(out) < limit:
                out.add(pattern.sub(new, form))
    return out


def is_latin_name(name: str) -> bool:
    """Return True when every letter of `name` folds to a Latin letter (a-z)."""
    key = compact_key(name)
    return bool(key) and key.isascii() and key.isalnum()


def looks_capitalised(text: str, start: int) -> bool:
    """Return True when the word at `start` begins with an upper-case letter (or a digit)."""
    char = text[start] if 0 <= start < len(text) else ""
    return char.isupper() or char.isdigit() or char.istitle()
