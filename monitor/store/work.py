"""The daemon's queries on pending work: due feeds, articles waiting for detection, due deliveries.

Between the daemon's stages the pending work sits in tables (issue 11): feeds whose
`update_after` has come, articles with `processed = 0`, deliveries whose `next_attempt` has come.
Each stage's worker reads its queue here and sleeps until the time these functions return.
Only `db.execute`, so that both store backends run them unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from monitor.store.articles import _ARTICLE_COLUMNS, StoredArticle, _article_from_row
from monitor.store.db import Store
from monitor.store.times import from_iso, to_iso

_CHUNK = 400  # ids per IN (…): far below any backend's parameter limit


def get_next_due_time(db: Store, now: datetime) -> datetime | None:
    """Return the earliest poll time after `now` among enabled feeds (None: none scheduled)."""
    row = db.execute("SELECT min(update_after) FROM feeds WHERE disabled = 0 AND update_after > ?",
                     [to_iso(now)]).fetchone()
    return from_iso(row[0]) if row else None


def feed_exists(db: Store, feed_id: int) -> bool:
    """Say whether the feed is still in the store (a CLI may remove it while it is polled)."""
    return db.execute("SELECT 1 FROM feeds WHERE id = ?", [feed_id]).fetchone() is not None


def has_pending_articles(db: Store) -> bool:
    """Say whether any article waits for detection (cheap: one row of a partial index)."""
    return db.execute("SELECT 1 FROM articles WHERE processed = 0 LIMIT 1").fetchone() is not None


def count_pending_articles(db: Store) -> int:
    """Return how many articles wait for detection."""
    return int(db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0])


def get_pending_articles(db: Store, limit: int) -> list[StoredArticle]:
    """Return up to `limit` articles waiting for detection, the most recently stored first.

    Newest first, so that a burst (a 20,000-item archive) never stands between a fresh report
    and its alert: what arrives during the burst is read in the next batch, and the burst is
    worked off behind it at detection speed. Under a sustained overload old articles wait, which
    is the right trade for alerts (an old article rarely makes news; a new one often does).
    """
    rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                      "WHERE a.processed = 0 ORDER BY a.id DESC LIMIT ?", [limit]).fetchall()
    return [_article_from_row(r) for r in rows]


def get_pending_articles_after(db: Store, after_id: int, limit: int, upto: int | None = None,
                               ) -> list[StoredArticle]:
    """Return up to `limit` articles waiting for detection with ids above `after_id`, in id order.

    With `upto`, only ids up to it: the range another process will not read (`get_pending_bound`).
    """
    bound = "" if upto is None else " AND a.id <= ?"
    rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                      f"WHERE a.processed = 0 AND a.id > ?{bound} ORDER BY a.id LIMIT ?",
                      [after_id, *([] if upto is None else [upto]), limit]).fetchall()
    return [_article_from_row(r) for r in rows]


def get_pending_bound(db: Store, after_id: int, limit: int) -> int | None:
    """Return the id of the `limit`-th article waiting for detection above `after_id` (or of the last).

    None when none waits. Two processes sharing a watermark take (after_id, bound] in turn.
    """
    row = db.execute("SELECT max(id) FROM (SELECT id FROM articles WHERE processed = 0 AND id > ? "
                     "ORDER BY id LIMIT ?) AS chunk", [after_id, limit]).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def is_article_current(db: Store, article_id: int, content_hash: str) -> bool:
    """Say whether the article still waits for detection in this version (not deleted, not done)."""
    row = db.execute("SELECT content_hash, processed FROM articles WHERE id = ?", [article_id]).fetchone()
    return row is not None and not row[1] and row[0] == content_hash


def get_watchlist_fingerprint(db: Store) -> str:
    """Return a digest of every watched place's and actor's row (what the detector depends on)."""
    digest = hashlib.sha256()
    for sql in ("SELECT name, country, geonameid, aliases_added, aliases_removed FROM places ORDER BY id",
                "SELECT name, aliases, countries, government, opposes FROM actors ORDER BY id"):
        for row in db.execute(sql):
            digest.update(repr(tuple(row)).encode())
        digest.update(b"|")
    return digest.hexdigest()


def get_next_delivery_time(db: Store) -> datetime | None:
    """Return the earliest next attempt of a pending delivery on an enabled channel (None: none)."""
    row = db.execute("SELECT min(d.next_attempt) FROM deliveries d JOIN channels c ON c.id = d.channel_id "
                     "WHERE d.status = 'pending' AND c.enabled = 1").fetchone()
    return from_iso(row[0]) if row else None


def get_articles_with_events(db: Store, article_ids: Sequence[int]) -> set[int]:
    """Return which of these articles have events stored (an earlier version reported something)."""
    found: set[int] = set()
    for i in range(0, len(article_ids), _CHUNK):
        part = list(article_ids[i:i + _CHUNK])
        marks = ",".join("?" * len(part))
        found.update(r[0] for r in db.execute(
            f"SELECT DISTINCT article_id FROM events WHERE article_id IN ({marks})", part))
    return found


def mark_processed_if_current(db: Store, versions: Sequence[tuple[int, str]]) -> int:
    """Mark articles processed when still unprocessed in the version read (id, content_hash); return how many.

    An article updated since it was read keeps `processed = 0`: its new version is read later.
    """
    marked = 0
    for article_id, content_hash in versions:
        marked += db.execute("UPDATE articles SET processed = 1, lease_owner = NULL, lease_until = NULL "
                             "WHERE id = ? AND content_hash = ? AND processed = 0",
                             [article_id, content_hash]).rowcount
    return marked


def get_lease_owners(db: Store) -> set[str]:
    """Return every owner id holding a lease on a feed or an article."""
    rows = db.execute("SELECT DISTINCT lease_owner FROM feeds WHERE lease_owner IS NOT NULL UNION "
                      "SELECT DISTINCT lease_owner FROM articles WHERE lease_owner IS NOT NULL").fetchall()
    return {r[0] for r in rows}
