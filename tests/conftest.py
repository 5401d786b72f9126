"""Shared fixtures: real SQLite stores, a real PostgreSQL cluster and a real HTTP server on 127.0.0.1.

PostgreSQL: a throw-away cluster started once per run (tests/pgcluster.py), or the server
$MONITOR_TEST_PG_URL names (a role that may create databases). Each test gets a fresh database.
When no server can be had, PostgreSQL tests are skipped with the reason, except under CI,
where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.store.db import Store, open_store
from tests import pgcluster
from tests.loopback import LoopbackServer

BACKENDS = ("sqlite", "postgresql")

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
def db(tmp_path: Path) -> Iterator[Store]:
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


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A PostgreSQL URL with the right to create databases (a cluster started for this run)."""
    given = os.environ.get("MONITOR_TEST_PG_URL")
    if given:
        yield given
        return
    cluster = pgcluster.Cluster()
    try:
        cluster.start()
    except RuntimeError as exc:
        cluster.stop()
        reason = f"PostgreSQL cannot be started here: {exc}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    """The name of a database with every migration applied, copied for each test."""
    url = pgcluster.create_database(pg_admin_url)
    open_store(url).close()
    name = url.rpartition("/")[2]
    yield name
    pgcluster.drop_database(pg_admin_url, url)


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database."""
    url = pgcluster.create_database(pg_admin_url)
    yield url
    pgcluster.drop_database(pg_admin_url, url)


@pytest.fixture
def pg_store_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL store, migrations applied."""
    url = pgcluster.create_database(pg_admin_url, template=pg_template)
    yield url
    pgcluster.drop_database(pg_admin_url, url)


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store's target on each backend: a SQLite file path, then a postgresql:// URL."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_store_url"))
    path = tmp_path / "store.db"
    open_store(path).close()
    return str(path)


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """A fresh store on each backend (one suite, run on SQLite and on PostgreSQL)."""
    opened = open_store(store_target)
    yield opened
    opened.close()
