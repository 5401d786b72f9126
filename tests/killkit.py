"""Kill -9 harness for the durability tests and `bench/kill_delivery.py` (D1, D2).

    python -m tests.killkit deliver DB LEASE_S    # worker: deliver until nothing is pending
    python -m tests.killkit process DB            # worker: process every pending article

The harness starts a worker, SIGKILLs it at a random moment, repeats, lets a last worker
finish, then checks what the receiver got and what the store holds.
"""

from __future__ import annotations

import base64
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from monitor.alerts.outbox import deliver_due
from monitor.config import Settings
from monitor.store.channels import add_channel
from monitor.store.db import open_store, write_transaction
from tests.alerts_helpers import independent_verify, payload
from tests.loopback import LoopbackServer, RecordedRequest, Reply

ROOT = Path(__file__).resolve().parent.parent
SECRET = "whsec_" + base64.b64encode(b"kill-9-test-secret-0123456789abc").decode()
SECRET_ENV = "KILLKIT_WEBHOOK_SECRET"


def deliver_worker(db_path: str, lease_s: float) -> int:
    """Deliver until no delivery is pending (waiting out leases left by killed workers)."""
    db = open_store(db_path)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        deliver_due(db, Settings(), datetime.now(UTC), limit=3, lease_s=lease_s)
        if db.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone()[0] == 0:
            return 0
        time.sleep(0.05)
    return 1


def process_worker(db_path: str) -> int:
    """Process every pending article with the tests' fake detector."""
    from monitor.daemon.process import process_pending_articles
    from tests.test_process import FakeDetector

    db = open_store(db_path)
    while process_pending_articles(db, Settings(), datetime.now(UTC), FakeDetector(), limit=20).articles:
        pass
    return 0


@dataclass
class Receiver:
    """Count every alert id that arrives with a valid signature; answer after a short random delay."""

    rng: random.Random
    ids: list[str] = field(default_factory=list)
    bad: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, req: RecordedRequest, raw: BaseHTTPRequestHandler) -> Reply:
        with self.lock:
            delay = self.rng.uniform(0.01, 0.05)
        time.sleep(delay)
        with self.lock:
            if not independent_verify(SECRET, req.headers, req.body):
                self.bad += 1
                return Reply(401)
            self.ids.append(req.headers["webhook-id"])
        return Reply(204)


