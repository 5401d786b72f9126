"""Webhook delivery against a real loopback receiver that verifies every signature (W1–W7)."""

from __future__ import annotations

import base64
import json
import socket
import time
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime

import pytest
from sqlite_utils import Database

from monitor.alerts.outbox import deliver_due
from monitor.alerts.render import Outgoing
from monitor.alerts.webhook import _refused_address, github_signature, send_webhook, sign, verify
from monitor.config import Settings
from monitor.errors import PermanentDeliveryError
from monitor.store.channels import add_channel, get_channel
from monitor.store.outbox import get_alert_uid, get_deliveries
from tests.alerts_helpers import (
    SECRET,
    SECRET_ENV,
    T0,
    Receiver,
    add_webhook,
    independent_verify,
    payload,
    queue,
)
from tests.loopback import LoopbackServer

SETTINGS = Settings()


def senders(**kw: object) -> dict[str, object]:
    """Return senders whose webhook reads the test secret from a private environment."""
    return {"webhook": lambda ch, msg, st, now: send_webhook(ch, msg, st, now, environ=SECRET_ENV, **kw)}


def test_github_vector() -> None:
    """GitHub's published HMAC-SHA256 example reproduces exactly."""
    assert github_signature("It's a Secret to Everybody", b"Hello, World!") == (
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")


def test_standard_webhooks_vector() -> None:
    """The Standard Webhooks reference vector reproduces exactly, and verifies."""
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    sig = sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)
    assert sig == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    headers = {"webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330",
               "webhook-signature": f"v1,bm9wZQ== {sig}"}
    at = T0.fromtimestamp(1614265330, T0.tzinfo)
    assert verify(secret, headers, body, at)


def test_unpadded_secret_signs_like_other_standard_webhooks_libraries() -> None:
    """A whsec_ secret without base64 padding signs (the library pads it) and verifies independently."""
    padded = "whsec_" + base64.b64encode(b"twenty-two byte secret").decode()
    unpadded = padded.rstrip("=")
    assert unpadded != padded
    body, ts = b'{"a":1}', int(T0.timestamp())
    signature = sign(unpadded, "alert-1", ts, body)
    assert signature == sign(padded, "alert-1", ts, body)
    headers = {"webhook-id": "alert-1", "webhook-timestamp": str(ts), "webhook-signature": signature}
    assert independent_verify(padded, headers, body)


@pytest.mark.parametrize("secret", ["whsec_", "whsec_!!!!"])
def test_unusable_secret_is_a_permanent_failure(server: LoopbackServer, db: Database, secret: str) -> None:
    """A secret that decodes to nothing dead-letters with a message naming the variable."""
    receiver = Receiver()
    add_webhook(db, server.route("/hook", handler=receiver))
    queue(db)
    env = {"HOOK_SECRET": secret}
    hooks = {"webhook": lambda ch, msg, st, now: send_webhook(ch, msg, st, now, environ=env)}
    deliver_due(db, SETTINGS, T0, senders=hooks)
    [delivery] = get_deliveries(db)
    assert delivery.status == "dead" and "not a valid whsec_ secret" in (delivery.last_error or "")
    assert receiver.received == []


@pytest.mark.parametrize("change", ["body", "id", "timestamp", "stale"])
def test_verify_rejects_tampering(change: str) -> None:
    """A changed body, id or timestamp, or a stale timestamp, fails verification."""
    body = b'{"a":1}'
    ts = int(T0.timestamp())
    headers = {"webhook-id": "alert-1", "webhook-timestamp": str(ts),
               "webhook-signature": sign(SECRET, "alert-1", ts, body)}
    now = T0
    if change == "body":
        body = b'{"a":2}'
    elif change == "id":
        headers["webhook-id"] = "alert-2"
    elif change == "timestamp":
        headers["webhook-timestamp"] = str(ts + 1)
    else:
        now = T0 + timedelta(minutes=6)
    assert not verify(SECRET, headers, body, now)


