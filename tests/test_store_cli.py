"""Every command works with `--db postgresql://…`: the CLI through CliRunner against PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clitools import invoke
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss

pytestmark = pytest.mark.timeout(300)

WATCHLIST = {
    "places": [{"name": "Kunduz", "country": "AF", "controller": "Afghan government"},
               {"name": "Herat", "country": "AF", "controller": "Afghan government"}],
    "actors": [{"name": "Taliban", "aliases": ["Taleban"], "countries": ["AF"],
                "opposes": ["Afghan government"]},
               {"name": "Afghan government", "countries": ["AF"], "government": True}],
}
CAPTURE = ("The Taliban captured the city of Kunduz on Sunday after the government forces withdrew "
           "from their last positions, residents told reporters by telephone.")


def ok(target: str, *args: str) -> str:
    result = invoke(target, *args)  # type: ignore[arg-type]
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.output


def test_every_command_on_postgresql(pg_store_url: str, server: LoopbackServer, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """watch, feeds, channels, poll, status, cities, history, alerts, articles search on one PG store."""
    monkeypatch.setenv("MONITOR_TEST_HOOK_SECRET", "whsec_" + "A" * 32)
    watchlist = tmp_path / "watchlist.json"
    watchlist.write_text(json.dumps(WATCHLIST), encoding="utf-8")
    ok(pg_store_url, "watch", "import", str(watchlist))
    assert "Kunduz" in ok(pg_store_url, "watch", "list")
    url = server.route("/pg/wire.xml", rss([item(1, title="Kunduz falls to the Taliban", text=CAPTURE),
                                            item(2)]))
    hook = server.route("/pg/hook", b"", status=204)
    ok(pg_store_url, "channels", "add", "webhook", "desk", "--url", hook, "--secret-env",
       "MONITOR_TEST_HOOK_SECRET", "--allow-private")
    assert "desk" in ok(pg_store_url, "channels", "list")
    ok(pg_store_url, "feeds", "add", url, "--allow-private")  # detects (and alerts) at once
    assert url in ok(pg_store_url, "feeds", "list")
    ok(pg_store_url, "poll", "--once")
    assert "Kunduz falls" in ok(pg_store_url, "articles", "search", "kunduz")
    assert "Taliban" in ok(pg_store_url, "cities")
    assert "Taliban" in ok(pg_store_url, "history", "Kunduz")
    alerts = ok(pg_store_url, "alerts", "list")
    assert "Kunduz" in alerts or "desk" in alerts
    status = json.loads(ok(pg_store_url, "status", "--json"))
    assert status["feeds"]["total"] == 1
    assert "postgresql://" in status["store"]
    posted = [r for r in server.requests if r.path == "/pg/hook"]
    assert len(posted) == 1
    assert posted[0].headers["webhook-id"].startswith("alert-") and len(posted[0].headers["webhook-id"]) > 20

    assert "Taliban" in ok(pg_store_url, "actors", "list")
    assert "Taliban" in ok(pg_store_url, "sides")
    ok(pg_store_url, "watch", "set-controller", "Herat", "Taliban")
    assert "Taliban" in ok(pg_store_url, "watch", "list")
    ok(pg_store_url, "alerts", "test", "desk")
    assert len([r for r in server.requests if r.path == "/pg/hook"]) == 2
    refused = invoke(pg_store_url, "alerts", "retry", "1")  # type: ignore[arg-type]
    assert refused.exit_code == 1 and "already delivered" in refused.output
    ok(pg_store_url, "alerts", "deliver")
    exported = tmp_path / "export.json"
    ok(pg_store_url, "watch", "export", "--format", "json", "-o", str(exported))
    assert "Kunduz" in exported.read_text(encoding="utf-8")
    ok(pg_store_url, "watch", "remove", "Herat")
    ok(pg_store_url, "feeds", "remove", url)
    assert url not in ok(pg_store_url, "feeds", "list")
    ok(pg_store_url, "channels", "remove", "desk")


def test_config_keeps_a_postgresql_url_and_its_password_variable(tmp_path: Path) -> None:
    """MONITOR_DB / [store] path keep a URL whole (no folded `//`), and password_env is read."""
    from monitor.config import load_settings

    config = tmp_path / "monitor.toml"
    config.write_text('[store]\npath = "postgresql://monitor@db.internal:5432/monitor"\n'
                      'password_env = "MONITOR_DB_PASSWORD"\n', encoding="utf-8")
    settings = load_settings(config, environ={})
    assert settings.store_path == "postgresql://monitor@db.internal:5432/monitor"
    assert settings.store_password_env == "MONITOR_DB_PASSWORD"
    url = "postgresql://other@127.0.0.1:5433/x"
    assert load_settings(config, environ={"MONITOR_DB": url}).store_path == url


def test_password_comes_from_the_configured_variable(pg_admin_url: str, pg_store_url: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A role with a password connects with the value of [store] password_env, and not without it."""
    import os

    import psycopg

    if os.environ.get("MONITOR_TEST_PG_URL"):
        pytest.skip("needs the test cluster's pg_hba.conf (a role that must give a password)")

    from monitor.errors import StoreError
    from monitor.store.db import open_store

    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS monitor_pw")
        conn.execute("CREATE ROLE monitor_pw LOGIN SUPERUSER PASSWORD 'pw-from-env'")
    url = pg_store_url.replace("postgresql://postgres@", "postgresql://monitor_pw@")
    monkeypatch.setenv("MONITOR_TEST_DB_PASSWORD", "pw-from-env")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    db = open_store(url, password_env="MONITOR_TEST_DB_PASSWORD")
    assert db.execute("SELECT current_user").fetchone()[0] == "monitor_pw"
    db.close()
    monkeypatch.setenv("MONITOR_TEST_DB_PASSWORD", "wrong")
    with pytest.raises(StoreError):
        open_store(url, password_env="MONITOR_TEST_DB_PASSWORD")


def test_http_endpoint_reads_a_postgresql_store(pg_store_url: str) -> None:
    """The status page's API and /metrics answer from a PostgreSQL store."""
    import urllib.request
    from datetime import UTC, datetime

    from monitor.config import Settings
    from monitor.model import Place
    from monitor.service.http import start_http_server
    from monitor.store.db import open_store
    from monitor.store.watchlist import add_place

    db = open_store(pg_store_url)
    add_place(db, Place(name="Kunduz", country="AF"), now=datetime(2026, 3, 1, tzinfo=UTC),
              controller="Taliban")
    db.close()
    handle = start_http_server(Settings(), pg_store_url, is_running=lambda: True, address="127.0.0.1:0")
    try:
        with urllib.request.urlopen(f"{handle.url}/api/cities", timeout=10) as reply:
            cities = json.loads(reply.read())
        with urllib.request.urlopen(f"{handle.url}/metrics", timeout=10) as reply:
            metrics = reply.read().decode()
    finally:
        handle.stop()
    assert "Kunduz" in json.dumps(cities) and "Taliban" in json.dumps(cities)
    assert "monitor_articles 0" in metrics
