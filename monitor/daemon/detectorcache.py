"""Keep built detectors on disk, so that a short-lived command loads one instead of building it.

`monitor poll --once` run from cron and `monitor detect` start a new process each time. Building
the detector costs ~0.2 s for the seed watchlist, 0.34 s at 1,000 places and 1.1 s at 10,000;
loading its pickle costs 0.05 s to 0.17 s. A file is named by a digest of the watchlist as loaded
(the gazetteer's spellings included) and of the detection code (each file's path, size and
modification time, and the Python version), so an edited watchlist or an upgraded package never
loads a stale detector. Files live in the per-user cache directory, beside the gazetteer's,
readable by the user only; the newest few are kept. A file that fails to load is built again and
replaced. Only this module writes there: a pickle is never read from anywhere else.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

import monitor
from monitor.match.control import Detector, make_detector
from monitor.model import Watchlist

log = logging.getLogger(__name__)

KEEP = 4  # detectors kept: a few watchlists (or versions) used in turn
STALE_TEMP_S = 3600.0  # a half-written file this old was left by a killed process
_CODE = ("match", "model.py", "data")  # what `make_detector` builds from, under the package


@cache
def code_signature() -> str:
    """Return a digest of the detection code and data files (path, size, mtime) and the Python version."""
    root = Path(monitor.__file__).parent
    digest = hashlib.sha256(sys.version.encode())
    for part in _CODE:
        base = root / part
        for path in sorted(base.rglob("*")) if base.is_dir() else [base]:
            if path.is_file() and path.suffix not in (".pyc",):
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def detector_key(watchlist: Watchlist) -> str:
    """Return the name of the file that holds this watchlist's detector, built by this code."""
    return hashlib.sha256(f"{code_signature()}\n{watchlist!r}".encode()).hexdigest()[:32]


def default_detector_dir() -> Path:
    """Return the per-user cache directory of detectors (beside the gazetteer's cache)."""
    from monitor.match.gazetteer import default_cache_dir

    return default_cache_dir() / "detectors"


def load_or_build(watchlist: Watchlist, folder: Path | None = None) -> Detector:
    """Return the detector of `watchlist`: loaded from `folder` if built before, else built and kept."""
    folder = folder if folder is not None else default_detector_dir()
    path = folder / f"{detector_key(watchlist)}.pickle"
    try:
        with path.open("rb") as f:
            detector = pickle.load(f)
        if isinstance(detector, Detector):
            os.utime(path)  # recently used: kept by the pruning below
            return detector
        log.warning("%s holds a %s, not a detector: building it again", path, type(detector).__name__)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: built again, replaced
        log.warning("could not load the detector kept in %s (%s): building it again", path, exc)
    detector = make_detector(watchlist)
    try:
        _keep(detector, folder, path)
    except OSError as exc:  # a read-only home, a full disk: the build still serves this run
        log.info("could not keep the detector in %s (%s)", folder, exc)
    return detector


def _keep(detector: Detector, folder: Path, path: Path) -> None:
    """Write the detector atomically (a reader never sees half a file), then prune the oldest."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".building-", suffix=".pickle")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(detector, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    now = time.time()
    for old in folder.glob(".building-*"):  # left by a process killed while writing
        if now - _mtime(old) > STALE_TEMP_S:
            old.unlink(missing_ok=True)
    kept = sorted((p for p in folder.glob("*.pickle") if not p.name.startswith(".")), key=_mtime,
                  reverse=True)
    for old in kept[KEEP:]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:  # removed meanwhile by another process
        return 0.0
