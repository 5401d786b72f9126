"""The daemon as a real subprocess: ingests as items appear, stops on SIGTERM, shares the store."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.daemon.parsepool import MIN_POOL_BYTES
from tests.clitools import run
from tests.conftest import ROOT
from tests.loopback import LoopbackServer, RecordedRequest, Reply
from tests.rssfarm import item, rss, serve_conditional

pytestmark = pytest.mark.timeout(90)


def write_config(tmp_path: Path, store: Path, urls: list[str]) -> Path:
    """A configuration polling `urls` every second on the loopback server."""
    feeds = "".join(f'\n[[feeds]]\nurl = "{u}"\ninterval = "1s"\nallow_private = true\n' for u in urls)
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[store]
path = "{store}"
[poll]
interval = "1s"
min_interval = "1s"
tick = "1s"
concurrency = 4
parse_workers = 1
[limits]
total_timeout = 30
connect_timeout = 2
[http]
address = ""
{feeds}""", encoding="utf-8")
    return path


@dataclass
class Daemon:
    proc: subprocess.Popen[str]
    store: Path
    config: Path

    def count(self, sql: str) -> int:
        conn = sqlite3.connect(self.store, timeout=10)
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:
            return -1  # not migrated yet
        finally:
            conn.close()

    def wait_for(self, check: Callable[[], bool], timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited early: {self.proc.communicate()[1][-2000:]}")
            time.sleep(0.1)
        raise AssertionError("timed out waiting for the daemon")

    def terminate(self, signum: int = signal.SIGTERM) -> tuple[int, float, str]:
        start = time.monotonic()
        self.proc.send_signal(signum)
        _, err = self.proc.communicate(timeout=15)
        return self.proc.returncode, time.monotonic() - start, err


@pytest.fixture
def start_daemon(tmp_path: Path) -> Iterator[Callable[[list[str]], Daemon]]:
    started: list[Daemon] = []

    def start(urls: list[str]) -> Daemon:
        store = tmp_path / "daemon.db"
        config = write_config(tmp_path, store, urls)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        daemon = Daemon(proc, store, config)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.communicate()


def integrity(store: Path) -> str:
    conn = sqlite3.connect(store)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_daemon_ingests_new_items_and_stops_on_sigterm(server: LoopbackServer, start_daemon: Callable[
        [list[str]], Daemon]) -> None:
    """The daemon stores items as they appear, keeps a heartbeat, and exits 0 on SIGTERM, store intact."""
    long = "A long dispatch from the province, with quotes from residents and officials. " * 8
    url, route = serve_conditional(server, "/live.xml", rss([item(1), item(2)]))
    daemon = start_daemon([url])
    daemon.wait_for(lambda: daemon.count("SELECT count(*) FROM articles") == 2)
    route.body = rss([item(n, text=long) for n in range(1, 61)])  # big: parsed by a worker process
    assert len(route.body) > MIN_POOL_BYTES
    daemon.wait_for(lambda: daemon.count("SELECT count(*) FROM articles") == 60)
    daemon.wait_for(lambda: route.not_modified >= 1)  # polls again, conditionally
    assert daemon.count("SELECT count(*) FROM daemon_state WHERE key = 'pid'") == 1
    code, took, err = daemon.terminate()
    assert code == 0, err[-2000:]
    assert took < 10
    assert integrity(daemon.store) == "ok"
    assert daemon.count("SELECT count(*) FROM daemon_state WHERE key = 'pid'") == 0
    assert daemon.count("SELECT count(*) FROM daemon_state WHERE key = 'stopped'") == 1
    assert "poll feed=" in err  # one INFO line per feed per cycle
    assert "parser workers unavailable" not in err and "Traceback" not in err


def test_sigint_stops_an_idle_daemon(server: LoopbackServer,
                                     start_daemon: Callable[[list[str]], Daemon]) -> None:
    """Ctrl-C (SIGINT) stops the daemon like SIGTERM: exit 0, stop recorded."""
    daemon = start_daemon([server.route("/idle.xml", rss([item(1)]))])
    daemon.wait_for(lambda: daemon.count("SELECT count(*) FROM articles") == 1)
    code, took, err = daemon.terminate(signal.SIGINT)
    assert code == 0 and took < 10, err[-2000:]
    assert daemon.count("SELECT count(*) FROM daemon_state WHERE key = 'stopped'") == 1


def test_sigterm_during_a_slow_fetch_exits_within_ten_seconds(
        server: LoopbackServer, start_daemon: Callable[[list[str]], Daemon]) -> None:
    """A fetch stuck on a slow server does not hold the shutdown: exit 0 within 10 s, store intact."""
    started = []

    def stuck(req: RecordedRequest, handler: BaseHTTPRequestHandler) -> Reply | None:
        started.append(time.monotonic())
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        for _ in range(250):  # drip for ~25 s: only the total deadline (30 s) would end it
            try:
                handler.wfile.write(b" ")
                handler.wfile.flush()
            except OSError:
                return None
            time.sleep(0.1)
        return None

    fast = server.route("/fast.xml", rss([item(1)]))
    daemon = start_daemon([fast, server.route("/stuck.xml", handler=stuck)])
    daemon.wait_for(lambda: bool(started) and daemon.count("SELECT count(*) FROM articles") == 1)
    time.sleep(0.5)
    code, took, err = daemon.terminate()
    assert code == 0, err[-2000:]
    assert took < 10
    assert integrity(daemon.store) == "ok"


def test_cli_writers_beside_the_daemon_never_see_a_locked_store(
        server: LoopbackServer, start_daemon: Callable[[list[str]], Daemon], tmp_path: Path) -> None:
    """Five CLI writers add and remove feeds while the daemon polls: no 'database is locked' reaches them."""
    urls = [server.route(f"/busy/{n}.xml", rss([item(n * 10 + k) for k in range(20)])) for n in range(4)]
    daemon = start_daemon(urls)
    daemon.wait_for(lambda: daemon.count("SELECT count(*) FROM articles") >= 40)

    def writer(n: int) -> list[str]:
        problems = []
        url = f"https://writer{n}.example/feed.xml"
        for args in (("feeds", "add", url, "--no-fetch"), ("feeds", "remove", url)):
            done = run(daemon.store, *args, timeout=60)
            if done.code != 0 or "locked" in done.err:
                problems.append(f"{args}: {done.code} {done.err.strip()}")
        return problems

    with ThreadPoolExecutor(5) as pool:
        problems = [p for ps in pool.map(writer, range(5)) for p in ps]
    assert problems == []
    code, _, err = daemon.terminate()
    assert code == 0, err[-2000:]
    assert integrity(daemon.store) == "ok"
