"""Put the daemon together from its parts (glue: no business logic of its own).

    poller ─wake─► detection worker (detect → stories → decide → alert + outbox) ─wake─► delivery worker
    feed-health job ─► operator alerts through the same outbox ─wake─► delivery worker
    on start: expat check, config channels synced, HTTP endpoint, sd_notify

Like reader's `make_reader`, collaborators are made here once and passed in, not imported as
globals by the modules that use them.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import math
import sys
import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from monitor.alerts.outbox import deliver_due, queue_alert
from monitor.config import Settings
from monitor.daemon.buildchild import BuildError, build_in_child
from monitor.daemon.cycle import AfterIngest
from monitor.daemon.process import Detector, process_pending_articles
from monitor.daemon.runner import instance_owner
from monitor.daemon.scheduler import Job
from monitor.daemon.workers import DeliveryStage, DetectStage, Worker, count_detection
from monitor.match.control import make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.model import Watchlist
from monitor.service.feedhealth import FeedHealthIntent
from monitor.service.hooks import ServiceHooks, make_feed_health_job
from monitor.store.db import Store
from monitor.store.watchlist import get_watchlist
from monitor.store.work import get_watchlist_fingerprint, has_pending_articles

log = logging.getLogger("monitor.daemon")

FEED_HEALTH_INTERVAL_S = 300.0


class CachedDetector:
    """Build the detector from the store's watchlist, again only when the watchlist changed.

    The CLI edits the watchlist while the daemon runs; a cheap fingerprint of the places and
    actors rows, read each cycle, picks the change up without a restart. With `child` (the
    daemon's settings), the detector is built in a child process (`buildchild`), so the build's
    temporaries never stay in the daemon's memory, however often the watchlist changes; if the
    child fails, it is built here.
    """

    def __init__(self, build: Callable[[Watchlist], Detector] = make_detector,
                 load: Callable[[Store], Watchlist] = get_watchlist, *, recheck_s: float = 0.0,
                 child: Settings | None = None) -> None:
        self.build = build
        self.load = load
        self.child = child
        self.recheck_s = recheck_s  # the daemon reads the fingerprint at most this often
        self._fingerprint: str | None = None
        self._detector: Detector | None = None
        self._checked = -math.inf

    def __call__(self, db: Store) -> Detector:
        if self._detector is not None and time.monotonic() - self._checked < self.recheck_s:
            return self._detector
        fingerprint = watchlist_fingerprint(db)
        self._checked = time.monotonic()
        if self._detector is None or fingerprint != self._fingerprint:
            self._detector = None  # the old one goes before the new one comes
            self._detector = detector = self._build(db)
            self._fingerprint = fingerprint
            get_gazetteer.cache_clear()
            release_freed_memory()
            log.info("watchlist: %d places, %d actors", len(getattr(detector, "places", ())),
                     len(getattr(detector, "actors", ())))
        return self._detector

    def _build(self, db: Store) -> Detector:
        if self.child is not None:
            try:
                return build_in_child(self.child)
            except BuildError as exc:
                log.warning("%s; building it in this process", exc)
        return self.build(self.load(db))


watchlist_fingerprint = get_watchlist_fingerprint


def release_freed_memory() -> None:
    """Give the memory freed by the gazetteer back to the system (glibc keeps it otherwise).

    Measured with 10,000 watched places: ~18 MB of resident memory returned after a build.
    """
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)

ROLES = ("poll", "detect", "deliver", "web")
WATCHLIST_RECHECK_S = 2.0  # CLI edits of the watchlist reach the daemon's detector within this
DETECT_IDLE_S = 5.0  # articles stored by another process (the CLI, another instance) wait at most this
DELIVERY_IDLE_S = 5.0  # alerts queued by another process wait at most this


def make_after_ingest() -> list[AfterIngest]:
    """Return the stage that runs after a one-off poll: detect EVERY pending article, record, alert.

    The detector (and the gazetteer behind it) is built only when an article is pending.
    """
    detector = CachedDetector()

    def detect_all(db: Store, settings: Settings, now: datetime) -> None:
        if not has_pending_articles(db):
            return
        summary = process_pending_articles(db, settings, now, detector(db), limit=sys.maxsize)
        count_detection(summary)
        if summary.articles:
            log.info("processed %d articles: %d events, %d changes, %d alerts", summary.articles,
                     summary.events, summary.changes, summary.alerts)

    return [detect_all]


def make_enqueue_feed_health(wake: Callable[[], None]) -> Callable[[Store, FeedHealthIntent], None]:
    """Return the feed-health job's sink: queue a message for the channels, then wake delivery."""
    def enqueue(db: Store, intent: FeedHealthIntent) -> None:
        queue_alert(db, "feed_health", intent.as_payload(), now=datetime.now(UTC), urgent=False)
        wake()

    return enqueue


@dataclass
class DaemonParts:
    """Everything `run_daemon` needs besides the settings."""

    poll: bool = True
    owner: str | None = None  # the lease owner id of this instance (host:pid:random)
    workers: list[Worker] = field(default_factory=list)
    on_ingest: list[Callable[[], None]] = field(default_factory=list)
    extra_jobs: list[Job] = field(default_factory=list)
    on_started: list[Callable[..., None]] = field(default_factory=list)
    on_stopping: list[Callable[..., None]] = field(default_factory=list)


def make_daemon_parts(settings: Settings, *, service: bool = True, roles: Collection[str] = ROLES,
                      owner: str | None = None,
                      clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> DaemonParts:
    """Return the stages, jobs and hooks of a daemon running `roles` (`service=False`: no HTTP/sd_notify).

    Roles let a deployment split the work (issue 12): `poll` fetches feeds, `detect` reads
    articles, `deliver` sends alerts (and the feed-health messages), `web` serves the HTTP
    endpoint. In one process the stages wake each other; across processes the store's tables
    carry the work and each worker's idle check picks it up.
    """
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown role(s): {', '.join(sorted(unknown))} (known: {', '.join(ROLES)})")
    owner = owner or instance_owner()
    stopping = threading.Event()
    parts = DaemonParts(poll="poll" in roles, owner=owner, on_stopping=[lambda _daemon: stopping.set()])
    wake_delivery: list[Callable[[], None]] = []
    if "deliver" in roles:
        delivery = DeliveryStage(settings, clock=clock, should_stop=stopping.is_set)
        deliver = Worker("deliver", delivery, idle_s=DELIVERY_IDLE_S, close=delivery.close)
        parts.workers.append(deliver)
        wake_delivery.append(deliver.wake)
        parts.extra_jobs.append(Job("feed-health", make_feed_health_job(
            settings, make_enqueue_feed_health(deliver.wake)), FEED_HEALTH_INTERVAL_S))
    if "detect" in roles:
        detection = DetectStage(settings, CachedDetector(recheck_s=WATCHLIST_RECHECK_S, child=settings),
                                clock=clock,
                                on_alerts=wake_delivery, owner=owner)
        detect = Worker("detect", detection, idle_s=DETECT_IDLE_S, close=detection.close)
        parts.workers.insert(0, detect)
        parts.on_ingest.append(detect.wake)
    if service and "web" in roles:
        hooks = ServiceHooks(settings)
        parts.on_started.append(hooks.started)
        parts.on_stopping.insert(0, hooks.stopping)
    return parts


def deliver_now(settings: Settings, db: Store, now: datetime) -> Sequence[int]:
    """Deliver what is due at once (the demo and `poll --once` use it); return the counts."""
    summary = deliver_due(db, settings, now)
    return (summary.delivered, summary.retried, summary.dead)
