"""One store interface, two backends: SQLite (the embedded default) and PostgreSQL (shared).

`open_store(target)` picks the backend from the target: a file path opens SQLite (WAL,
synchronous=FULL, a busy timeout, BEGIN IMMEDIATE writes: RELIABILITY.md §5), a
`postgresql://user@host:port/db` URL opens PostgreSQL through psycopg 3, and any other
`scheme://` is refused. Store modules write one SQL text for both: `?` placeholders, plain
identifiers, `INSERT … RETURNING id` through `Store.insert`; where the dialects really differ
(full-text search, leases) the store module branches on `db.dialect`, never its callers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, ClassVar, Protocol
from urllib.parse import urlsplit, urlunsplit

from monitor.errors import StoreError

BUSY_TIMEOUT_MS = 15000

SQLITE = "sqlite"
POSTGRESQL = "postgresql"

Params = Sequence[Any] | Mapping[str, Any]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):/")  # 2+ letters: not a Windows drive


class Cursor(Protocol):
    """What `Store.execute` returns: a DB-API cursor over tuples."""

    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Store:
    """A connection to the store; subclasses speak one dialect.

    Statements use `?` placeholders. Reads run on their own; writes go in `transaction()`
    (nested blocks become savepoints), which is what `write_transaction(db)` does.
    """

    dialect: ClassVar[str]
    target: str

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        """Run one statement and return its cursor (fetchone, fetchall, rowcount, iteration)."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement once per parameter row."""
        raise NotImplementedError

    def query(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """Run a query and yield its rows as dicts keyed by column name."""
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an `INSERT` and return the new row's id (`RETURNING id` on both dialects)."""
        row = self.execute(f"{sql} RETURNING id", params).fetchone()
        return int(row[0]) if row else 0

    def insert_many(self, sql: str, rows: Sequence[Params]) -> list[int]:
        """Run an `INSERT` once per parameter row and return the new ids, in order."""
        return [self.insert(sql, params) for params in rows]

    def transaction(self) -> AbstractContextManager[Store]:
        """Run the block in one write transaction: all its writes land, or none."""
        raise NotImplementedError

    def atomic(self) -> AbstractContextManager[Store]:
        """Same as `transaction()` (the name sqlite-utils used)."""
        return self.transaction()

    @property
    def in_transaction(self) -> bool:
        """Say whether a transaction is open on this connection."""
        raise NotImplementedError

    def table_names(self) -> list[str]:
        """Return the names of the store's tables."""
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        """Return the column names of `table` (empty when it does not exist)."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def dialect_of(db: Any) -> str:
    """Return the dialect of `db` (an sqlite-utils Database counts as SQLite)."""
    return str(getattr(db, "dialect", SQLITE))


def split_target(target: str | Path) -> tuple[str | None, str]:
    """Return (scheme, target text) of a store target; scheme None for a file path.

    A URL that went through `pathlib.Path` lost one slash (`postgresql:/u@h/db`): it is
    recognised and put back, so `--db postgresql://…` works whatever carried it.
    """
    text = str(target)
    match = _SCHEME.match(text)
    if match is None:
        return None, text
    scheme = match.group(1).lower()
    rest = text[match.end():]
    return scheme, f"{scheme}://{rest.lstrip('/')}"


def display_target(target: str | Path) -> str:
    """Show a store target for messages and `status`: a URL without a password it may carry."""
    scheme, text = split_target(target)
    if scheme is None:
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def open_store(target: str | Path, *, migrate: bool = True, password_env: str | None = None,
               read_only: bool = False) -> Store:
    """Open (creating if needed) the store at `target` and apply migrations.

    `target` is a file path (SQLite) or a `postgresql://user@host:port/db` URL; the password
    comes from the environment variable `password_env` names, else PGPASSWORD or ~/.pgpass as
    libpq reads them. Raises StoreError with a one-line reason when the store cannot be opened,
    or when the target is a URL of another kind.
    """
    scheme, text = split_target(target)
    if scheme is None:
        from monitor.store.sqlite import open_sqlite

        store: Store = open_sqlite(text, read_only=read_only)
    elif scheme in ("postgresql", "postgres"):
        from monitor.store.postgres import open_postgres

        store = open_postgres(text, password_env=password_env, read_only=read_only)
    else:
        raise StoreError(f"{scheme}://…: unsupported store URL (use a file path or postgresql://…)")
    if migrate and not read_only:
        from monitor.store.schema import apply_migrations

        try:
            apply_migrations(store)
        except BaseException:
            store.close()
            raise
    return store


def open_memory_store() -> Store:
    """Open a fresh in-memory SQLite store with migrations applied (tests, replays)."""
    return open_store(":memory:")


@contextmanager
def write_transaction(db: Store) -> Iterator[Store]:
    """Run the block in one write transaction (BEGIN IMMEDIATE on SQLite): all its writes land, or none.

    Nested use joins the outer transaction through a savepoint.
    """
    with db.transaction():
        yield db


def take_turns(db: Store, name: str) -> None:
    """Hold a lock named `name` until the write transaction ends, so instances take turns.

    Instances sharing a PostgreSQL store that read, decide and write the same rows (the
    configured channels at start-up, the feed-health flags) then see each other's writes.
    SQLite's write transactions (BEGIN IMMEDIATE) already take turns.
    """
    if db.dialect == POSTGRESQL:
        db.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [name])
