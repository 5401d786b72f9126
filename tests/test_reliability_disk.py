"""D4: a full disk leaves the store valid, the cycle logs and carries on, and polling resumes with space.

Two ways to run out of space: SQLite's `max_page_count` on the cycle's own connection (runs
everywhere), and the real daemon with its store on a tiny tmpfs filled with ballast (needs
root to mount; skipped with the reason otherwise).
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.cycle import run_cycle
from monitor.model import Feed
from monitor.store.articles import count_articles
from monitor.store.feeds import add_feed, get_feed
from tests.conftest import ROOT
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss

pytestmark = pytest.mark.timeout(120)

SETTINGS = Settings(concurrency=4, per_host=2, min_interval_s=60, default_interval_s=600,
                    total_timeout_s=5, connect_timeout_s=2, parse_workers=0)
LONG = "A long dispatch from the province, with quotes from residents and officials. " * 20


def integrity(conn: sqlite3.Connection | Database) -> str:
    return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_cycle_on_a_full_store_fails_the_poll_keeps_the_store_and_resumes(
        server: LoopbackServer, db: Database, caplog: pytest.LogCaptureFixture) -> None:
    """With no room to grow the poll fails with its reason, the store stays valid; the next stores all."""
    url = server.route("/big.xml", rss([item(n, text=LONG) for n in range(150)]))
    add_feed(db, Feed(url=url, allow_private=True), datetime.now(UTC))
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file may grow by two pages only
    now = datetime.now(UTC)
    with caplog.at_level(logging.INFO):
        full = run_cycle(db, SETTINGS, now)  # returns: a full disk is a failed poll, not a crash
    assert (full.failed, full.new_articles) == (1, 0)
    assert "full" in (get_feed(db, url).last_error or "")
    assert any("full" in r.getMessage() for r in caplog.records if r.name.startswith("monitor"))
    assert integrity(db) == "ok" and count_articles(db) == 0  # all or nothing: no half-stored feed
    db.execute("PRAGMA max_page_count = 1073741823")  # space returns
    resumed = run_cycle(db, SETTINGS, now + timedelta(hours=3))
    assert (resumed.ok, resumed.new_articles) == (1, 150)
    assert count_articles(db) == 150 and integrity(db) == "ok"
    assert get_feed(db, url).error_count == 0


# ------------------------------------------------------------------ the real daemon on a tiny disk

@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """Mount an 8 MiB tmpfs for the store; skip when this process may not mount."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("D4 on a real full disk needs root to mount a small tmpfs (the max_page_count test runs)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(disk: Path) -> Path:
    """Write ballast until the file system refuses another byte; return the ballast file."""
    ballast = disk / "ballast"
    # Unbuffered: a buffered file would retry its unwritten tail on close and raise there.
    with ballast.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    try:  # the last partial chunks too
        with ballast.open("ab", buffering=0) as out:
            while True:
                out.write(b"\0" * 512)
                out.flush()
    except OSError:
        pass
    return ballast


def count(store: Path, sql: str) -> int:
    if not store.exists():
        return -1
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return -1  # not migrated yet
    finally:
        conn.close()


def wait_for(check: Callable[[], bool], proc: subprocess.Popen[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        assert proc.poll() is None, f"daemon exited: {proc.communicate()[1][-3000:]}"
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    raise AssertionError(f"timed out waiting for the daemon: {proc.communicate(timeout=20)[1][-3000:]}")


def test_daemon_survives_a_full_disk_and_resumes(server: LoopbackServer, tiny_disk: Path,
                                                 tmp_path: Path) -> None:
    """On a full disk the daemon keeps running, its store valid; it stores the backlog once space returns."""
    store = tiny_disk / "monitor.db"
    url = server.route("/wire.xml", rss([item(1), item(2)]))
    config = tmp_path / "monitor.toml"
    config.write_text(f"""
[store]
path = "{store}"
[poll]
interval = "1s"
min_interval = "1s"
max_backoff = "3s"
tick = "1s"
parse_workers = 0
[limits]
total_timeout = 10
connect_timeout = 2
[http]
address = ""
[[feeds]]
url = "{url}"
allow_private = true
""", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: count(store, "SELECT count(*) FROM articles") == 2, proc, 40)
        ballast = fill(tiny_disk)
        server.route("/wire.xml", rss([item(n, text=LONG) for n in range(1, 301)]))
        time.sleep(4)  # several poll ticks and a heartbeat attempt on a full disk
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert count(store, "SELECT count(*) FROM articles") == 2
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
        assert integrity(conn) == "ok"
        conn.close()
        ballast.unlink()  # space returns
        wait_for(lambda: count(store, "SELECT count(*) FROM articles") == 300, proc, 40)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err[-3000:]
    assert "full" in err  # the operator can see why polls failed
    conn = sqlite3.connect(store)
    assert integrity(conn) == "ok"
    conn.close()
