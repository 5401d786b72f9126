"""Cities and the names they go by: look-ups by name and country, watched-place resolution.

The cities come from GeoNames via `geonames`, which builds them once into an SQLite file in
the cache directory; a Gazetteer reads that file on demand (indexed names), so a process
holds one connection, not the 235,000 cities (issue 11). A watched place keeps the
watchlist's canonical name and takes its other spellings from the city GeoNames knows.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from monitor.errors import WatchlistError
from monitor.match.arabic import is_arabic_country, name_variants, split_article
from monitor.match.geonames import DATASET, open_store
from monitor.match.normalize import compact_key, name_key
from monitor.model import Place

AMBIGUITY_RATIO = 3.0  # the biggest candidate wins when it is this many times the next one
_COLUMNS = "rank, geonameid, name, country, admin1, population, latitude, longitude, names"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A city a typed name may mean: `score` 100 for one of its names, less for a close one."""

    place: Place
    admin1: str  # GeoNames admin1 code (province, state), "" when GeoNames has none
    score: float


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    score: float  # 100 for an exact name, less for a fuzzy one


class Gazetteer:
    """Look up cities by any of their cleaned names, with country and population.

    Thread-safe: one read-only connection, used under a lock.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._size: int | None = None

    @classmethod
    def load(cls, *, dataset: str = DATASET, cache_dir: Path | None = None) -> Gazetteer:
        """Open the cities of `dataset`, built into `cache_dir` first when not there yet.

        Without `cache_dir` nothing is kept: the (slow) build runs every time.
        """
        return cls(open_store(dataset, cache_dir))

    def close(self) -> None:
        """Close the connection to the built gazetteer."""
        self._db.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def __len__(self) -> int:
        if self._size is None:
            self._size = int(self._rows("SELECT count(*) FROM city")[0][0])
        return self._size

    def place_at(self, index: int) -> Place:
        """Return the city at `index`; cities are sorted by population, biggest first."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM city WHERE rank = ?", (index,))
        if not rows:
            raise IndexError(index)
        return _place(rows[0])

    def places(self, start: int = 0, stop: int | None = None) -> list[Place]:
        """Return the cities from `start` to `stop` in population order (as `place_at` does)."""
        end = len(self) if stop is None else stop
        rows = self._rows(f"SELECT {_COLUMNS} FROM city WHERE rank >= ? AND rank < ? ORDER BY rank",
                          (start, end))
        return [_place(r) for r in rows]

    def index_of(self, geonameid: int) -> int | None:
        """Return the index (population rank) of a GeoNames id, or None."""
        rows = self._rows("SELECT rank FROM city WHERE geonameid = ?", (geonameid,))
        return int(rows[0][0]) if rows else None

    def _by_keys(self, keys: Iterable[str], country: str | None) -> list[tuple[Any, ...]]:
        """Return the city rows with a name among `keys` (in `country`), biggest first."""
        keys = list(dict.fromkeys(k for k in keys if k))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = (f"SELECT {_COLUMNS} FROM city WHERE rank IN "
               f"(SELECT city FROM name WHERE key IN ({marks}){' AND country = ?' if country else ''}) "
               "ORDER BY rank")
        return self._rows(sql, (*keys, *((country,) if country else ())))

    def _exact(self, name: str, country: str | None) -> list[tuple[Any, ...]]:
        """Return the cities called `name`; an Arabic name also under its other spellings.

        "al-Raqqa" finds Raqqa, whose GeoNames names include "Raqqa" and "Ar Raqqah" only.
        """
        key = name_key(name)
        rows = self._by_keys([key], country)
        if rows or (country is not None and not is_arabic_country(country)):
            return rows
        return [r for r in self._by_keys(name_variants(key), country) if is_arabic_country(r[3])]

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Return the cities called `name` (in `country` when given), biggest first."""
        return [_place(r) for r in self._exact(name, country.upper() if country else None)]

    def _fuzzy(self, name: str, country: str | None, cutoff: float, limit: int = 20) -> list[_Candidate]:
        """Return cities with a name close to `name`: in `country`, else with a like beginning.

        Within a country every name is compared; across the world only names beginning with
        the same two letters (a typo rarely hits the first letters).
        """
        query = compact_key(name)
        if len(query) < 3:
            return []
        if country is not None:
            rows = self._rows("SELECT key, city FROM name WHERE country = ?", (country,))
        else:
            prefix = name_key(name)[:2]
            rows = self._rows("SELECT key, city FROM name WHERE key >= ? AND key < ?",
                              (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)))
        arabic = country is None or is_arabic_country(country)
        bare = compact_key(split_article(name_key(name))[1]) if arabic else query
        choices = [k.replace(" ", "") for k, _ in rows]
        if arabic:  # compare "al-Hasaka" and "Hasakah" without their articles
            choices = [split_article(k)[1].replace(" ", "") for k, _ in rows]
            query = bare
        best: dict[int, float] = {}
        for _, score, pos in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                                            limit=limit):
            city = int(rows[pos][1])
            best[city] = max(best.get(city, 0.0), score)
        return [_Candidate(i, s) for i, s in best.items()]

    def _rows_at(self, ranks: Iterable[int]) -> dict[int, tuple[Any, ...]]:
        ranks = list(ranks)
        if not ranks:
            return {}
        marks = ",".join("?" * len(ranks))
        rows = self._rows(f"SELECT {_COLUMNS} FROM city WHERE rank IN ({marks})", ranks)
        return {int(r[0]): r for r in rows}

    def candidates(self, name: str, country: str) -> list[Place]:
        """Return the cities of `country` that `name` may mean: exact names, else close ones."""
        country = country.upper()
        exact = self._exact(name, country)
        if exact:
            return [_place(r) for r in exact]
        cutoff = 85 if len(compact_key(name)) >= 8 else 90
        chosen = self._fuzzy(name, country, cutoff)
        top = max((c.score for c in chosen), default=0.0)
        chosen = [c for c in chosen if c.score >= top - 3]
        rows = self._rows_at(c.index for c in chosen)
        chosen.sort(key=lambda c: (-c.score, c.index))  # index: population order
        return [_place(rows[c.index]) for c in chosen]

    def suggest(self, name: str, country: str | None = None, limit: int = 5) -> list[Suggestion]:
        """Return the cities `name` may mean, best first, each with its admin1 code and a score.

        Cities with `name` among their names come first (score 100, biggest first: they show
        an ambiguous name's choices), then cities with a close name ("Kandhar" -> Kandahar),
        in `country` when given, else anywhere with the same first letters.

            >>> [(s.place.name, s.place.country, s.admin1) for s in get_gazetteer().suggest("Kandhar")][:1]
            [('Kandahār', 'AF', '23')]
        """
        country = country.upper() if country else None
        found = [Suggestion(_place(r), str(r[4]), 100.0) for r in self._exact(name, country)[:limit]]
        if len(found) < limit:
            seen = {s.place.geonameid for s in found}
            close = [c for c in self._fuzzy(name, country, cutoff=75.0, limit=limit * 4) if c.score < 100]
            rows = self._rows_at(c.index for c in close)
            close.sort(key=lambda c: (-round(c.score), c.index))
            for c in close:
                row = rows[c.index]
                if row[1] not in seen and len(found) < limit:
                    seen.add(row[1])
                    found.append(Suggestion(_place(row), str(row[4]), round(c.score, 1)))
        return found

    def place(self, name: str, country: str, geonameid: int | None = None,
              aliases: Sequence[str] = (), *, strict: bool = True) -> Place:
        """Resolve a watched place: keep its `name`, take spellings from the GeoNames city.

        Ambiguity is settled by `geonameid` when given, else by population (the biggest city
        wins when it is AMBIGUITY_RATIO times the next, or always when not `strict`). A city
        GeoNames does not know becomes a Place with only its own name (and `aliases`).

        Raises WatchlistError when the country code is malformed or, if `strict`, when the
        name is ambiguous.
        """
        country = country.upper()
        if len(country) != 2 or not country.isalpha():
            raise WatchlistError(f"{name}: expected a two-letter country code, got {country!r}")
        if geonameid is not None:
            rows = self._rows(f"SELECT {_COLUMNS} FROM city WHERE geonameid = ?", (geonameid,))
            if not rows:
                raise WatchlistError(f"{name} ({country}): no GeoNames city with id {geonameid}")
            return _place(rows[0], name, aliases)
        found = self.candidates(name, country)
        if not found:
            return Place(name=name, country=country, names=_dedupe((name, *aliases)))
        top = found[0]
        if len(found) > 1 and strict:
            second = found[1]
            if (top.population or 0) < AMBIGUITY_RATIO * max(second.population or 0, 1):
                listing = "; ".join(
                    f"{p.names[0]} (geonameid {p.geonameid}, population {p.population})" for p in found[:5]
                )
                raise WatchlistError(
                    f"{name} ({country}) is ambiguous: {listing}; add a geonameid to choose"
                )
        return _with_name(top, name, aliases)


def _place(row: tuple[Any, ...], name: str | None = None, extra: Sequence[str] = ()) -> Place:
    """Return the Place of a city row; `name` (the watched one) first, then GeoNames' names."""
    place = Place(name=row[2], country=row[3], geonameid=int(row[1]), names=tuple(row[8].split("|")),
                  population=int(row[5]), latitude=row[6], longitude=row[7])
    return _with_name(place, name, extra) if name is not None or extra else place


def _with_name(place: Place, name: str | None, extra: Sequence[str]) -> Place:
    return Place(name=name or place.name, country=place.country, geonameid=place.geonameid,
                 names=_dedupe((*((name,) if name else ()), *place.names, *extra)),
                 population=place.population, latitude=place.latitude, longitude=place.longitude)


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for n in names:
        if n and name_key(n) not in seen:
            seen.add(name_key(n))
            out.append(n)
    return tuple(out)


def default_cache_dir() -> Path:
    """Return the per-user cache directory (platformdirs) where the built gazetteer is kept."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("monitor"))


@lru_cache(maxsize=1)
def get_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """Return the process-wide gazetteer, building it on first use (kept on disk)."""
    return Gazetteer.load(cache_dir=cache_dir if cache_dir is not None else default_cache_dir())
