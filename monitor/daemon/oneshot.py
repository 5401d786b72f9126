"""Detect every stored article while a one-off poll still fetches: `monitor poll --once` on two cores.

    main thread: poll cycle (fetch | store) ◄─ parser process   ─┐ the same store (WAL)
    drain thread: pending articles ─► detector process ─► record_batch (one transaction per chunk)

Detection and parsing are CPU-bound Python, so threads would only share the poll's core: worker
processes (started from a forkserver, never by forking a threaded process) parse and detect,
while this process fetches, stores and records. Chunks are submitted in id order behind a watermark
and two stay in flight so the worker never waits; once the poll ends, a last sweep takes what
the watermark passed over (articles updated meanwhile). The worker, and the gazetteer behind
its detector, start only when an article is pending. Memory is not the daemon's concern here:
the long-running daemon keeps detection in a thread of its own process.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from datetime import UTC, datetime

from monitor.config import Settings
from monitor.daemon.cycle import CycleSummary, FeedOutcome, run_cycle
from monitor.daemon.jobs import open_settings_store
from monitor.daemon.parsepool import make_parse_pool
from monitor.daemon.process import Detector, ProcessSummary, detect_article, record_batch
from monitor.model import ControlEvent, Feed
from monitor.store.articles import StoredArticle
from monitor.store.db import Store, open_store
from monitor.store.work import get_pending_articles, get_pending_articles_after

log = logging.getLogger("monitor.daemon")

CHUNK = 200  # articles per round trip to the worker
ONESHOT_POOL_MIN_BYTES = 4096  # a 20 KB feed parses in ~10 ms; the round trip costs well under 1 ms
IN_FLIGHT = 2

_detector: Detector | None = None


def _start_worker(store_path: str, password_env: str | None) -> None:
    """Build the detector once per worker, from the store's watchlist."""
    global _detector
    from monitor.match.control import make_detector
    from monitor.store.watchlist import get_watchlist

    db = open_store(store_path, migrate=False, password_env=password_env)
    try:
        _detector = make_detector(get_watchlist(db))
    finally:
        db.close()


def _detect_chunk(chunk: Sequence[StoredArticle]) -> list[list[ControlEvent]]:
    assert _detector is not None
    return [detect_article(_detector, stored) for stored in chunk]


class ParallelDetection:
    """Drain pending articles through a detector process while the caller polls; `finish()` ends it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.summary = ProcessSummary()
        self._polling_done = threading.Event()
        self._thread = threading.Thread(target=self._drain, name="detect-drain", daemon=True)
        self._error: BaseException | None = None

    def start(self) -> None:
        """Start draining in a thread."""
        self._thread.start()

    def finish(self) -> ProcessSummary:
        """Say the poll is over, wait until every pending article is detected and recorded.

        Raises the drain's error, if it failed (the caller then detects in-process).
        """
        self._polling_done.set()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.summary

    def _drain(self) -> None:
        db = open_settings_store(self.settings, migrate=False)
        pool: ProcessPoolExecutor | None = None
        flying: deque[tuple[list[StoredArticle], Future[list[list[ControlEvent]]]]] = deque()
        watermark = 0
        swept: set[int] = set()  # an article that fails to record is retried by the next run, not forever
        try:
            while True:
                polling = not self._polling_done.is_set()
                while len(flying) < IN_FLIGHT:
                    chunk = get_pending_articles_after(db, watermark, CHUNK)
                    if not chunk and not polling and not flying:
                        # The sweep: articles updated behind the watermark.
                        chunk = [s for s in get_pending_articles(db, CHUNK) if s.id not in swept]
                        swept.update(s.id for s in chunk)
                    if not chunk:
                        break
                    watermark = max(watermark, max(s.id for s in chunk))
                    if pool is None:
                        pool = ProcessPoolExecutor(
                            max_workers=1, mp_context=multiprocessing.get_context("forkserver"),
                            initializer=_start_worker, initargs=(str(self.settings.store_path),
                                                                     self.settings.store_password_env))
                    flying.append((chunk, pool.submit(_detect_chunk, chunk)))
                if not flying:
                    if not polling:
                        return
                    self._polling_done.wait(0.05)
                    continue
                chunk, future = flying.popleft()
                events = future.result()
                self.summary = self.summary.plus(
                    record_batch(db, self.settings, datetime.now(UTC), list(zip(chunk, events, strict=True))))
        except BaseException as exc:
            self._error = exc
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            db.close()


def _parse_pool(settings: Settings) -> Executor | None:
    try:
        return make_parse_pool(max(1, settings.parse_workers))
    except (OSError, ImportError, ValueError) as exc:  # e.g. no /dev/shm semaphores
        log.info("no parser process (%s): parsing in this process", exc)
        return None


def poll_once(db: Store, settings: Settings, now: datetime, *, feeds: Sequence[Feed] | None = None,
              on_feed_done: Callable[[FeedOutcome], None] | None = None) -> CycleSummary:
    """Poll `feeds` (or the due ones) once and detect every stored article before returning.

    If the detector process cannot run (no /dev/shm, a worker crash…), what is left is detected
    in this process afterwards: the command never ends with articles undetected.
    """
    from monitor.daemon.assemble import make_after_ingest

    detection = ParallelDetection(settings)
    detection.start()
    pool = _parse_pool(settings)
    try:
        # Parsing goes to its own process too: this one fetches, stores and records.
        summary = run_cycle(db, settings, now, feeds=feeds, on_feed_done=on_feed_done, parse_pool=pool,
                            pool_min_bytes=ONESHOT_POOL_MIN_BYTES)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        try:
            done = detection.finish()
            if done.articles:
                log.info("processed %d articles: %d events, %d changes, %d alerts", done.articles,
                         done.events, done.changes, done.alerts)
        except Exception as exc:
            log.warning("detection in a worker process failed (%s): detecting in this process", exc)
    for stage in make_after_ingest():  # whatever is still pending (nothing, normally)
        stage(db, settings, datetime.now(UTC))
    return summary
