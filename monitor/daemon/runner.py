"""The daemon process: open the store, start the stages, stop cleanly on SIGINT/SIGTERM.

    daemon = Daemon(settings, workers=[detect, deliver], on_ingest=[detect.wake])
    daemon.start(); daemon.wait(); daemon.stop()      # what `run_daemon` does, with signals

The poller fetches each feed when it is due; the workers (detection, delivery) drain their
tables when woken; a small scheduler runs the fixed periodic jobs (heartbeat, feed health).
Stopping cancels the fetches at their next await (every write is a transaction, so nothing is
half-written), lets each worker finish its current item, and exits within STOP_DEADLINE_S even
if something hangs.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable, Sequence
from types import FrameType

from apscheduler.schedulers.base import BaseScheduler

from monitor.config import Settings
from monitor.daemon.jobs import Clock, HeartbeatJob, open_settings_store, utc_now
from monitor.daemon.poller import Poller
from monitor.daemon.scheduler import Job, make_scheduler
from monitor.daemon.workers import Worker
from monitor.model import DaemonInstance
from monitor.store.articles import release_article_leases
from monitor.store.db import Store, display_target
from monitor.store.feeds import release_feed_leases, sync_config_feeds
from monitor.store.state import (
    record_daemon_start,
    record_daemon_stop,
    record_instance_start,
    record_instance_stop,
)
from monitor.store.work import get_lease_owners

log = logging.getLogger("monitor.daemon")

HEARTBEAT_S = 15.0
STOP_DEADLINE_S = 8.0  # systemd and the tests allow 10 s from SIGTERM to exit


def release_dead_local_leases(db: Store) -> int:
    """Give back the leases of instances of this host whose process is gone (killed); return how many.

    Another host's instances are left to their lease's end: only their own host can tell they died.
    A killed daemon restarted on the same host thus resumes at once, not after the lease.
    """
    host = socket.gethostname()
    released = 0
    for owner in get_lease_owners(db):
        owner_host, _, rest = owner.partition(":")
        pid_text = rest.partition(":")[0]
        if owner_host != host or not pid_text.isdigit() or _process_exists(int(pid_text)):
            continue
        released += release_feed_leases(db, owner) + release_article_leases(db, owner)
        log.info("gave back the leases of %s (its process is gone)", owner)
    return released


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def instance_owner() -> str:
    """Return this instance's lease owner id, unique across machines and restarts: host:pid:random."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


