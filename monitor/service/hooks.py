"""Plug the service parts into the daemon's start and stop (glue: no decisions of its own).

    hooks = ServiceHooks(settings)
    run_daemon(settings, on_started=[hooks.started], on_stopping=[hooks.stopping],
               extra_jobs=[Job("feed-health", make_feed_health_job(settings, enqueue), 300)])

`started` opens a connection for the watchdog, starts the HTTP endpoint (unless
`[http] address = ""`) and the watchdog thread, then sends READY=1 with the endpoint's URL in
STATUS=. `stopping` sends STOPPING=1 first (systemd then knows the exit is wanted), then stops
the watchdog and the endpoint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Protocol

from monitor.config import Settings
from monitor.service.feedhealth import FeedHealthIntent, check_feed_health
from monitor.service.http import DEFAULT_STALE_AFTER_S, ServerHandle, start_http_server
from monitor.service.notify import Notifier
from monitor.store.db import Store, open_store

log = logging.getLogger(__name__)


class Running(Protocol):
    """What the hooks need from the daemon: whether its scheduler runs."""

    def is_running(self) -> bool: ...


class ServiceHooks:
    """Start and stop sd_notify, the watchdog and the HTTP endpoint along with the daemon."""

    def __init__(self, settings: Settings, *, notifier: Notifier | None = None,
                 environ: Mapping[str, str] | None = None,
                 stale_after_s: float = DEFAULT_STALE_AFTER_S) -> None:
        self.settings = settings
        self.notifier = notifier or Notifier.from_env(environ)
        self.stale_after_s = stale_after_s
        self.http: ServerHandle | None = None
        self._db: Store | None = None
        self._stop_watchdog: Callable[[], None] = lambda: None

    def started(self, daemon: Running) -> None:
        """Start the endpoint and the watchdog, then tell systemd the daemon is ready."""
        status = "polling feeds"
        if self.settings.http_address:
            try:
                self.http = start_http_server(self.settings, self.settings.store_path,
                                              is_running=daemon.is_running,
                                              stale_after_s=self.stale_after_s)
                status += f"; status page {self.http.url}/"
            except OSError as exc:
                # The daemon's job is alerts; a busy port must not stop them. Say it loudly.
                log.error("http endpoint not started on %s: %s", self.settings.http_address, exc)
                status += "; http endpoint NOT started"
        if self.notifier.watchdog_interval_s is not None:
            self._db = open_store(self.settings.store_path, migrate=False,
                                  password_env=self.settings.store_password_env)
            self._stop_watchdog = self.notifier.start_watchdog(self._db)
        self.notifier.ready(status)

    def stopping(self, daemon: Running) -> None:
        """Tell systemd the daemon is stopping, then stop the watchdog and the endpoint."""
        self.notifier.stopping()
        self._stop_watchdog()
        if self.http is not None:
            self.http.stop()
            self.http = None
        if self._db is not None:
            self._db.close()
            self._db = None


def make_feed_health_job(settings: Settings,
                         enqueue: Callable[[Store, FeedHealthIntent], None] | None,
                         clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                         **limits: float) -> Callable[[], None]:
    """Return a job that checks feed health and enqueues what to tell the operator."""
    def job() -> None:
        db = open_store(settings.store_path, migrate=False, password_env=settings.store_password_env)
        try:
            for intent in check_feed_health(db, clock(), enqueue=enqueue, **limits):
                log.warning("%s", intent.subject, extra={"feed_url": intent.url, "detail": intent.detail})
        finally:
            db.close()
    return job
