"""What the operator sees when things stay broken: F4, F6, W3, W5 and S3 over simulated days.

Each test drives the real code (loopback HTTP, real store, the CLI in-process) with `now`
moved forward instead of sleeping, then reads `monitor status` or `monitor channels list`.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.alerts.outbox import deliver_due
from monitor.alerts.webhook import send_webhook
from monitor.config import Settings
from monitor.daemon.cycle import run_cycle
from monitor.model import Feed
from monitor.service.http import DEFAULT_STALE_AFTER_S, start_http_server
from monitor.store.db import open_store
from monitor.store.feeds import add_feed, get_feed
from monitor.store.outbox import get_deliveries
from monitor.store.state import write_heartbeat
from tests.alerts_helpers import SECRET_ENV, T0, Receiver, add_webhook, queue
from tests.clitools import invoke, invoke_json
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss

SETTINGS = Settings(concurrency=4, per_host=2, default_interval_s=1800, min_interval_s=900,
                    max_backoff_s=86400, total_timeout_s=5, connect_timeout_s=2, parse_workers=0)
HOOK_SENDERS = {"webhook": lambda ch, msg, st, now: send_webhook(ch, msg, st, now, environ=SECRET_ENV)}


def subscribe(db: Database, url: str, now: datetime) -> Feed:
    return add_feed(db, Feed(url=url, allow_private=True, interval_s=SETTINGS.default_interval_s), now)


def test_gone_feed_gets_no_request_for_a_week_and_shows_in_status(server: LoopbackServer,
                                                                  db_path: Path) -> None:
    """F4: a 410 disables the feed: no request in 7 simulated days, and status counts it disabled."""
    url = server.route("/gone.xml", status=410)
    db = open_store(db_path)
    start = datetime.now(UTC)
    subscribe(db, url, start)
    for hour in range(7 * 24 + 1):
        run_cycle(db, SETTINGS, start + timedelta(hours=hour))
    feed = get_feed(db, url)
    db.close()
    assert len(server.requests_to("/gone.xml")) == 1
    assert feed.disabled and "410" in (feed.disabled_reason or "")
    status = invoke_json(db_path, "status")
    assert status["feeds"]["disabled"] == 1 and status["feeds"]["ok"] == 0
    assert "1 disabled" in invoke(db_path, "status").output


def test_dead_feed_is_asked_at_most_eight_times_a_day_then_recovers(server: LoopbackServer,
                                                                     db: Database) -> None:
    """F6: a feed always answering 503 gets ≤ 8 requests in 24 h, is never dropped; a success resets it."""
    url = server.route("/dead.xml", status=503)
    start = datetime.now(UTC)
    subscribe(db, url, start)
    for minute in range(0, 24 * 60, 5):  # the daemon looks every 5 simulated minutes for a day
        run_cycle(db, SETTINGS, start + timedelta(minutes=minute))
    asked = len(server.requests_to("/dead.xml"))
    feed = get_feed(db, url)
    assert 4 <= asked <= 8, asked  # backs off (30 min doubling: 6 tries), yet keeps trying
    assert not feed.disabled and feed.error_count == asked
    server.route("/dead.xml", rss([item(1)]))
    day2 = start + timedelta(hours=48)  # past any backoff (cap 24 h)
    assert run_cycle(db, SETTINGS, day2).ok == 1
    feed = get_feed(db, url)
    assert feed.error_count == 0 and feed.update_after is not None
    assert feed.update_after <= day2 + timedelta(seconds=SETTINGS.default_interval_s * 1.3)


def test_gone_webhook_is_disabled_and_the_operator_is_told(server: LoopbackServer, db_path: Path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    """W3: a 410 disables the channel; a warning is logged and `channels list` says why."""
    receiver = Receiver(statuses=[410])
    db = open_store(db_path)
    add_webhook(db, server.route("/hook", handler=receiver))
    queue(db)
    with caplog.at_level(logging.WARNING):
        deliver_due(db, SETTINGS, T0, senders=HOOK_SENDERS)
    db.close()
    assert any("disabled" in r.getMessage() and "410" in r.getMessage() for r in caplog.records)
    listed = invoke(db_path, "channels", "list", "--json")
    assert listed.exit_code == 0, listed.output
    channel = json.loads(listed.stdout.splitlines()[0])
    assert channel["enabled"] is False and "410" in json.dumps(channel)
    assert "410" in invoke(db_path, "channels", "list").output
    assert invoke_json(db_path, "status")["alerts"]["dead"] == 1


def test_webhook_down_for_days_is_dead_lettered_after_the_last_try_and_shown(server: LoopbackServer,
                                                                            db_path: Path) -> None:
    """W5: an endpoint down for days is retried on schedule, dead-lettered after the last try, shown."""
    db = open_store(db_path)
    add_webhook(db, server.route("/hook", status=503))
    queue(db)
    now, end = T0, T0 + timedelta(days=4)
    while now < end:
        deliver_due(db, SETTINGS, now, senders=HOOK_SENDERS, rand=lambda: 0.5)
        row = get_deliveries(db)[0]
        if row.status != "pending":
            break
        assert status_while_pending(db_path) == {"pending": 1, "dead": 0}
        now = row.next_attempt
    row = get_deliveries(db)[0]
    db.close()
    tries = server.requests_to("/hook")
    assert row.status == "dead" and "gave up" in (row.last_error or "")
    assert len(tries) == row.attempts >= 8  # each scheduled try reached the endpoint
    assert len({t.headers["webhook-id"] for t in tries}) == 1
    assert now - T0 <= timedelta(hours=24, minutes=1)  # the last try closes the 24 h window
    status = invoke_json(db_path, "status")
    assert status["alerts"]["dead"] == 1 and status["alerts"]["pending"] == 0
    assert "1 dead" in invoke(db_path, "status").output


def status_while_pending(db_path: Path) -> dict[str, int]:
    alerts = invoke_json(db_path, "status")["alerts"]
    return {"pending": alerts["pending"], "dead": alerts["dead"]}


@pytest.mark.parametrize(("age_s", "healthy"), [
    (10, True),                              # fresh
    (45, True),                              # three heartbeats (15 s) missed: still within the margin
    (DEFAULT_STALE_AFTER_S - 5, True),
    (DEFAULT_STALE_AFTER_S + 5, False),      # stalled: unhealthy
    (3600, False),
])
def test_healthz_turns_unhealthy_once_heartbeats_stop(db_path: Path, age_s: float, healthy: bool) -> None:
    """S3: /healthz is 200 while the heartbeat is recent and 503 once it is older than the stale limit."""
    beat = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    db = open_store(db_path)
    write_heartbeat(db, beat, 4242)
    db.close()
    handle = start_http_server(Settings(), db_path, is_running=lambda: True, address="127.0.0.1:0",
                               clock=lambda: beat + timedelta(seconds=age_s))
    try:
        try:
            with urllib.request.urlopen(handle.url + "/healthz", timeout=10) as response:
                code, body = response.status, response.read()
        except urllib.error.HTTPError as exc:
            code, body = exc.code, exc.read()
    finally:
        handle.stop()
    assert (code == 200) is healthy, body
    assert (json.loads(body)["status"] == "ok") is healthy


def test_status_calls_a_silent_daemon_not_responding(db_path: Path) -> None:
    """S3: `monitor status` says a daemon is not responding when its heartbeat stopped, pid alive or not."""
    db = open_store(db_path)
    write_heartbeat(db, datetime.now(UTC) - timedelta(hours=1), os.getpid())  # a live pid, a stale beat
    db.close()
    daemon = invoke_json(db_path, "status")["daemon"]
    assert daemon["up"] is False and "not responding" in daemon["summary"]

