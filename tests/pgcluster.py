"""A throw-away PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary directory.

As root, the server runs as the `postgres` user (initdb refuses root). It listens on a free
port of 127.0.0.1 and on a unix socket in its own directory, trusts local connections, and
skips fsync: the data dies with the test run anyway. Under pytest-xdist each worker process
starts its own cluster (its own directory and port); database names carry the process id.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from itertools import count
from pathlib import Path

import psycopg

_names = count(1)
PASSWORD_ROLE = "monitor_pw"  # the one role the cluster asks a password of (tests of password_env)
START_ATTEMPTS = 3  # ports tried when the one found free is taken before the server binds it


def find_bin() -> Path | None:
    """Return the newest /usr/lib/postgresql/N/bin holding initdb, or one on PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """A running cluster; `url` connects as its superuser."""

    def __init__(self) -> None:
        self.dir: Path | None = None
        self.url = ""
        self._bin: Path | None = None
        self._as: list[str] = []

    def start(self) -> Cluster:
        """Create and start the cluster; raise RuntimeError with the reason when it cannot."""
        self._bin = find_bin()
        if self._bin is None:
            raise RuntimeError("no initdb found (install Debian's postgresql)")
        self.dir = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise RuntimeError("running as root without runuser: cannot start PostgreSQL")
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run([str(self._bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                   "-E", "UTF8", "--locale=C", "--no-sync"])
        hba = data / "pg_hba.conf"  # first match wins: one role that must give its password
        hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        for attempt in range(START_ATTEMPTS):
            # A port found free may be taken before the server binds it (by another xdist
            # worker's cluster or connection): then start again on another one.
            port = free_port()
            (self.dir / "server.log").unlink(missing_ok=True)  # read below for this attempt only
            options = (f"-k {self.dir} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            try:
                self._run([str(self._bin / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                           str(self.dir / "server.log"), "-w", "-t", "60", "start"])
                break
            except RuntimeError:
                if attempt + 1 == START_ATTEMPTS or not self._port_was_taken():
                    raise
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        return self

    def _port_was_taken(self) -> bool:
        """Tell whether the last start failed because its port was in use (the log says so)."""
        assert self.dir is not None
        log = self.dir / "server.log"
        return log.is_file() and "Address already in use" in log.read_text(errors="replace")

    def _run(self, command: list[str]) -> None:
        try:
            subprocess.run([*self._as, *command], check=True, capture_output=True, text=True, timeout=120)
        except subprocess.CalledProcessError as exc:
            output = (exc.stderr or exc.stdout).strip()[-400:]
            raise RuntimeError(f"{Path(command[0]).name} failed: {output}") from None
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise RuntimeError(f"{Path(command[0]).name}: {exc}") from None

    def stop(self) -> None:
        """Stop the server at once and delete its directory."""
        if self.dir is None or self._bin is None:
            return
        if self.url:
            with contextlib.suppress(RuntimeError):
                self._run([str(self._bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate",
                           "-w", "stop"])
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None


def with_database(url: str, name: str) -> str:
    """Return `url` pointing at database `name`."""
    base, _, _ = url.rpartition("/")
    query = ""
    if "?" in url.rpartition("/")[2]:
        query = "?" + url.rpartition("/")[2].split("?", 1)[1]
    return f"{base}/{name}{query}"


def create_database(admin_url: str, *, template: str = "template0") -> str:
    """Create a fresh database (a copy of `template`) and return its URL."""
    name = f"monitor_test_{os.getpid()}_{next(_names)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return with_database(admin_url, name)


def drop_database(admin_url: str, url: str) -> None:
    """Drop the database `url` names, closing its connections."""
    name = url.rpartition("/")[2].split("?", 1)[0]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
