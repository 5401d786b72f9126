"""The alerts, channels, cities and history commands against a real store and loopback receivers."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner, Result

from monitor.alerts.outbox import deliver_due
from monitor.cli import cli
from monitor.config import Settings
from monitor.daemon.process import process_pending_articles
from monitor.errors import StoreError
from monitor.model import Place
from monitor.store.articles import upsert_articles
from monitor.store.channels import add_channel
from monitor.store.db import open_store
from monitor.store.watchlist import add_place
from tests.alerts_helpers import T0, queue
from tests.loopback import LoopbackServer
from tests.test_process import FakeDetector, article


def invoke(db_path: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], env=env)


def lines(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, (result.output, result.exception)
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_channels_add_list_remove(db_path: Path) -> None:
    """A webhook channel added on the command line is listed, then removed."""
    result = invoke(db_path, "channels", "add", "webhook", "ops", "--url", "https://hooks.example/in",
                    "--secret-env", "OPS_SECRET", "--quiet-hours", "22:00-07:00", "--timezone", "Asia/Kabul")
    assert result.exit_code == 0, result.output
    [listed] = lines(invoke(db_path, "channels", "list", "--json"))
    assert listed["name"] == "ops" and listed["quiet_hours"] == "22:00-07:00"
    assert listed["options"] == {"url": "https://hooks.example/in", "secret_env": "OPS_SECRET"}
    assert invoke(db_path, "channels", "remove", "ops").exit_code == 0
    assert lines(invoke(db_path, "channels", "list", "--json")) == []


def test_channels_add_refuses_bad_definitions(db_path: Path) -> None:
    """A webhook without a URL and a malformed quiet-hours range are refused with the reason."""
    result = invoke(db_path, "channels", "add", "webhook", "ops")
    assert result.exit_code != 0 and isinstance(result.exception, StoreError)
    assert "url" in str(result.exception)
    result = invoke(db_path, "channels", "add", "webhook", "ops", "--url", "https://x.example",
                    "--quiet-hours", "late")
    assert isinstance(result.exception, StoreError) and "quiet hours" in str(result.exception)


def test_config_channels_are_synced(db_path: Path, tmp_path: Path) -> None:
    """A [[channels]] entry in the configuration file shows up in `channels list`."""
    config = tmp_path / "monitor.toml"
    config.write_text('[[channels]]\nname = "desk"\nkind = "webhook"\nurl = "https://desk.example/h"\n'
                      'digest = "daily"\n', encoding="utf-8")
    [listed] = lines(invoke(db_path, "--config", str(config), "channels", "list", "--json"))
    assert (listed["name"], listed["source"], listed["digest"]) == ("desk", "config", "daily")


def test_alerts_list_and_retry_a_dead_letter(db_path: Path, server: LoopbackServer) -> None:
    """A 400 dead letter is listed under --status dead, and `alerts retry` delivers it once fixed."""
    db = open_store(db_path)
    add_channel(db, "hook", "webhook", {"url": server.route("/hook", status=400), "allow_private": True},
                now=T0)
    queue(db)
    deliver_due(db, Settings(), T0)
    db.close()
    [dead] = lines(invoke(db_path, "alerts", "list", "--status", "dead", "--json"))
    assert dead["channel"] == "hook" and "400" in str(dead["last_error"])
    assert dead["summary"] == "Kandahar (AF): Afghan government → Taliban (unconfirmed)"
    assert "Kandahar" in invoke(db_path, "alerts", "list", "--status", "dead").output
    assert lines(invoke(db_path, "alerts", "list", "--status", "pending", "--json")) == []
    server.route("/hook", status=204)
    assert invoke(db_path, "alerts", "retry", str(dead["id"])).exit_code == 0
    result = invoke(db_path, "alerts", "deliver")
    assert "Delivered 1" in result.output, result.output
    [done] = lines(invoke(db_path, "alerts", "list", "--json"))
    assert done["status"] == "delivered" and len(server.requests_to("/hook")) == 2


def test_alerts_test_sends_a_signed_message(db_path: Path, server: LoopbackServer) -> None:
    """`alerts test` reaches the receiver now; a failing endpoint makes it exit non-zero with the reason."""
    db = open_store(db_path)
    add_channel(db, "hook", "webhook", {"url": server.route("/hook", status=200), "allow_private": True,
                                        "secret_env": "TEST_HOOK_SECRET"}, now=T0)
    db.close()
    env = {"TEST_HOOK_SECRET": "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY"}
    result = invoke(db_path, "alerts", "test", "hook", env=env)
    assert result.exit_code == 0, result.output
    [request] = server.requests_to("/hook")
    assert request.headers["webhook-signature"].startswith("v1,")
    assert json.loads(request.body)["type"] == "test"
    server.route("/hook", status=500)
    failed = invoke(db_path, "channels", "test", "hook", env=env)
    assert failed.exit_code == 1 and "HTTP 500" in failed.output


def test_cities_and_history(db_path: Path) -> None:
    """After a fall, `cities` shows the new holder and `history` the change with its evidence."""
    db = open_store(db_path)
    add_place(db, Place("Kandahar", "AF"), now=T0, controller="Afghan government")
    add_place(db, Place("Kabul", "AF"), now=T0, controller="Afghan government")
    upsert_articles(db, None, [article("outlet.com", "Kandahar falls to Taliban", T0)], T0)
    process_pending_articles(db, Settings(), T0 + timedelta(minutes=1), FakeDetector())
    db.close()
    rows = {c["place"]: c for c in lines(invoke(db_path, "cities", "--json"))}
    assert rows["Kandahar"]["controller"] == "Taliban" and rows["Kabul"]["controller"] == "Afghan government"
    text = invoke(db_path, "cities").output
    assert "Kandahar" in text and "Taliban" in text and "unconfirmed" in text
    history = invoke(db_path, "history", "kandahar").output
    assert "Afghan government → Taliban" in history and "outlet.com" in history
    missing = invoke(db_path, "history", "Atlantis")
    assert missing.exit_code != 0 and "Atlantis" in str(missing.exception)
