"""Turn the watchlist JSON of shared/eval/SCHEMA.md into a Watchlist, and back (pure).

Validation (types, country codes, duplicates) is `monitor.watchfiles`' job; here the places
get their spellings from the gazetteer and the actors' sides are checked against each other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from monitor.errors import WatchlistError
from monitor.match.arabic import is_arabic_country, name_variants
from monitor.match.normalize import name_key
from monitor.model import Actor, Place, Watchlist
from monitor.watchfiles import actor_to_data, watchfile_from_data

if TYPE_CHECKING:
    from monitor.match.gazetteer import Gazetteer


def resolve_place(place: Place, gazetteer: Gazetteer | None, added: Sequence[str] = (),
                  removed: Sequence[str] = (), *, strict: bool = False) -> Place:
    """Fill a watched place's spellings from the gazetteer, plus `added`, minus `removed`.

    A name the gazetteer lacks keeps its own spellings; one it finds in several cities of
    the country takes the biggest's spellings, unless `strict`.

    Raises WatchlistError when the country code is malformed or, if `strict`, when the
    gazetteer finds the name ambiguous in its country.
    """
    if gazetteer is not None:
        place = gazetteer.place(place.name, place.country, geonameid=place.geonameid, aliases=added,
                                strict=strict)
    else:
        place = Place(name=place.name, country=place.country, geonameid=place.geonameid,
                      names=(place.name, *added))
    gone = {name_key(n) for n in removed} - {name_key(place.name)}
    names = tuple(n for n in place.names if name_key(n) not in gone)
    return Place(name=place.name, country=place.country, geonameid=place.geonameid, names=names,
                 population=place.population, latitude=place.latitude, longitude=place.longitude)


def check_actors(actors: Sequence[Actor]) -> None:
    """Raise WatchlistError when an actor is listed twice or opposes an actor not in the list."""
    seen: set[str] = set()
    for i, actor in enumerate(actors):
        if actor.name in seen:
            raise WatchlistError(f"actors[{i}]: {actor.name} is listed twice")
        seen.add(actor.name)
    for i, actor in enumerate(actors):
        for other in actor.opposes:
            if other not in seen:
                known = ", ".join(sorted(seen))
                raise WatchlistError(
                    f"actors[{i}].opposes: {other!r} is not a watched actor (known: {known})"
                )
            if other == actor.name:
                raise WatchlistError(f"actors[{i}].opposes: {actor.name} cannot oppose itself")


def load_watchlist(data: Mapping[str, Any], gazetteer: Gazetteer | None = None, *,
                   strict: bool = False) -> Watchlist:
    """Build a Watchlist from SCHEMA.md data, resolving places by name and country.

    An ambiguous name ("Lyman", several Ukrainian towns) is read as the biggest city's, so a
    detection run is never refused for it; `strict` refuses it instead. A place the gazetteer
    does not know is looked for under its own name and aliases.

    Raises WatchlistError naming the bad entry (e.g. "places[3].country: ...").
    """
    parsed = watchfile_from_data(data)
    places = []
    for i, watched in enumerate(parsed.places):
        try:
            places.append(resolve_place(watched.place, gazetteer, watched.aliases_added,
                                        watched.aliases_removed, strict=strict))
        except WatchlistError as exc:
            raise WatchlistError(f"places[{i}]: {exc}") from None
    check_actors(parsed.actors)
    places = [drop_actor_words(place, parsed.actors) for place in places]
    return Watchlist(places=tuple(places), actors=parsed.actors)


def drop_actor_words(place: Place, actors: Sequence[Actor]) -> Place:
    """Drop a place's spellings that are words of a watched actor's name.

    Damascus is also "Al-Sham" in GeoNames, and that is the end of "Hayat Tahrir al-Sham":
    the actor's name must not be read as the city. The canonical name always stays.
    """
    inside = [f" {name_key(a)} " for actor in actors for a in (actor.name, *actor.aliases)]

    def forms(name: str) -> tuple[str, ...]:  # "Esh Sham" is also looked for as "al-Sham"
        key = name_key(name)
        return name_variants(key, bare=False) if is_arabic_country(place.country) else (key,)

    names = tuple(n for n in place.names
                  if n == place.name or not any(f" {k} " in alias for k in forms(n) for alias in inside))
    if names == place.names:
        return place
    return Place(name=place.name, country=place.country, geonameid=place.geonameid, names=names,
                 population=place.population, latitude=place.latitude, longitude=place.longitude)


def dump_watchlist(watchlist: Watchlist) -> dict[str, list[dict[str, Any]]]:
    """Return the SCHEMA.md form of a watchlist (spellings are left to the gazetteer)."""
    places = []
    for place in watchlist.places:
        item: dict[str, Any] = {"name": place.name, "country": place.country}
        if place.geonameid is not None:
            item["geonameid"] = place.geonameid
        places.append(item)
    return {"places": places, "actors": [actor_to_data(actor) for actor in watchlist.actors]}