def test_delivered_signed_and_unescaped(server: LoopbackServer, db: Database) -> None:
    """The receiver verifies the signature over the exact bytes; the title travels as JSON data (W7)."""
    receiver = Receiver()
    add_webhook(db, server.route("/hook", handler=receiver))
    title = 'Taliban "take" <b>Kandahar</b> & more 🏳 قندهار\r\nline two'
    alert_id = queue(db, title=title)
    summary = deliver_due(db, SETTINGS, T0, senders=senders())
    assert summary.delivered == 1 and receiver.bad_signatures == 0
    headers, body = receiver.received[0]
    assert headers["webhook-id"] == get_alert_uid(db, alert_id)
    assert headers["webhook-timestamp"] == str(int(T0.timestamp()))
    data = json.loads(body)
    assert data["type"] == "control.changed"
    assert data["data"]["evidence"][0]["title"] == title
    assert get_deliveries(db)[0].status == "delivered"


def test_500_four_times_then_200_follows_schedule(server: LoopbackServer, db: Database) -> None:
    """500 ×4 then 200: five attempts with the same id, spaced 5 s, 5 min, 30 min, 2 h (W2)."""
    receiver = Receiver(statuses=[500, 500, 500, 500, 200])
    add_webhook(db, server.route("/hook", handler=receiver))
    queue(db)
    now = T0
    waits = []
    for _ in range(5):
        deliver_due(db, SETTINGS, now, senders=senders(), rand=lambda: 0.5)
        row = get_deliveries(db)[0]
        if row.status == "delivered":
            break
        waits.append((row.next_attempt - now).total_seconds())
        early = row.next_attempt - timedelta(seconds=1)
        assert deliver_due(db, SETTINGS, early, senders=senders()).delivered == 0  # not before its time
        now = row.next_attempt
    assert waits == [5, 300, 1800, 7200]
    assert len(receiver.received) == 5 and len(set(receiver.ids())) == 1
    assert get_deliveries(db)[0].status == "delivered" and get_deliveries(db)[0].attempts == 5


@pytest.mark.parametrize("rand,expected", [(0.0, 270), (1.0, 330)])
def test_jitter_stays_within_ten_percent(server: LoopbackServer, db: Database, rand: float,
                                         expected: float) -> None:
    """The jittered wait after a second failure is the 5 min step ±10 %."""
    add_webhook(db, server.route("/hook", status=503))
    queue(db)
    deliver_due(db, SETTINGS, T0, senders=senders(), rand=lambda: rand)
    now = get_deliveries(db)[0].next_attempt
    deliver_due(db, SETTINGS, now, senders=senders(), rand=lambda: rand)
    assert (get_deliveries(db)[0].next_attempt - now).total_seconds() == expected


def test_400_is_dead_lettered_and_listed(server: LoopbackServer, db: Database) -> None:
    """A 400 is not retried: the row goes to the dead letters with the reason."""
    receiver = Receiver(statuses=[400])
    add_webhook(db, server.route("/hook", handler=receiver))
    queue(db)
    summary = deliver_due(db, SETTINGS, T0, senders=senders())
    assert summary.dead == 1
    dead = get_deliveries(db, status="dead")
    assert len(dead) == 1 and "400" in (dead[0].last_error or "")
    deliver_due(db, SETTINGS, T0 + timedelta(days=1), senders=senders())
    assert len(receiver.received) == 1


def test_410_disables_the_endpoint(server: LoopbackServer, db: Database) -> None:
    """410 Gone dead-letters the row and disables the channel; later alerts skip it (W3)."""
    receiver = Receiver(statuses=[410])
    add_webhook(db, server.route("/hook", handler=receiver))
    queue(db)
    deliver_due(db, SETTINGS, T0, senders=senders())
    channel = get_channel(db, "hook")
    assert not channel.enabled and "410" in (channel.disabled_reason or "")
    queue(db, now=T0 + timedelta(minutes=1))
    deliver_due(db, SETTINGS, T0 + timedelta(minutes=2), senders=senders())
    assert len(receiver.received) == 1
    assert [d.status for d in get_deliveries(db)] == ["dead"]


