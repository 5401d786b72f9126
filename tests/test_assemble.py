"""The daemon's assembly: the detector follows the store's watchlist and is rebuilt only on change."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.assemble import CachedDetector, watchlist_fingerprint
from monitor.daemon.buildchild import BuildError, build_in_child
from monitor.match.control import make_detector
from monitor.model import Actor, Place, Watchlist
from monitor.store.actors import add_actor
from monitor.store.watchlist import add_place, add_place_alias, get_watchlist

NOW = datetime(2024, 12, 1, tzinfo=UTC)


def _watch_syria(db: Database) -> None:
    add_actor(db, Actor("Hayat Tahrir al-Sham", aliases=("HTS",), countries=("SY",),
                        opposes=("Syrian government",)), now=NOW)
    add_actor(db, Actor("Syrian government", aliases=("Syrian army",), countries=("SY",), government=True,
                        opposes=("Hayat Tahrir al-Sham",)), now=NOW)
    add_place(db, Place("Damascus", "SY"), now=NOW)
    add_place(db, Place("Aleppo", "SY"), now=NOW)


def test_detector_is_rebuilt_only_when_the_watchlist_changes(db: Database) -> None:
    """Unchanged rows reuse the detector; a new alias (a CLI edit) builds a new one."""
    _watch_syria(db)
    builds: list[Watchlist] = []

    def counting_build(watchlist: Watchlist):  # type: ignore[no-untyped-def]
        builds.append(watchlist)
        return make_detector(watchlist)

    cached = CachedDetector(build=counting_build)
    first = cached(db)
    assert cached(db) is first
    assert len(builds) == 1
    add_place_alias(db, "Aleppo", "SY", "Halab")
    second = cached(db)
    assert second is not first
    assert len(builds) == 2
    assert "Halab" in next(p for p in builds[1].places if p.name == "Aleppo").names


def test_fingerprint_follows_places_and_actors(db: Database) -> None:
    """The fingerprint changes with a place or an actor, and only then."""
    _watch_syria(db)
    before = watchlist_fingerprint(db)
    assert watchlist_fingerprint(db) == before
    add_actor(db, Actor("Islamic State", aliases=("ISIS",), countries=("SY",)), now=NOW)
    assert watchlist_fingerprint(db) != before


def test_actor_name_is_not_read_as_a_city_from_the_store(db: Database) -> None:
    """A GeoNames spelling of Damascus that is a word of an actor's name ("Al-Sham") is not Damascus."""
    _watch_syria(db)
    detector = make_detector(get_watchlist(db))
    found = {m.place.name for m in detector.place_matcher.find("Al-Sham fighters advanced on Aleppo.")}
    assert "Damascus" not in found
    events = detector.detect("Hayat Tahrir al-Sham fighters seize Aleppo",
                             "Hayat Tahrir al-Sham fighters seized Aleppo on Saturday after government "
                             "troops withdrew from the city.", NOW)
    assert {(e.place, e.controller) for e in events} == {("Aleppo", "Hayat Tahrir al-Sham")}


def test_detector_built_in_a_child_process_reads_like_one_built_here(db: Database, tmp_path: Path) -> None:
    """The daemon's detector comes from a child process (the build's memory leaves with it), reads alike."""
    _watch_syria(db)
    settings = Settings(store_path=Path(db.target))
    here, there = make_detector(get_watchlist(db)), build_in_child(settings)
    text = "Rebels of Hayat Tahrir al-Sham took control of Aleppo on Friday, residents said."
    assert there.detect("Aleppo falls", text) == here.detect("Aleppo falls", text) != []
    cached = CachedDetector(child=settings)
    assert cached(db).detect("Aleppo falls", text) == here.detect("Aleppo falls", text)


def test_a_failing_child_says_why_and_the_daemon_builds_here(db: Database, tmp_path: Path) -> None:
    """A child that cannot build gives a one-line reason; the cached detector then builds in-process."""
    _watch_syria(db)
    missing = Settings(store_path=tmp_path / "absent" / "monitor.db")
    with pytest.raises(BuildError, match="could not build the detector in a child process: ") as caught:
        build_in_child(missing)
    assert "\n" not in str(caught.value)
    cached = CachedDetector(child=missing)
    assert cached(db).detect("Aleppo falls", "Hayat Tahrir al-Sham took Aleppo on Friday.") != []
