"""The store's connection settings: WAL, FULL sync, foreign keys, busy timeout, IMMEDIATE writes."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from monitor.errors import StoreError
from monitor.store.db import open_store, write_transaction
from monitor.store.schema import pending_migrations


def test_pragmas(db_path: Path) -> None:
    """Every connection has WAL, synchronous=FULL, foreign keys and a busy timeout ≥ 5 s (D5)."""
    db = open_store(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_migrations_are_idempotent(db_path: Path) -> None:
    """Opening the store again applies nothing new and keeps the data."""
    db = open_store(db_path)
    db.execute("INSERT INTO daemon_state(key, value) VALUES ('k', 'v')")
    db.close()
    db = open_store(db_path)
    assert pending_migrations(db) == []
    assert db.execute("SELECT value FROM daemon_state WHERE key='k'").fetchone()[0] == "v"


def test_not_a_store_is_one_clear_error(tmp_path: Path) -> None:
    """A file that is not SQLite gives a StoreError naming the path."""
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        open_store(bogus)
    assert str(bogus) in str(info.value)


def test_write_transaction_rolls_back_on_error(db_path: Path) -> None:
    """All writes of a failed transaction are undone."""
    db = open_store(db_path)
    with pytest.raises(RuntimeError), write_transaction(db):
        db.execute("INSERT INTO daemon_state(key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert db.execute("SELECT count(*) FROM daemon_state").fetchone()[0] == 0


def test_immediate_transaction_waits_instead_of_failing(db_path: Path) -> None:
    """A writer that read first waits for another writer rather than failing 'database is locked'.

    With a deferred BEGIN, the read-then-write transaction below fails at once after the
    other connection commits; BEGIN IMMEDIATE takes the write lock up front.
    """
    first = open_store(db_path)
    second = open_store(db_path)
    errors: list[BaseException] = []

    def hold_lock() -> None:
        with write_transaction(first):
            first.execute("INSERT INTO daemon_state(key, value) VALUES ('x', '1')")
            time.sleep(0.5)

    holder = threading.Thread(target=hold_lock)
    holder.start()
    time.sleep(0.1)
    try:
        with write_transaction(second):
            count = second.execute("SELECT count(*) FROM daemon_state").fetchone()[0]
            second.execute("INSERT INTO daemon_state(key, value) VALUES ('y', ?)", [str(count)])
    except sqlite3.OperationalError as exc:  # pragma: no cover - the failure this test guards
        errors.append(exc)
    holder.join()
    assert errors == []
    assert second.execute("SELECT value FROM daemon_state WHERE key='y'").fetchone()[0] == "1"
