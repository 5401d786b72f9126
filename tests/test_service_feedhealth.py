"""Feed health alarms: reported once when a feed breaks or falls silent, once when it recovers."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlite_utils import Database

from monitor.service.feedhealth import (
    FeedHealthIntent,
    check_feed_health,
    feed_health_intents,
    usual_gap_s,
)
from monitor.store.db import Store, open_store, write_transaction

NOW = datetime(2021, 8, 15, 12, 0, tzinfo=UTC)
HOUR = 3600.0


def row(errors: int = 0, *, quiet_h: float = 1, gap_s: float | None = HOUR, disabled: bool = False,
        feed_id: int = 1) -> dict[str, Any]:
    """A feed row: `errors` failures in a row, last new article `quiet_h` hours ago."""
    return {"id": feed_id, "url": f"https://f{feed_id}.example/rss", "title": f"Feed {feed_id}",
            "error_count": errors, "last_error": "HTTP 503" if errors else None, "disabled": disabled,
            "last_new_article": (NOW - timedelta(hours=quiet_h)).isoformat(), "usual_gap_s": gap_s}


FAILING = {"1": {"failing": "2021-08-14T12:00:00+00:00"}}
SILENT = {"1": {"silent": "2021-08-14T12:00:00+00:00"}}


@pytest.mark.parametrize(("feed", "flags", "said", "flagged"), [
    (row(0), {}, [], set()),
    (row(4), {}, [], set()),  # below the threshold: nothing yet
    (row(5), {}, ["failing"], {"failing"}),
    (row(9), FAILING, [], {"failing"}),  # already reported: not again
    (row(2), FAILING, [], {"failing"}),  # fewer errors but no success yet: still failing
    (row(0), FAILING, ["recovered"], set()),
    (row(0, quiet_h=30), {}, ["silent"], {"silent"}),  # hourly feed quiet for 30 h (> 8 h and > 24 h)
    (row(0, quiet_h=20), {}, [], set()),  # 20 h: over 8x the gap but under the 24 h floor
    (row(0, quiet_h=30), SILENT, [], {"silent"}),
    (row(0, quiet_h=1), SILENT, ["publishing"], set()),
    (row(0, quiet_h=300, gap_s=None), {}, [], set()),  # too little history to judge
    (row(0, quiet_h=24 * 6, gap_s=86400), {}, [], set()),  # a daily feed quiet for 6 days: fine
    (row(0, quiet_h=24 * 9, gap_s=86400), {}, ["silent"], {"silent"}),
    (row(7, quiet_h=300), {}, ["failing"], {"failing"}),  # failing explains the silence
    (row(7, disabled=True), {}, [], set()),
    (row(0, disabled=True), FAILING, [], set()),  # disabled: flag dropped quietly
])
def test_transitions(feed: dict[str, Any], flags: dict[str, dict[str, str]], said: list[str],
                     flagged: set[str]) -> None:
    """Each state change is said once; repeated states say nothing; flags follow the state."""
    intents, new_flags = feed_health_intents([feed], flags, NOW)
    assert [i.kind for i in intents] == said
    assert set(new_flags.get("1", {})) == flagged


def test_a_day_of_polls_says_each_thing_once() -> None:
    """Driving one feed through failure, recovery, silence and return yields four messages in all."""
    flags: dict[str, dict[str, str]] = {}
    said: list[str] = []
    states = [row(e) for e in (1, 3, 5, 6, 7, 8, 0, 0)] + [row(0, quiet_h=h) for h in (10, 30, 40, 2, 1)]
    for step, feed in enumerate(states):
        intents, flags = feed_health_intents([feed], flags, NOW + timedelta(minutes=step))
        said += [i.kind for i in intents]
    assert said == ["failing", "recovered", "silent", "publishing"]


def test_intent_text_names_the_feed_and_the_reason() -> None:
    """The operator's message says which feed, what happened and the last error, on one subject line."""
    intents, _ = feed_health_intents([{**row(6), "title": "Kabul\r\nNews"}], {}, NOW)
    intent = intents[0]
    assert intent.subject == "Feed failing: Kabul News"
    assert "6 failed polls in a row" in intent.body and "HTTP 503" in intent.body
    assert intent.as_payload()["kind"] == "feed_health"
    json.dumps(intent.as_payload())


