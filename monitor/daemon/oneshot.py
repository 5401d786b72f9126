"""Detect every stored article while a one-off poll still fetches: `monitor poll --once` on two cores.

    main thread: poll cycle (fetch | store) ◄─ parser process          ─┐ the same store (WAL)
    worker process: pending articles ─► detect ─► record (one transaction per chunk)

Parsing and detection are CPU-bound Python, so threads would only share the poll's core: worker
processes (started from a forkserver, never by forking a threaded process) parse, and read, detect
and record the pending articles, while this process only fetches and stores. The worker takes
chunks in id order behind a watermark; once the poll is over, a last sweep takes what the
watermark passed over (articles updated meanwhile). Reading and recording in the worker keeps the
9,000 articles of a large poll from being loaded, pickled and recorded by the fetching process. The
worker, and the detector it builds, start only when an article is pending. Memory is
not the daemon's concern here: the long-running daemon keeps detection in a thread of its own
process.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import UTC, datetime
from typing import Protocol

from monitor.config import Settings
from monitor.daemon.cycle import CycleSummary, FeedOutcome, run_cycle
from monitor.daemon.jobs import open_settings_store
from monitor.daemon.parsepool import make_parse_pool
from monitor.daemon.process import Detector, ProcessSummary, detect_article, record_batch
from monitor.model import Feed
from monitor.store.db import Store
from monitor.store.work import get_pending_articles, get_pending_articles_after, has_pending_articles

log = logging.getLogger("monitor.daemon")

CHUNK = 200  # articles per transaction of the worker
ONESHOT_POOL_MIN_BYTES = 4096  # a 20 KB feed parses in ~10 ms; the round trip costs well under 1 ms
_PRELOAD = ("monitor.daemon.oneshot", "monitor.daemon.parsepool", "monitor.match.control",
            "monitor.store.watchlist")
WAIT_S = 0.05  # how often an idle side looks again while the poll goes on


class _Flag(Protocol):
    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


_polling_done: _Flag | None = None  # the worker's copy of the poll's "I am done" event


def _start_worker(polling_done: _Flag) -> None:
    global _polling_done
    _polling_done = polling_done


def _drain(settings: Settings) -> ProcessSummary:
    """Detect and record pending articles until the poll is over and none is left (in the worker)."""
    from monitor.match.control import make_detector
    from monitor.store.watchlist import get_watchlist

    assert _polling_done is not None
    db = open_settings_store(settings, migrate=False)
    detector: Detector | None = None
    summary = ProcessSummary()
    watermark = 0
    swept: set[int] = set()  # an article that fails to record is retried by the next run, not forever
    try:
        while True:
            polling = not _polling_done.is_set()  # read first: a poll ending meanwhile gets one more look
            chunk = get_pending_articles_after(db, watermark, CHUNK)
            if not chunk and not polling:  # the sweep: articles updated behind the watermark
                chunk = [s for s in get_pending_articles(db, CHUNK) if s.id not in swept]
                swept.update(s.id for s in chunk)
                if not chunk:
                    return summary
            if not chunk:
                _polling_done.wait(WAIT_S)
                continue
            watermark = max(watermark, max(s.id for s in chunk))
            if detector is None:
                detector = make_detector(get_watchlist(db))
            events = [detect_article(detector, stored) for stored in chunk]
            summary = summary.plus(
                record_batch(db, settings, datetime.now(UTC), list(zip(chunk, events, strict=True))))
    finally:
        db.close()


class ParallelDetection:
    """Drain pending articles through a worker process while the caller polls; `finish()` ends it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.summary = ProcessSummary()
        context = multiprocessing.get_context("forkserver")
        self._polling_done = context.Event()
        self._context = context
        self._thread = threading.Thread(target=self._run, name="detect-drain", daemon=True)
        self._error: BaseException | None = None

    def start(self) -> None:
        """Start watching for pending articles in a thread."""
        self._thread.start()

    def finish(self) -> ProcessSummary:
        """Say the poll is over, wait until every pending article is detected and recorded.

        Raises the worker's error, if it failed (the caller then detects in-process).
        """
        self._polling_done.set()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.summary

    def _run(self) -> None:
        """Start the worker once an article is pending (a poll of unchanged feeds starts none)."""
        db = open_settings_store(self.settings, migrate=False)
        try:
            while not has_pending_articles(db):
                if self._polling_done.wait(WAIT_S):
                    if not has_pending_articles(db):
                        return
                    break
        except BaseException as exc:
            self._error = exc
            return
        finally:
            db.close()
        try:
            with ProcessPoolExecutor(max_workers=1, mp_context=self._context, initializer=_start_worker,
                                     initargs=(self._polling_done,)) as pool:
                self.summary = pool.submit(_drain, self.settings).result()
        except BaseException as exc:
            self._error = exc


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

    # The parser and the detector processes fork from one server that has imported their code
    # once, instead of each importing it (~0.3 s of CPU a process).
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(_PRELOAD))
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
