"""Detect every stored article while a one-off poll still fetches: `monitor poll --once` on two cores.

    main thread: poll cycle (fetch | store) ◄─ parser process            ─┐ the same store (WAL)
    detection process: pending articles ─► detect ─► record (one transaction per chunk)

Parsing and detection are CPU-bound Python, so threads would only share the poll's core: they
run in worker processes, while this process only fetches and stores. The detection process takes
chunks in id order behind a shared watermark; once the poll is over, the parser processes help
it with what is left when that is worth their start-up, and this process detects what the
watermark passed over (an article updated meanwhile), if anything. Reading and recording there
keeps the 9,000 articles of a large poll from being loaded, pickled and recorded by the fetching
process. It loads the detector (kept on disk by `detectorcache`, built on a first run) only once
an article is pending. Memory is not the concern here: the long-running daemon keeps detection
in a thread of its own process.

The workers are forked at the start, while this process still runs one thread (forking a threaded
process can copy a lock some other thread holds): they start at once and share what this process
has imported, instead of importing it again (~0.35 s of CPU). When another thread already runs
(the CLI called from a threaded program), they start from a forkserver instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, Any, Protocol

from monitor.config import Settings
from monitor.daemon.cycle import CycleSummary, FeedOutcome, run_cycle
from monitor.daemon.jobs import open_settings_store
from monitor.model import Feed
from monitor.store.db import Store

if TYPE_CHECKING:
    from monitor.daemon.process import ProcessSummary

log = logging.getLogger("monitor.daemon")

CHUNK = 200  # articles per transaction of the detection process
ONESHOT_POOL_MIN_BYTES = 4096  # a 20 KB feed parses in ~10 ms; the round trip costs well under 1 ms
_PRELOAD = ("monitor.daemon.oneshot", "monitor.daemon.parsepool", "monitor.daemon.process",
            "monitor.daemon.detectorcache", "monitor.store.watchlist")
WAIT_S = 0.05  # how often the idle detection process looks again while the poll goes on
# A parser process that starts detecting pays ~0.45 s of CPU first (importing the detection code
# ~0.3 s, loading the detector, compiling its patterns on the first article). At ~0.25 ms an
# article, sharing a backlog with it saves that much time only from ~4,000 articles on; below,
# the detection process alone ends sooner, and the CPU stays free for the rest of the poll.
HELP_MIN_ARTICLES = 4000


class _Flag(Protocol):
    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class _Counter(Protocol):  # a multiprocessing.Value('q'): `.value` under `.get_lock()`
    value: int

    def get_lock(self) -> AbstractContextManager[Any]: ...


_polling_done: _Flag | None = None  # the worker's copy of the poll's "I am done" event
_watermark: _Counter | None = None  # the highest article id a detection process has taken


def _start_worker(polling_done: _Flag, watermark: _Counter) -> None:
    global _polling_done, _watermark
    _polling_done, _watermark = polling_done, watermark


def _take_chunk(db: Store) -> tuple[int, int] | None:
    """Take the next pending id range (after, upto] for this process alone; None when none waits."""
    from monitor.store.work import get_pending_bound

    assert _watermark is not None
    with _watermark.get_lock():
        after = _watermark.value
        upto = get_pending_bound(db, after, CHUNK)
        if upto is None:
            return None
        _watermark.value = upto
    return after, upto


def _drain(settings: Settings) -> ProcessSummary:
    """Detect and record pending articles until the poll is over and none is left (in a worker).

    Several processes may drain at once: each takes the next id range behind the shared watermark.
    """
    from monitor.daemon.detectorcache import load_or_build
    from monitor.daemon.process import Detector, ProcessSummary, detect_article, record_batch
    from monitor.store.watchlist import get_watchlist
    from monitor.store.work import get_pending_articles_after

    assert _polling_done is not None
    db = open_settings_store(settings, migrate=False)
    detector: Detector | None = None
    summary = ProcessSummary()
    try:
        while True:
            polling = not _polling_done.is_set()  # read first: a poll ending meanwhile gets one more look
            taken = _take_chunk(db)
            if taken is None:
                if not polling:
                    return summary
                _polling_done.wait(WAIT_S)
                continue
            chunk = get_pending_articles_after(db, taken[0], CHUNK, upto=taken[1])
            if detector is None:
                detector = load_or_build(get_watchlist(db))
            events = [detect_article(detector, stored) for stored in chunk]
            summary = summary.plus(
                record_batch(db, settings, datetime.now(UTC), list(zip(chunk, events, strict=True))))
    finally:
        db.close()


def worker_context() -> BaseContext:
    """Return how to start worker processes: by fork while this process runs one thread."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(_PRELOAD))
    return context


