"""Detectors kept on disk (issue 11): a short-lived command loads the one built before.

Named by the watchlist and the code that built it; a bad file is rebuilt, never trusted as is.
"""

from __future__ import annotations

import pickle
import stat
from pathlib import Path

import pytest

from monitor.daemon import detectorcache
from monitor.daemon.detectorcache import KEEP, detector_key, load_or_build
from monitor.match.control import Detector, make_detector
from monitor.model import Actor, Place, Watchlist

# Written for these tests.
REBELS = Actor("Northern Front", aliases=("NF",), opposes=("Army",))
ARMY = Actor("Army", government=True, countries=("XA",), opposes=("Northern Front",))
SENTENCE = ("Rebels take Port Amber",
            "The Northern Front captured Port Amber on Monday after the army withdrew.")


def watchlist(*places: str) -> Watchlist:
    return Watchlist(places=tuple(Place(name=p, country="XA", names=(p,)) for p in places),
                     actors=(REBELS, ARMY))


def places_found(detector: object) -> list[str]:
    return [e.place for e in detector.detect(*SENTENCE)]  # type: ignore[attr-defined]


_built: dict[Watchlist, Detector] = {}


def build_once(wanted: Watchlist) -> Detector:
    """`make_detector`, each watchlist built once for the module (a build costs ~2.5 s).

    These tests are about what the cache keeps and loads; a build is a real detector either way.
    """
    if wanted not in _built:
        _built[wanted] = make_detector(wanted)
    return _built[wanted]


@pytest.fixture(autouse=True)
def _builds_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detectorcache, "make_detector", build_once)


def test_a_detector_is_built_once_then_loaded(tmp_path: Path) -> None:
    wanted = watchlist("Port Amber")
    first = load_or_build(wanted, tmp_path)
    [kept] = tmp_path.glob("*.pickle")
    assert kept.name == f"{detector_key(wanted)}.pickle"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # the user's own
    assert places_found(first) == ["Port Amber"] == places_found(load_or_build(wanted, tmp_path))
    # What is kept is what is used: a file put there in its place is the one loaded.
    kept.write_bytes(pickle.dumps(build_once(watchlist("Port Amber", "Glassford"))))
    assert places_found(load_or_build(wanted, tmp_path)) == ["Port Amber"]
    assert len(load_or_build(wanted, tmp_path).places) == 2


def test_another_watchlist_gets_its_own_detector(tmp_path: Path) -> None:
    assert detector_key(watchlist("Port Amber")) != detector_key(watchlist("Port Amber", "Glassford"))
    aliased = Watchlist(places=(Place("Port Amber", "XA", names=("Port Amber", "Amberhaven")),),
                        actors=(REBELS, ARMY))
    assert detector_key(aliased) != detector_key(watchlist("Port Amber"))
    assert places_found(load_or_build(watchlist("Glassford"), tmp_path)) == []
    assert places_found(load_or_build(watchlist("Port Amber"), tmp_path)) == ["Port Amber"]


def test_a_broken_or_foreign_file_is_rebuilt_and_replaced(tmp_path: Path) -> None:
    wanted = watchlist("Port Amber")
    path = tmp_path / f"{detector_key(wanted)}.pickle"
    for bad in (b"\x80\x05truncated", pickle.dumps({"not": "a detector"})):
        path.write_bytes(bad)
        assert places_found(load_or_build(wanted, tmp_path)) == ["Port Amber"]
        assert len(pickle.loads(path.read_bytes()).places) == 1  # a real detector now


def test_a_folder_that_cannot_be_written_still_gives_a_detector(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert places_found(load_or_build(watchlist("Port Amber"), blocker / "detectors")) == ["Port Amber"]


def test_only_the_newest_detectors_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Which detector each file holds does not matter to the pruning: one real build serves all.
    monkeypatch.setattr(detectorcache, "make_detector", lambda _: build_once(watchlist("Port Amber")))
    names = [f"Town {n}" for n in range(KEEP + 2)]
    for name in names:
        load_or_build(watchlist(name), tmp_path)
    kept = {p.name for p in tmp_path.glob("*.pickle")}
    assert kept == {f"{detector_key(watchlist(n))}.pickle" for n in names[-KEEP:]}
