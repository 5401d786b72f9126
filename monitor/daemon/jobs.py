"""The daemon's clock, its heartbeat job, and the store made ready before anything runs.

The heartbeat owns its store connection (jobs run in the scheduler's threads; one connection is
never shared between two of them), so it keeps beating while the stages are busy.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime

from monitor.config import Settings
from monitor.feeds.safexml import require_safe_expat
from monitor.store.channels import sync_config_channels
from monitor.store.db import Store, open_store, write_transaction
from monitor.store.state import write_heartbeat

log = logging.getLogger("monitor.daemon")

Clock = Callable[[], datetime]


def open_settings_store(settings: Settings, *, migrate: bool = True) -> Store:
    """Open the store the settings name (a SQLite file or a PostgreSQL URL, its password env var)."""
    return open_store(settings.store_path, migrate=migrate, password_env=settings.store_password_env)


def prepare_store(settings: Settings, now: datetime) -> None:
    """Check the XML parser, migrate the store and copy the config's channels into it."""
    require_safe_expat()
    db = open_settings_store(settings)
    try:
        with write_transaction(db):
            sync_config_channels(db, settings.channels, now=now)
    finally:
        db.close()


def utc_now() -> datetime:
    """Return the current time in UTC (the daemon's only clock)."""
    return datetime.now(UTC)


class HeartbeatJob:
    """Write the heartbeat (and pid) on its own connection, even while a long cycle runs."""

    def __init__(self, settings: Settings, *, clock: Clock = utc_now, pid: int | None = None,
                 owner: str | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.pid = pid if pid is not None else os.getpid()
        self.owner = owner  # this instance's row in `instances`, renewed too
        self._db: Store | None = None

    def __call__(self) -> None:
        if self._db is None:
            self._db = open_settings_store(self.settings, migrate=False)
        write_heartbeat(self._db, self.clock(), self.pid, self.owner)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
