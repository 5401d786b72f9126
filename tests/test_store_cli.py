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
    ok(pg_store_url, "feeds", "add", url, "--allow-private")
    assert url in ok(pg_store_url, "feeds", "list")
    hook = server.route("/pg/hook", b"", status=204)
    ok(pg_store_url, "channels", "add", "webhook", "desk", "--url", hook, "--secret-env",
       "MONITOR_TEST_HOOK_SECRET", "--allow-private")
    assert "desk" in ok(pg_store_url, "channels", "list")
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
