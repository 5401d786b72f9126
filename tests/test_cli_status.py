"""`monitor status` and `monitor completion` against a real store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.cli.status import HEARTBEAT_STALE_S, judge_daemon, judge_instance, pid_alive
from monitor.model import DaemonInstance
from monitor.store.db import open_store, write_transaction
from monitor.store.times import to_iso
from tests.clitools import invoke, invoke_json, run
from tests.conftest import ROOT

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _iso(delta_s: float) -> str:
    return to_iso(NOW - timedelta(seconds=delta_s)) or ""


@pytest.mark.parametrize(("state", "alive", "up", "summary"), [
    ({}, True, False, "never started"),
    ({"stopped": _iso(60), "heartbeat": _iso(65)}, True, False, "stopped (60 s ago)"),
    ({"heartbeat": _iso(4000)}, True, False, "stopped (last heartbeat 66 min ago)"),
    ({"heartbeat": _iso(10), "pid": "42"}, True, True, "up (pid 42, heartbeat 10 s ago)"),
    ({"heartbeat": _iso(10), "pid": "42"}, False, False,
     "down: process 42 is gone (last heartbeat 10 s ago)"),
    ({"heartbeat": _iso(HEARTBEAT_STALE_S + 60), "pid": "42"}, True, False,
     "not responding: process 42 alive but no heartbeat for 6 min"),
    ({"pid": "42"}, True, False, "not responding: process 42 alive but no heartbeat for never"),
    ({"heartbeat": "garbage", "pid": "x"}, True, False, "never started"),
    ({"heartbeat": _iso(3 * 86400), "pid": "7"}, False, False,
     "down: process 7 is gone (last heartbeat 3 days ago)"),
])
def test_judge_daemon(state: dict[str, str], alive: bool, up: bool, summary: str) -> None:
    """The daemon is up only with a live pid and a fresh heartbeat; missing keys are tolerated."""
    judged = judge_daemon(state, NOW, lambda pid: alive)
    assert (judged["up"], judged["summary"]) == (up, summary)


def test_status_follows_a_real_daemon(db_path: Path, tmp_path: Path) -> None:
    """`monitor run` shows as up in `status` while it runs, and as stopped after SIGTERM."""
    config = tmp_path / "monitor.toml"
    config.write_text('[http]\naddress = ""\n', encoding="utf-8")  # no feeds, no port to collide on
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env |= {"MONITOR_DB": str(db_path), "MONITOR_CONFIG": str(config)}
    daemon = subprocess.Popen([sys.executable, "-m", "monitor", "run"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        status = invoke_json(db_path, "status")
        while not status["daemon"]["up"] and time.monotonic() < deadline:
            time.sleep(0.2)
            status = invoke_json(db_path, "status")
        assert status["daemon"]["up"], status["daemon"]
        assert status["daemon"]["pid"] == daemon.pid
    finally:
        daemon.terminate()
        assert daemon.wait(timeout=30) == 0
    after = invoke_json(db_path, "status")["daemon"]
    assert not after["up"] and after["summary"].startswith("stopped")


def test_pid_alive_for_this_process_and_a_finished_one() -> None:
    """pid_alive is true for a running process and false once it has exited."""
    assert pid_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid)


def _insert(db: Database, table: str, values: dict[str, object], filler: str) -> None:
    """Insert a row, giving every other NOT NULL column without a default a `filler` value.

    The alert tables belong to another part of the system and may gain columns; this keeps
    the test about counting, not about their exact shape.
    """
    row = dict(values)
    for _, name, kind, notnull, default, pk in db.execute(f"PRAGMA table_info({table})").fetchall():
        if notnull and default is None and not pk and name not in row:
            row[name] = 0 if "INT" in (kind or "").upper() else filler
    db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))


def _seed_store(path: Path, now: datetime) -> None:
    """Write feeds in each state, articles today and yesterday, and deliveries in each status."""
    db = open_store(path)
    iso = to_iso(now) or ""
    yesterday = to_iso(now - timedelta(days=1))
    with write_transaction(db):
        for url, errors, disabled in (("http://a/1", 0, 0), ("http://a/2", 0, 0), ("http://a/3", 2, 0),
                                      ("http://a/4", 0, 1)):
            _insert(db, "feeds", {"url": url, "error_count": errors, "disabled": disabled,
                                  "last_retrieved": iso}, iso)
        for n, fetched in enumerate([iso, iso, iso, yesterday]):
            _insert(db, "articles", {"feed_id": 1, "guid": f"g{n}", "published": fetched, "fetched": fetched},
                    iso)
        _insert(db, "channels", {"name": "ops", "kind": "webhook"}, iso)
        for n, status in enumerate(["pending", "pending", "dead", "delivered"]):
            _insert(db, "alerts", {"kind": "change", "payload": "{}"}, iso)
            _insert(db, "deliveries", {"alert_id": n + 1, "channel_id": 1, "message_id": f"m{n}",
                                       "status": status}, iso)
        db.execute("INSERT INTO daemon_state VALUES ('heartbeat', ?), ('pid', ?)", [iso, str(os.getpid())])
    db.close()


def test_status_json_counts_everything(db_path: Path) -> None:
    """Feeds by state, today's articles, alerts by status and a live daemon are all reported."""
    now = datetime.now(UTC)
    if now.hour == 23 and now.minute == 59:
        pytest.skip("too close to midnight UTC for 'articles today' to be stable")
    _seed_store(db_path, now)
    status = invoke_json(db_path, "status")
    assert status["feeds"] == {"ok": 2, "backing_off": 1, "disabled": 1, "total": 4}
    assert status["articles_today"] == 3
    assert status["alerts"] == {"pending": 2, "dead": 1, "delivered": 1}
    assert status["daemon"]["up"] is True  # the pid is this test process, the heartbeat fresh
    assert status["last_poll"] is not None
    text = invoke(db_path, "status").stdout
    assert "Feeds     2 ok, 1 backing off, 1 disabled" in text
    assert "Alerts    2 pending, 1 dead, 1 delivered" in text


