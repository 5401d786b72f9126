"""The PostgreSQL backend, through psycopg 3. Contains no business logic.

Store modules write `?` placeholders; they become `$1, $2…` here (outside string literals,
quoted identifiers and comments) and run on psycopg's raw cursor, so a `%` in SQL needs no
escaping. The connection is in autocommit mode: a read is its own transaction, and
`transaction()` opens BEGIN … COMMIT (savepoints when nested), as on SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, ClassVar

import psycopg
from psycopg.pq import TransactionStatus

from monitor.errors import DatabaseError, IntegrityError, StoreError
from monitor.store.db import POSTGRESQL, Cursor, Params, Store

CONNECT_TIMEOUT_S = 10


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """Turn `?` placeholders into `$1, $2…`, leaving literals, quoted names and comments alone."""
    out: list[str] = []
    n = 0
    i, size = 0, len(sql)
    while i < size:
        c = sql[i]
        if c in ("'", '"'):
            end = i + 1
            while end < size:
                if sql[end] == c:
                    if end + 1 < size and sql[end + 1] == c:  # '' or "" inside: still quoted
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i:end + 1])
            i = end + 1
        elif c == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = size if end < 0 else end
            out.append(sql[i:end])
            i = end
        elif c == "?":
            n += 1
            out.append(f"${n}")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _error(exc: psycopg.Error) -> StoreError:
    line = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, psycopg.IntegrityError):
        return IntegrityError(line)
    return DatabaseError(line)


class PostgresStore(Store):
    """A store in a PostgreSQL database; `conn` is the psycopg connection."""

    dialect: ClassVar[str] = POSTGRESQL

    def __init__(self, conn: psycopg.Connection[Any], target: str) -> None:
        self.conn = conn
        self.target = target

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        try:
            cursor: Cursor = self.conn.execute(translate(sql), params or None)
        except psycopg.Error as exc:
            raise _error(exc) from exc
        return cursor

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(translate(sql), rows)
        except psycopg.Error as exc:
            raise _error(exc) from exc

    def insert_many(self, sql: str, rows: Sequence[Params]) -> list[int]:
        # One pipelined batch instead of a round trip per row (~6x faster on ingest).
        if not rows:
            return []
        ids: list[int] = []
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(translate(f"{sql} RETURNING id"), rows,
                                   returning=True)
                while True:
                    row = cursor.fetchone()
                    ids.append(int(row[0]) if row else 0)
                    if not cursor.nextset():
                        break
        except psycopg.Error as exc:
            raise _error(exc) from exc
        return ids

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != TransactionStatus.IDLE

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        try:
            with self.conn.transaction():
                yield self
        except psycopg.Error as exc:  # raised at COMMIT (a deferred constraint, a lost connection)
            raise _error(exc) from exc

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name")]

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position", [table])]

    def close(self) -> None:
        self.conn.close()


def redact_url(url: str) -> str:
    """Drop a password written in the URL, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return url.split("@")[-1]
    user = info.get("user") or ""
    host = info.get("host") or ""
    port = f":{info['port']}" if info.get("port") else ""
    return f"postgresql://{user}{'@' if user else ''}{host}{port}/{info.get('dbname') or ''}"


def open_postgres(url: str, *, password_env: str | None = None, read_only: bool = False) -> PostgresStore:
    """Connect to the PostgreSQL database at `url`.

    The password comes from the variable `password_env` names when it is set, else libpq's
    own PGPASSWORD or ~/.pgpass. Raises StoreError with a one-line reason.
    """
    kwargs: dict[str, Any] = {"autocommit": True, "cursor_factory": psycopg.RawCursor,
                              "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "monitor"}
    if password_env:
        password = os.environ.get(password_env)
        if password is None:
            raise StoreError(f"{redact_url(url)}: the password variable {password_env} is not set")
        kwargs["password"] = password
    if read_only:
        kwargs["options"] = "-c default_transaction_read_only=on"
    try:
        conn = psycopg.connect(url, **kwargs)
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise StoreError(f"{redact_url(url)}: cannot open the store: {reason}") from None
    return PostgresStore(conn, url)
