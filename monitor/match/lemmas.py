"""Lemmatise words with simplemma's rules over its dictionaries kept in SQLite, not in memory.

The detector matches its verbs and nouns with stem patterns (fast and start-up free); lemmas
are the second chance for irregular forms a pattern does not list, and a tool for tests.

simplemma holds a language's whole dictionary in memory once asked for a word of it: 10 to
115 MB each (German +90, Spanish +115, Portuguese +100; issue 11, "Memory"). Here the
dictionaries of the supported languages are copied once into an SQLite file in the cache
directory (one row per form, built in a child process one language at a time, so the daemon
never holds one), and simplemma's own strategies (rules, affixes, clitics, hyphens) look
words up in that file: the lemmas are the same, the memory is SQLite's page cache.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from monitor.match.cachefile import connect_read_only, remove_superseded
from monitor.match.lang import SUPPORTED

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the table changes: the file name changes with it
PREFIX = "lemmas"
BUILD_MESSAGE = "building the lemma dictionaries (once, about a minute)…"


def store_file(cache_dir: Path) -> Path:
    """Return the lemma file's path in `cache_dir`, versioned by simplemma's and our format."""
    from importlib.metadata import version

    return cache_dir / f"{PREFIX}-simplemma-{version('simplemma')}-v{FORMAT}.sqlite"


def build_store(path: Path, langs: Sequence[str] = SUPPORTED) -> None:
    """Write simplemma's dictionaries of `langs` into a new SQLite file at `path`.

    One language is decoded at a time and dropped before the next: the peak is the largest
    dictionary (Spanish, ~115 MB), not their sum.
    """
    import gc

    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    db = sqlite3.connect(path)
    try:
        db.executescript(
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            -- lemma is NULL when it is the form itself (a third of the rows): a smaller file.
            CREATE TABLE lemmas (
                lang TEXT NOT NULL,
                form TEXT NOT NULL,
                lemma TEXT,
                PRIMARY KEY (lang, form)
            ) WITHOUT ROWID;
            """
        )
        for lang in langs:
            dictionary = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang)
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO lemmas VALUES (?, ?, ?)",
                    ((lang, form, None if lemma == form else lemma) for form, lemma in dictionary.items()),
                )
            del dictionary
            gc.collect()
        with db:
            db.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT)), ("langs", " ".join(langs))]
            )
    finally:
        db.close()


def connect(path: Path) -> sqlite3.Connection:
    """Open a built lemma file read-only; raise sqlite3.DatabaseError unless it is complete."""
    return connect_read_only(path, FORMAT, "a lemma file")


def open_store(cache_dir: Path, announce: Callable[[str], None] | None = None,
               langs: Sequence[str] = SUPPORTED) -> sqlite3.Connection:
    """Return a read-only connection to the lemma file in `cache_dir`, building it when missing.

    The build runs in a child Python, so this process never holds a whole dictionary; it is
    written beside the final name and renamed, so readers never see half a file.
    """
    path = store_file(cache_dir)
    if path.exists():
        try:
            return connect(path)
        except sqlite3.DatabaseError:
            pass  # a torn or foreign file: build it again
    (announce or _announce)(BUILD_MESSAGE)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        os.unlink(tmp)  # sqlite3 creates it
        code = "import sys; from pathlib import Path; from monitor.match.lemmas import build_store; "
        code += "build_store(Path(sys.argv[1]), sys.argv[2:])"
        subprocess.run([sys.executable, "-c", code, tmp, *langs], check=True)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    remove_superseded(path, PREFIX, FORMAT)
    return connect(path)


def _announce(message: str) -> None:
    """Say what is happening: in the log when logging is set up, else one line on stderr."""
    if logging.getLogger().handlers or log.handlers:
        log.info(message)
    else:
        print(message, file=sys.stderr, flush=True)


def make_stored_dictionary(db: sqlite3.Connection, lang: str, lock: threading.Lock) -> Mapping[str, str]:
    """Return `lang`'s dictionary read from the lemma file, as the mapping simplemma asks for."""
    from simplemma.strategies.dictionaries.dictionary_factory import DecodedStrMapping

    class StoredDictionary(DecodedStrMapping):
        """One language's forms and lemmas, looked up in SQLite one form at a time."""

        __slots__ = ()

        def _lookup(self, key: str) -> str | None:
            with lock:
                row = db.execute(
                    "SELECT coalesce(lemma, form) FROM lemmas WHERE lang = ? AND form = ?", (lang, key)
                ).fetchone()
            return None if row is None else str(row[0])

        def __iter__(self) -> Iterator[str]:
            with lock:
                forms = [str(r[0]) for r in db.execute("SELECT form FROM lemmas WHERE lang = ?", (lang,))]
            return iter(forms)

        def __len__(self) -> int:
            with lock:
                row = db.execute("SELECT count(*) FROM lemmas WHERE lang = ?", (lang,)).fetchone()
            return int(row[0])

    return StoredDictionary()


class StoredDictionaryFactory:
    """simplemma's `DictionaryFactory`, answering from the lemma file instead of its data files."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._lock = threading.Lock()
        row = db.execute("SELECT value FROM meta WHERE key = 'langs'").fetchone()
        self.langs = frozenset(row[0].split()) if row else frozenset()

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        """Return `lang`'s dictionary. Raises ValueError for a language the file lacks."""
        if lang not in self.langs:
            raise ValueError(f"Unsupported language: {lang}")
        return make_stored_dictionary(self._db, lang, self._lock)


@lru_cache(maxsize=1)
def _lemmatizer(cache_dir: Path | None = None) -> Any:
    """Return simplemma's lemmatizer over the lemma file of `cache_dir` (the default one)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    from monitor.match.gazetteer import default_cache_dir

    db = open_store(cache_dir if cache_dir is not None else default_cache_dir())
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=StoredDictionaryFactory(db)))


@lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """Return the lowercase dictionary form of `word` in `lang` (the word itself when unknown)."""
    if lang not in SUPPORTED:
        return word.lower()
    return str(_lemmatizer().lemmatize(word, lang)).lower()


def lemmatize_all(words: list[str], lang: str) -> list[str]:
    """Return the lemma of every word, in order."""
    return [lemmatize(w, lang) for w in words]
