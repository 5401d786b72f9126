"""One daemon per SQLite store: an `flock` on a file beside the store (`monitor.db.lock`).

    lock = lock_store(Path("/var/lib/monitor/monitor.db"))   # StoreLockedError if one runs
    ...
    lock.release()

The kernel drops the lock when the process ends, however it ends (kill -9 included), so a crash
never leaves a stale lock behind; the file keeps the holder's pid only to name it in the refusal.
The descriptor is opened close-on-exec, and the parse pool starts from a forkserver (never a fork
of the daemon), so no child process keeps the lock alive after the daemon is gone.

A PostgreSQL store takes no lock: several instances share it by design (issue 12).
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import MonitorError


class StoreLockedError(MonitorError):
    """Another daemon holds the store's lock."""

    def __init__(self, store: Path, pid: int | None) -> None:
        self.store = store
        self.pid = pid
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"a daemon is already running on {store} ({who}); stop it before starting another")


@dataclass
class StoreLock:
    """A held lock; `release()` (or the process's end) lets another daemon start."""

    path: Path
    fd: int | None

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def lock_path_for(store: Path) -> Path:
    """Return the lock file of a store: the store's name plus `.lock`, in the same folder."""
    return store.with_name(store.name + ".lock")


def lock_store(store: Path) -> StoreLock:
    """Take the store's lock without waiting and write our pid in it.

    Raises StoreLockedError naming the holder's pid when another process holds it.
    """
    path = lock_path_for(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _read_pid(fd)
        os.close(fd)
        raise StoreLockedError(store, holder) from None
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return StoreLock(path, fd)


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
