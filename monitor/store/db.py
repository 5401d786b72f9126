"""Open the store with the settings every connection needs, and write transactions.

WAL lets the CLI read while the daemon writes; `busy_timeout` makes a writer wait for another
instead of failing; write transactions start with BEGIN IMMEDIATE because a deferred one that
read first fails at once with "database is locked" whatever the timeout (RELIABILITY.md §5).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from monitor.errors import StoreError
from monitor.store.schema import migrations

BUSY_TIMEOUT_MS = 15000


def open_store(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the store at `path`, with pragmas set and migrations applied.

    Raises StoreError with a one-line reason when the file cannot be opened or is not a store.
    """
    try:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        if migrate:
            with write_transaction(db):
                pass  # take the write lock once so two processes never migrate at the same time
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc.strerror or exc}") from None
    return db


def open_memory_store() -> Database:
    """Open a fresh in-memory store with migrations applied (tests, replays)."""
    return open_store(":memory:")


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block in one BEGIN IMMEDIATE transaction: all its writes land, or none.

    Nested use joins the outer transaction through a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
