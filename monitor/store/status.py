"""Read-only counts for `monitor status`: feeds, articles and deliveries.

Every query tolerates a store whose later tables are missing (an older schema, or a part of
the system not installed): it returns None instead of failing.
"""

from __future__ import annotations

from datetime import datetime

from monitor.store.db import Store
from monitor.store.times import from_iso, to_iso


def table_exists(db: Store, name: str) -> bool:
    """Say whether the store has a table called `name`."""
    return name in db.table_names()


def get_feed_counts(db: Store) -> dict[str, int]:
    """Count feeds that are ok, backing off after errors, and disabled."""
    row = db.execute("""
        SELECT COALESCE(SUM(CASE WHEN disabled = 0 AND error_count = 0 THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN disabled = 0 AND error_count > 0 THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN disabled != 0 THEN 1 ELSE 0 END), 0),
               COUNT(*)
        FROM feeds""").fetchone()
    return {"ok": row[0], "backing_off": row[1], "disabled": row[2], "total": row[3]}


def get_last_poll(db: Store) -> datetime | None:
    """Return when any feed was last polled, or None if none ever was."""
    row = db.execute("SELECT MAX(last_retrieved) FROM feeds").fetchone()
    return from_iso(row[0])


def count_articles_since(db: Store, since: datetime) -> int:
    """Count the articles first stored at or after `since`."""
    row = db.execute("SELECT COUNT(*) FROM articles WHERE fetched >= ?", [to_iso(since)]).fetchone()
    return int(row[0])


def get_delivery_counts(db: Store) -> dict[str, int] | None:
    """Count alert deliveries by status (pending, delivered, dead); None without the table."""
    if not table_exists(db, "deliveries"):
        return None
    counts = {"pending": 0, "delivered": 0, "dead": 0}
    for status, count in db.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status"):
        counts[status] = count
    return counts


def get_watch_counts(db: Store) -> dict[str, int]:
    """Count the watched places and actors."""
    places = db.execute("SELECT COUNT(*) FROM places").fetchone()[0]
    actors = db.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    return {"places": places, "actors": actors}


def get_disabled_channels(db: Store) -> list[dict[str, str | None]]:
    """Return the disabled alert channels with why (a 410 from a webhook, the user…)."""
    if not table_exists(db, "channels"):
        return []
    return [{"name": name, "reason": reason} for name, reason in
            db.execute("SELECT name, disabled_reason FROM channels WHERE enabled = 0 ORDER BY name")]
