"""The scheduler's job policy and the poll job's cancellation, in-process."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from monitor.config import Settings
from monitor.daemon.poller import Poller
from monitor.daemon.scheduler import Job, make_scheduler
from monitor.model import Feed
from monitor.store.db import open_store
from monitor.store.feeds import add_feed, get_feed
from tests.loopback import LoopbackServer, RecordedRequest, Reply
from tests.rssfarm import item, rss


def test_a_job_missed_during_a_suspend_runs_once_on_waking() -> None:
    """A run due two hours ago (as after a suspend) runs once, not skipped as late and not repeated."""
    runs: list[float] = []
    now = datetime.now(UTC)
    scheduler = make_scheduler([Job("late", lambda: runs.append(time.monotonic()), 3 * 3600,
                                    first_run=now - timedelta(hours=2))], now)
    scheduler.start()
    try:
        deadline = time.monotonic() + 5
        while not runs and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
    finally:
        scheduler.shutdown(wait=True)
    assert len(runs) == 1


def test_many_missed_runs_coalesce_into_one() -> None:
    """Hundreds of missed runs of a short-interval job collapse into a single run."""
    runs: list[float] = []
    now = datetime.now(UTC)
    scheduler = make_scheduler([Job("often", lambda: runs.append(1), 30, first_run=now - timedelta(hours=2))],
                               now)
    scheduler.start()
    try:
        time.sleep(1.0)
    finally:
        scheduler.shutdown(wait=True)
    assert len(runs) == 1


def test_jobs_never_overlap() -> None:
    """A job still running when its next run comes is not started twice."""
    active, peak = [0], [0]
    lock = threading.Lock()

    def slow() -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(1.2)
        with lock:
            active[0] -= 1

    now = datetime.now(UTC)
    scheduler = make_scheduler([Job("slow", slow, 0.2)], now)
    scheduler.start()
    try:
        time.sleep(1.5)
    finally:
        scheduler.shutdown(wait=True)
    assert peak[0] == 1


def test_poller_stop_cancels_a_stuck_fetch_and_writes_nothing(server: LoopbackServer, tmp_path: Path) -> None:
    """stop() ends a fetch stuck on a slow server at once, and the feed is left as it was."""
    entered = threading.Event()

    def stuck(req: RecordedRequest, handler: BaseHTTPRequestHandler) -> Reply | None:
        entered.set()
        time.sleep(6)
        return Reply(200, rss([item(1)]))

    store = tmp_path / "job.db"
    db = open_store(store)
    now = datetime.now(UTC)
    add_feed(db, Feed(url=server.route("/stuck.xml", handler=stuck), allow_private=True), now)
    settings = Settings(store_path=store, total_timeout_s=30)
    poller = Poller(settings, clock=lambda: datetime.now(UTC), owner="test:1:a")
    poller.start()
    assert entered.wait(10)
    started = time.monotonic()
    assert poller.stop(5)
    assert time.monotonic() - started < 3
    assert poller.polled == 0  # cancelled: no outcome
    assert get_feed(db, server.url("/stuck.xml")).last_retrieved is None  # nothing half-written
    db.close()
