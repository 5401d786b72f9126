"""`monitor serve`: the HTTP endpoint alone (status page, health, metrics, alert feed) on the store."""

from __future__ import annotations

import errno
import signal
import socket
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import click

from monitor.cli.context import AppContext, pass_reader
from monitor.config import _duration_s
from monitor.errors import MonitorError, StoreError
from monitor.service.http import open_read_only, parse_address, start_http_server
from monitor.service.logs import setup_logging
from monitor.store.state import get_state


def daemon_recorded_alive(db_path: Path) -> bool:
    """Return True when the store says a daemon is running (a pid is recorded, no clean stop since)."""
    try:
        with open_read_only(db_path) as db:
            pid = get_state(db, "pid")
    except (sqlite3.Error, StoreError):
        return False
    return bool(pid)


def listen_problem(address: str, exc: OSError, where: str) -> str:
    """Say in one line why the endpoint cannot listen on `address`, and what to change."""
    reason = "the port is already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
    return f"cannot listen on {address}: {reason} (choose another with {where})"


def check_can_listen(address: str, where: str) -> None:
    """Raise MonitorError when nothing could listen on `address` now (a port in use, a bad host)."""
    host, port = parse_address(address)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the endpoint's server does
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise MonitorError(listen_problem(address, exc, where)) from None


@click.command("serve")
@click.option("--address", metavar="HOST:PORT",
              help="Where to listen (default: [http] address in the config, 127.0.0.1:8477). "
                   "Port 0 picks a free port.")
@click.option("--stale-after", default="90s", show_default=True, metavar="DURATION",
              help="/healthz turns 503 when the daemon's heartbeat is older than this.")
@pass_reader
def serve(app: AppContext, address: str | None, stale_after: str) -> None:
    """Serve the status page, /healthz, /metrics, /alerts.atom and /api/* from the store.

    Useful without the daemon (which serves the same endpoint itself), e.g. on another port or
    next to a daemon started with `[http] address = ""`. Reads only; stops on Ctrl-C or SIGTERM.
    /healthz reports the daemon healthy while the store records it running with a fresh heartbeat.

    \b
    Example:
      monitor serve --address 127.0.0.1:8080
      curl -s http://127.0.0.1:8080/healthz
    """
    settings = app.settings
    parse_address(address if address is not None else settings.http_address)  # fail before any setup
    setup_logging(settings)
    stale_s = float(_duration_s("--stale-after", "--stale-after", stale_after))
    app.db  # noqa: B018 - migrate the store once (it must exist), so the read-only endpoint finds it
    app.close()
    db_path = Path(settings.store_path)
    chosen = address if address is not None else settings.http_address
    try:
        handle = start_http_server(settings, db_path, is_running=lambda: daemon_recorded_alive(db_path),
                                   address=address, stale_after_s=stale_s,
                                   clock=lambda: datetime.now(UTC))
    except OSError as exc:
        raise MonitorError(listen_problem(chosen, exc, "--address")) from None
    click.echo(f"Serving on {handle.url}/ (Ctrl-C to stop)")
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        handle.stop()
    click.echo("Stopped")


commands: list[click.Command] = [serve]
