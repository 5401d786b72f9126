"""S1: SIGTERM while alerts are on the wire: exit 0 in time, every alert sent-and-marked or still pending."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.alerts.outbox import deliver_due
from monitor.alerts.webhook import send_webhook
from monitor.config import Settings
from monitor.store.db import open_store
from monitor.store.outbox import get_alert_uid, get_deliveries
from tests.alerts_helpers import SECRET, SECRET_ENV, Receiver, add_webhook, queue
from tests.conftest import ROOT
from tests.loopback import LoopbackServer

pytestmark = pytest.mark.timeout(90)
ALERTS = 4


def test_sigterm_during_delivery_leaves_each_alert_sent_or_pending(server: LoopbackServer,
                                                                   tmp_path: Path) -> None:
    """Stopped mid-send, the daemon marks that send, starts no other, exits 0 in 10 s; the rest wait."""
    receiver = Receiver(delay_s=3.0)  # each send takes 3 s: the stop lands while one is in flight
    store = tmp_path / "monitor.db"
    db = open_store(store)
    add_webhook(db, server.route("/hook", handler=receiver))
    ids = [queue(db, place=f"City {n}") for n in range(ALERTS)]
    uids = {get_alert_uid(db, i) for i in ids}  # the webhook-ids
    db.close()
    config = tmp_path / "monitor.toml"
    config.write_text(f'[store]\npath = "{store}"\n[poll]\ntick = "1s"\nparse_workers = 0\n'
                      '[http]\naddress = ""\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")} | SECRET_ENV
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not server.requests_to("/hook"):  # the first send is on the wire
            assert time.monotonic() < deadline and proc.poll() is None, "no delivery started"
            time.sleep(0.05)
        time.sleep(0.5)
        stop = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
        took = time.monotonic() - stop
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0 and took < 10, err[-3000:]
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    db = open_store(store)
    try:
        rows = get_deliveries(db)
        assert len(rows) == ALERTS
        assert {r.status for r in rows} <= {"delivered", "pending"}
        assert any(r.status == "pending" for r in rows)  # the stop really came mid-work
        arrived = {h["webhook-id"] for h, _ in receiver.received}
        # the send in flight at SIGTERM finishes and is marked; nothing after it starts
        assert {r.message_id for r in rows if r.status == "delivered"} == arrived != set()
        # the next daemon (here: one delivery pass after the lease) sends the rest, under the same ids
        receiver.delay_s = 0
        later = datetime.now(UTC) + timedelta(minutes=2)
        deliver_due(db, Settings(), later,
                    senders={"webhook": lambda ch, msg, st, now: send_webhook(ch, msg, st, now,
                                                                              environ=SECRET_ENV)})
        assert {r.status for r in get_deliveries(db)} == {"delivered"}
    finally:
        db.close()
    received_ids = [h["webhook-id"] for h, _ in receiver.received]
    assert set(received_ids) == uids and receiver.bad_signatures == 0
    assert len(received_ids) == len(set(received_ids))  # the stop caused no second send
    assert SECRET not in err and " ERROR " not in err and "Traceback" not in err
