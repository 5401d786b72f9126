"""The SQLite backend: one file, WAL, BEGIN IMMEDIATE writes. Contains no business logic.

WAL lets the CLI read while the daemon writes; `busy_timeout` makes a writer wait for another
instead of failing; write transactions start with BEGIN IMMEDIATE because a deferred one that
read first fails at once with "database is locked" whatever the timeout (RELIABILITY.md §5).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import ClassVar

from monitor.errors import IntegrityError, StoreError
from monitor.store.db import BUSY_TIMEOUT_MS, SQLITE, Cursor, Params, Store

_savepoints = count(1)


class SqliteIntegrityError(IntegrityError, sqlite3.IntegrityError):
    """A constraint refused a write: the store's IntegrityError, and still a sqlite3.Error.

    Callers written for SQLite (`except sqlite3.Error`) keep catching it; store modules catch
    `monitor.errors.IntegrityError`, which PostgreSQL's backend raises too.
    """


class SqliteStore(Store):
    """A store in one SQLite file (or in memory); `conn` is the sqlite3 connection."""

    dialect: ClassVar[str] = SQLITE

    def __init__(self, conn: sqlite3.Connection, target: str = ":memory:") -> None:
        self.conn = conn
        self.target = target
        self._lost: BaseException | None = None  # why SQLite ended the open transaction early

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise SqliteIntegrityError(str(exc)) from exc

    def insert(self, sql: str, params: Params = ()) -> int:
        # lastrowid rather than RETURNING: SQLite buffers RETURNING rows, measurably slower on ingest.
        try:
            return int(self.conn.execute(sql, params).lastrowid or 0)
        except sqlite3.IntegrityError as exc:
            raise SqliteIntegrityError(str(exc)) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise SqliteIntegrityError(str(exc)) from exc

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        conn = self.conn
        if conn.in_transaction or self._lost is not None:
            if self._lost is not None:  # SQLite ended the outer transaction: nothing more may land in it
                raise StoreError(f"the transaction was rolled back: {self._lost}") from self._lost
            name = f"sp_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                else:  # a full disk, an I/O error or a RAISE(ROLLBACK) ended the whole transaction
                    self._lost = exc
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            if self._lost is not None:  # the caller went on past a savepoint's failure: report it
                raise StoreError(f"the transaction was rolled back: {self._lost}") from self._lost
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._lost = None

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute("SELECT * FROM pragma_table_info(?)", [table])]

    def close(self) -> None:
        self.conn.close()


def open_sqlite(path: str, *, read_only: bool = False) -> SqliteStore:
    """Open the SQLite file at `path` with the pragmas every connection needs.

    Raises StoreError with a one-line reason when the file cannot be opened or is not a store.
    """
    try:
        if read_only:
            file = Path(path)
            if not file.exists():
                raise StoreError(f"{path}: no store there")
            conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                   timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return SqliteStore(conn, path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc.strerror or exc}") from None
    return SqliteStore(conn, path)
