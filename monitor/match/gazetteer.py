"""Cities and the names they go by: look-ups by name and country, watched-place resolution.

The tables come from GeoNames via `geonames` (cleaned, cached); a watched place keeps the
watchlist's canonical name and takes its other spellings from the city GeoNames knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from monitor.errors import WatchlistError
from monitor.match.geonames import DATASET, ids, load_tables
from monitor.match.normalize import compact_key, name_key
from monitor.model import Place

AMBIGUITY_RATIO = 3.0  # the biggest candidate wins when it is this many times the next one


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    score: float  # 100 for an exact name, less for a fuzzy one


class Gazetteer:
    """Look up cities by any of their cleaned names, with country and population."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._t = data["table"]
        self._index: dict[str, Any] = data["index"]
        self._by_country: dict[str, list[int]] | None = None
        self._by_id: dict[int, int] | None = None

    @classmethod
    def load(cls, *, dataset: str = DATASET, cache_dir: Path | None = None) -> Gazetteer:
        """Load the cities of `dataset`, from the cache in `cache_dir` when it is there.

        Without `cache_dir` nothing is written and the (slow) build runs every time.
        """
        return cls(load_tables(dataset, cache_dir))

    def __len__(self) -> int:
        return len(self._t["id"])

    def place_at(self, index: int) -> Place:
        """Return the city at `index`; cities are sorted by population, biggest first."""
        return self._place(index)

    def _place(self, i: int, name: str | None = None, extra: Sequence[str] = ()) -> Place:
        names = tuple(self._t["names"][i].split("|"))
        if name is not None or extra:
            keys = set()
            merged = []
            for n in (*((name,) if name else ()), *names, *extra):
                if name_key(n) not in keys:
                    keys.add(name_key(n))
                    merged.append(n)
            names = tuple(merged)
        return Place(
            name=name or self._t["name"][i], country=self._t["cc"][i], geonameid=self._t["id"][i],
            names=names, population=self._t["pop"][i], latitude=self._t["lat"][i],
            longitude=self._t["lon"][i],
        )

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Return the cities called `name` (in `country` when given), biggest first."""
        found = list(ids(self._index.get(name_key(name))))
        if country is not None:
            found = [i for i in found if self._t["cc"][i] == country.upper()]
        return [self._place(i) for i in sorted(set(found), key=lambda i: -self._t["pop"][i])]

    def _fuzzy_in_country(self, name: str, country: str) -> list[_Candidate]:
        """Return the cities of `country` with a name close to `name` (transliterations)."""
        if self._by_country is None:
            by_country: dict[str, list[int]] = {}
            for i, cc in enumerate(self._t["cc"]):
                by_country.setdefault(cc, []).append(i)
            self._by_country = by_country
        choices: list[str] = []
        owners: list[int] = []
        for i in self._by_country.get(country, []):
            for n in self._t["names"][i].split("|"):
                choices.append(compact_key(n))
                owners.append(i)
        query = compact_key(name)
        cutoff = 85 if len(query) >= 8 else 90
        best: dict[int, float] = {}
        for _, score, pos in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                                            limit=20):
            best[owners[pos]] = max(best.get(owners[pos], 0.0), score)
        return [_Candidate(i, s) for i, s in best.items()]

    def candidates(self, name: str, country: str) -> list[Place]:
        """Return the cities of `country` that `name` may mean: exact names, else close ones."""
        exact = {i for i in ids(self._index.get(name_key(name))) if self._t["cc"][i] == country}
        if exact:
            chosen = [_Candidate(i, 100.0) for i in exact]
        else:
            chosen = self._fuzzy_in_country(name, country)
            top = max((c.score for c in chosen), default=0.0)
            chosen = [c for c in chosen if c.score >= top - 3]
        chosen.sort(key=lambda c: (-c.score, -self._t["pop"][c.index]))
        return [self._place(c.index) for c in chosen]

    def place(self, name: str, country: str, geonameid: int | None = None,
              aliases: Sequence[str] = ()) -> Place:
        """Resolve a watched place: keep its `name`, take spellings from the GeoNames city.

        Ambiguity is settled by `geonameid` when given, else by population (the biggest city
        wins when it is AMBIGUITY_RATIO times the next). A city GeoNames does not know becomes
        a Place with only its own name (and `aliases`).

        Raises WatchlistError when the country code is malformed or the name is ambiguous.
        """
        country = country.upper()
        if len(country) != 2 or not country.isalpha():
            raise WatchlistError(f"{name}: expected a two-letter country code, got {country!r}")
        if geonameid is not None:
            i = self.index_of(geonameid)
            if i is None:
                raise WatchlistError(f"{name} ({country}): no GeoNames city with id {geonameid}")
            return self._place(i, name, aliases)
        found = self.candidates(name, country)
        if not found:
            return Place(name=name, country=country, names=_dedupe((name, *aliases)))
        top = found[0]
        if len(found) > 1:
            second = found[1]
            if (top.population or 0) < AMBIGUITY_RATIO * max(second.population or 0, 1):
                listing = "; ".join(
                    f"{p.names[0]} (geonameid {p.geonameid}, population {p.population})" for p in found[:5]
                )
                raise WatchlistError(
                    f"{name} ({country}) is ambiguous: {listing}; add a geonameid to choose"
                )
        i = self.index_of(top.geonameid or 0)
        assert i is not None
        return self._place(i, name, aliases)

    def index_of(self, geonameid: int) -> int | None:
        """Return the table index of a GeoNames id (the id map is built on first use)."""
        if self._by_id is None:
            self._by_id = {gid: i for i, gid in enumerate(self._t["id"])}
        return self._by_id.get(geonameid)


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
    """Return the process-wide gazetteer, loading it on first use (cached on disk)."""
    return Gazetteer.load(cache_dir=cache_dir if cache_dir is not None else default_cache_dir())
