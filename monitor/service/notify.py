"""Tell systemd how the daemon is doing (sd_notify), without a dependency; no-op outside systemd.

The protocol is one datagram of `KEY=VALUE` lines sent to the AF_UNIX socket named by
$NOTIFY_SOCKET (a path, or an abstract name written with a leading `@`). `WATCHDOG=1` is sent
only after the store answered a ping, so a daemon whose database hangs is restarted by systemd
rather than reported alive (the miniflux rule, RELIABILITY.md §6, S2).
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Callable, Mapping

from monitor.errors import StoreError
from monitor.store.db import Store
from monitor.store.views import ping

log = logging.getLogger(__name__)


def store_answers(db: Store) -> bool:
    """Return True when the store runs a trivial query; never raises."""
    try:
        ping(db)
    except (sqlite3.Error, StoreError, AttributeError, ValueError):
        return False
    return True


class Notifier:
    """Send service notifications to systemd when it asked for them."""

    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self.watchdog_usec = watchdog_usec

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Notifier:
        """Read $NOTIFY_SOCKET and $WATCHDOG_USEC (honouring $WATCHDOG_PID) from the environment."""
        env = environ if environ is not None else os.environ
        usec: int | None = None
        pid = env.get("WATCHDOG_PID")
        if env.get("WATCHDOG_USEC") and (not pid or pid == str(os.getpid())):
            try:
                usec = int(env["WATCHDOG_USEC"]) or None
            except ValueError:
                usec = None
        return cls(env.get("NOTIFY_SOCKET"), usec)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    @property
    def watchdog_interval_s(self) -> float | None:
        """Return how often to call `watchdog()`: half of WatchdogSec, or None when unset."""
        return self.watchdog_usec / 2_000_000 if self.watchdog_usec else None

    def send(self, *lines: str) -> bool:
        """Send `lines` as one notification; return False when disabled or the send failed."""
        if self.address is None:
            return False
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(target)
                sock.sendall("\n".join(lines).encode("utf-8"))
        except OSError as exc:
            # Losing one notification must never take the daemon down; systemd will notice.
            log.warning("sd_notify to %s failed: %s", self.address, exc)
            return False
        return True

    def ready(self, status: str = "polling feeds") -> bool:
        """Say the daemon is up (the store is open and the scheduler started)."""
        return self.send("READY=1", f"STATUS={status}", f"MAINPID={os.getpid()}")

    def watchdog(self, db: Store) -> bool:
        """Pet the watchdog, but only while the store answers; return whether it was sent."""
        if self.address is None or not store_answers(db):
            return False
        return self.send("WATCHDOG=1")

    def start_watchdog(self, db: Store) -> Callable[[], None]:
        """Pet the watchdog from a daemon thread every WatchdogSec/2; return a function that stops it.

        Does nothing (and returns a no-op) when systemd did not ask for a watchdog. A thread of
        its own keeps pinging while a long poll cycle runs, and stops pinging when the store
        stops answering, which is the point.
        """
        interval = self.watchdog_interval_s
        if self.address is None or interval is None:
            return lambda: None
        stop = threading.Event()

        def loop() -> None:
            while True:
                self.watchdog(db)
                if stop.wait(interval):
                    return

        thread = threading.Thread(target=loop, name="sd-watchdog", daemon=True)
        thread.start()

        def stopper() -> None:
            stop.set()
            thread.join(timeout=interval + 1)

        return stopper

    def status(self, text: str) -> bool:
        """Show `text` in `systemctl status`."""
        return self.send(f"STATUS={text}")

    def stopping(self) -> bool:
        """Say the daemon is shutting down (so systemd does not count it as a crash)."""
        return self.send("STOPPING=1", "STATUS=stopping")
