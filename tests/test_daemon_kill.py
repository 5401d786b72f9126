"""kill -9 during ingestion: the store stays valid and each feed's poll landed whole or not at all."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss
from tests.test_daemon import write_config

pytestmark = pytest.mark.timeout(120)

FEEDS, ITEMS, RUNS = 12, 40, 3


def started(store: Path, pid: int) -> bool:
    """Say whether the daemon `pid` recorded its start in the store."""
    try:
        conn = sqlite3.connect(store, timeout=5)
        try:
            row = conn.execute("SELECT value FROM daemon_state WHERE key = 'pid'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == str(pid)


def test_kill_during_ingestion_leaves_every_feed_whole(server: LoopbackServer, tmp_path: Path) -> None:
    """After SIGKILLs at random moments, integrity_check is ok and no feed is half-stored."""
    urls = [server.route(f"/k/{n}.xml", rss([item(n * 1000 + k) for k in range(ITEMS)]))
            for n in range(FEEDS)]
    store = tmp_path / "killed.db"
    config = write_config(tmp_path, store, urls)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    rng = random.Random(5)
    for _ in range(RUNS):
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=ROOT,
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Kill once it has started (a busy machine takes a while to import), while it ingests.
        deadline = time.monotonic() + 30
        while not started(store, proc.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT f.id, f.body_hash, count(a.id) FROM feeds f "
                            "LEFT JOIN articles a ON a.feed_id = f.id GROUP BY f.id").fetchall()
    finally:
        conn.close()
    assert len(rows) == FEEDS
    for feed_id, body_hash, articles in rows:
        # The body hash and the articles are written in one transaction: both or neither.
        assert (body_hash is None and articles == 0) or (body_hash and articles == ITEMS), (feed_id, articles)
    assert any(body_hash for _, body_hash, _ in rows)  # the kills did not all come before any write
