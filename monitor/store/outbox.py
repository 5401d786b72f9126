"""Query functions over `alerts` and `deliveries`, the durable outbox.

An alert is written with one delivery row per enabled channel, inside the caller's write
transaction (the one that records the change of hands), so a change never exists without its
outbox rows. Rows then move pending → delivered, or pending → dead (dead letters), never back
except by `retry_delivery` (the operator's `alerts retry`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.alerts.schedule import digest_window
from monitor.errors import NotFoundError
from monitor.model import Channel
from monitor.store.db import Store, write_transaction
from monitor.store.times import from_iso, to_iso

STATUSES = ("pending", "delivered", "dead")


@dataclass(frozen=True, slots=True)
class Delivery:
    """One alert on one channel, with the alert's payload for rendering."""

    id: int
    alert_id: int
    channel_id: int
    message_id: str
    digest_key: str | None
    status: str
    attempts: int
    next_attempt: datetime
    queued: datetime
    created: datetime
    urgent: bool
    kind: str
    payload: dict[str, Any]
    channel_name: str = ""
    last_error: str | None = None
    last_attempt: datetime | None = None
    delivered: datetime | None = None


_SELECT = ("SELECT d.id, d.alert_id, d.channel_id, d.message_id, d.digest_key, d.status, d.attempts, "
           "d.next_attempt, d.queued, d.created, a.urgent, a.kind, a.payload, c.name, d.last_error, "
           "d.last_attempt, d.delivered FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
           "JOIN channels c ON c.id = d.channel_id")


def _at(value: str) -> datetime:
    parsed = from_iso(value)
    assert parsed is not None  # NOT NULL columns
    return parsed


def _delivery(row: Sequence[Any]) -> Delivery:
    (id_, alert_id, channel_id, message_id, digest_key, status, attempts, next_attempt, queued, created,
     urgent, kind, payload, channel_name, last_error, last_attempt, delivered) = row
    return Delivery(id=id_, alert_id=alert_id, channel_id=channel_id, message_id=message_id,
                    digest_key=digest_key, status=status, attempts=attempts,
                    next_attempt=_at(next_attempt), queued=_at(queued), created=_at(created),
                    urgent=bool(urgent), kind=kind,
                    payload=json.loads(payload), channel_name=channel_name, last_error=last_error,
                    last_attempt=from_iso(last_attempt), delivered=from_iso(delivered))


def new_alert_uid() -> str:
    """Return a fresh alert uid: random, so unique across instances and stores (not `alert-N`)."""
    return f"alert-{uuid.uuid4().hex}"


def add_alert(db: Store, kind: str, payload: Mapping[str, Any], *, now: datetime,
              change_id: int | None = None, urgent: bool = False) -> int:
    """Insert an alert with a random uid (its deliveries' message id) and return its row id.

    Row ids restart in every store and interleave between instances; the uid does not, so a
    receiver fed by two installations never drops a real alert as a duplicate (issue 12).
    """
    with write_transaction(db):
        return db.insert(
            "INSERT INTO alerts (uid, change_id, kind, urgent, place, country, payload, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [new_alert_uid(), change_id, kind, int(urgent), payload.get("place"), payload.get("country"),
             json.dumps(dict(payload), ensure_ascii=False, sort_keys=True), to_iso(now)])


