"""The daemon's key/value state (`daemon_state`): heartbeat, pid and the last cycle's summary.

`monitor status` reads these keys to tell whether the daemon is alive:

    heartbeat            ISO UTC time of the daemon's last sign of life
    pid                  the daemon's process id
    started              when the running daemon started
    stopped              when it last stopped cleanly (absent while it runs)
    last_cycle_started   ISO UTC
    last_cycle_finished  ISO UTC
    last_cycle           JSON summary of the last poll cycle
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from monitor.store.db import POSTGRESQL, Store, write_transaction
from monitor.store.times import to_iso


def set_state(db: Store, values: dict[str, str | None]) -> None:
    """Write several keys at once (None deletes a key)."""
    with write_transaction(db):
        for key, value in values.items():
            if value is None:
                db.execute("DELETE FROM daemon_state WHERE key = ?", [key])
            else:
                db.execute("INSERT INTO daemon_state (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def get_state(db: Store, key: str) -> str | None:
    """Return one key's value, or None."""
    row = db.execute("SELECT value FROM daemon_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def get_state_for_update(db: Store, key: str) -> str | None:
    """Return one key's value and hold the key until the write transaction ends.

    Instances sharing a PostgreSQL store that read, decide and write the same key (the feed-health
    flags) take turns, so the second one sees what the first decided. SQLite's write transactions
    (BEGIN IMMEDIATE) already take turns.
    """
    if db.dialect == POSTGRESQL:
        db.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [f"daemon_state:{key}"])
    return get_state(db, key)


def get_all_state(db: Store) -> dict[str, str]:
    """Return every key and value."""
    return {k: v for k, v in db.execute("SELECT key, value FROM daemon_state ORDER BY key")}


def write_heartbeat(db: Store, now: datetime, pid: int) -> None:
    """Record that the daemon with this pid is alive at `now`."""
    set_state(db, {"heartbeat": to_iso(now), "pid": str(pid)})


def record_daemon_start(db: Store, now: datetime, pid: int) -> None:
    """Record a daemon start (and forget the previous clean stop)."""
    set_state(db, {"started": to_iso(now), "heartbeat": to_iso(now), "pid": str(pid), "stopped": None})


def record_daemon_stop(db: Store, now: datetime) -> None:
    """Record a clean stop: no pid, so status does not wait for a heartbeat that will not come."""
    set_state(db, {"stopped": to_iso(now), "pid": None})


def record_cycle(db: Store, started: datetime, finished: datetime, summary: dict[str, Any]) -> None:
    """Record the last poll cycle: when it ran and what it did."""
    set_state(db, {"last_cycle_started": to_iso(started), "last_cycle_finished": to_iso(finished),
                   "last_cycle": json.dumps(summary, sort_keys=True)})