@pytest.mark.parametrize(("hours", "expected"), [
    ([0, 1, 2, 3, 4], HOUR),
    ([0, 1, 2, 3, 4, 50], HOUR),  # one long pause does not move the median
    ([0, 1, 2, 3], None),  # too few
    ([0, 0, 0, 1, 2, 3, 4], HOUR),  # same time twice counts once
])
def test_usual_gap(hours: list[float], expected: float | None) -> None:
    """The usual gap is the median gap between distinct publication times."""
    assert usual_gap_s([NOW + timedelta(hours=h) for h in hours]) == expected


def add_feed(db: Database, *, errors: int, published_every_h: float | None, last_new_h: float) -> int:
    """Store a feed with some articles published at a steady rhythm."""
    with write_transaction(db):
        cursor = db.execute("INSERT INTO feeds (url, error_count, last_error, last_new_article, added) "
                            "VALUES (?, ?, ?, ?, ?)",
                            [f"https://f{errors}-{last_new_h}.example/rss", errors,
                             "timeout" if errors else None,
                             (NOW - timedelta(hours=last_new_h)).isoformat(), NOW.isoformat()])
        feed_id = int(cursor.lastrowid or 0)
        if published_every_h:
            for n in range(8):
                when = (NOW - timedelta(hours=last_new_h + n * published_every_h)).isoformat()
                db.execute("INSERT INTO articles (feed_id, guid, title, published, fetched, content_hash) "
                           "VALUES (?, ?, 't', ?, ?, 'h')", [feed_id, f"g{n}", when, when])
    return feed_id


def test_check_feed_health_against_the_store(db: Database) -> None:
    """Flags persist in daemon_state: a second check says nothing, a recovery says it once."""
    failing = add_feed(db, errors=6, published_every_h=2, last_new_h=1)
    silent = add_feed(db, errors=0, published_every_h=2, last_new_h=72)
    add_feed(db, errors=0, published_every_h=2, last_new_h=1)  # healthy
    queued: list[FeedHealthIntent] = []

    def enqueue(conn: Database, intent: FeedHealthIntent) -> None:
        assert conn.conn.in_transaction  # queued in the same transaction as the flags
        queued.append(intent)

    first = check_feed_health(db, NOW, enqueue=enqueue)
    assert sorted((i.kind, i.feed_id) for i in first) == [("failing", failing), ("silent", silent)]
    assert check_feed_health(db, NOW + timedelta(minutes=5), enqueue=enqueue) == []
    stored = json.loads(db.execute("SELECT value FROM daemon_state WHERE key = 'feed_health'").fetchone()[0])
    assert set(stored) == {str(failing), str(silent)}
    with write_transaction(db):
        db.execute("UPDATE feeds SET error_count = 0, last_error = NULL WHERE id = ?", [failing])
    third = check_feed_health(db, NOW + timedelta(minutes=10), enqueue=enqueue)
    assert [(i.kind, i.feed_id) for i in third] == [("recovered", failing)]
    assert sorted(i.kind for i in queued[:2]) == ["failing", "silent"]
    assert [i.kind for i in queued[2:]] == ["recovered"]


def test_a_failing_enqueue_keeps_the_flags_unraised(db: Database) -> None:
    """If the message cannot be queued, the flag is not stored either, so it is said next time."""
    add_feed(db, errors=6, published_every_h=None, last_new_h=1)

    def broken(conn: Database, intent: FeedHealthIntent) -> None:
        raise RuntimeError("outbox unavailable")

    with pytest.raises(RuntimeError):
        check_feed_health(db, NOW, enqueue=broken)
    assert [i.kind for i in check_feed_health(db, NOW)] == ["failing"]


def test_instances_sharing_a_store_say_it_once(store_target: str) -> None:
    """Two instances checking at the same moment take turns: the failing feed is reported once."""
    first_db, second_db = open_store(store_target), open_store(store_target)
    try:
        with write_transaction(first_db):
            first_db.insert("INSERT INTO feeds (url, error_count, last_error, added) "
                            "VALUES (?, 6, 'timeout', ?)", ["https://down.example/rss", NOW.isoformat()])
        holding, said = threading.Event(), []

        def slow_enqueue(db: Store, intent: FeedHealthIntent) -> None:
            said.append(intent.kind)
            holding.set()
            time.sleep(0.5)  # the other instance checks meanwhile

        first = threading.Thread(target=check_feed_health, args=(first_db, NOW),
                                 kwargs={"enqueue": slow_enqueue})
        first.start()
        assert holding.wait(10)
        second = check_feed_health(second_db, NOW, enqueue=lambda db, intent: said.append(intent.kind))
        first.join()
        assert second == []
        assert said == ["failing"]
    finally:
        first_db.close()
        second_db.close()
