"""Put the daemon together from its parts (glue: no business logic of its own).

    poll job ─► after_ingest: process stage (detect → stories → decide → alert + outbox)
    delivery job (every few seconds) ─► deliver_due: email / webhook / apprise
    feed-health job ─► operator alerts through the same outbox
    on start: expat check, config channels synced, HTTP endpoint, sd_notify

Like reader's `make_reader`, collaborators are made here once and passed in, not imported as
globals by the modules that use them.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlite_utils import Database

from monitor.alerts.outbox import deliver_due, queue_alert
from monitor.config import Settings
from monitor.daemon.cycle import AfterIngest
from monitor.daemon.process import Detector, make_process_stage
from monitor.daemon.scheduler import Job
from monitor.feeds.safexml import require_safe_expat
from monitor.match.control import make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.model import Watchlist
from monitor.service import metrics
from monitor.service.feedhealth import FeedHealthIntent
from monitor.service.hooks import ServiceHooks, make_feed_health_job
from monitor.store.channels import sync_config_channels
from monitor.store.db import open_store, write_transaction
from monitor.store.watchlist import get_watchlist

log = logging.getLogger("monitor.daemon")

DELIVERY_INTERVAL_S = 5.0
FEED_HEALTH_INTERVAL_S = 300.0


class CachedDetector:
    """Build the detector from the store's watchlist, again only when the watchlist changed.

    The CLI edits the watchlist while the daemon runs; a cheap fingerprint of the places and
    actors rows, read each cycle, picks the change up without a restart. Building needs the
    gazetteer (~165 MB); once the matchers are built it is released, so a daemon that runs for
    months does not keep it in memory.
    """

    def __init__(self, build: Callable[[Watchlist], Detector] = make_detector,
                 load: Callable[[Database], Watchlist] = get_watchlist) -> None:
        self.build = build
        self.load = load
        self._fingerprint: str | None = None
        self._detector: Detector | None = None

    def __call__(self, db: Database) -> Detector:
        fingerprint = watchlist_fingerprint(db)
        if self._detector is None or fingerprint != self._fingerprint:
            watchlist = self.load(db)
            self._detector = self.build(watchlist)
            self._fingerprint = fingerprint
            get_gazetteer.cache_clear()
            log.info("watchlist: %d places, %d actors", len(watchlist.places), len(watchlist.actors))
        return self._detector


def watchlist_fingerprint(db: Database) -> str:
    """Return a digest of every watched place's and actor's row (what the detector depends on)."""
    digest = hashlib.sha256()
    for sql in ("SELECT name, country, geonameid, aliases_added, aliases_removed FROM places ORDER BY id",
                "SELECT name, aliases, countries, government, opposes FROM actors ORDER BY id"):
        for row in db.execute(sql):
            digest.update(repr(tuple(row)).encode())
        digest.update(b"|")
    return digest.hexdigest()


def make_after_ingest() -> list[AfterIngest]:
    """Return the stages that run after each poll: detection, stories, decisions, outbox."""
    process = make_process_stage(CachedDetector())

    def process_and_count(db: Database, settings: Settings, now: datetime) -> None:
        summary = process(db, settings, now)
        if summary.events:
            metrics.inc("events_detected", summary.events)
        if summary.changes:
            metrics.inc("changes_of_hands", summary.changes)

    return [process_and_count]


def enqueue_feed_health(db: Database, intent: FeedHealthIntent) -> None:
    """Queue a feed-health message for the channels (non-urgent: quiet hours hold it)."""
    queue_alert(db, "feed_health", intent.as_payload(), now=datetime.now(UTC), urgent=False)


class DeliveryJob:
    """Deliver due outbox rows; owns its own connection (jobs run in separate threads)."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.settings = settings
        self.clock = clock
        self._db: Database | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def __call__(self) -> None:
        with self._lock:
            if self._stopping.is_set():
                self._close_db()
                return
            if self._db is None:
                self._db = open_store(self.settings.store_path, migrate=False)
            try:
                summary = deliver_due(self._db, self.settings, self.clock(),
                                      should_stop=self._stopping.is_set)
            finally:
                if self._stopping.is_set():  # close() came while sending: close once the send is marked
                    self._close_db()
        for outcome in ("delivered", "retried", "dead"):
            count = getattr(summary, outcome, 0)
            if count:
                metrics.inc(f"alerts_{'sent' if outcome == 'delivered' else outcome}", count)
                log.info("alerts %s: %d", outcome, count)

    def close(self) -> None:
        """Stop after the message being sent, if any, and close the connection without waiting.

        Called from the stop path while the scheduler may still run this job: closing the
        connection under a send would leave a delivered alert unmarked (sent twice) and log an error.
        """
        self._stopping.set()
        if self._lock.acquire(blocking=False):
            try:
                self._close_db()
            finally:
                self._lock.release()

    def _close_db(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@dataclass
class DaemonParts:
    """Everything `run_daemon` needs besides the settings."""

    after_ingest: list[AfterIngest] = field(default_factory=list)
    extra_jobs: list[Job] = field(default_factory=list)
    on_started: list[Callable[..., None]] = field(default_factory=list)
    on_stopping: list[Callable[..., None]] = field(default_factory=list)


def prepare_store(settings: Settings, now: datetime) -> None:
    """Check the XML parser, migrate the store and copy the config's channels into it."""
    require_safe_expat()
    db = open_store(settings.store_path)
    try:
        with write_transaction(db):
            sync_config_channels(db, settings.channels, now=now)
    finally:
        db.close()


def make_daemon_parts(settings: Settings, *, service: bool = True) -> DaemonParts:
    """Return the stages, jobs and hooks of a full daemon (`service=False`: no HTTP/sd_notify)."""
    delivery = DeliveryJob(settings)
    parts = DaemonParts(
        after_ingest=make_after_ingest(),
        extra_jobs=[
            Job("deliver", delivery, DELIVERY_INTERVAL_S),
            Job("feed-health", make_feed_health_job(settings, enqueue_feed_health), FEED_HEALTH_INTERVAL_S),
        ],
        on_stopping=[lambda _daemon: delivery.close()],
    )
    if service:
        hooks = ServiceHooks(settings)
        parts.on_started.append(hooks.started)
        parts.on_stopping.insert(0, hooks.stopping)
    return parts


def deliver_now(settings: Settings, db: Database, now: datetime) -> Sequence[int]:
    """Deliver what is due at once (the demo and `poll --once` use it); return the counts."""
    summary = deliver_due(db, settings, now)
    return (summary.delivered, summary.retried, summary.dead)
