"""deploy/compose.postgres.yaml: PostgreSQL and three monitor replicas on it (not run here: no Docker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from monitor.store.db import split_target
from tests.conftest import ROOT

COMPOSE = ROOT / "deploy" / "compose.postgres.yaml"


def load(path: Path = COMPOSE) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_compose_is_valid_yaml_with_postgres_and_three_replicas() -> None:
    """The file parses, names a postgres service and a monitor service with 3 replicas."""
    services = load()["services"]
    assert services["postgres"]["image"].startswith("postgres:")
    monitor = services["monitor"]
    assert monitor["deploy"]["replicas"] == 3
    assert monitor["command"][-1] == "run"


def test_replicas_use_the_postgres_service_after_it_is_healthy() -> None:
    """MONITOR_DB is a postgresql:// URL on the postgres service; replicas wait for its healthcheck."""
    services = load()["services"]
    monitor = services["monitor"]
    scheme, url = split_target(monitor["environment"]["MONITOR_DB"])
    assert scheme == "postgresql" and "@postgres:5432/" in url
    assert ":" not in url.split("//", 1)[1].split("@", 1)[0]  # no password in the URL
    assert monitor["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    db_env = services["postgres"]["environment"]
    assert db_env["POSTGRES_DB"] in url and db_env["POSTGRES_USER"] in url


def test_published_ports_stay_on_loopback() -> None:
    """Every published port is bound to the host's loopback, one per replica for the status page."""
    for name, service in load()["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), (name, port)
    assert load()["services"]["monitor"]["ports"] == ["127.0.0.1:8477-8479:8477"]