def test_redirect_is_not_followed(server: LoopbackServer, db: Database) -> None:
    """A 301 is a failure to retry, and its Location is never requested (W3)."""
    target = server.route("/moved", status=200)
    add_webhook(db, server.route("/hook", status=301, headers={"Location": target}))
    queue(db)
    summary = deliver_due(db, SETTINGS, T0, senders=senders())
    assert summary.retried == 1
    assert server.requests_to("/moved") == []
    assert "not followed" in (get_deliveries(db)[0].last_error or "")


@pytest.mark.parametrize("header", ["120", format_datetime(T0 + timedelta(seconds=120), usegmt=True)])
def test_retry_after_is_honoured(server: LoopbackServer, db: Database, header: str) -> None:
    """429 with Retry-After (seconds or HTTP date) is not retried sooner than it says (W3)."""
    add_webhook(db, server.route("/hook", status=429, headers={"Retry-After": header}))
    queue(db)
    deliver_due(db, SETTINGS, T0, senders=senders(), rand=lambda: 0.5)
    wait = (get_deliveries(db)[0].next_attempt - T0).total_seconds()
    assert 119 <= wait <= 121


def test_slow_receiver_is_abandoned_at_the_timeout(server: LoopbackServer, db: Database) -> None:
    """A receiver that does not answer is abandoned at the timeout and retried later (W4)."""
    receiver = Receiver(delay_s=3.0)
    add_webhook(db, server.route("/hook", handler=receiver), timeout_s=0.5)
    queue(db)
    started = time.monotonic()
    summary = deliver_due(db, SETTINGS, T0, senders=senders())
    assert time.monotonic() - started < 2.5
    assert summary.retried == 1 and "no answer" in (get_deliveries(db)[0].last_error or "")


def test_network_error_is_retried(db: Database) -> None:
    """Nothing listening on the port: the row is retried, not lost."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    add_webhook(db, f"http://127.0.0.1:{port}/hook")
    queue(db)
    summary = deliver_due(db, SETTINGS, T0, senders=senders())
    assert summary.retried == 1 and get_deliveries(db)[0].status == "pending"


def test_private_address_refused_without_opt_in(server: LoopbackServer, db: Database) -> None:
    """A webhook URL on loopback is refused unless the channel itself opts in (W6)."""
    receiver = Receiver()
    add_channel(db, "hook", "webhook", {"url": server.route("/hook", handler=receiver),
                                        "secret_env": "HOOK_SECRET"}, now=T0)
    queue(db)
    summary = deliver_due(db, replace(SETTINGS, allow_private=True), T0, senders=senders())
    assert summary.dead == 1 and receiver.received == []
    assert "non-public" in (get_deliveries(db)[0].last_error or "")


@pytest.mark.parametrize("address,refused", [
    ("127.0.0.1", True), ("10.1.2.3", True), ("192.168.0.1", True), ("172.16.5.5", True),
    ("169.254.169.254", True), ("100.64.0.1", True), ("0.0.0.0", True), ("::1", True),
    ("::ffff:127.0.0.1", True), ("fe80::1%eth0", True), ("fd00::1", True),
    ("93.184.216.34", False), ("2606:2800:220:1::1", False),
])
def test_refused_addresses(address: str, refused: bool) -> None:
    """Loopback, private, link-local, CGNAT and metadata addresses are refused; public ones pass."""
    assert _refused_address(address) is refused


def test_missing_secret_keeps_the_row_pending(server: LoopbackServer, db: Database) -> None:
    """An unset secret variable is retried (the operator can set it), nothing is sent unsigned."""
    receiver = Receiver()
    add_webhook(db, server.route("/hook", handler=receiver))
    queue(db)
    summary = deliver_due(db, SETTINGS, T0, senders={
        "webhook": lambda ch, msg, st, now: send_webhook(ch, msg, st, now, environ={})})
    assert summary.retried == 1 and receiver.received == []


def test_non_http_url_is_permanent() -> None:
    """A file: URL never goes out."""
    from monitor.model import Channel
    with pytest.raises(PermanentDeliveryError):
        send_webhook(Channel("x", "webhook", {"url": "file:///etc/passwd"}),
                     Outgoing("alert-1", (payload(),)), SETTINGS, T0)
