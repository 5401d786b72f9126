"""Query functions over the `feeds` table; rows become `model.Feed` only here.

A feed's scheduling state (validators, error count, next poll, last error) lives in its row, so a
restart loses nothing and a failing feed is visible in `monitor feeds list`.

Several instances share the feeds through leases: `claim_due_feeds` marks the due feeds it
hands out with the instance's name and an expiry, and `update_feed_after_fetch` clears it. An
instance killed mid-poll leaves leases that expire, and the feeds are claimed by another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from monitor.config import FeedConfig, Settings
from monitor.errors import FeedExistsError, IntegrityError, NotFoundError
from monitor.model import Feed, FetchResult
from monitor.store.db import POSTGRESQL, Store, write_transaction
from monitor.store.times import from_iso, to_iso

MAX_ERROR_CHARS = 300

_COLUMNS = (
    "id, url, title, site_url, interval_s, full_text, allow_private, verify_tls, etag, last_modified, "
    "body_hash, last_status, last_error, error_count, update_after, last_retrieved, last_success, "
    "disabled, disabled_reason"
)


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """What one poll decided about a feed, to be written in one statement."""

    update_after: datetime | None
    error_count: int
    body_hash: str | None = None  # None: keep the stored hash
    title: str | None = None  # None: keep the stored title
    site_url: str | None = None
    error: str | None = None  # overrides result.error (e.g. a parse error)
    got_new_articles: bool = False


def one_line(text: str | None, limit: int = MAX_ERROR_CHARS) -> str | None:
    """Squash `text` to one trimmed line of at most `limit` characters (stored error reasons)."""
    if text is None:
        return None
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _feed_from_row(row: tuple[Any, ...], default_interval_s: int) -> Feed:
    (id_, url, title, site_url, interval_s, full_text, allow_private, verify_tls, etag, last_modified,
     body_hash, last_status, last_error, error_count, update_after, last_retrieved, last_success,
     disabled, disabled_reason) = row
    return Feed(
        url=url, id=id_, title=title, interval_s=interval_s or default_interval_s,
        full_text=bool(full_text), allow_private=bool(allow_private), verify_tls=bool(verify_tls),
        etag=etag, last_modified=last_modified, body_hash=body_hash, last_status=last_status,
        last_error=last_error, error_count=error_count, update_after=from_iso(update_after),
        last_retrieved=from_iso(last_retrieved), disabled=bool(disabled),
        disabled_reason=disabled_reason, last_success=from_iso(last_success), site_url=site_url,
    )


def add_feed(db: Store, feed: Feed, now: datetime, *, source: str = "cli",
             interval_s: int | None = None) -> Feed:
    """Add `feed` (due at once) and return it with its id.

    `interval_s` None keeps the configured default for this feed.
    Raises FeedExistsError when the URL is already there.
    """
    try:
        with write_transaction(db):
            feed_id = db.insert(
                "INSERT INTO feeds (url, title, interval_s, full_text, allow_private, verify_tls, "
                "source, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [feed.url, feed.title, interval_s, int(feed.full_text), int(feed.allow_private),
                 int(feed.verify_tls), source, to_iso(now)],
            )
    except IntegrityError:
        raise FeedExistsError(feed.url) from None
    return get_feed(db, feed_id)


def get_feed(db: Store, key: int | str, *, default_interval_s: int = 1800) -> Feed:
    """Return the feed with this id or URL (a numeric string counts as an id).

    Raises NotFoundError.
    """
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", [int(key)]).fetchone()
    else:
        row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", [key]).fetchone()
    if row is None:
        raise NotFoundError(f"no feed {key!r} (see `monitor feeds list`)")
    return _feed_from_row(row, default_interval_s)


def find_feed(db: Store, url: str, *, default_interval_s: int = 1800) -> Feed | None:
    """Return the feed with this exact URL, or None."""
    row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", [url]).fetchone()
    return _feed_from_row(row, default_interval_s) if row else None


def get_feeds(db: Store, *, default_interval_s: int = 1800) -> list[Feed]:
    """Return every feed, in the order they were added."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id").fetchall()
    return [_feed_from_row(r, default_interval_s) for r in rows]


def get_due_feeds(db: Store, now: datetime, limit: int | None = None, *,
                  default_interval_s: int = 1800) -> list[Feed]:
    """Return the enabled feeds whose next poll time has come, never-polled ones first.

    Like reader's get_feeds_for_update: one indexed query on (disabled, update_after).
    """
    sql = (f"SELECT {_COLUMNS} FROM feeds WHERE disabled = 0 "
           "AND (update_after IS NULL OR update_after <= ?) "
           "ORDER BY update_after IS NOT NULL, update_after, id")
    params: list[Any] = [to_iso(now)]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_feed_from_row(r, default_interval_s) for r in db.execute(sql, params).fetchall()]


