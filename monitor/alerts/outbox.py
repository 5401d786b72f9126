"""Deliver the outbox: pending rows whose time has come, per channel, with retries.

At-least-once: a row is marked delivered only after the receiver accepted it, and every attempt
of a row carries the same id (`webhook-id`, `Message-ID`), so a receiver drops repeats. Before a
send the rows are leased (attempt counted, next attempt pushed `lease_s` ahead): a process
killed mid-send leaves them pending, and they go out again once the lease ends.

Channels are independent: one that fails is skipped for the rest of the round, the others go on.
Digest channels send one message per window; quiet hours hold back messages that carry no
change of hands until the quiet period ends.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from monitor.alerts.apprise_channel import send_apprise
from monitor.alerts.email import send_email
from monitor.alerts.render import Outgoing
from monitor.alerts.schedule import next_retry, quiet_until
from monitor.alerts.webhook import send_webhook
from monitor.config import Settings
from monitor.errors import DeliveryError, EndpointGoneError, PermanentDeliveryError
from monitor.model import Channel
from monitor.store.channels import get_channels, update_channel_enabled
from monitor.store.db import Store
from monitor.store.outbox import (
    Delivery,
    add_alert,
    enqueue_alert,
    get_due_deliveries,
    lease_deliveries,
    mark_dead,
    mark_delivered,
    mark_retry,
)

log = logging.getLogger(__name__)

Sender = Callable[[Channel, Outgoing, Settings, datetime], None]
DEFAULT_SENDERS: Mapping[str, Sender] = {"email": send_email, "webhook": send_webhook,
                                         "apprise": send_apprise}
LEASE_S = 60.0  # longer than any single send (webhook timeout 15 s, SMTP 30 s)


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    """What one `deliver_due` round did, counted in delivery rows."""

    delivered: int = 0
    retried: int = 0
    dead: int = 0
    held: int = 0  # quiet hours
    skipped: int = 0  # their channel failed earlier in this round
    errors: tuple[str, ...] = ()


def queue_alert(db: Store, kind: str, payload: Mapping[str, Any], *, now: datetime,
                change_id: int | None = None, urgent: bool = False,
                channels: Iterable[Channel] | None = None) -> int:
    """Write an alert and its outbox rows (every enabled channel) in the caller's transaction."""
    alert_id = add_alert(db, kind, payload, now=now, change_id=change_id, urgent=urgent)
    enqueue_alert(db, alert_id, get_channels(db, enabled_only=True) if channels is None else channels,
                  now=now)
    return alert_id


def _groups(rows: list[Delivery]) -> dict[int, list[list[Delivery]]]:
    """Group due rows by channel, and digest rows of one window into one message."""
    by_channel: dict[int, dict[object, list[Delivery]]] = {}
    for row in rows:
        key: object = ("digest", row.digest_key) if row.digest_key else ("row", row.id)
        by_channel.setdefault(row.channel_id, {}).setdefault(key, []).append(row)
    return {cid: list(groups.values()) for cid, groups in by_channel.items()}


def _message(channel: Channel, group: list[Delivery]) -> Outgoing:
    first = group[0]
    if first.digest_key:
        window = first.digest_key.replace(" ", "-").replace(":", "")
        # Named after its oldest alert's random uid, not the channel's row id: two installations'
        # digests of one window must not share an id (a receiver would drop one as a duplicate).
        anchor = min(group, key=lambda r: r.id).message_id.removeprefix("alert-")
        return Outgoing(f"digest-{anchor}-{window}", tuple(r.payload for r in group), first.digest_key)
    return Outgoing(first.message_id, (first.payload,))


def deliver_due(db: Store, settings: Settings, now: datetime, *,
                senders: Mapping[str, Sender] | None = None, rand: Callable[[], float] = random.random,
                limit: int = 200, lease_s: float = LEASE_S,
                should_stop: Callable[[], bool] | None = None) -> DeliverySummary:
    """Send every due pending delivery once; return counts. Never raises for a delivery failure.

    `should_stop` is asked before each message: the daemon's shutdown ends the pass there,
    leaving the rest pending instead of being cut off mid-send (S1).
    """
    senders = DEFAULT_SENDERS if senders is None else senders
    channels = {c.id: c for c in get_channels(db, enabled_only=True)}
    counts = {"delivered": 0, "retried": 0, "dead": 0, "held": 0, "skipped": 0}
    errors: list[str] = []
    for channel_id, groups in _groups(get_due_deliveries(db, now, limit)).items():
        channel = channels.get(channel_id)
        if channel is None:
            continue
        failed = False
        for group in groups:
            ids = [r.id for r in group]
            if should_stop is not None and should_stop():
                break
            if failed:
                counts["skipped"] += len(ids)
                continue
            hold = None if any(r.urgent for r in group) else quiet_until(now, channel.quiet_hours,
                                                                         channel.timezone)
            if hold is not None:
                mark_retry(db, ids, next_attempt=hold, error="held: quiet hours")
                counts["held"] += len(ids)
                continue
            held = lease_deliveries(db, ids, now=now, until=now + timedelta(seconds=lease_s))
            if len(held) != len(ids):  # another deliverer took some of them
                group = [r for r in group if r.id in held]
                ids = held
                if not ids:
                    continue
            sender = senders.get(channel.kind)
            try:
                if sender is None:
                    raise PermanentDeliveryError(channel.name, f"no sender for channel kind {channel.kind!r}")
                sender(channel, _message(channel, group), settings, now)
            except EndpointGoneError as exc:
                mark_dead(db, ids, error=str(exc))
                update_channel_enabled(db, channel_id, False, str(exc))
                counts["dead"] += len(ids)
                errors.append(str(exc))
                log.warning("channel disabled: %s", exc)
                break
            except PermanentDeliveryError as exc:
                mark_dead(db, ids, error=str(exc))
                counts["dead"] += len(ids)
                errors.append(str(exc))
                log.warning("dead letter: %s", exc)
            except Exception as exc:  # any failure of one channel must not stop the others
                error = exc if isinstance(exc, DeliveryError) else DeliveryError(
                    channel.name, f"unexpected {type(exc).__name__}: {exc}")
                _reschedule(db, group, now, rand, error, counts)
                errors.append(str(error))
                failed = True
            else:
                mark_delivered(db, ids, now=now)
                counts["delivered"] += len(ids)
    return DeliverySummary(errors=tuple(errors), **counts)


def _reschedule(db: Store, group: list[Delivery], now: datetime, rand: Callable[[], float],
                error: DeliveryError, counts: dict[str, int]) -> None:
    attempts = max(r.attempts for r in group) + 1  # the lease counted this attempt in the store
    queued = min(r.queued for r in group)
    ids = [r.id for r in group]
    at = next_retry(attempts, queued, now, rand, error.retry_after)
    if at is None:
        mark_dead(db, ids, error=f"gave up after {attempts} attempts in 24 h: {error}")
        counts["dead"] += len(ids)
        log.warning("dead letter after retries: %s", error)
    else:
        if at.microsecond:  # the store keeps whole seconds: round up, never retry early
            at = at.replace(microsecond=0) + timedelta(seconds=1)
        mark_retry(db, ids, next_attempt=at, error=str(error))
        counts["retried"] += len(ids)
        log.info("delivery failed, retry at %s: %s", at.isoformat(), error)
