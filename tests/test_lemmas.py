"""Lemmas from simplemma's rules over its dictionaries copied into SQLite (issue 11, "Memory")."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.match.lemmas import (
    BUILD_MESSAGE,
    FORMAT,
    StoredDictionaryFactory,
    lemmatize,
    lemmatize_all,
    open_store,
    store_file,
)


@pytest.mark.parametrize(
    ("word", "lang", "lemma"),
    [
        ("went", "en", "go"),
        ("children", "en", "child"),
        ("ging", "de", "gehen"),
        ("nahm", "de", "nehmen"),
        ("Städte", "de", "stadt"),
        ("furent", "fr", "être"),
        ("prit", "fr", "prendre"),
        ("hizo", "es", "hacer"),
        ("tuvieron", "es", "tener"),
        ("fez", "pt", "fazer"),
        ("tiveram", "pt", "ter"),
        ("fecero", "it", "fare"),
        ("presero", "it", "prendere"),
        ("ebbero", "it", "avere"),
    ],
)
def test_irregular_forms_give_simplemmas_lemma(word: str, lang: str, lemma: str) -> None:
    """An irregular form gets its dictionary form, the same as simplemma's in-memory one."""
    import simplemma

    assert lemmatize(word, lang) == lemma == str(simplemma.lemmatize(word, lang=lang)).lower()


def test_words_outside_the_dictionary_go_through_simplemmas_rules() -> None:
    """Compounds and hyphenated words are decomposed by simplemma's strategies, as before."""
    import simplemma

    words = ["Grenzübergänge", "Waffenstillstandsverhandlungen", "rückeroberten", "Kalmarer"]
    assert lemmatize_all(words, "de") == [str(simplemma.lemmatize(w, lang="de")).lower() for w in words]


def test_unsupported_language_keeps_the_word() -> None:
    """A language we do not read is not lemmatised: the word comes back lowercased."""
    assert lemmatize("Walisema", "sw") == "walisema"


def test_store_is_built_once_then_reused(tmp_path: Path) -> None:
    """The first open builds a versioned file (announced); the next opens it silently."""
    said: list[str] = []
    db = open_store(tmp_path, announce=said.append, langs=("it",))
    assert said == [BUILD_MESSAGE] and store_file(tmp_path).exists()
    assert StoredDictionaryFactory(db).get_dictionary("it").get("fecero") == "fare"
    open_store(tmp_path, announce=said.append, langs=("it",))
    assert said == [BUILD_MESSAGE]


def test_torn_or_stale_files_are_replaced(tmp_path: Path) -> None:
    """A file that is not a lemma store is rebuilt, and files of older versions are removed."""
    store_file(tmp_path).write_bytes(b"not a database")
    stale = tmp_path / "lemmas-simplemma-0.1-v0.sqlite"
    stale.write_bytes(b"old")
    said: list[str] = []
    db = open_store(tmp_path, announce=said.append, langs=("it",))
    assert said == [BUILD_MESSAGE] and not stale.exists()
    assert db.execute("SELECT count(*) FROM lemmas WHERE lang = 'it'").fetchone()[0] > 100_000


def test_a_newer_install_file_is_kept(tmp_path: Path) -> None:
    """A lemma file of a newer format (another install sharing the folder) is not removed."""
    newer = tmp_path / f"lemmas-simplemma-9.9-v{FORMAT + 1}.sqlite"
    newer.write_bytes(b"a newer install's lemmas")
    db = open_store(tmp_path, announce=lambda _m: None, langs=("it",))
    assert newer.exists() and store_file(tmp_path).exists()
    assert db.execute("SELECT count(*) FROM lemmas WHERE lang = 'it'").fetchone()[0] > 100_000


def test_store_is_read_only(tmp_path: Path) -> None:
    """The shared file is opened read-only: no process can damage another's dictionary."""
    db = open_store(tmp_path, announce=lambda _m: None, langs=("it",))
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM lemmas")


def test_factory_refuses_languages_it_lacks(tmp_path: Path) -> None:
    """Asking the store for a language it was not built with is an error, as in simplemma."""
    factory = StoredDictionaryFactory(open_store(tmp_path, announce=lambda _m: None, langs=("it",)))
    with pytest.raises(ValueError):
        factory.get_dictionary("de")
    assert "fecero" in factory.get_dictionary("it") and "fecerò" not in factory.get_dictionary("it")


MEASURE = """
import json, resource
from monitor.match.lemmas import lemmatize
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
words = {"de": "nahm eroberten Städte", "es": "hizo tuvieron ciudades", "pt": "fez tiveram cidades",
         "fr": "furent prit villes", "it": "fecero presero città", "en": "went took children"}
lemmas = [lemmatize(w, lang) for lang, text in words.items() for w in text.split()]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"lemmas": lemmas, "grew_mb": (after - before) / 1024}))
"""


def test_lemmatising_six_languages_costs_little_memory() -> None:
    """Lemmas in all six languages add a few MB, not simplemma's 10-115 MB per dictionary."""
    lemmatize("went", "en")  # the store exists before the child measures
    done = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result["lemmas"][:2] == ["nehmen", "erobern"]
    assert result["grew_mb"] < 25
