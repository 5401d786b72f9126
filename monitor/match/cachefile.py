"""Open the versioned SQLite data files the detector builds once in the cache directory.

The gazetteer (`geonames.py`) and the lemma table (`lemmas.py`) are local data files, not the
store: each records its format in a `meta` table, and a file of another format (or a torn one)
is refused so that its owner rebuilds it.

Several installs may share one cache folder (an upgrade beside the old version, two checkouts):
a build removes the files of older formats only, never a newer one, so two versions sharing
the folder do not rebuild in turn.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path


def connect_read_only(path: Path, fmt: int, what: str) -> sqlite3.Connection:
    """Open `path` read-only (shared by threads: sqlite serialises the calls).

    Raises sqlite3.DatabaseError unless it is a complete `what` of format `fmt`.
    """
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if row is None or row[0] != str(fmt):
            raise sqlite3.DatabaseError(f"{path}: not {what} of format {fmt}")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


_FORMAT_SUFFIX = re.compile(r"-v(\d+)\.sqlite$")


def remove_superseded(kept: Path, prefix: str, fmt: int) -> None:
    """Remove the other `prefix` files beside `kept` whose format is `fmt` or older.

    Older formats and other data-package versions of this format are stale. A file of a
    newer format belongs to a newer install sharing the folder: it stays.
    """
    for other in kept.parent.glob(f"{prefix}-*.sqlite"):
        found = _FORMAT_SUFFIX.search(other.name)
        if other != kept and (found is None or int(found.group(1)) <= fmt):
            other.unlink(missing_ok=True)
