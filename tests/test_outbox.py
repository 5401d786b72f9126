"""The durable outbox: schedule, leases, digests, quiet hours, channel independence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlite_utils import Database

from monitor.alerts.outbox import deliver_due
from monitor.alerts.render import Outgoing
from monitor.alerts.schedule import MAX_AGE, digest_window, next_retry, quiet_until
from monitor.config import ChannelConfig, Settings
from monitor.errors import DeliveryError, PermanentDeliveryError, StoreError
from monitor.model import Channel
from monitor.store.channels import add_channel, get_channel, get_channels, sync_config_channels
from monitor.store.db import write_transaction
from monitor.store.outbox import get_deliveries, lease_deliveries, retry_delivery
from tests.alerts_helpers import T0, queue

SETTINGS = Settings()


class FakeSender:
    """A sender that fails while `failures` lasts, and records what it was given."""

    def __init__(self, failures: int = 0, error: type[DeliveryError] = DeliveryError) -> None:
        self.failures = failures
        self.error = error
        self.sent: list[tuple[str, Outgoing]] = []
        self.calls = 0

    def __call__(self, channel: Channel, message: Outgoing, settings: Settings, now: datetime) -> None:
        self.calls += 1
        if self.failures:
            self.failures -= 1
            raise self.error(channel.name, "down")
        self.sent.append((channel.name, message))


def hook(db: Database, name: str, **kw: object) -> Channel:
    return add_channel(db, name, "webhook", {"url": f"https://{name}.example/hook"}, now=T0, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("attempts,expected_s", [(1, 5), (2, 300), (3, 1800), (4, 7200), (5, 18000),
                                                 (6, 36000), (9, 36000)])
def test_retry_schedule(attempts: int, expected_s: int) -> None:
    """The wait after each failure follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h…"""
    at = next_retry(attempts, T0, T0, lambda: 0.5)
    assert at is not None and (at - T0).total_seconds() == expected_s


@pytest.mark.parametrize("elapsed_h,expected", [(23.9, T0 + MAX_AGE), (24, None), (30, None)])
def test_retry_window_ends_at_24h(elapsed_h: float, expected: datetime | None) -> None:
    """The last try lands at the end of the 24 h window; after it, give up."""
    now = T0 + timedelta(hours=elapsed_h)
    assert next_retry(7, T0, now, lambda: 0.5) == expected


@pytest.mark.parametrize("mode,tz,now,key,send", [
    ("instant", "UTC", T0, None, T0),
    ("hourly", "UTC", T0 + timedelta(minutes=25), "hourly 2021-08-13T06", T0 + timedelta(hours=1)),
    ("daily", "UTC", T0, "daily 2021-08-13", datetime(2021, 8, 14, tzinfo=UTC)),
    ("daily", "Asia/Kabul", T0, "daily 2021-08-13", datetime(2021, 8, 13, 19, 30, tzinfo=UTC)),
])
def test_digest_window(mode: str, tz: str, now: datetime, key: str | None, send: datetime) -> None:
    """Digest messages wait for the end of their hour, or the next local midnight."""
    assert digest_window(mode, now, tz) == (key, send)


@pytest.mark.parametrize("quiet,tz,now,until", [
    (None, "UTC", T0, None),
    ("22:00-07:00", "UTC", T0, T0 + timedelta(hours=1)),
    ("22:00-07:00", "UTC", T0 + timedelta(hours=2), None),
    ("22:00-07:00", "UTC", T0 + timedelta(hours=17), datetime(2021, 8, 14, 7, tzinfo=UTC)),
    ("01:00-05:00", "Europe/Paris", T0, None),  # 08:00 in Paris
    ("07:00-09:00", "Europe/Paris", T0, datetime(2021, 8, 13, 7, tzinfo=UTC)),
])
def test_quiet_until(quiet: str | None, tz: str, now: datetime, until: datetime | None) -> None:
    """Quiet hours are read in the channel's time zone and may cross midnight."""
    assert quiet_until(now, quiet, tz) == until