class Daemon:
    """The poller, the workers given, and a scheduler for the heartbeat and the extra jobs."""

    def __init__(self, settings: Settings, *, extra_jobs: Sequence[Job] = (),
                 workers: Sequence[Worker] = (), on_ingest: Sequence[Callable[[], None]] = (),
                 poll: bool = True, clock: Clock = utc_now, owner: str | None = None,
                 on_started: Sequence[Callable[[Daemon], None]] = (),
                 on_stopping: Sequence[Callable[[Daemon], None]] = ()) -> None:
        self.settings = settings
        self.clock = clock
        self.pid = os.getpid()
        self.owner = owner or instance_owner()
        self.poller = Poller(settings, clock=clock, owner=self.owner, on_ingest=on_ingest) if poll else None
        self.workers = tuple(workers)
        self.heartbeat = HeartbeatJob(settings, clock=clock, pid=self.pid, owner=self.owner)
        self.extra_jobs = tuple(extra_jobs)
        self.on_started = tuple(on_started)
        self.on_stopping = tuple(on_stopping)
        self.scheduler: BaseScheduler | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        """Migrate the store, sync the configured feeds, record the start and start the jobs."""
        now = self.clock()
        db = open_settings_store(self.settings)
        try:
            added, changed = sync_config_feeds(db, self.settings, now)
            record_daemon_start(db, now, self.pid)
            me = DaemonInstance(self.owner, socket.gethostname(), self.pid, self.stages(), now, now)
            record_instance_start(db, me)
            release_dead_local_leases(db)
        finally:
            db.close()
        self.heartbeat()
        jobs = [Job("heartbeat", self.heartbeat, HEARTBEAT_S), *self.extra_jobs]
        self.scheduler = make_scheduler(jobs, now)
        self.scheduler.start()
        for worker in self.workers:
            worker.start()
        if self.poller is not None:
            self.poller.start()
        log.info("daemon started: pid %d, owner %s, store %s, %d config feeds added, %d changed; stages: %s",
                 self.pid, self.owner, display_target(self.settings.store_path), added, changed,
                 ", ".join(self.stages()) or "none")
        for hook in self.on_started:
            hook(self)

    def stages(self) -> tuple[str, ...]:
        """Return the names of the stages this instance runs (poll, then its workers)."""
        return (*(["poll"] if self.poller else []), *(w.name for w in self.workers))

    def is_running(self) -> bool:
        """Say whether the scheduler and every stage are running (for health checks)."""
        return (self.scheduler is not None and self.scheduler.running and not self._stop.is_set()
                and (self.poller is None or self.poller.is_alive())
                and all(w.is_alive() for w in self.workers))

    def request_stop(self, *_: object) -> None:
        """Ask the daemon to stop (safe from a signal handler)."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until a stop is requested (or `timeout`); return whether it was."""
        return self._stop.wait(timeout)

    def stop(self) -> None:
        """Cancel the fetches, stop the workers and jobs (bounded), record the stop."""
        self._stop.set()
        log.info("daemon stopping")
        for hook in self.on_stopping:
            try:
                hook(self)
            except Exception:
                log.exception("stop hook failed")
        deadline = time.monotonic() + STOP_DEADLINE_S
        stopped = self.poller.stop(STOP_DEADLINE_S / 2) if self.poller is not None else True
        for worker in self.workers:
            stopped = worker.stop(max(0.1, deadline - time.monotonic() - 1.0)) and stopped
        if not stopped:
            log.error("a stage did not stop within %.0fs; exiting anyway (its transaction rolls back)",
                      STOP_DEADLINE_S)
            _record_stop(self.settings, self.clock, self.owner)
            logging.shutdown()
            os._exit(0)
        if self.scheduler is not None and self.scheduler.running:
            done = threading.Event()

            def shutdown() -> None:
                assert self.scheduler is not None
                self.scheduler.shutdown(wait=True)
                done.set()

            threading.Thread(target=shutdown, name="scheduler-shutdown", daemon=True).start()
            if not done.wait(max(0.1, deadline - time.monotonic())):
                log.error("a job did not stop within %.0fs; exiting anyway (its transaction rolls back)",
                          STOP_DEADLINE_S)
                _record_stop(self.settings, self.clock, self.owner)
                logging.shutdown()
                os._exit(0)
        self.heartbeat.close()
        _record_stop(self.settings, self.clock, self.owner)
        log.info("daemon stopped")


def _record_stop(settings: Settings, clock: Clock, owner: str) -> None:
    try:
        db = open_settings_store(settings, migrate=False)
        try:
            now = clock()
            record_daemon_stop(db, now)
            record_instance_stop(db, owner, now)
        finally:
            db.close()
    except Exception:
        log.exception("could not record the stop")


def run_daemon(settings: Settings, *, extra_jobs: Sequence[Job] = (), workers: Sequence[Worker] = (),
               on_ingest: Sequence[Callable[[], None]] = (), poll: bool = True, owner: str | None = None,
               on_started: Sequence[Callable[[Daemon], None]] = (),
               on_stopping: Sequence[Callable[[Daemon], None]] = ()) -> int:
    """Run the daemon in this process until SIGINT or SIGTERM; return the exit status (0)."""
    daemon = Daemon(settings, extra_jobs=extra_jobs, workers=workers, on_ingest=on_ingest, poll=poll,
                    owner=owner, on_started=on_started, on_stopping=on_stopping)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s", signal.Signals(signum).name)
        daemon.request_stop()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        daemon.start()
        while not daemon.wait(1.0):
            pass
    finally:
        daemon.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
