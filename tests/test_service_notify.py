"""sd_notify: a real AF_UNIX datagram socket stands in for systemd (RELIABILITY.md §6, S2)."""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.service.notify import Notifier, store_answers
from monitor.store.db import open_store


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """A datagram socket bound where $NOTIFY_SOCKET will point, like systemd's."""
    path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(2)
    yield sock, path
    sock.close()


def received(sock: socket.socket, wait: float = 2.0) -> list[str]:
    """Return every datagram waiting on `sock`, decoded (waits up to `wait` s for the first)."""
    messages = []
    sock.settimeout(wait)
    try:
        while True:
            messages.append(sock.recv(4096).decode())
            sock.settimeout(0.05)
    except (TimeoutError, BlockingIOError):
        pass
    sock.settimeout(2)
    return messages


def test_ready_watchdog_stopping_reach_the_socket(systemd: tuple[socket.socket, str], db: Database) -> None:
    """READY=1, WATCHDOG=1 and STOPPING=1 arrive at $NOTIFY_SOCKET in the order they are sent."""
    sock, path = systemd
    notifier = Notifier.from_env({"NOTIFY_SOCKET": path})
    assert notifier.enabled
    assert notifier.ready()
    assert notifier.watchdog(db)
    assert notifier.stopping()
    messages = received(sock)
    assert len(messages) == 3
    assert "READY=1" in messages[0].splitlines()
    assert f"MAINPID={os.getpid()}" in messages[0].splitlines()
    assert messages[1] == "WATCHDOG=1"
    assert "STOPPING=1" in messages[2].splitlines()


def test_no_watchdog_while_the_store_does_not_answer(systemd: tuple[socket.socket, str],
                                                     tmp_path: Path) -> None:
    """A closed (dead) store gets no WATCHDOG=1, so systemd restarts the daemon."""
    sock, path = systemd
    dead = open_store(tmp_path / "dead.db")
    dead.close()
    notifier = Notifier.from_env({"NOTIFY_SOCKET": path})
    assert not store_answers(dead)
    assert notifier.watchdog(dead) is False
    assert received(sock, wait=0.3) == []


def test_watchdog_resumes_when_the_store_answers_again(systemd: tuple[socket.socket, str],
                                                       tmp_path: Path) -> None:
    """Pings follow the store: none while it is closed, one as soon as it is open again."""
    sock, path = systemd
    notifier = Notifier.from_env({"NOTIFY_SOCKET": path})
    store = open_store(tmp_path / "s.db")
    store.close()
    notifier.watchdog(store)
    store = open_store(tmp_path / "s.db")
    notifier.watchdog(store)
    store.close()
    assert received(sock) == ["WATCHDOG=1"]


def test_abstract_socket_name(tmp_path: Path, db: Database) -> None:
    """An address starting with @ is an abstract socket, as systemd may pass it."""
    name = f"monitor-test-{os.getpid()}-{tmp_path.name}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(2)
    try:
        assert Notifier.from_env({"NOTIFY_SOCKET": "@" + name}).ready()
        assert "READY=1" in sock.recv(4096).decode().splitlines()
    finally:
        sock.close()


def test_without_notify_socket_everything_is_a_no_op(db: Database) -> None:
    """Outside systemd nothing is sent and nothing fails."""
    notifier = Notifier.from_env({})
    assert not notifier.enabled
    assert (notifier.ready(), notifier.watchdog(db), notifier.stopping()) == (False, False, False)


def test_a_vanished_socket_does_not_raise(tmp_path: Path, db: Database) -> None:
    """A notification that cannot be delivered is reported as not sent, never raised."""
    notifier = Notifier.from_env({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})
    assert notifier.ready() is False


@pytest.mark.parametrize(("env", "interval"), [
    ({"WATCHDOG_USEC": "60000000"}, 30.0),  # WatchdogSec=60 -> ping every 30 s
    ({"WATCHDOG_USEC": "120000000", "WATCHDOG_PID": str(os.getpid())}, 60.0),
    ({"WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "1"}, None),  # meant for another process
    ({"WATCHDOG_USEC": "garbage"}, None),
    ({}, None),
])
def test_watchdog_interval_is_half_of_watchdogsec(env: dict[str, str], interval: float | None) -> None:
    """The ping interval is WatchdogSec/2, and only for the process systemd watches."""
    assert Notifier.from_env({"NOTIFY_SOCKET": "/run/x", **env}).watchdog_interval_s == interval


def test_watchdog_thread_pings_at_half_watchdogsec_while_the_store_answers(
        systemd: tuple[socket.socket, str], tmp_path: Path) -> None:
    """With WatchdogSec=0.4 s the thread pings about every 0.2 s, and stops once the store is closed."""
    sock, path = systemd
    store = open_store(tmp_path / "s.db")
    notifier = Notifier.from_env({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000"})
    stop = notifier.start_watchdog(store)
    try:
        stamps = []
        sock.settimeout(2)
        for _ in range(4):
            assert sock.recv(64) == b"WATCHDOG=1"
            stamps.append(time.monotonic())
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        # Every WatchdogSec/2 (0.2 s); under 0.4 s whatever the load, or systemd would kill us.
        assert all(0.1 < gap < 0.4 for gap in gaps), gaps
        store.close()  # the store stops answering: no more pings
        time.sleep(0.25)
        received(sock, wait=0.05)  # drop one that may have been in flight
        assert received(sock, wait=0.6) == []
    finally:
        stop()


def test_watchdog_thread_is_a_no_op_without_watchdogsec(db: Database, tmp_path: Path) -> None:
    """Without WATCHDOG_USEC no thread is started."""
    stop = Notifier.from_env({"NOTIFY_SOCKET": str(tmp_path / "x.sock")}).start_watchdog(db)
    assert not any(t.name == "sd-watchdog" for t in threading.enumerate())
    stop()