def claim_due_feeds(db: Store, owner: str, now: datetime, limit: int, lease_s: float, *,
                    default_interval_s: int = 1800) -> list[Feed]:
    """Lease up to `limit` due feeds to `owner` for `lease_s` seconds and return them, most overdue first.

    A feed is handed out when it is enabled, due, and not leased (or its lease has expired: its
    holder died). Two instances claiming at once get different feeds: on PostgreSQL the rows are
    picked `FOR UPDATE SKIP LOCKED`, on SQLite the claim runs inside BEGIN IMMEDIATE.
    """
    if limit <= 0:
        return []
    at, until = to_iso(now), to_iso(now + timedelta(seconds=lease_s))
    pick = ("SELECT id FROM feeds WHERE disabled = 0 AND (update_after IS NULL OR update_after <= ?) "
            "AND (lease_until IS NULL OR lease_until <= ?) "
            "ORDER BY update_after IS NOT NULL, update_after, id LIMIT ?")
    with write_transaction(db):
        if db.dialect == POSTGRESQL:
            # The CTE runs once: `id IN (subquery … SKIP LOCKED)` may be re-run and take more rows.
            sql = (f"WITH picked AS ({pick} FOR UPDATE SKIP LOCKED) UPDATE feeds "
                   "SET lease_owner = ?, lease_until = ? FROM picked WHERE feeds.id = picked.id "
                   f"RETURNING {', '.join('feeds.' + c.strip() for c in _COLUMNS.split(','))}")
            params: list[Any] = [at, at, limit, owner, until]
        else:  # BEGIN IMMEDIATE already keeps every other writer out
            sql = (f"UPDATE feeds SET lease_owner = ?, lease_until = ? WHERE id IN ({pick}) "
                   f"RETURNING {_COLUMNS}")
            params = [owner, until, at, at, limit]
        rows = db.execute(sql, params).fetchall()
    feeds = [_feed_from_row(r, default_interval_s) for r in rows]
    never = datetime.min.replace(tzinfo=now.tzinfo)
    return sorted(feeds, key=lambda f: (f.update_after is not None, f.update_after or never, f.id or 0))


def release_feed_leases(db: Store, owner: str) -> int:
    """Give back every feed lease `owner` holds (a clean stop); return how many."""
    with write_transaction(db):
        return db.execute("UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?",
                          [owner]).rowcount