def test_alert_and_rows_roll_back_together(db: Database) -> None:
    """Rows enqueued inside a transaction that fails vanish with it (no alert without its state)."""
    hook(db, "a")
    with pytest.raises(RuntimeError), write_transaction(db):
        queue(db)
        raise RuntimeError("crash before commit")
    assert db.execute("SELECT count(*) FROM alerts").fetchone()[0] == 0
    assert get_deliveries(db) == []


def test_one_failing_channel_never_blocks_another(db: Database) -> None:
    """A channel that keeps failing leaves the other channel's deliveries untouched."""
    hook(db, "good")
    add_channel(db, "bad", "email", {"host": "mail.example", "to": "a@b.c"}, now=T0)
    for i in range(3):
        queue(db, now=T0 + timedelta(seconds=i))
    good, bad = FakeSender(), FakeSender(failures=99)
    summary = deliver_due(db, SETTINGS, T0 + timedelta(seconds=5), senders={"webhook": good, "email": bad})
    assert len(good.sent) == 3 and bad.calls == 1  # the failing channel is skipped for this round
    assert summary.delivered == 3 and summary.retried == 1 and summary.skipped == 2


def test_gives_up_after_24_hours(db: Database) -> None:
    """A channel down for a day: retried on schedule, then dead-lettered after the 24 h try."""
    hook(db, "a")
    queue(db)
    sender = FakeSender(failures=1000)
    now = T0
    for _ in range(20):
        deliver_due(db, SETTINGS, now, senders={"webhook": sender}, rand=lambda: 0.5)
        row = get_deliveries(db)[0]
        if row.status == "dead":
            break
        now = row.next_attempt
    assert row.status == "dead" and "gave up" in (row.last_error or "")
    assert now == T0 + MAX_AGE and sender.calls == 8


def test_lease_redelivers_after_a_crash(db: Database) -> None:
    """A send cut off by a crash (leased, never marked) goes out again after the lease."""
    hook(db, "a")
    queue(db)
    row = get_deliveries(db)[0]
    lease_deliveries(db, [row.id], now=T0, until=T0 + timedelta(seconds=60))  # then the process died
    sender = FakeSender()
    assert deliver_due(db, SETTINGS, T0 + timedelta(seconds=30), senders={"webhook": sender}).delivered == 0
    assert deliver_due(db, SETTINGS, T0 + timedelta(seconds=61), senders={"webhook": sender}).delivered == 1
    assert sender.sent[0][1].message_id == row.message_id and get_deliveries(db)[0].attempts == 2


def test_hourly_digest_is_one_message(db: Database) -> None:
    """Three alerts in one hour on a digest channel make one message at the end of the hour."""
    hook(db, "d", digest="hourly")
    for minutes in (1, 20, 40):
        queue(db, now=T0 + timedelta(minutes=minutes), place=f"City{minutes}")
    sender = FakeSender()
    assert deliver_due(db, SETTINGS, T0 + timedelta(minutes=59), senders={"webhook": sender}).delivered == 0
    deliver_due(db, SETTINGS, T0 + timedelta(hours=1), senders={"webhook": sender})
    assert len(sender.sent) == 1
    message = sender.sent[0][1]
    assert message.is_digest and [p["place"] for p in message.payloads] == ["City1", "City20", "City40"]
    assert message.message_id.startswith("digest-")


def test_quiet_hours_hold_follow_ups_not_changes(db: Database) -> None:
    """In quiet hours a follow-up waits for the morning; a change of hands goes at once."""
    hook(db, "q", quiet_hours="05:00-07:00")
    queue(db, urgent=False, kind="confirmed")
    queue(db, urgent=True)
    sender = FakeSender()
    summary = deliver_due(db, SETTINGS, T0, senders={"webhook": sender})
    assert summary.delivered == 1 and summary.held == 1
    assert sender.sent[0][1].payloads[0]["kind"] == "change"
    deliver_due(db, SETTINGS, T0 + timedelta(hours=1), senders={"webhook": sender})
    assert [m.payloads[0]["kind"] for _, m in sender.sent] == ["change", "confirmed"]


