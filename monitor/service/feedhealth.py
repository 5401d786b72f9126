"""Tell the operator, once, when a feed breaks or falls silent, and once when it comes back.

`feed_health_intents` is pure: it gets each feed's state, the flags raised before and `now`,
and returns what to say plus the new flags. `check_feed_health` is the store glue: it keeps the
flags in `daemon_state` (key "feed_health", JSON) and hands each intent to a callback in the
same write transaction, so a flag is never raised without its message being queued.

A feed is *failing* after `fail_after` consecutive errors, and recovers at its first success.
It is *silent* when it has brought nothing new for `silence_factor` times its usual gap
between articles (the median gap of its latest articles), and never sooner than
`min_silence_s`; a feed with too little history is not judged. Failing feeds are not also
reported silent. Disabled or removed feeds drop their flags without a message.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from statistics import median
from typing import Any

from monitor.service.queries import parse_time
from monitor.store import views as store_views
from monitor.store.db import Store, write_transaction
from monitor.store.state import get_state_for_update, set_state

FAIL_AFTER = 5
SILENCE_FACTOR = 8.0
MIN_SILENCE_S = 86400.0
MIN_HISTORY = 5  # articles needed before a feed's usual rhythm is trusted
FLAGS_KEY = "feed_health"
Flags = dict[str, dict[str, str]]  # feed id -> {"failing": since, "silent": since}


@dataclass(frozen=True, slots=True)
class FeedHealthIntent:
    """One message for the operator's channel about one feed."""

    kind: str  # failing | recovered | silent | publishing
    feed_id: int
    url: str
    title: str | None
    detail: str
    at: datetime

    @property
    def subject(self) -> str:
        name = " ".join((self.title or self.url).split())[:120]
        return {"failing": f"Feed failing: {name}", "recovered": f"Feed recovered: {name}",
                "silent": f"Feed silent: {name}", "publishing": f"Feed publishing again: {name}"}[self.kind]

    @property
    def body(self) -> str:
        return f"{self.subject}\n{self.url}\n{self.detail}"

    def as_payload(self) -> dict[str, Any]:
        """Return a JSON-able dict for an outbox row (kind "feed_health")."""
        return {"kind": "feed_health", "health": self.kind, "feed_id": self.feed_id, "url": self.url,
                "title": self.title, "note": self.subject, "detail": self.detail,
                "at": self.at.isoformat()}


def _human(seconds: float) -> str:
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


def feed_health_intents(feeds_rows: Iterable[Mapping[str, Any]],
                        previous_flags: Mapping[str, Mapping[str, str]], now: datetime, *,
                        fail_after: int = FAIL_AFTER,
                        silence_factor: float = SILENCE_FACTOR, min_silence_s: float = MIN_SILENCE_S,
                        ) -> tuple[list[FeedHealthIntent], Flags]:
    """Decide what to tell the operator about each feed; return (intents, new flags).

    Each row needs id, url, title, error_count, last_error, disabled, last_new_article
    (datetime or ISO text) and usual_gap_s (None when the feed has too little history).
    """
    intents: list[FeedHealthIntent] = []
    flags: Flags = {}
    for row in feeds_rows:
        if row.get("disabled"):
            continue
        key = str(row["id"])
        old = previous_flags.get(key, {})
        new: dict[str, str] = {}

        def say(kind: str, detail: str, row: Mapping[str, Any] = row) -> None:
            intents.append(FeedHealthIntent(kind, int(row["id"]), str(row["url"]), row.get("title"),
                                            detail, now))

        errors = int(row.get("error_count") or 0)
        if errors >= fail_after:
            new["failing"] = old.get("failing") or now.isoformat()
            if "failing" not in old:
                say("failing", f"{errors} failed polls in a row; last error: {row.get('last_error') or '?'}")
        elif "failing" in old and errors == 0:
            since = parse_time(old["failing"])
            say("recovered", "polled successfully again" +
                (f" after {_human((now - since).total_seconds())}" if since else ""))
        elif "failing" in old:
            new["failing"] = old["failing"]  # fewer errors but no success yet: still failing

        silent = _silent_for(row, now, silence_factor, min_silence_s)
        if "failing" in new:
            if "silent" in old:
                new["silent"] = old["silent"]
        elif silent is not None:
            new["silent"] = old.get("silent") or now.isoformat()
            if "silent" not in old:
                say("silent", f"nothing new for {_human(silent)} "
                              f"(usually every {_human(float(row['usual_gap_s']))})")
        elif "silent" in old and errors == 0:
            say("publishing", "new articles again")
        if new:
            flags[key] = new
    return intents, flags


def _silent_for(row: Mapping[str, Any], now: datetime, factor: float, floor: float) -> float | None:
    """Return how long the feed has been silent when that is too long, else None."""
    gap = row.get("usual_gap_s")
    last = row.get("last_new_article")
    last = last if isinstance(last, datetime) else parse_time(last)
    if not gap or last is None:
        return None
    quiet = (now - last).total_seconds()
    return quiet if quiet > max(factor * float(gap), floor) else None


def usual_gap_s(times: Iterable[datetime], min_history: int = MIN_HISTORY) -> float | None:
    """Return the median gap between consecutive distinct times, or None with too few of them."""
    ordered = sorted(set(times))
    if len(ordered) < min_history:
        return None
    gaps = [(b - a).total_seconds() for a, b in pairwise(ordered)]
    return median(gaps) or None


def get_feed_health_rows(db: Store, history: int = 21) -> list[dict[str, Any]]:
    """Read each feed's state and its usual gap from the publication times of its latest articles."""
    rows = store_views.get_feed_health_rows(db)
    times: dict[int, list[datetime]] = {}
    for feed_id, published in store_views.get_latest_published(db, history):
        when = parse_time(published)
        if when is not None:
            times.setdefault(feed_id, []).append(when)
    for row in rows:
        row["usual_gap_s"] = usual_gap_s(times.get(row["id"], ()))
    return rows


def check_feed_health(db: Store, now: datetime, *,
                      enqueue: Callable[[Store, FeedHealthIntent], None] | None = None,
                      **limits: Any) -> list[FeedHealthIntent]:
    """Decide, store the new flags and enqueue each intent, all in one write transaction."""
    with write_transaction(db):
        value = get_state_for_update(db, FLAGS_KEY)  # instances sharing a store take turns
        try:
            previous = json.loads(value) if value else {}
        except ValueError:
            previous = {}
        intents, flags = feed_health_intents(get_feed_health_rows(db), previous, now, **limits)
        if flags != previous:
            set_state(db, {FLAGS_KEY: json.dumps(flags, sort_keys=True)})
        for intent in intents:
            if enqueue is not None:
                enqueue(db, intent)
    return intents
