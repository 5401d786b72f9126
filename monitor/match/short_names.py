"""Other languages' usual spellings of a watched place's short name, to look for exactly (pure).

Names of seven letters or more are found fuzzily (`fuzzy`); shorter ones must match exactly,
so German and Spanish "Damur" missed Damour, German "Dschuba" and Italian "Giuba" missed Juba,
and Italian "Adua" missed Adwa. Each short name is spelt here by each language's rules taken
together (German "Dschuba", French "Djouba", Spanish "Yuba", Italian "Giuba") and by each rule
alone ("Damur" from "Damour"), and the place matcher adds those forms to its exact names.

Only a watched place's own name and the user's aliases are spelt, not the gazetteer's
alternates (10,000 watched places would make ten times as many forms), and only in countries
whose names come transliterated from another script (TRANSLITERATED): "Graz", "Mainz" and
"Sousse" are written alike in every language, and "Gras", "Mains" or "Fourth" are words. A form of fewer than
four letters, or that is a small word of some language (`language_id` stop words: "Sur" is
French "on") or a word of news text (`fuzzy.NEWS_WORDS`), is left out; the matcher also drops
a form the article writes in lower case elsewhere (a common word, whatever its dictionary).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from monitor.match.arabic import ARABIC_COUNTRIES

# (pattern, replacement) rules of each language, for names spelt the English (or French) way.
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (r"ou", "u"), (r"(?<![dt])j", "dsch"), (r"y(?=[aeiou])", "j"), (r"(?<![sc])sh", "sch"),
        (r"kh", "ch"), (r"q", "k"),
    ),
    "fr": (
        (r"(?<![aeo])u(?!r)", "ou"), (r"(?<![dt])j", "dj"), (r"(?<![sc])sh", "ch"),
        (r"(?<![aeiou])w(?=[aei])", "ou"),
    ),
    "es": ((r"ou", "u"), (r"(?<![dt])j", "y"), (r"kh", "j")),
    "it": (
        (r"ou", "u"), (r"(?<![dt])j(?=[aou])", "gi"),
        (r"(?<![aeiou])w(?=[aeiou])", "u"), (r"(?<![sc])sh(?=[ei])", "sc"),
    ),
}  # fmt: skip
RULES = {lang: tuple((re.compile(old), new) for old, new in rules) for lang, rules in _RULES.items()}
_EVERY_RULE = tuple(dict.fromkeys(rule for rules in RULES.values() for rule in rules))
# Countries whose place names reach Latin letters through a transliteration that each language
# makes its own way: Arabic, Persian, Cyrillic, Hebrew, Greek, Armenian, Georgian, Ge'ez, Indic,
# Thai, Lao, Khmer and Burmese scripts. (Chinese, Japanese and Korean names have one standard
# romanisation, "Anshan", which no language respells: "Anchan" would be a word.)
TRANSLITERATED = ARABIC_COUNTRIES | frozenset({
    "AF", "IR", "PK", "TJ", "RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "MN", "GR",
    "CY", "AM", "GE", "ET", "IN", "BD", "NP", "LK", "BT", "TH", "LA", "KH", "MM",
})  # fmt: skip
MAX_LETTERS = 6  # longer names are found fuzzily (`fuzzy.MIN_FUZZY_LEN` - 1 letters and up)
MIN_LETTERS = 4  # shorter forms are too often words or initials: "Sur", "Ain"


def spellings(key: str) -> tuple[str, ...]:
    """Return the other spellings of a short name's key (`normalize.name_key`), unfiltered.

        >>> spellings("damour")
        ('damur',)
    """
    if len(key.replace(" ", "")) > MAX_LETTERS:
        return ()
    out: list[str] = []
    for rules in RULES.values():
        form = key
        for pattern, new in rules:
            form = pattern.sub(new, form)
        out.append(form)
    out += (pattern.sub(new, key) for pattern, new in _EVERY_RULE)
    return tuple(form for form in dict.fromkeys(out) if form != key)


def safe_spellings(key: str, country: str | None, words: Collection[str]) -> tuple[str, ...]:
    """Return `spellings(key)` of a place in `country` (ISO code) that are long enough and none
    of `words` (common words); none for a country whose names are not transliterated."""
    if country is None or country.upper() not in TRANSLITERATED:
        return ()
    return tuple(form for form in spellings(key)
                 if len(form.replace(" ", "")) >= MIN_LETTERS and form not in words
                 and form.replace(" ", "") not in words)