@dataclass(frozen=True)
class KillResult:
    runs: int
    kills: int
    alerts: int
    received: int
    unique: int
    lost: int
    unknown_ids: int
    max_copies: int
    bad_signatures: int
    integrity: str
    elapsed_s: float


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, SECRET_ENV: SECRET}
    return subprocess.Popen([sys.executable, "-m", "tests.killkit", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_at_random(proc: subprocess.Popen[bytes], rng: random.Random, low: float, high: float) -> bool:
    try:
        proc.wait(timeout=rng.uniform(low, high))
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def _processed(db_path: Path) -> int:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        return int(conn.execute("SELECT count(*) FROM articles WHERE processed = 1").fetchone()[0])
    finally:
        conn.close()


def _kill_once_processing(proc: subprocess.Popen[bytes], db_path: Path, rng: random.Random) -> bool:
    """Kill -9 the worker a few ms after it has committed its first article (mid-work, on any machine).

    A fixed delay either fired before the worker had started (slow start-up) or after it had
    finished (fast machine); waiting for its first commit puts the kill inside the work.
    """
    start = _processed(db_path)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if _processed(db_path) > start:
            time.sleep(rng.uniform(0.0, 0.03))
            break
        time.sleep(0.005)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def kill_delivery(workdir: Path, *, runs: int, alerts: int = 60, seed: int = 1, lease_s: float = 0.5,
                  ) -> KillResult:
    """Queue `alerts` alerts, kill -9 `runs` delivering workers, finish, and report what arrived."""
    started = time.monotonic()
    rng = random.Random(seed)
    receiver = Receiver(random.Random(seed + 1))
    server = LoopbackServer()
    server.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]  # killed peers
    server.start()
    try:
        db_path = workdir / "kill.db"
        db = open_store(db_path)
        add_channel(db, "hook", "webhook", {"url": server.route("/hook", handler=receiver),
                                            "allow_private": True, "secret_env": SECRET_ENV},
                    now=datetime.now(UTC))
        from monitor.alerts.outbox import queue_alert
        with write_transaction(db):
            for i in range(alerts):
                queue_alert(db, "change", payload(place=f"City {i}"), now=datetime.now(UTC), urgent=True)
        expected = {uid for (uid,) in db.execute("SELECT uid FROM alerts").fetchall()}  # the webhook-ids
        db.close()
        kills = 0
        for _ in range(runs):
            kills += _kill_at_random(_spawn("deliver", str(db_path), str(lease_s)), rng, 0.4, 1.0)
        final = _spawn("deliver", str(db_path), str(lease_s))
        _, err = final.communicate(timeout=180)
        assert final.returncode == 0, err.decode(errors="replace")
        ids = list(receiver.ids)
        copies = {i: ids.count(i) for i in set(ids)}
        return KillResult(runs=runs, kills=kills, alerts=alerts, received=len(ids), unique=len(set(ids)),
                          lost=len(expected - set(ids)), unknown_ids=len(set(ids) - expected),
                          max_copies=max(copies.values(), default=0), bad_signatures=receiver.bad,
                          integrity=integrity(db_path), elapsed_s=time.monotonic() - started)
    finally:
        server.stop()


def seed_articles(db_path: Path, cities: int, outlets: int) -> None:
    """Store `cities` × `outlets` articles, each reporting its city fell (for the process worker)."""
    from tests.test_process import article

    db = open_store(db_path)
    add_channel(db, "hook", "webhook", {"url": "https://hooks.example/in"}, now=datetime.now(UTC))
    from monitor.store.articles import upsert_articles
    now = datetime.now(UTC)
    items = [article(f"outlet{o}.com", f"City{c} falls to Taliban", now, slug=f"c{c}")
             for c in range(cities) for o in range(outlets)]
    upsert_articles(db, None, items, now)
    db.close()


def check_process_invariants(db_path: Path) -> list[str]:
    """Return every broken invariant: a change without its alert, an alert without its outbox row…"""
    conn = sqlite3.connect(db_path)
    problems = []
    try:
        queries = {
            "change without alert": "SELECT count(*) FROM control_changes c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM alerts a WHERE a.change_id = c.id AND a.kind = 'change')",
            "alert without delivery": "SELECT count(*) FROM alerts a WHERE NOT EXISTS "
                                      "(SELECT 1 FROM deliveries d WHERE d.alert_id = a.id)",
            "processed article without events": (
                "SELECT count(*) FROM articles a WHERE a.processed = 1 AND "
                "NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)"),
            "event without processed article": "SELECT count(*) FROM events e JOIN articles a "
                                               "ON a.id = e.article_id WHERE a.processed = 0",
            "more than one change per city": "SELECT count(*) FROM (SELECT place FROM control_changes "
                                             "GROUP BY place HAVING count(*) > 1)",
        }
        for name, sql in queries.items():
            n = conn.execute(sql).fetchone()[0]
            if n:
                problems.append(f"{name}: {n}")
        status = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if status != "ok":
            problems.append(f"integrity_check: {status}")
    finally:
        conn.close()
    return problems


def kill_processing(workdir: Path, *, runs: int, cities: int = 10, outlets: int = 30, seed: int = 2,
                    ) -> tuple[int, list[str], int]:
    """Kill -9 `runs` processing workers; return (kills, broken invariants seen, changes at the end)."""
    rng = random.Random(seed)
    db_path = workdir / "process.db"
    seed_articles(db_path, cities, outlets)
    kills, problems = 0, []
    for _ in range(runs):
        kills += _kill_once_processing(_spawn("process", str(db_path)), db_path, rng)
        problems += check_process_invariants(db_path)
    final = _spawn("process", str(db_path))
    _, err = final.communicate(timeout=180)
    assert final.returncode == 0, err.decode(errors="replace")
    problems += check_process_invariants(db_path)
    conn = sqlite3.connect(db_path)
    changes = conn.execute("SELECT count(*) FROM control_changes").fetchone()[0]
    unprocessed = conn.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0]
    conn.close()
    if unprocessed:
        problems.append(f"unprocessed articles at the end: {unprocessed}")
    return kills, problems, changes


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "deliver":
        sys.exit(deliver_worker(sys.argv[2], float(sys.argv[3])))
    if mode == "process":
        sys.exit(process_worker(sys.argv[2]))
    sys.exit(f"unknown mode {mode!r}")
