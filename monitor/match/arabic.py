"""Arabic place names in Latin letters: the article and the ending their spellings vary on.

"al-Raqqa", "ar-Raqqah", "Er Raqqa", "Al Raqqa" and "Raqqa" are one city (issue 10, "Place
names"). The article "al" is written "el", joined or not, and before a "sun letter" (t, th,
d, dh, r, z, s, sh, n) it takes that letter's sound: "ar-Raqqa", "as-Suwayda", "ash-Shaddadi",
spelt as the language spells that sound: German "asch-Schughur", French "ech-Chouf".
A final tā' marbūṭa is written "a", "ah", "e" or "eh": "Raqqa", "Raqqah"; "Haseke", "Hasakeh".

Names are handled as keys (`normalize.name_key`: folded, words separated by one space), and
only for places in countries where Arabic names are usual (ARABIC_COUNTRIES): "El Paso" and
"Los Alamos" keep their articles.
"""

from __future__ import annotations

from collections.abc import Iterable

# The Arab League, plus neighbours whose towns carry Arabic names (Chad, Israel, South Sudan,
# Eritrea, Western Sahara).
ARABIC_COUNTRIES = frozenset({
    "AE", "BH", "DJ", "DZ", "EG", "EH", "ER", "IL", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
    "PS", "QA", "SA", "SD", "SO", "SS", "SY", "TD", "TN", "YE",
})
# digraphs first; "sch" and "ch" are the German and French "sh" ("asch-Scham", "ech-Cham")
SUN_LETTERS = ("sch", "sh", "ch", "th", "dh", "t", "d", "r", "z", "s", "n")
PLAIN_ARTICLES = ("al", "el")
ARTICLES = frozenset({*PLAIN_ARTICLES, "ul", *(v + s for v in "ae" for s in SUN_LETTERS)})
MIN_BARE = 5  # letters a name needs to be looked for without its article ("Raqqa", not "Bab")
MAX_VARIANTS = 40  # per spelling: articles x endings x inner articles stay well below


def is_arabic_country(country: str | None) -> bool:
    """Return True when places of `country` (ISO code) are named with the Arabic article."""
    return country is not None and country.upper() in ARABIC_COUNTRIES


def sun_letter(word: str) -> str | None:
    """Return the sun letter (or digraph) `word` begins with, if any."""
    return next((s for s in SUN_LETTERS if word.startswith(s)), None)


def article_forms(word: str) -> tuple[str, ...]:
    """Return the ways the article is written before `word`: al, el, and ar/er before an "r"."""
    sun = sun_letter(word)
    return (*PLAIN_ARTICLES, "a" + sun, "e" + sun) if sun else PLAIN_ARTICLES


def fits(article: str, word: str) -> bool:
    """Return True when `article` may stand before `word` ("ar" before "raqqa", not "as")."""
    return article in PLAIN_ARTICLES or article == "ul" or article[1:] == sun_letter(word)


def split_article(key: str) -> tuple[str, str]:
    """Split a leading article from a key: "ar raqqah" -> ("ar", "raqqah"); else ("", key)."""
    first, _, rest = key.partition(" ")
    if rest and first in ARTICLES and fits(first, rest):
        return first, rest
    return "", key


def ending_forms(word: str) -> tuple[str, ...]:
    """Return `word` with its final vowel written the other usual way: raqqa <-> raqqah."""
    if len(word) < 4:
        return (word,)
    if word.endswith(("ah", "eh")) and word[-3] not in "aeiou":
        return word, word[:-1]
    if word[-1] in "ae" and word[-2] not in "aeiouh":
        return word, word + "h"
    return (word,)


def _inner_forms(words: list[str]) -> Iterable[list[str]]:
    """Yield `words` with each inner article varied: "deir ez zor" -> "deir al zor", …"""
    out: list[list[str]] = [[]]
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if 0 < i < len(words) - 1 and w in ARTICLES and fits(w, nxt):
            options: tuple[str, ...] = tuple(dict.fromkeys((w, *article_forms(nxt))))
        elif i == len(words) - 1:
            options = ending_forms(w)
        else:
            options = (w,)
        out = [[*prefix, o] for prefix in out for o in options][:MAX_VARIANTS]
    return out


def name_variants(key: str, bare: bool = True) -> tuple[str, ...]:
    """Return every key an Arabic name may be written as: articles, endings, inner articles.

    With `bare` False a name's article stays (in any of its forms): GeoNames' "Al Khalil"
    for Hebron is looked for as "El-Khalil" but not as "Khalil", a man's name.

        >>> name_variants("ar raqqah")[:4]
        ('raqqah', 'raqqa', 'al raqqah', 'al raqqa')
    """
    article, base = split_article(key)
    bases = [" ".join(w) for w in _inner_forms(base.split())]
    out: list[str] = []
    if not article or (bare and len(base.replace(" ", "")) >= MIN_BARE):
        out += bases
    if article or " " not in base:  # "al tal afar" is nobody's spelling; "alraqqa" is one
        for b in bases:
            out += [f"{a} {b}" for a in article_forms(b)]
    if key not in out:
        out.insert(0, key)
    return tuple(dict.fromkeys(out))[: MAX_VARIANTS * 4]
