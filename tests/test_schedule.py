"""next_poll: the pure backoff and next-poll policy (F1, F4, F5, F6), with a seeded RNG."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import Settings
from monitor.feeds.schedule import next_poll
from monitor.model import Feed, FetchResult

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SETTINGS = Settings(min_interval_s=900, max_backoff_s=86400, default_interval_s=1800)


def _result(status: int | None, error: str | None = None, retry_after: float | None = None) -> FetchResult:
    return FetchResult(url="https://a.example/feed", final_url="https://a.example/feed", status=status,
                       fetched=NOW, error=error, retry_after_s=retry_after)


def _delay(feed: Feed, result: FetchResult, seed: int = 1) -> tuple[float | None, int]:
    when, errors = next_poll(feed, result, NOW, SETTINGS, random.Random(seed))
    return ((when - NOW).total_seconds() if when else None), errors


@pytest.mark.parametrize(("interval", "status", "low", "high"), [
    (3600, 200, 3600, 3960),
    (3600, 304, 3600, 3960),
    (60, 200, 900, 990),  # raised to the 15-minute floor
])
def test_success_waits_the_interval_with_small_jitter(interval: int, status: int, low: float,
                                                      high: float) -> None:
    """A 200/304 schedules the next poll one interval (≥ the floor) later, and resets errors."""
    for seed in range(20):
        delay, errors = _delay(Feed("u", interval_s=interval, error_count=4), _result(status), seed)
        assert delay is not None and low <= delay <= high and errors == 0


@pytest.mark.parametrize(("status", "retry_after", "interval", "low"), [
    (429, 7200.0, 1800, 7200), (503, 120.0, 1800, 1800), (429, 0.0, 1800, 1800),
])
def test_retry_after_is_honoured(status: int, retry_after: float, interval: int, low: float) -> None:
    """429/503 wait max(Retry-After, interval) and count as an error."""
    feed = Feed("u", interval_s=interval, error_count=1)
    delay, errors = _delay(feed, _result(status, "busy", retry_after))
    assert delay is not None and low <= delay <= low * 1.1 and errors == 2


@pytest.mark.parametrize(("errors_before", "low", "high"), [
    (0, 1800, 2250), (1, 3600, 4500), (2, 7200, 9000), (5, 57600, 72000), (6, 86400, 86400),
    (60, 86400, 86400),
])
def test_failures_back_off_exponentially_with_a_cap(errors_before: int, low: float, high: float) -> None:
    """Each failure doubles the wait (with up to 25 % jitter) until the 24 h cap."""
    for seed in range(20):
        feed = Feed("u", interval_s=1800, error_count=errors_before)
        delay, errors = _delay(feed, _result(500, "HTTP 500"), seed)
        assert delay is not None and low <= delay <= high and errors == errors_before + 1


def test_gone_disables() -> None:
    """A 410 returns no next time: the caller disables the feed."""
    assert _delay(Feed("u"), _result(410, "HTTP 410 Gone"))[0] is None


def test_dead_feed_gets_few_requests_a_day() -> None:
    """F6: a feed failing every time is polled at most 8 times in 24 h, and never given up."""
    feed, clock, rng, times = Feed("u", interval_s=900), NOW, random.Random(7), []
    while clock < NOW + timedelta(days=3):
        times.append(clock)
        when, errors = next_poll(feed, _result(None, "timeout"), clock, SETTINGS, rng)
        assert when is not None and when > clock
        feed = Feed("u", interval_s=900, error_count=errors)
        clock = when
    assert len([t for t in times if t < NOW + timedelta(days=1)]) <= 8
    assert len(times) >= 4  # still polled on days 2 and 3


def test_jitter_spreads_feeds() -> None:
    """Different random draws give different times, so feeds do not poll in lockstep."""
    feed = Feed("u", interval_s=3600)
    assert len({_delay(feed, _result(200), seed)[0] for seed in range(10)}) > 5
