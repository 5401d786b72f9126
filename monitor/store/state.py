"""The daemon's key/value state (`daemon_state`): heartbeat, pid and the last cycle's summary.

`monitor status` reads these keys to tell whether the daemon is alive:

    heartbeat            ISO UTC time of the daemon's last sign of life
    pid                  the daemon's process id
    started              when the running daemon started
    stopped              when it last stopped cleanly (absent while it runs)
    last_cycle_started   ISO UTC
    last_cycle_finished  ISO UTC
    last_cycle           JSON summary of the last poll cycle

These keys tell of the last daemon to write them. Several instances sharing a store each have
their own row in `instances` (host, pid, stages, heartbeat), which `monitor status` lists.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from monitor.model import DaemonInstance
from monitor.store.db import Store, take_turns, write_transaction
from monitor.store.times import from_iso, to_iso


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
    take_turns(db, f"daemon_state:{key}")
    return get_state(db, key)


def get_all_state(db: Store) -> dict[str, str]:
    """Return every key and value."""
    return {k: v for k, v in db.execute("SELECT key, value FROM daemon_state ORDER BY key")}


def write_heartbeat(db: Store, now: datetime, pid: int, owner: str | None = None) -> None:
    """Record that the daemon with this pid (and its instance row, given its owner) is alive at `now`."""
    with write_transaction(db):
        set_state(db, {"heartbeat": to_iso(now), "pid": str(pid)})
        if owner is not None:
            db.execute("UPDATE instances SET heartbeat = ? WHERE owner = ?", [to_iso(now), owner])


INSTANCES_KEPT = timedelta(days=7)  # a stopped or dead instance is listed for a week


def record_instance_start(db: Store, instance: DaemonInstance) -> None:
    """Record a starting instance, and forget those not heard of for a week."""
    with write_transaction(db):
        db.execute("DELETE FROM instances WHERE heartbeat < ?", [to_iso(instance.started - INSTANCES_KEPT)])
        db.execute("INSERT INTO instances (owner, host, pid, roles, started, heartbeat) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(owner) DO UPDATE SET started = excluded.started, "
                   "heartbeat = excluded.heartbeat, roles = excluded.roles, stopped = NULL",
                   [instance.owner, instance.host, instance.pid, ",".join(instance.roles),
                    to_iso(instance.started), to_iso(instance.heartbeat)])


def record_instance_stop(db: Store, owner: str, now: datetime) -> None:
    """Record an instance's clean stop."""
    with write_transaction(db):
        db.execute("UPDATE instances SET stopped = ? WHERE owner = ?", [to_iso(now), owner])


def get_instances(db: Store) -> list[DaemonInstance]:
    """Return the instances recorded in the store, the most recently heard of first."""
    rows = db.execute("SELECT owner, host, pid, roles, started, heartbeat, stopped FROM instances "
                      "ORDER BY heartbeat DESC, owner").fetchall()
    return [DaemonInstance(owner, host, int(pid), tuple(r for r in roles.split(",") if r),
                           from_iso(started) or datetime.min, from_iso(heartbeat) or datetime.min,
                           from_iso(stopped))
            for owner, host, pid, roles, started, heartbeat, stopped in rows]


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
