"""Detectors kept on disk (issue 11): a short-lived command loads the one built before.

Named by the watchlist and the code that built it; a bad file is rebuilt, never trusted as is.
"""

from __future__ import annotations

import pickle
import stat
from pathlib import Path

from monitor.daemon.detectorcache import KEEP, detector_key, load_or_build
from monitor.match.control import make_detector
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


def test_a_detector_is_built_once_then_loaded(tmp_path: Path) -> None:
    wanted = watchlist("Port Amber")
    first = load_or_build(wanted, tmp_path)
    [kept] = tmp_path.glob("*.pickle")
    assert kept.name == f"{detector_key(wanted)}.pickle"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # the user's own
    assert places_found(first) == ["Port Amber"] == places_found(load_or_build(wanted, tmp_path))
    # What is kept is what is used: a file put there in its place is the one loaded.
    kept.write_bytes(pickle.dumps(make_detector(watchlist("Port Amber", "Glassford"))))
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


def test_only_the_newest_detectors_are_kept(tmp_path: Path) -> None:
    names = [f"Town {n}" for n in range(KEEP + 2)]
    for name in names:
        load_or_build(watchlist(name), tmp_path)
    kept = {p.name for p in tmp_path.glob("*.pickle")}
    assert kept == {f"{detector_key(watchlist(n))}.pickle" for n in names[-KEEP:]}
