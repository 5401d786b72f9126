"""`monitor serve` as a real subprocess: it serves the store, follows the daemon, stops on SIGTERM."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.store.db import open_store, write_transaction
from tests.service_store import fill_store


def healthz(url: str) -> tuple[int, dict[str, object]]:
    """GET /healthz and return (status, JSON body)."""
    try:
        with urllib.request.urlopen(url + "healthz", timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_subprocess_follows_the_daemon_and_stops_on_sigterm(tmp_path: Path) -> None:
    """Healthy while the store records a live daemon, 503 once it stopped; SIGTERM exits 0 quickly."""
    path = tmp_path / "store.db"
    db = open_store(path)
    fill_store(db, datetime.now(UTC))
    with write_transaction(db):
        db.execute("INSERT INTO daemon_state (key, value) VALUES ('pid', '4242')")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(path), "serve",
                             "--address", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"[Ss]erving on (http://127\.0\.0\.1:\d+/)", line)
        assert match, line + (proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
        url = match.group(1)
        status, body = healthz(url)
        assert (status, body["status"]) == (200, "ok")
        with urllib.request.urlopen(url, timeout=10) as page:
            assert b"Kandahar" in page.read()
        with write_transaction(db):  # the daemon stopped cleanly: no pid any more
            db.execute("DELETE FROM daemon_state WHERE key = 'pid'")
        status, body = healthz(url)
        assert status == 503 and "scheduler not running" in body["reasons"]  # type: ignore[operator]
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 0, err
        assert time.monotonic() - started < 10
        assert "Stopped" in out
        assert "http endpoint listening on" in err  # logs go to stderr through setup_logging
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        db.close()


def test_serve_has_help_with_an_example() -> None:
    """`monitor serve --help` explains the command and shows an example."""
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "/healthz" in result.output


def test_serve_rejects_a_bad_address(tmp_path: Path) -> None:
    """A malformed --address is a configuration error, not a traceback."""
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "s.db"), "serve", "--address", "nonsense"])
    assert result.exit_code != 0
    assert "http.address" in str(result.exception) or "http.address" in result.output