def get_feed_lease(db: Store, feed_id: int) -> tuple[str | None, datetime | None]:
    """Return (owner, until) of a feed's lease; (None, None) when nobody holds it."""
    row = db.execute("SELECT lease_owner, lease_until FROM feeds WHERE id = ?", [feed_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no feed {feed_id}")
    return row[0], from_iso(row[1])


def get_next_update_after(db: Store) -> datetime | None:
    """Return the earliest next poll time among enabled feeds (None: none scheduled)."""
    row = db.execute("SELECT min(update_after) FROM feeds WHERE disabled = 0").fetchone()
    return from_iso(row[0]) if row else None


def update_feed_after_fetch(db: Store, feed: Feed, result: FetchResult, now: datetime,
                            decision: FeedUpdate) -> Feed:
    """Store what a poll of `feed` learnt: status, validators, error, next poll, moves and 410s.

    Validators are stored byte for byte as the server sent them. A 304 keeps the stored ones
    unless it sends new ones. A permanent redirect moves the feed to its new URL, unless another
    feed already has that URL: this one is then disabled, since the other covers it. A 410 Gone
    disables the feed with the reason. The feed's lease, if any, is given back. Joins the
    caller's transaction if there is one.
    """
    assert feed.id is not None, "update_feed_after_fetch needs a stored feed"
    error = one_line(decision.error if decision.error is not None else result.error)
    ok = error is None and result.status in (200, 304)
    values: dict[str, Any] = {
        "last_status": result.status,
        "last_retrieved": to_iso(now),
        "last_error": error,
        "error_count": decision.error_count,
        "update_after": to_iso(decision.update_after),
        "lease_owner": None,
        "lease_until": None,
    }
    if ok:
        values["last_success"] = to_iso(now)
    if result.status == 200 and result.body is not None:
        values["etag"] = result.etag
        values["last_modified"] = result.last_modified
    elif result.status == 304:
        if result.etag is not None:
            values["etag"] = result.etag
        if result.last_modified is not None:
            values["last_modified"] = result.last_modified
    if decision.body_hash is not None:
        values["body_hash"] = decision.body_hash
    if decision.title:
        values["title"] = decision.title
    if decision.site_url:
        values["site_url"] = decision.site_url
    if decision.got_new_articles:
        values["last_new_article"] = to_iso(now)
    if result.gone:
        values["disabled"] = 1
        values["disabled_reason"] = f"410 Gone on {to_iso(now)}: the publisher removed this feed"
        values["update_after"] = None
    with write_transaction(db):
        if result.permanent_url and result.permanent_url != feed.url:
            other = db.execute("SELECT id FROM feeds WHERE url = ?", [result.permanent_url]).fetchone()
            if other is None:
                values["url"] = result.permanent_url
            else:
                values["disabled"] = 1
                values["disabled_reason"] = (f"moved permanently to {result.permanent_url}, "
                                             f"which is already feed {other[0]}")
        assignments = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", [*values.values(), feed.id])
    return get_feed(db, feed.id, default_interval_s=feed.interval_s)


def set_feed_disabled(db: Store, key: int | str, disabled: bool, reason: str | None = None) -> None:
    """Disable a feed with a reason, or enable it again (due at once)."""
    feed = get_feed(db, key)
    with write_transaction(db):
        db.execute("UPDATE feeds SET disabled = ?, disabled_reason = ?, update_after = NULL WHERE id = ?",
                   [int(disabled), reason if disabled else None, feed.id])


def delete_feed(db: Store, key: int | str) -> Feed:
    """Delete a feed (its articles stay, unattached) and return what was deleted.

    Raises NotFoundError.
    """
    feed = get_feed(db, key)
    with write_transaction(db):
        db.execute("DELETE FROM feeds WHERE id = ?", [feed.id])
    return feed


def get_feed_source(db: Store, feed_id: int) -> str:
    """Return where a feed came from: cli, config, opml, demo or replay."""
    row = db.execute("SELECT source FROM feeds WHERE id = ?", [feed_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no feed {feed_id}")
    return str(row[0])


def sync_config_feeds(db: Store, settings: Settings, now: datetime) -> tuple[int, int]:
    """Add the configuration file's feeds to the store and update their options; return (added, changed).

    Add and update only: a feed missing from this file is left alone, because another instance
    sharing the store may list it in its own file (issue 12). Remove a feed with `feeds remove`.
    A feed an earlier version disabled for being missing from the file comes back when listed.
    """
    added = changed = 0
    wanted: dict[str, FeedConfig] = {fc.url: fc for fc in settings.feeds}
    with write_transaction(db):
        for fc in wanted.values():
            row = db.execute("SELECT id, interval_s, full_text, allow_private, verify_tls, title, "
                             "disabled, disabled_reason, source FROM feeds WHERE url = ?",
                             [fc.url]).fetchone()
            if row is None:
                # Instances sharing a store start together and list the same feeds: the one that
                # inserts second does nothing (an exception would abort a PostgreSQL transaction).
                cursor = db.execute(
                    "INSERT INTO feeds (url, title, interval_s, full_text, allow_private, verify_tls, "
                    "source, added) VALUES (?, ?, ?, ?, ?, ?, 'config', ?) ON CONFLICT (url) DO NOTHING",
                    [fc.url, fc.title, fc.interval_s, int(fc.full_text), int(fc.allow_private),
                     int(fc.verify_tls), to_iso(now)])
                added += 1 if cursor.rowcount else 0
                continue
            fid, interval_s, full_text, allow_private, verify_tls, title, disabled, reason, _ = row
            new = (fc.interval_s, int(fc.full_text), int(fc.allow_private), int(fc.verify_tls),
                   fc.title or title)
            revive = bool(disabled) and reason == _REMOVED_FROM_CONFIG
            if new != (interval_s, full_text, allow_private, verify_tls, title) or revive:
                db.execute(
                    "UPDATE feeds SET interval_s = ?, full_text = ?, allow_private = ?, verify_tls = ?, "
                    "title = ?, source = 'config' WHERE id = ?", [*new, fid])
                if revive:
                    db.execute("UPDATE feeds SET disabled = 0, disabled_reason = NULL WHERE id = ?", [fid])
                changed += 1
    return added, changed


_REMOVED_FROM_CONFIG = "removed from the configuration file"  # written by earlier versions


def add_feeds(db: Store, feeds: Iterable[Feed], now: datetime, *, source: str) -> tuple[int, int]:
    """Add several feeds in one transaction, skipping URLs already there; return (added, skipped)."""
    added = skipped = 0
    with write_transaction(db):
        for feed in feeds:
            try:
                add_feed(db, feed, now, source=source, interval_s=None)
                added += 1
            except FeedExistsError:
                skipped += 1
    return added, skipped
