"""Fetch every feed when it is due, each on its own: the daemon's polling stage.

One asyncio task per fetch, under the global and per-host limits (issue 11): a feed that drips
for its whole deadline holds one slot and delays nobody else, and a feed with an interval of N
seconds is fetched every N seconds, whatever the others are doing. The loop sleeps until the
next feed is due (read from the store), until a fetch ends, or at most `tick` seconds (feeds
added or edited by another process are seen within a tick).

    loop: due feeds not in flight ─► task per feed: slots ─► fetch ─► parse ─► store ─► wake detection

Runs in its own thread with its own event loop, HTTP client and store connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from datetime import datetime, timedelta

import httpx

from monitor.config import Settings
from monitor.daemon.batch import WriteBatcher
from monitor.daemon.cycle import CycleSummary, FeedOutcome, poll_feed, whole_seconds_up
from monitor.daemon.jobs import open_settings_store
from monitor.daemon.parsepool import make_parse_pool
from monitor.errors import StoreError
from monitor.feeds.fetch import HostLimiter, make_client
from monitor.model import Feed
from monitor.service import metrics
from monitor.store.db import Store
from monitor.store.feeds import claim_due_feeds, release_feed_leases
from monitor.store.state import record_cycle
from monitor.store.work import get_next_due_time

log = logging.getLogger("monitor.poll")

SUMMARY_EVERY_S = 30.0  # the "last cycle" the status page shows: the outcomes of the last window
COALESCE_S = 0.02  # fetches ending together wake the loop once
ROUNDING = timedelta(seconds=1)
STORE_RETRY_S = 1.0  # the store's next-poll times are whole seconds, rounded up


def feed_lease_s(settings: Settings) -> float:
    """Return how long a claimed feed stays leased: longer than a fetch can take while it waits its turn.

    A dead instance's feeds are taken over after this; a feed it fetched but did not store is
    then fetched again, so intervals shorter than this can see one early fetch after a crash.
    """
    return 3 * settings.total_timeout_s + 10


class Poller:
    """The polling stage: `start()` runs it in a thread, `stop()` cancels in-flight fetches."""

    def __init__(self, settings: Settings, *, clock: Callable[[], datetime], owner: str,
                 on_ingest: Sequence[Callable[[], None]] = (), rng: random.Random | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.owner = owner
        self.on_ingest = tuple(on_ingest)
        self.rng = rng or random.Random()
        # Claimed feeds wait for a fetch slot: claim only what starts well within the lease.
        self.max_in_flight = 4 * settings.concurrency
        self.lease_s = feed_lease_s(settings)
        self.polled = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._main: asyncio.Task[None] | None = None
        self._stopping = threading.Event()
        self._window: list[FeedOutcome] = []
        self._window_started = clock()

    def start(self) -> None:
        """Start polling in a new thread."""
        self._thread = threading.Thread(target=self._run, name="poller", daemon=True)
        self._thread.start()

    def is_alive(self) -> bool:
        """Say whether the polling thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout: float) -> bool:
        """Cancel every fetch at its next await and wait up to `timeout`; return whether it ended.

        Each feed's writes are one transaction with no await inside, so nothing is half-written.
        """
        self._stopping.set()
        loop, main = self._loop, self._main
        if loop is not None and main is not None:
            with contextlib.suppress(RuntimeError):  # the loop already closed
                loop.call_soon_threadsafe(main.cancel)
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except Exception:
            log.exception("the poller stopped on an unexpected error")

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._main = asyncio.current_task()
        if self._stopping.is_set():
            return
        db = open_settings_store(self.settings, migrate=False)
        pool = self._make_pool()
        try:
            async with make_client(self.settings) as client:
                await self._schedule(db, client, pool)
        except asyncio.CancelledError:
            log.info("polling stopped")
        finally:
            self._record_window(db)
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            db.close()

    def _make_pool(self) -> Executor | None:
        if self.settings.parse_workers <= 0:
            return None
        try:
            return make_parse_pool(self.settings.parse_workers)
        except (OSError, ImportError, ValueError) as exc:  # e.g. no /dev/shm semaphores
            log.warning("cannot start parser processes (%s): parsing in the daemon's process", exc)
            return None

    async def _schedule(self, db: Store, client: httpx.AsyncClient, pool: Executor | None) -> None:
        settings = self.settings
        semaphore = asyncio.Semaphore(settings.concurrency)
        limiter = HostLimiter(settings.per_host)
        batcher = WriteBatcher(db)
        busy: dict[int, asyncio.Task[None]] = {}
        # The exact next poll of each feed polled here: the store keeps whole seconds rounded up,
        # which would stretch a 30 s interval to 31 s (issue 11 asks for 30).
        exact: dict[int, datetime] = {}
        wake = asyncio.Event()
        last_summary = time.monotonic()

        async def poll_one(feed: Feed, at: datetime) -> None:
            wait = (at - self.clock()).total_seconds()
            if wait > 0:  # claimed a moment early: the store's time is rounded, ours is exact
                await asyncio.sleep(wait)
            outcome = await poll_feed(db, client, feed, settings, self.clock(),
                                      semaphore=semaphore, limiter=limiter, rng=self.rng,
                                      batcher=batcher, parse_pool=pool, clock=self.clock)
            self.polled += 1
            self._window.append(outcome)
            if outcome.update_after is not None:
                exact[outcome.feed_id] = outcome.update_after
            if outcome.new or outcome.updated:
                for hook in self.on_ingest:
                    hook()

        def done_with(feed_id: int) -> Callable[[asyncio.Task[None]], None]:
            def done(_task: asyncio.Task[None]) -> None:
                busy.pop(feed_id, None)
                wake.set()
            return done

        try:
            while not self._stopping.is_set():
                now = self.clock()
                room = self.max_in_flight - len(busy)
                try:
                    claimed = [] if room <= 0 else claim_due_feeds(
                        db, self.owner, now + ROUNDING, room, self.lease_s,
                        default_interval_s=settings.default_interval_s)
                    next_at = get_next_due_time(db, now + ROUNDING)
                except (sqlite3.Error, StoreError) as exc:  # a full disk, a lost connection: try again soon
                    log.error("cannot read the due feeds (%s); trying again in %.0f s", exc, STORE_RETRY_S)
                    claimed, next_at = [], now + ROUNDING + timedelta(seconds=STORE_RETRY_S)
                if claimed:
                    # Leased to this instance: another one sharing the store takes other feeds, and
                    # takes these only if this one dies (the lease expires). Feeds due within the
                    # second are claimed now and polled at their exact time.
                    for feed in claimed:
                        assert feed.id is not None
                        if feed.id in busy:
                            continue
                        at = now
                        if feed.update_after is not None and feed.update_after > now:
                            kept = exact.get(feed.id)
                            at = kept if kept and whole_seconds_up(kept) == feed.update_after \
                                else feed.update_after  # set by another process: its time holds
                        task = asyncio.create_task(poll_one(feed, at))
                        busy[feed.id] = task
                        task.add_done_callback(done_with(feed.id))
                if time.monotonic() - last_summary >= SUMMARY_EVERY_S:
                    self._record_window(db)
                    last_summary = time.monotonic()
                delay = float(settings.poll_tick_s)
                if next_at is not None:  # claim it a second early: its exact time may be that much earlier
                    delay = min(delay, (next_at - ROUNDING - self.clock()).total_seconds())
                wake.clear()
                try:
                    await asyncio.wait_for(wake.wait(), max(delay, COALESCE_S))
                    await asyncio.sleep(COALESCE_S)
                except TimeoutError:
                    pass
        finally:
            for task in busy.values():
                task.cancel()
            await asyncio.gather(*busy.values(), return_exceptions=True)
            try:
                release_feed_leases(db, self.owner)  # a clean stop: the others need not wait
            except Exception:
                log.exception("could not give back the feed leases")

    def _record_window(self, db: Store) -> None:
        """Record the outcomes since the last record as the "last cycle" (status page, metrics)."""
        outcomes, self._window = self._window, []
        if not outcomes:
            return
        started, finished = self._window_started, self.clock()
        self._window_started = finished
        summary = CycleSummary.of(outcomes, (finished - started).total_seconds())
        try:
            record_cycle(db, started, finished, summary.as_dict())
        except Exception:
            log.exception("could not record the polling summary")
        metrics.observe("cycle_duration_seconds", summary.duration_s)
        log.info("polled in the last %.0fs: %d feeds, %d ok, %d not modified, %d unchanged, %d failed, "
                 "%d new, %d updated", summary.duration_s, summary.feeds, summary.ok, summary.not_modified,
                 summary.unchanged, summary.failed, summary.new_articles, summary.updated_articles)