def get_alert_uid(db: Store, alert_id: int) -> str:
    """Return the alert's message id: its uid (`alert-N` for alerts made before uids)."""
    row = db.execute("SELECT uid FROM alerts WHERE id = ?", [alert_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no alert with id {alert_id}")
    return str(row[0] or f"alert-{alert_id}")


def enqueue_alert(db: Store, alert_id: int, channels: Iterable[Channel], *, now: datetime) -> int:
    """Add one pending delivery per enabled channel (joining the caller's transaction); return how many."""
    count = 0
    with write_transaction(db):
        message_id = get_alert_uid(db, alert_id)
        for channel in channels:
            if not channel.enabled or channel.id is None:
                continue
            key, send_at = digest_window(channel.digest, now, channel.timezone)
            cursor = db.execute(
                "INSERT INTO deliveries (alert_id, channel_id, message_id, digest_key, "
                "next_attempt, created, queued) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [alert_id, channel.id, message_id, key, to_iso(send_at), to_iso(now), to_iso(now)])
            count += cursor.rowcount
    return count


def get_due_deliveries(db: Store, now: datetime, limit: int = 200) -> list[Delivery]:
    """Return pending deliveries on enabled channels whose next attempt is due, oldest first."""
    rows = db.execute(f"{_SELECT} WHERE d.status = 'pending' AND d.next_attempt <= ? AND c.enabled = 1 "
                      "ORDER BY d.next_attempt, d.id LIMIT ?", [to_iso(now), limit]).fetchall()
    return [_delivery(r) for r in rows]


def get_deliveries(db: Store, *, status: str | None = None, limit: int = 100) -> list[Delivery]:
    """Return deliveries, newest first, optionally of one status."""
    where, params = ("WHERE d.status = ?", [status]) if status else ("", [])
    rows = db.execute(f"{_SELECT} {where} ORDER BY d.id DESC LIMIT ?", [*params, limit]).fetchall()
    return [_delivery(r) for r in rows]


def get_delivery(db: Store, delivery_id: int) -> Delivery:
    """Return one delivery; raise NotFoundError."""
    row = db.execute(f"{_SELECT} WHERE d.id = ?", [delivery_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no delivery with id {delivery_id}")
    return _delivery(row)


def count_deliveries(db: Store) -> dict[str, int]:
    """Return how many deliveries are pending, delivered and dead."""
    counts = dict.fromkeys(STATUSES, 0)
    for status, n in db.execute("SELECT status, count(*) FROM deliveries GROUP BY status").fetchall():
        counts[status] = n
    return counts


def _ids(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def lease_deliveries(db: Store, ids: Sequence[int], *, now: datetime, until: datetime) -> list[int]:
    """Count an attempt and hold the rows until `until`; return the ids this caller now holds.

    A row another deliverer leased first (its next attempt is no longer due) is left alone, so
    the daemon and `monitor alerts deliver` never send the same row at the same time. A crash
    mid-send leaves the row pending: it is due again when the lease ends.
    """
    held = []
    with write_transaction(db):
        for id_ in ids:
            cursor = db.execute("UPDATE deliveries SET attempts = attempts + 1, last_attempt = ?, "
                                "next_attempt = ? WHERE id = ? AND status = 'pending' AND next_attempt <= ?",
                                [to_iso(now), to_iso(until), id_, to_iso(now)])
            if cursor.rowcount:
                held.append(id_)
    return held


def mark_delivered(db: Store, ids: Sequence[int], *, now: datetime) -> None:
    """Mark rows delivered (only after the receiver accepted them)."""
    with write_transaction(db):
        db.execute(f"UPDATE deliveries SET status = 'delivered', delivered = ?, last_error = NULL "
                   f"WHERE id IN ({_ids(ids)}) AND status = 'pending'", [to_iso(now), *ids])


def mark_retry(db: Store, ids: Sequence[int], *, next_attempt: datetime, error: str) -> None:
    """Keep rows pending until `next_attempt`, remembering why the attempt failed."""
    with write_transaction(db):
        db.execute(f"UPDATE deliveries SET next_attempt = ?, last_error = ? "
                   f"WHERE id IN ({_ids(ids)}) AND status = 'pending'", [to_iso(next_attempt), error, *ids])


def mark_dead(db: Store, ids: Sequence[int], *, error: str) -> None:
    """Move rows to the dead letters, with the reason."""
    with write_transaction(db):
        db.execute(f"UPDATE deliveries SET status = 'dead', last_error = ? "
                   f"WHERE id IN ({_ids(ids)}) AND status = 'pending'", [error, *ids])


def retry_delivery(db: Store, delivery_id: int, *, now: datetime) -> Delivery:
    """Put a dead (or pending) delivery back in the queue now, with a fresh 24 h window."""
    with write_transaction(db):
        get_delivery(db, delivery_id)
        db.execute("UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt = ?, queued = ? "
                   "WHERE id = ? AND status != 'delivered'", [to_iso(now), to_iso(now), delivery_id])
    return get_delivery(db, delivery_id)
