"""What an operator meets at start: one daemon per store, busy ports, missing stores, unset secrets."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.daemon.lock import StoreLockedError, lock_path_for, lock_store
from monitor.store.db import open_store
from tests.clitools import run
from tests.conftest import ROOT

pytestmark = pytest.mark.timeout(90)

HOOK = '[[channels]]\nname = "desk-hook"\nkind = "webhook"\nurl = "https://hooks.example.org/m"\n' \
       'secret_env = "MONITOR_TEST_UNSET_HOOK_SECRET"\n'


def write_config(folder: Path, store: Path, *, address: str = "", extra: str = "") -> Path:
    """A daemon configuration with no feeds, a fast tick and the given HTTP address."""
    path = folder / "monitor.toml"
    path.write_text(f'[store]\npath = "{store}"\n[poll]\ntick = "1s"\nparse_workers = 0\n'
                    f'[http]\naddress = "{address}"\n{extra}', encoding="utf-8")
    return path


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}


def start_run(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=ROOT,
                            env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_started(proc: subprocess.Popen[str], store: Path, timeout: float = 30) -> None:
    """Wait until the daemon recorded its pid in the store."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"daemon exited early: {proc.communicate()[1][-2000:]}")
        try:
            conn = sqlite3.connect(store, timeout=5)
            try:
                row = conn.execute("SELECT value FROM daemon_state WHERE key = 'pid'").fetchone()
            finally:
                conn.close()
            if row and row[0] == str(proc.pid):
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.1)
    raise AssertionError("the daemon did not start")


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def test_a_second_daemon_on_the_same_store_is_refused_naming_the_first(
        tmp_path: Path, procs: list[subprocess.Popen[str]]) -> None:
    """`monitor run` twice on one store: the second exits 1 in one line naming the first's pid.

    The unset webhook secret is said once at start, and `monitor status` shows it as the daemon saw it.
    """
    store = tmp_path / "data" / "monitor.db"
    config = write_config(tmp_path, store, extra=HOOK)
    first = start_run(config)
    procs.append(first)
    wait_started(first, store)
    assert lock_path_for(store).read_text().strip() == str(first.pid)

    second = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=ROOT,
                            env=clean_env(), capture_output=True, text=True, timeout=60)
    assert second.returncode == 1, second.stderr
    assert second.stderr.count("\n") == 1, second.stderr
    assert f"pid {first.pid}" in second.stderr and second.stderr.startswith("monitor: ")

    status = run(store, "--config", str(config), "status", "--json")
    assert status.code == 0, status.err
    secrets = json.loads(status.out)["secrets_unset"]
    assert secrets == {"seen_by": "daemon",
                       "channels": [{"channel": "desk-hook", "env": ["MONITOR_TEST_UNSET_HOOK_SECRET"]}]}
    text = run(store, "--config", str(config), "status").out
    assert "desk-hook: $MONITOR_TEST_UNSET_HOOK_SECRET is not set" in text

    first.send_signal(signal.SIGTERM)
    _, err = first.communicate(timeout=20)
    assert first.returncode == 0, err
    warnings = [line for line in err.splitlines() if "MONITOR_TEST_UNSET_HOOK_SECRET" in line]
    assert len(warnings) == 1, err
    assert "desk-hook" in warnings[0]


def test_the_lock_dies_with_the_daemon(tmp_path: Path, procs: list[subprocess.Popen[str]]) -> None:
    """After kill -9 of the daemon, a new one starts at once: the OS released the lock."""
    store = tmp_path / "monitor.db"
    config = write_config(tmp_path, store)
    first = start_run(config)
    procs.append(first)
    wait_started(first, store)
    first.kill()
    first.communicate()
    second = start_run(config)
    procs.append(second)
    wait_started(second, store)
    second.send_signal(signal.SIGTERM)
    second.communicate(timeout=20)
    assert second.returncode == 0


def test_lock_store_in_process(tmp_path: Path) -> None:
    """The lock is exclusive while held and free again once released."""
    store = tmp_path / "m.db"
    held = lock_store(store)
    with pytest.raises(StoreLockedError) as info:
        lock_store(store)
    assert info.value.pid == os.getpid()
    held.release()
    lock_store(store).release()


def test_a_postgresql_store_takes_no_lock(tmp_path: Path) -> None:
    """Several instances share a PostgreSQL store by design: no lock file is involved."""
    from monitor.config import is_store_url

    assert is_store_url("postgresql://monitor@127.0.0.1:5432/monitor")
    assert not is_store_url(tmp_path / "m.db")


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A loopback port something already listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path: Path, busy_port: int) -> None:
    """`monitor serve` on a busy port: one line on standard error, exit 1, no traceback."""
    store = tmp_path / "m.db"
    open_store(store).close()
    result = run(store, "serve", "--address", f"127.0.0.1:{busy_port}", timeout=30)
    assert result.code == 1, result.err
    assert result.err.count("\n") == 1, result.err
    assert "already in use" in result.err and str(busy_port) in result.err


