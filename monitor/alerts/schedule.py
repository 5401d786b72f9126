"""When to try a delivery again, which digest window a message joins, quiet hours (pure).

The retry schedule follows Standard Webhooks / Svix: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h…
with ±10 % jitter, inside a 24 h window from when the delivery was queued; the last try lands
at the end of the window, and a failure after it is a dead letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

RETRY_DELAYS_S = (5, 300, 1800, 7200, 18000, 36000)  # then the last one again
MAX_AGE = timedelta(hours=24)
JITTER = 0.1  # ±10 %
DIGEST_MODES = ("instant", "hourly", "daily")
_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def retry_delay(attempts: int, rand: Callable[[], float]) -> timedelta:
    """Return the wait after the `attempts`-th failed attempt (1-based), jittered by ±10 %."""
    base = RETRY_DELAYS_S[min(max(attempts, 1), len(RETRY_DELAYS_S)) - 1]
    return timedelta(seconds=base * (1 - JITTER + 2 * JITTER * rand()))


def next_retry(attempts: int, queued: datetime, now: datetime, rand: Callable[[], float],
               retry_after_s: float | None = None) -> datetime | None:
    """Return when to try again after a failed attempt, or None when the 24 h window is spent.

    `retry_after_s` (the receiver's Retry-After) is honoured: never try sooner than it says.
    """
    deadline = queued + MAX_AGE
    if now >= deadline:
        return None
    at = now + retry_delay(attempts, rand)
    if retry_after_s is not None:
        at = max(at, now + timedelta(seconds=retry_after_s))
    return min(at, deadline)


def zone(name: str | None) -> ZoneInfo:
    """Return the time zone called `name` (UTC when empty)."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


def digest_window(mode: str, now: datetime, tz: str = "UTC") -> tuple[str | None, datetime]:
    """Return (window key, send time) for a message queued at `now` on a channel in `mode`.

    Instant messages have no key and go now; hourly ones wait for the end of the hour, daily
    ones for the next local midnight in the channel's time zone.
    """
    if mode == "instant":
        return None, now
    local = now.astimezone(zone(tz))
    if mode == "hourly":
        start = local.replace(minute=0, second=0, microsecond=0)
        return f"hourly {start:%Y-%m-%dT%H}", (start + timedelta(hours=1)).astimezone(now.tzinfo)
    if mode == "daily":
        day = local.date()
        midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=local.tzinfo)
        return f"daily {day:%Y-%m-%d}", midnight.astimezone(now.tzinfo)
    raise ValueError(f"unknown digest mode {mode!r} (expected one of {', '.join(DIGEST_MODES)})")


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """Parse "22:00-07:00" into (start, end); raise ValueError when malformed."""
    m = _QUIET.match(text or "")
    if not m:
        raise ValueError(f"quiet hours must look like 22:00-07:00, got {text!r}")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(f"quiet hours out of range: {text!r}")
    return time(h1, m1), time(h2, m2)


def quiet_until(now: datetime, quiet_hours: str | None, tz: str = "UTC") -> datetime | None:
    """Return when the quiet period containing `now` ends, or None when `now` is not quiet."""
    if not quiet_hours:
        return None
    start, end = parse_quiet_hours(quiet_hours)
    if start == end:
        return None
    local = now.astimezone(zone(tz))
    t = local.time().replace(tzinfo=None)
    inside = start <= t < end if start < end else (t >= start or t < end)
    if not inside:
        return None
    end_day = local.date() if t < end else local.date() + timedelta(days=1)
    return datetime.combine(end_day, end, tzinfo=local.tzinfo).astimezone(now.tzinfo)
