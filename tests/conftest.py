"""Shared fixtures: real SQLite stores and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.store.db import open_store
from tests.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def http_server() -> Iterator[LoopbackServer]:
    """One loopback HTTP server for the whole run."""
    server = LoopbackServer().start()
    yield server
    server.stop()


@pytest.fixture
def server(http_server: LoopbackServer) -> Iterator[LoopbackServer]:
    """The loopback server, with routes and recorded requests cleared for this test."""
    http_server.reset()
    yield http_server
    http_server.reset()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A real store in a temporary file, migrations applied."""
    database = open_store(tmp_path / "monitor.db")
    yield database
    database.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The path of a fresh store file (for tests that cross connections or run the CLI)."""
    path = tmp_path / "store.db"
    open_store(path).close()
    return path
