"""The service hooks on the real daemon, in a subprocess under a fake systemd (S2 end to end).

A real AF_UNIX datagram socket plays systemd: the daemon must send READY=1 once started, with
the status page's URL in STATUS=, then WATCHDOG=1 every WatchdogSec/2, serve /healthz 200 while
running, and send STOPPING=1 on SIGTERM before exiting 0 within 10 s.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("monitor.daemon.runner", reason="the daemon runner is not there yet")

SCRIPT = """
import sys
from dataclasses import replace
from pathlib import Path
from monitor.config import Settings
from monitor.daemon.runner import run_daemon
from monitor.service.hooks import ServiceHooks
from monitor.service.logs import setup_logging
settings = replace(Settings(), store_path=Path(sys.argv[1]), http_address="127.0.0.1:0", log_format="json")
setup_logging(settings)
hooks = ServiceHooks(settings)
sys.exit(run_daemon(settings, on_started=[hooks.started], on_stopping=[hooks.stopping]))
"""


def test_daemon_notifies_systemd_and_serves_health(tmp_path: Path) -> None:
    """READY with the URL, watchdog pings, /healthz 200, then STOPPING=1 and exit 0 on SIGTERM."""
    sock_path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(sock_path)
    sock.settimeout(20)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MONITOR_", "NOTIFY_", "WATCHDOG_"))}
    env.update(NOTIFY_SOCKET=sock_path, WATCHDOG_USEC="1000000")  # WatchdogSec=1s: ping every 0.5 s
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path / "store.db")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = ""
        while "READY=1" not in ready.splitlines():
            ready = sock.recv(4096).decode()
        match = re.search(r"STATUS=.*status page (http://127\.0\.0\.1:\d+/)", ready)
        assert match, ready
        url = match.group(1)
        pings = []
        while len(pings) < 3:
            message = sock.recv(4096).decode()
            if message == "WATCHDOG=1":
                pings.append(time.monotonic())
        assert pings[-1] - pings[0] < 2.0  # at least every WatchdogSec/2, not once a second or less
        with urllib.request.urlopen(url + "healthz", timeout=10) as response:
            assert response.status == 200
            assert json.loads(response.read())["scheduler"] is True
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        stopping = ""
        while "STOPPING=1" not in stopping.splitlines():
            stopping = sock.recv(4096).decode()
        _, err = proc.communicate(timeout=10)
        assert proc.returncode == 0, err[-2000:]
        assert time.monotonic() - started < 10
        lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
        assert any("http endpoint listening" in line["msg"] for line in lines)
    finally:
        sock.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


class FakeDaemon:
    """Just what the hooks ask of the daemon."""

    def is_running(self) -> bool:
        return True


@pytest.mark.parametrize("address", ["", "busy"])
def test_ready_is_sent_even_without_an_endpoint(tmp_path: Path, address: str) -> None:
    """With the endpoint disabled, or its port taken, the daemon still reports READY (alerts first)."""
    from dataclasses import replace

    from monitor.config import Settings
    from monitor.service.hooks import ServiceHooks
    from monitor.store.db import open_store

    open_store(tmp_path / "s.db").close()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "n.sock"))
    sock.settimeout(5)
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    if address == "busy":
        address = f"127.0.0.1:{taken.getsockname()[1]}"
    settings = replace(Settings(), store_path=tmp_path / "s.db", http_address=address)
    hooks = ServiceHooks(settings, environ={"NOTIFY_SOCKET": str(tmp_path / "n.sock")})
    try:
        hooks.started(FakeDaemon())
        ready = sock.recv(4096).decode().splitlines()
        assert "READY=1" in ready
        assert hooks.http is None
        hooks.stopping(FakeDaemon())
        assert "STOPPING=1" in sock.recv(4096).decode().splitlines()
    finally:
        sock.close()
        taken.close()
