"""Read-only queries for the status page, the API, the Atom feed, /metrics and /healthz.

Contains no business logic: `monitor.service.queries` turns these rows into views. Tables and
columns are named only from the store's own list (`get_table_names`, `get_column_names`), so a
caller may pick among them without building SQL from outside input.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from monitor.errors import StoreError
from monitor.store._rows import rows as _rows
from monitor.store.db import Store


def get_table_names(db: Store) -> set[str]:
    """Return the names of the store's tables."""
    return set(db.table_names())


def get_column_names(db: Store, table: str) -> list[str]:
    """Return the column names of `table` (empty when it does not exist)."""
    if table not in get_table_names(db):
        return []
    columns = getattr(db, "columns", None)
    if callable(columns):
        return list(columns(table))
    return [r[1] for r in db.execute("SELECT * FROM pragma_table_info(?)", [table])]  # sqlite-utils


def _known(db: Store, table: str, *columns: str) -> None:
    if table not in get_table_names(db):
        raise StoreError(f"no table {table}")
    have = set(get_column_names(db, table))
    for column in columns:
        if column not in have:
            raise StoreError(f"no column {table}.{column}")


def ping(db: Store) -> None:
    """Run a trivial query (raises when the store does not answer)."""
    db.execute("SELECT 1").fetchone()


def get_place_rows(db: Store, place_id: int | None = None) -> list[dict[str, Any]]:
    """Return every watched place (or the one with `place_id`) with its position and holder,
    by country then name."""
    where, params = ("WHERE id = ? ", [place_id]) if place_id is not None else ("", [])
    return _rows(db, "SELECT id, name, country, latitude, longitude, controller, controller_since "
                     f"FROM places {where}ORDER BY country, name", params)


def get_change_history_rows(db: Store, per_place: int) -> list[dict[str, Any]]:
    """Return each place's `per_place` latest changes of hands (collapsed ones too), newest first."""
    return _rows(db, "SELECT place, country, previous, controller, since, status, outlets, evidence FROM ("
                     "SELECT place, country, previous, controller, since, status, outlets, evidence, "
                     "id, row_number() OVER (PARTITION BY place, country ORDER BY since DESC, id DESC) AS n "
                     "FROM control_changes) history WHERE n <= ? ORDER BY since DESC, id DESC", [per_place])


def get_latest_change_rows(db: Store) -> list[dict[str, Any]]:
    """Return each place's latest standing (not collapsed) change of hands."""
    # control_changes_place index: place, country, since.
    return _rows(db, "SELECT place, country, previous, controller, evidence FROM ("
                     "SELECT place, country, previous, controller, evidence, row_number() OVER "
                     "(PARTITION BY place, country ORDER BY since DESC, id DESC) AS n FROM control_changes "
                     "WHERE status != 'collapsed') latest WHERE n = 1")


def get_recent_alert_rows(db: Store, limit: int = 50) -> list[dict[str, Any]]:
    """Return the latest alerts (test alerts left out), newest first."""
    return _rows(db, "SELECT id, kind, place, payload, created FROM alerts "
                     "WHERE kind != 'test' ORDER BY created DESC, id DESC LIMIT ?", [limit])


def get_alert_statuses(db: Store, table: str, ref: str, status: str,
                       ids: Sequence[Any]) -> list[tuple[Any, str]]:
    """Return (alert id, delivery status) pairs of the outbox `table` for these alerts."""
    if not ids:
        return []
    _known(db, table, ref, status)
    marks = ",".join("?" * len(ids))
    return [(r[0], r[1]) for r in db.execute(
        f"SELECT {ref}, {status} FROM {table} WHERE {ref} IN ({marks})", list(ids))]


def count_by_status(db: Store, table: str, status: str, attempts: str | None = None) -> dict[str, int]:
    """Count the rows of the outbox `table` by status, plus `retried` when it counts attempts."""
    _known(db, table, status, *([attempts] if attempts else []))
    counts = {str(k): int(n)
              for k, n in db.execute(f"SELECT {status}, count(*) FROM {table} GROUP BY {status}")}
    if attempts:
        counts["retried"] = int(db.execute(
            f"SELECT count(*) FROM {table} WHERE {attempts} > 1 OR "
            f"({attempts} > 0 AND {status} = 'pending')").fetchone()[0])
    return counts


def get_feed_rows(db: Store) -> list[dict[str, Any]]:
    """Return every feed's health columns, failing ones first."""
    return _rows(db, "SELECT id, url, title, last_status, last_error, error_count, last_success, "
                     "last_new_article, disabled FROM feeds ORDER BY error_count DESC, url")


def get_feed_states(db: Store) -> list[tuple[Any, ...]]:
    """Return (disabled, error_count, last_status, last_error) of every feed, for /metrics."""
    return [tuple(r) for r in db.execute("SELECT disabled, error_count, last_status, last_error FROM feeds")]


def get_state_values(db: Store, keys: Iterable[str]) -> dict[str, str]:
    """Return the daemon_state values of these keys (missing keys left out)."""
    wanted = list(keys)
    if not wanted:
        return {}
    return {k: v for k, v in db.execute(
        f"SELECT key, value FROM daemon_state WHERE key IN ({','.join('?' * len(wanted))})", wanted)}


# Counts /metrics and /healthz ask for, by name: no SQL crosses the store's boundary.
COUNTS = {
    "articles": ("articles", ""),
    "articles_unprocessed": ("articles", "WHERE processed = 0"),
    "events": ("events", ""),
    "alerts": ("alerts", ""),
    "feeds": ("feeds", ""),
    "feeds_failing": ("feeds", "WHERE error_count > 0 AND disabled = 0"),
}


def count(db: Store, name: str) -> int | None:
    """Return one of the named COUNTS (None when its table does not exist)."""
    table, where = COUNTS[name]
    if table not in get_table_names(db):
        return None
    return int(db.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])


def get_feed_health_rows(db: Store) -> list[dict[str, Any]]:
    """Return each feed's id, url, title, error_count, last_error, disabled and last_new_article."""
    return _rows(db, "SELECT id, url, title, error_count, last_error, disabled, last_new_article FROM feeds")


def get_latest_published(db: Store, per_feed: int) -> list[tuple[int, str]]:
    """Return (feed id, published) of the latest `per_feed` articles of every feed."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT feed_id, published FROM (SELECT feed_id, published, row_number() OVER "
        "(PARTITION BY feed_id ORDER BY published DESC) AS n FROM articles "
        "WHERE feed_id IS NOT NULL) latest WHERE n <= ?", [per_feed])]