def test_status_on_an_empty_store_as_a_subprocess(db_path: Path) -> None:
    """A fresh store reports a daemon never started, no feeds and no poll, exit 0."""
    done = run(db_path, "status")
    assert done.code == 0, done.err
    lines = dict(line.split(None, 1) for line in done.out.splitlines() if not line.startswith("Last"))
    assert lines["Daemon"] == "never started"
    assert "Last poll never" in done.out
    assert lines["Articles"] == "0 today (UTC)"


def test_status_without_alert_tables_shows_na(tmp_path: Path) -> None:
    """A store without the alert tables shows n/a for alerts instead of failing."""
    path = tmp_path / "old.db"
    db = open_store(path)
    db.conn.execute("DROP TABLE deliveries")
    db.close()
    status = invoke_json(path, "status")
    assert status["alerts"] is None
    assert "n/a" in invoke(path, "status").stdout


@pytest.mark.parametrize(("shell", "marker"), [
    ("bash", "complete -o nosort -F _monitor_completion monitor"),
    ("zsh", "compdef _monitor_completion monitor"),
    ("fish", "complete --no-files --command monitor"),
])
def test_completion_prints_the_script(db_path: Path, shell: str, marker: str) -> None:
    """`monitor completion SHELL` prints click's script for that shell."""
    out = invoke(db_path, "completion", shell).stdout
    assert "_MONITOR_COMPLETE" in out and marker in out


def test_completion_offers_watched_cities_and_actors(db_path: Path) -> None:
    """Tab completion lists watched actors from the store given by --db."""
    invoke(db_path, "actors", "add", "Taliban")
    invoke(db_path, "actors", "add", "Tajik militia")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env |= {"_MONITOR_COMPLETE": "bash_complete", "COMP_CWORD": "5",
            "COMP_WORDS": f"monitor --db {db_path} sides set Tal"}
    proc = subprocess.run([sys.executable, "-m", "monitor"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert proc.stdout.splitlines() == ["plain,Taliban"]
    assert run(db_path, "completion", "tcsh").code == 2


def test_status_lists_disabled_channels_with_their_reason(tmp_path: Path) -> None:
    """A channel disabled by a 410 is shown by `monitor status`, so the operator sees it."""
    from datetime import UTC, datetime

    from monitor.store.channels import add_channel, update_channel_enabled
    from monitor.store.db import open_store

    store = tmp_path / "s.db"
    db = open_store(store)
    add_channel(db, "hook", "webhook", {"url": "https://hooks.example.org/x"}, now=datetime.now(UTC))
    add_channel(db, "desk", "webhook", {"url": "https://hooks.example.org/y"}, now=datetime.now(UTC))
    update_channel_enabled(db, "hook", False, "410 Gone: endpoint disabled")
    db.close()
    from click.testing import CliRunner

    from monitor.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(store), "status"])
    assert result.exit_code == 0, result.output
    assert "hook disabled: 410 Gone" in result.output
    assert "desk" not in result.output
    as_json = CliRunner().invoke(cli, ["--db", str(store), "status", "--json"])
    assert '"channels_disabled": [{"name": "hook"' in as_json.output


def _instance(host: str = "here", heartbeat_s: float = 5, stopped_s: float | None = None) -> DaemonInstance:
    return DaemonInstance("here:7:ab", host, 7, ("poll", "detect"), NOW - timedelta(hours=1),
                          NOW - timedelta(seconds=heartbeat_s),
                          NOW - timedelta(seconds=stopped_s) if stopped_s is not None else None)


@pytest.mark.parametrize(("instance", "alive", "up", "summary"), [
    (_instance(), True, True, "up (heartbeat 5 s ago)"),
    (_instance(stopped_s=600), False, False, "stopped 10 min ago"),
    (_instance(), False, False, "down: process gone (last heartbeat 5 s ago)"),
    (_instance(host="elsewhere"), False, True, "up (heartbeat 5 s ago)"),  # another host: pid not checked
    (_instance(host="elsewhere", heartbeat_s=HEARTBEAT_STALE_S + 60), True, False,
     "not responding: no heartbeat for 6 min"),
])
def test_judge_instance(instance: DaemonInstance, alive: bool, up: bool, summary: str) -> None:
    """Each instance sharing the store is judged by its own row; its process only on this machine."""
    judged = judge_instance(instance, NOW, lambda pid: alive, "here")
    assert (judged["up"], judged["summary"]) == (up, summary)
    assert judged["roles"] == ["poll", "detect"]