def test_retry_brings_back_a_dead_letter(db: Database) -> None:
    """`alerts retry` puts a dead delivery back in the queue with a fresh window."""
    hook(db, "a")
    queue(db)
    deliver_due(db, SETTINGS, T0, senders={"webhook": FakeSender(1, error=PermanentDeliveryError)})
    assert get_deliveries(db)[0].status == "dead"
    later = T0 + timedelta(days=3)
    row = retry_delivery(db, get_deliveries(db)[0].id, now=later)
    assert row.status == "pending" and row.attempts == 0
    sender = FakeSender()
    deliver_due(db, SETTINGS, later, senders={"webhook": sender})
    assert get_deliveries(db)[0].status == "delivered"


def test_config_channels_sync(db: Database) -> None:
    """Config channels are added, updated, and disabled (not deleted) when dropped from the file."""
    config = ChannelConfig("ops", "webhook", {"url": "https://ops.example/h", "digest": "daily"})
    assert sync_config_channels(db, [config], now=T0) == 1
    assert sync_config_channels(db, [config], now=T0) == 0
    assert get_channel(db, "ops").digest == "daily"
    sync_config_channels(db, [], now=T0)
    dropped = get_channel(db, "ops")
    assert not dropped.enabled and dropped.disabled_reason == "removed from the configuration"
    sync_config_channels(db, [config], now=T0)
    assert get_channel(db, "ops").enabled and len(get_channels(db)) == 1


@pytest.mark.parametrize("kind,options,error", [
    ("webhook", {"url": "ftp://x"}, "url"), ("email", {"host": "h"}, "to"), ("sms", {}, "kind"),
    ("webhook", {"url": "https://x.example", "secret": "abc"}, "secret_env"),
])
def test_invalid_channels_refused(db: Database, kind: str, options: dict[str, object], error: str) -> None:
    """A channel that cannot work, or carries a secret in clear, is refused with the reason."""
    with pytest.raises(StoreError, match=error):
        add_channel(db, "x", kind, options, now=T0)


def test_two_deliverers_never_send_the_same_row(db: Database, tmp_path: object) -> None:
    """While one deliverer is sending a row, a second one (another connection) leaves it alone."""
    from monitor.store.db import open_store

    hook(db, "a")
    queue(db)
    other = open_store(db.execute("PRAGMA database_list").fetchone()[2])
    inner = FakeSender()

    class Nested(FakeSender):
        def __call__(self, channel: Channel, message: Outgoing, settings: Settings, now: datetime) -> None:
            deliver_due(other, settings, now, senders={"webhook": inner})  # the CLI, mid-send
            super().__call__(channel, message, settings, now)

    outer = Nested()
    deliver_due(db, SETTINGS, T0, senders={"webhook": outer})
    other.close()
    assert len(outer.sent) == 1 and inner.calls == 0
    assert get_deliveries(db)[0].status == "delivered"


def test_apprise_missing_is_a_clear_dead_letter(db: Database) -> None:
    """Without the optional apprise package, an apprise channel's alerts are dead-lettered saying why."""
    pytest.importorskip("monitor.alerts.apprise_channel")
    try:
        import apprise  # noqa: F401
        pytest.skip("apprise is installed here")
    except ImportError:
        pass
    add_channel(db, "chat", "apprise", {"urls": ["json://127.0.0.1:9/x"]}, now=T0)
    queue(db)
    summary = deliver_due(db, SETTINGS, T0)
    assert summary.dead == 1
    assert "pip install apprise" in (get_deliveries(db)[0].last_error or "")


def test_a_row_is_leased_once(db: Database) -> None:
    """Two deliverers that both saw a row as due: only the first lease takes it."""
    hook(db, "a")
    queue(db)
    row = get_deliveries(db)[0]
    until = T0 + timedelta(seconds=60)
    assert lease_deliveries(db, [row.id], now=T0, until=until) == [row.id]
    assert lease_deliveries(db, [row.id], now=T0, until=until) == []
    assert get_deliveries(db)[0].attempts == 1