class OneShotWorkers:
    """One process detecting pending articles while the caller polls, the others parsing feed bodies.

    Started together, at once (`start`), so that a fork happens before any thread runs; the
    detection job goes in first and holds its process until `finish()`; parsing goes to the rest.
    """

    def __init__(self, settings: Settings, parsers: int) -> None:
        self.settings = settings
        context = worker_context()
        self.parsers = parsers
        self._polling_done = context.Event()
        self.pool = ProcessPoolExecutor(max_workers=1 + parsers, mp_context=context,
                                        initializer=_start_worker,
                                        initargs=(self._polling_done, context.Value("q", 0)))
        self._detection: list[Future[ProcessSummary]] = []

    def start(self) -> None:
        """Start the processes, the detection job first."""
        self._detection.append(self.pool.submit(_drain, self.settings))

    def finish(self, pending: int) -> ProcessSummary | None:
        """Say the poll is over, wait until every pending article is detected and recorded.

        The parser processes, idle now, detect what is left beside the detection process when
        `pending` (the articles still waiting) is worth their start-up (`helpers_worth_starting`).
        Returns None when a detection job failed (its error is logged; the caller detects what is
        left in this process).
        """
        self._polling_done.set()
        try:
            helpers = helpers_worth_starting(pending, self.parsers)
            self._detection += [self.pool.submit(_drain, self.settings) for _ in range(helpers)]
        except RuntimeError as exc:  # a broken pool: the first job's result says why
            log.info("no parser process can help detecting (%s)", exc)
        total: ProcessSummary | None = None
        try:
            for job in self._detection:
                done = job.result()
                total = done if total is None else total.plus(done)
            return total
        except Exception as exc:
            log.warning("detection in a worker process failed (%s): detecting in this process", exc)
            return None
        finally:
            self.pool.shutdown(wait=False, cancel_futures=True)


def helpers_worth_starting(pending: int, parsers: int) -> int:
    """Return how many idle parser processes should help detect `pending` articles at the end.

    One per `HELP_MIN_ARTICLES` waiting, at most all of them: each must save more than it costs.
    """
    return max(0, min(parsers, pending // HELP_MIN_ARTICLES))


def _start_workers(settings: Settings) -> OneShotWorkers | None:
    try:
        workers = OneShotWorkers(settings, parsers=max(1, settings.parse_workers))
        workers.start()
        return workers
    except (OSError, ImportError, ValueError) as exc:  # e.g. no /dev/shm semaphores
        log.info("no worker processes (%s): parsing and detecting in this process", exc)
        return None


def _count_pending(db: Store) -> int:
    """Return how many articles wait; on a store error, as many as all helpers are worth."""
    from monitor.store.work import count_pending_articles

    try:
        return count_pending_articles(db)
    except Exception:  # the poll's own error, if any, is the one to report: help, decide nothing here
        return 1 << 30


def detect_what_is_left(db: Store, settings: Settings) -> None:
    """Detect, in this process, whatever is still pending (nothing, unless a worker failed)."""
    from monitor.store.work import has_pending_articles

    if has_pending_articles(db):
        from monitor.daemon.detectorcache import load_or_build
        from monitor.daemon.process import process_pending_articles
        from monitor.store.watchlist import get_watchlist

        done = process_pending_articles(db, settings, datetime.now(UTC), load_or_build(get_watchlist(db)),
                                        limit=1 << 62)
        log.info("processed %d articles in this process", done.articles)


def poll_once(db: Store, settings: Settings, now: datetime, *, feeds: Sequence[Feed] | None = None,
              on_feed_done: Callable[[FeedOutcome], None] | None = None) -> CycleSummary:
    """Poll `feeds` (or the due ones) once and detect every stored article before returning.

    If the worker processes cannot run (no /dev/shm, a worker crash…), what is left is detected
    in this process afterwards: the command never ends with articles undetected. With no feed to
    poll (cron's run between two due times), no worker starts: forking them and importing the
    detection code cost ~1 s for nothing; an article left pending is detected here.
    """
    workers = _start_workers(settings) if feeds is None or feeds else None
    try:
        summary = run_cycle(db, settings, now, feeds=feeds, on_feed_done=on_feed_done,
                            parse_pool=workers.pool if workers else None,
                            pool_min_bytes=ONESHOT_POOL_MIN_BYTES)
    finally:
        done = workers.finish(_count_pending(db)) if workers else None
        if done is not None and done.articles:
            log.info("processed %d articles: %d events, %d changes, %d alerts", done.articles,
                     done.events, done.changes, done.alerts)
    detect_what_is_left(db, settings)
    return summary
