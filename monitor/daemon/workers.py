"""Workers that drain one stage's pending work each, woken by an event (issue 11).

    ingest ──set──► detection worker ──set──► delivery worker
                    (articles, processed = 0)  (deliveries due)

A worker runs its step whenever it is woken, and again when the step asks (0 s: more work now;
a delay: a retry is due then), and at least every `idle_s` as a safety net for work queued by
another process (the CLI, another instance). Each owns its store connection, in its own thread:
a burst in one stage never freezes another.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from datetime import datetime

from monitor.alerts.outbox import deliver_due
from monitor.config import Settings
from monitor.daemon.jobs import open_settings_store
from monitor.daemon.process import BATCH_BUDGET_S, Detector, ProcessSummary, process_batch
from monitor.errors import StoreError
from monitor.service import metrics
from monitor.store.articles import SEARCH_INDEX_BATCH, index_for_search, release_article_leases
from monitor.store.db import Store
from monitor.store.work import get_next_delivery_time, has_pending_articles

log = logging.getLogger("monitor.daemon")

Step = Callable[[], float | None]  # returns seconds until it wants to run again (None: when woken)
FAILED_PASS_WAIT_S = 1.0  # a pass that sent nothing while rows are due waits this long (no busy loop)



def count_detection(summary: ProcessSummary) -> None:
    """Add what a detection run found to the process's metrics."""
    if summary.events:
        metrics.inc("events_detected", summary.events)
    if summary.changes:
        metrics.inc("changes_of_hands", summary.changes)

class Worker:
    """Run `step` in a thread whenever `wake()` is called, when it asks to, and every `idle_s`."""

    def __init__(self, name: str, step: Step, *, idle_s: float, close: Callable[[], None] | None = None,
                 ) -> None:
        self.name = name
        self.step = step
        self.idle_s = idle_s
        self.runs = 0
        self._close = close
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the worker's thread (its first step runs at once)."""
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Ask for a step soon (safe from any thread): new work was committed."""
        self._wake.set()

    def is_alive(self) -> bool:
        """Say whether the worker's thread runs."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopping(self) -> bool:
        """Whether a stop was asked (a long step checks it between items)."""
        return self._stopping.is_set()

    def stop(self, timeout: float) -> bool:
        """Ask the worker to stop after its current item; wait up to `timeout`; return whether it did."""
        self._stopping.set()
        self._wake.set()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        delay: float | None = 0.0
        try:
            while not self._stopping.is_set():
                wait = self.idle_s if delay is None else min(delay, self.idle_s)
                if wait > 0:
                    self._wake.wait(wait)
                self._wake.clear()  # before the step: what is committed from now on wakes us again
                if self._stopping.is_set():
                    break
                try:
                    delay = self.step()
                except Exception:
                    log.exception("%s: step failed", self.name)
                    delay = self.idle_s
                self.runs += 1
        finally:
            if self._close is not None:
                try:
                    self._close()
                except Exception:
                    log.exception("%s: close failed", self.name)


class DetectStage:
    """One detection batch per step: the most recent pending articles, about BATCH_BUDGET_S of work."""

    def __init__(self, settings: Settings, detector: Callable[[Store], Detector], *,
                 clock: Callable[[], datetime], on_alerts: Sequence[Callable[[], None]] = (),
                 budget_s: float = BATCH_BUDGET_S, owner: str | None = None) -> None:
        self.settings = settings
        self.owner = owner  # claim articles under this lease owner (None: read them unleased)
        self.detector = detector
        self.clock = clock
        self.on_alerts = tuple(on_alerts)
        self.budget_s = budget_s
        self.articles = 0
        self._db: Store | None = None

    def __call__(self) -> float | None:
        if self._db is None:
            self._db = open_settings_store(self.settings, migrate=False)
        db = self._db
        if not has_pending_articles(db):  # nothing to read: the detector is not even built
            return self._index_for_search(db)
        summary = process_batch(db, self.settings, self.clock(), self.detector(db), budget_s=self.budget_s,
                                owner=self.owner)
        self.articles += summary.articles
        count_detection(summary)
        if summary.alerts:
            log.info("detected %d articles: %d events, %d changes, %d alerts", summary.articles,
                     summary.events, summary.changes, summary.alerts)
            for hook in self.on_alerts:
                hook()  # after the commit: the delivery worker finds the rows
        if summary.articles == 0:
            return None  # nothing claimable (leased elsewhere), or every record failed: retried later
        return 0.0 if summary.more else None

    def _index_for_search(self, db: Store) -> float | None:
        """Index stored articles for search once nothing waits for detection (alerts come first)."""
        try:
            done = index_for_search(db)
        except (sqlite3.Error, StoreError):
            log.exception("indexing articles for search failed; tried again later")
            return None
        return 0.0 if done == SEARCH_INDEX_BATCH else None

    def close(self) -> None:
        if self._db is not None:
            if self.owner is not None:
                try:
                    release_article_leases(self._db, self.owner)  # a clean stop: others need not wait
                except Exception:
                    log.exception("could not give back the article leases")
            self._db.close()
            self._db = None


class DeliveryStage:
    """Deliver every due outbox row per step, then sleep until the next attempt is due."""

    def __init__(self, settings: Settings, *, clock: Callable[[], datetime],
                 should_stop: Callable[[], bool] = lambda: False, limit: int = 200) -> None:
        self.settings = settings
        self.clock = clock
        self.should_stop = should_stop
        self.limit = limit
        self.lock = threading.Lock()  # held while sending: close() never cuts a send in half
        self._db: Store | None = None

    def __call__(self) -> float | None:
        with self.lock:
            if self.should_stop():
                return None
            if self._db is None:
                self._db = open_settings_store(self.settings, migrate=False)
            summary = deliver_due(self._db, self.settings, self.clock(), should_stop=self.should_stop,
                                  limit=self.limit)
            next_at = get_next_delivery_time(self._db)
        for outcome in ("delivered", "retried", "dead"):
            count = getattr(summary, outcome, 0)
            if count:
                metrics.inc(f"alerts_{'sent' if outcome == 'delivered' else outcome}", count)
                log.info("alerts %s: %d", outcome, count)
        if next_at is None:
            return None
        wait = (next_at - self.clock()).total_seconds()
        if summary.delivered >= self.limit:
            return 0.0
        return max(wait, 0.0 if summary.delivered else FAILED_PASS_WAIT_S)

    def close(self) -> None:
        """Close the connection once the message being sent, if any, is marked."""
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None