def test_run_with_its_endpoint_on_a_port_in_use_says_so_in_one_line(tmp_path: Path, busy_port: int) -> None:
    """`monitor run` whose [http] address is taken exits 1 in one line naming the setting."""
    store = tmp_path / "m.db"
    config = write_config(tmp_path, store, address=f"127.0.0.1:{busy_port}")
    proc = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=ROOT,
                          env=clean_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert "already in use" in proc.stderr and "[http] address" in proc.stderr


READING = [
    ("status",), ("cities",), ("history", "Kandahar"), ("feeds", "list"), ("feeds", "export"),
    ("alerts", "list"), ("articles", "search", "Kandahar"), ("articles", "list"), ("articles", "show", "1"),
    ("watch", "list"), ("watch", "export"), ("actors", "list"), ("sides",), ("channels", "list"),
    ("serve", "--address", "127.0.0.1:0"),
]


@pytest.mark.parametrize("args", READING, ids=[" ".join(a) for a in READING])
def test_reading_commands_do_not_create_a_missing_store(tmp_path: Path, args: tuple[str, ...]) -> None:
    """A reading command on a store that does not exist says so and exits 1, creating nothing."""
    store = tmp_path / "not" / "there" / "monitor.db"
    result = CliRunner().invoke(cli, ["--db", str(store), *args])
    assert result.exit_code == 1, result.output
    assert f"no store at {store}" in str(result.exception)
    assert "monitor watch import" in str(result.exception)
    assert not (tmp_path / "not").exists()


def test_the_missing_store_message_is_one_line_on_stderr(tmp_path: Path) -> None:
    """From a shell: `monitor: no store at PATH (…)`, exit 1."""
    store = tmp_path / "nowhere" / "m.db"
    result = run(store, "cities")
    assert result.code == 1
    assert result.err == f"monitor: no store at {store} (run `monitor watch import` or `monitor run` to " \
                         "create one)\n"
    assert not store.parent.exists()


def test_writing_commands_still_create_the_store(tmp_path: Path) -> None:
    """`actors add` on a new path creates the store and its folder, as before."""
    store = tmp_path / "new" / "monitor.db"
    result = CliRunner().invoke(cli, ["--db", str(store), "actors", "add", "Northern Guard"])
    assert result.exit_code == 0, result.output
    assert store.is_file()


def test_status_without_a_daemon_checks_secrets_in_this_shell(tmp_path: Path) -> None:
    """Before any daemon ran, `status` checks the channels' secret variables in its own environment."""
    store = tmp_path / "m.db"
    config = write_config(tmp_path, store, extra=HOOK)
    open_store(store).close()
    assert run(store, "--config", str(config), "channels", "list").code == 0
    unset = json.loads(run(store, "--config", str(config), "status", "--json").out)["secrets_unset"]
    assert unset["seen_by"] == "this shell" and unset["channels"][0]["channel"] == "desk-hook"
    env = {"MONITOR_TEST_UNSET_HOOK_SECRET": "whsec_dGVzdHNlY3JldA=="}
    status = run(store, "--config", str(config), "status", "--json", env=env)
    set_now = json.loads(status.out)["secrets_unset"]
    assert set_now["channels"] == []


def test_notices_of_slow_first_run_work_reach_the_user(tmp_path: Path) -> None:
    """An INFO notice from the gazetteer code (its first build) is printed on stderr, once."""
    import logging

    from monitor.cli import show_notices
    from monitor.config import Settings
    from monitor.service.logs import _HANDLER_NAME, setup_logging

    root = logging.getLogger()
    earlier = [h for h in root.handlers if h.get_name() == _HANDLER_NAME]  # another test's daemon log
    for handler in earlier:
        root.removeHandler(handler)
    try:
        show_notices()
        show_notices()  # installed once, however many commands run in one process
        notice = "building the place gazetteer from GeoNames data (once, ~15 s)…"
        with CliRunner().isolation() as (_, err, _):
            logging.getLogger("monitor.gazetteer").info(notice)
            printed = err.getvalue().decode()
    finally:
        for handler in earlier:
            root.addHandler(handler)
    assert printed == f"monitor: {notice}\n"
    stream = tmp_path / "daemon.log"
    with stream.open("w") as log:
        handler = setup_logging(Settings(), stream=log)
        try:
            with CliRunner().isolation() as (_, err, _):
                logging.getLogger("monitor.gazetteer").info(notice)
                assert err.getvalue() == b""  # the daemon's own log has it
        finally:
            root.removeHandler(handler)
            for old in earlier:
                root.addHandler(old)
    assert notice in stream.read_text()
