"""When to poll a feed next: the pure policy (no clock, no I/O; `now` and `rng` come in).

- success (200 or 304): the feed's interval, never below settings.min_interval_s, plus up to
  1 % jitter (never earlier: F1 "never closer than the interval"); the error count resets. The
  jitter only spreads start times so that feeds added together drift apart; a larger one would
  stretch the interval itself (issue 11: a 30 s feed must be read every 30 s, not 30 to 33 s);
- 429/503 with Retry-After: not before max(retry_after, interval);
- any other failure: interval × 2**errors with up to 25 % jitter, capped at
  settings.max_backoff_s, and never given up for good (F6: ≤ 8 requests a day to a dead feed);
- 410 Gone: (None, …): the caller disables the feed (F4).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from monitor.config import Settings
from monitor.model import Feed, FetchResult

SUCCESS_JITTER = 0.01
FAILURE_JITTER = 0.25
_MAX_EXPONENT = 30  # 2**30 intervals is far beyond any cap; keeps the float finite


def base_interval(feed: Feed, settings: Settings) -> float:
    """Return the feed's polling interval in seconds, raised to the configured floor."""
    return float(max(feed.interval_s or settings.default_interval_s, settings.min_interval_s, 1))


def is_success(result: FetchResult) -> bool:
    """Say whether a fetch counts as a success for scheduling (200/304 without error)."""
    return result.error is None and result.status in (200, 304)


def next_poll(feed: Feed, result: FetchResult, now: datetime, settings: Settings,
              rng: random.Random) -> tuple[datetime | None, int]:
    """Return (update_after, error_count) for `feed` after `result`; None means disable it."""
    interval = base_interval(feed, settings)
    if result.status == 410:
        return None, feed.error_count + 1
    if is_success(result):
        return now + timedelta(seconds=interval * (1 + rng.uniform(0, SUCCESS_JITTER))), 0
    errors = feed.error_count + 1
    if result.status in (429, 503) and result.retry_after_s is not None:
        delay = max(result.retry_after_s, interval)
        return now + timedelta(seconds=delay * (1 + rng.uniform(0, SUCCESS_JITTER))), errors
    backoff = interval * 2 ** min(feed.error_count, _MAX_EXPONENT)
    delay = min(backoff * (1 + rng.uniform(0, FAILURE_JITTER)), float(settings.max_backoff_s))
    return now + timedelta(seconds=max(delay, interval)), errors
