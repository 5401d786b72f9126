"""Copy a whole store into another one, ids kept: the move from SQLite to PostgreSQL.

Contains no business logic. Every table the migrations made is copied in an order that
satisfies its foreign keys, with the columns both sides have (a generated search column is
rebuilt by the target itself). Ids are copied as they are, so references, message ids and
`alert-N` of older alerts stay valid; PostgreSQL's identity sequences are then moved past
them. The target must be empty: a copy never merges two stores.
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.errors import StoreError
from monitor.store.db import POSTGRESQL, SQLITE, Store, display_target, write_transaction

# Parents before children; `migrations` is the target's own.
TABLES = ("feeds", "articles", "places", "actors", "daemon_state", "stories", "story_articles", "events",
          "control_changes", "channels", "alerts", "deliveries")
BATCH = 1000


def _generated(db: Store, table: str) -> set[str]:
    if db.dialect != POSTGRESQL:
        return set()
    return {r[0] for r in db.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = ? AND is_generated = 'ALWAYS'", [table])}


def count_rows(db: Store) -> dict[str, int]:
    """Return the number of rows of every copied table."""
    return {t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def copy_store(source: Store, target: Store,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target` in one transaction; return rows per table.

    Raises StoreError when the target already holds data.
    """
    held = {t: n for t, n in count_rows(target).items() if n}
    if held:
        listed = ", ".join(f"{n} {t}" for t, n in held.items())
        raise StoreError(f"{display_target(target.target)}: the target store is not empty ({listed}); "
                         "copy into a new, empty database")
    copied: dict[str, int] = {}
    with write_transaction(target):
        for table in TABLES:
            wanted = set(target.columns(table)) - _generated(target, table)
            columns = [c for c in source.columns(table) if c in wanted]
            sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})")
            cursor = source.execute(f"SELECT {', '.join(columns)} FROM {table}")
            total = 0
            while True:
                rows = cursor.fetchmany(BATCH)
                if not rows:
                    break
                target.executemany(sql, [tuple(r) for r in rows])
                total += len(rows)
            copied[table] = total
            if progress is not None:
                progress(table, total)
        if target.dialect == SQLITE:  # index every copied article at once, not through the queue
            target.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
            target.execute("DELETE FROM search_queue")
        if target.dialect == POSTGRESQL:
            for table in TABLES:
                if "id" in target.columns(table):
                    target.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
    return copied


