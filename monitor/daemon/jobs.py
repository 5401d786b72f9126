"""The daemon's fixed jobs as plain callables: the poll cycle and the heartbeat.

Each job owns its SQLite connection (jobs may run at the same time in the scheduler's threads;
one connection is never shared between two of them). The poll job also keeps one event loop and
one HTTP client across cycles, so connections to the same hosts are reused.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.cycle import AfterIngest, CycleSummary, run_cycle_async
from monitor.daemon.parsepool import make_parse_pool
from monitor.feeds.fetch import make_client
from monitor.store.db import open_store
from monitor.store.state import write_heartbeat

log = logging.getLogger("monitor.daemon")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Return the current time in UTC (the daemon's only clock)."""
    return datetime.now(UTC)


class PollJob:
    """Run one poll cycle per call; `cancel()` from another thread stops an in-flight cycle."""

    def __init__(self, settings: Settings, *, after_ingest: Sequence[AfterIngest] = (),
                 clock: Clock = utc_now, pid: int | None = None) -> None:
        self.settings = settings
        self.after_ingest = tuple(after_ingest)
        self.clock = clock
        self.pid = pid if pid is not None else os.getpid()
        self.cycles = 0
        self.last_summary: CycleSummary | None = None
        self._db: Database | None = None
        self._runner: asyncio.Runner | None = None
        self._client: httpx.AsyncClient | None = None
        self._pool: Executor | None = None
        self._no_pool = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[Any] | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    def __call__(self) -> CycleSummary | None:
        if self._stopping.is_set():
            return None
        if self._db is None:
            self._db = open_store(self.settings.store_path, migrate=False)
        if self._runner is None:
            self._runner = asyncio.Runner()
        now = self.clock()
        write_heartbeat(self._db, now, self.pid)
        try:
            summary = self._runner.run(self._cycle(self._db, now))
        except asyncio.CancelledError:
            log.info("poll cycle cancelled: the daemon is stopping")
            return None
        self.cycles += 1
        self.last_summary = summary
        if self._pool is not None and getattr(self._pool, "_broken", False):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None  # a new one next cycle
        write_heartbeat(self._db, self.clock(), self.pid)
        return summary

    async def _cycle(self, db: Database, now: datetime) -> CycleSummary:
        with self._lock:
            self._loop = asyncio.get_running_loop()
            self._task = asyncio.current_task()
        try:
            if self._stopping.is_set():
                raise asyncio.CancelledError
            if self._client is None:
                self._client = make_client(self.settings)
            if self._pool is None and self.settings.parse_workers > 0 and not self._no_pool:
                try:
                    self._pool = make_parse_pool(self.settings.parse_workers)
                except (OSError, ImportError, ValueError) as exc:  # e.g. no /dev/shm semaphores
                    log.warning("cannot start parser processes (%s): parsing in the daemon's process", exc)
                    self._no_pool = True
            return await run_cycle_async(db, self.settings, now, client=self._client,
                                         after_ingest=self.after_ingest, parse_pool=self._pool)
        finally:
            with self._lock:
                self._task = None

    def cancel(self) -> None:
        """Stop: no new cycle starts, and the running one is cancelled at its next await.

        Every feed's writes are one transaction with no await inside, so cancelling never leaves
        a half-written feed.
        """
        self._stopping.set()
        with self._lock:
            if self._loop is not None and self._task is not None:
                self._loop.call_soon_threadsafe(self._task.cancel)

    def close(self) -> None:
        """Close the client, the event loop and the connection (after the scheduler stopped)."""
        if self._runner is not None:
            if self._client is not None:
                try:
                    self._runner.run(self._client.aclose())
                except Exception:
                    log.debug("closing the HTTP client failed", exc_info=True)
            self._runner.close()
            self._runner = None
        self._client = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        if self._db is not None:
            self._db.close()
            self._db = None


class HeartbeatJob:
    """Write the heartbeat (and pid) on its own connection, even while a long cycle runs."""

    def __init__(self, settings: Settings, *, clock: Clock = utc_now, pid: int | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.pid = pid if pid is not None else os.getpid()
        self._db: Database | None = None

    def __call__(self) -> None:
        if self._db is None:
            self._db = open_store(self.settings.store_path, migrate=False)
        write_heartbeat(self._db, self.clock(), self.pid)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
