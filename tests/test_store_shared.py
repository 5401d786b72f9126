"""Work shared safely between instances: feed and article leases, compare-and-set city state.

Each test runs on SQLite and on PostgreSQL; "instances" are separate connections with their
own owner names, and time moves by passing `now`.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from monitor.model import Article, Feed, FetchResult, Place
from monitor.store.articles import claim_articles_for_detection, mark_processed, upsert_articles
from monitor.store.control import get_city_state, set_city_controller
from monitor.store.db import Store, open_store, write_transaction
from monitor.store.feeds import (
    FeedUpdate,
    add_feed,
    claim_due_feeds,
    get_feed_lease,
    release_feed_leases,
    update_feed_after_fetch,
)
from monitor.store.watchlist import add_place

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LEASE_S = 120


def feeds(db: Store, n: int) -> list[Feed]:
    return [add_feed(db, Feed(url=f"https://f{i}.example/rss"), NOW) for i in range(n)]


def test_claimed_feeds_are_not_handed_out_twice(store: Store) -> None:
    """A claims some due feeds, B gets the others, and nobody gets a feed twice."""
    feeds(store, 5)
    a = claim_due_feeds(store, "A", NOW, 3, LEASE_S)
    b = claim_due_feeds(store, "B", NOW, 10, LEASE_S)
    assert len(a) == 3 and len(b) == 2
    assert not {f.id for f in a} & {f.id for f in b}
    assert claim_due_feeds(store, "C", NOW, 10, LEASE_S) == []
    owner, until = get_feed_lease(store, a[0].id or 0)
    assert owner == "A" and until == NOW + timedelta(seconds=LEASE_S)


def test_a_dead_instances_feeds_are_taken_after_its_lease(store: Store) -> None:
    """A claims and dies; before expiry B gets nothing, after it B gets A's feeds."""
    feeds(store, 3)
    held = claim_due_feeds(store, "A", NOW, 10, LEASE_S)
    assert len(held) == 3
    assert claim_due_feeds(store, "B", NOW + timedelta(seconds=LEASE_S - 1), 10, LEASE_S) == []
    taken = claim_due_feeds(store, "B", NOW + timedelta(seconds=LEASE_S + 1), 10, LEASE_S)
    assert sorted(f.id or 0 for f in taken) == sorted(f.id or 0 for f in held)
    assert get_feed_lease(store, held[0].id or 0)[0] == "B"


def test_fetch_result_gives_the_lease_back_and_schedules_the_feed(store: Store) -> None:
    """After the poll is stored the feed is free, and due only at its next poll time."""
    (feed,) = feeds(store, 1)
    (claimed,) = claim_due_feeds(store, "A", NOW, 10, LEASE_S)
    later = NOW + timedelta(minutes=30)
    result = FetchResult(url=feed.url, status=304, final_url=feed.url, fetched=NOW)
    update_feed_after_fetch(store, claimed, result, NOW, FeedUpdate(update_after=later, error_count=0))
    assert get_feed_lease(store, feed.id or 0) == (None, None)
    assert claim_due_feeds(store, "B", NOW + timedelta(minutes=1), 10, LEASE_S) == []
    assert [f.id for f in claim_due_feeds(store, "B", later, 10, LEASE_S)] == [feed.id]


def test_disabled_and_not_yet_due_feeds_are_not_claimed(store: Store) -> None:
    """Only enabled feeds whose next poll time has come are claimed, never-polled first."""
    a, b, c = feeds(store, 3)
    store.execute("UPDATE feeds SET disabled = 1 WHERE id = ?", [a.id])
    store.execute("UPDATE feeds SET update_after = ? WHERE id = ?",
                  [(NOW + timedelta(hours=1)).isoformat(), b.id])
    store.execute("UPDATE feeds SET update_after = ? WHERE id = ?",
                  [(NOW - timedelta(hours=1)).isoformat(), c.id])
    d = add_feed(store, Feed(url="https://new.example/rss"), NOW)
    assert [f.id for f in claim_due_feeds(store, "A", NOW, 10, LEASE_S)] == [d.id, c.id]


def test_clean_stop_releases_leases(store: Store) -> None:
    """An instance that stops cleanly gives its feeds back at once."""
    feeds(store, 2)
    claim_due_feeds(store, "A", NOW, 10, LEASE_S)
    assert release_feed_leases(store, "A") == 2
    assert len(claim_due_feeds(store, "B", NOW, 10, LEASE_S)) == 2


def test_concurrent_claims_split_the_feeds(store_target: str) -> None:
    """Four connections claiming at the same moment never get the same feed."""
    setup = open_store(store_target)
    feeds(setup, 40)
    setup.close()
    got: dict[str, list[int]] = {}
    errors: list[BaseException] = []

    def claim(owner: str) -> None:
        db = open_store(store_target, migrate=False)
        try:
            mine: list[int] = []
            for _ in range(20):
                mine += [f.id or 0 for f in claim_due_feeds(db, owner, NOW, 3, LEASE_S)]
            got[owner] = mine
        except BaseException as exc:  # pragma: no cover - the failure this test guards
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=claim, args=(f"I{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    every = [i for ids in got.values() for i in ids]
    assert len(every) == len(set(every)) == 40


def articles(db: Store, feed: Feed, n: int, prefix: str = "a") -> None:
    upsert_articles(db, feed.id, [Article(guid=f"{prefix}{i}", title=f"Item {i}", text="text",
                                          published=NOW, fetched=NOW, content_hash=f"{prefix}{i}")
                                  for i in range(n)], NOW)


def test_articles_are_claimed_newest_first_and_once(store: Store) -> None:
    """A burst of one feed does not hide another feed's later article; claims never overlap."""
    busy, quiet = feeds(store, 2)
    articles(store, busy, 50, "burst")
    articles(store, quiet, 1, "fresh")
    first = claim_articles_for_detection(store, "A", NOW, 10, LEASE_S)
    assert first[0].article.guid == "fresh0"
    second = claim_articles_for_detection(store, "B", NOW, 100, LEASE_S)
    assert len(second) == 41
    assert not {a.id for a in first} & {a.id for a in second}


def test_dead_detector_articles_are_detected_by_another(store: Store) -> None:
    """Articles claimed by a killed instance come back after the lease; processed ones never do."""
    (feed,) = feeds(store, 1)
    articles(store, feed, 4)
    held = claim_articles_for_detection(store, "A", NOW, 10, LEASE_S)
    mark_processed(store, [held[0].id])
    assert claim_articles_for_detection(store, "B", NOW + timedelta(seconds=10), 10, LEASE_S) == []
    taken = claim_articles_for_detection(store, "B", NOW + timedelta(seconds=LEASE_S + 1), 10, LEASE_S)
    assert sorted(a.id for a in taken) == sorted(a.id for a in held[1:])
    mark_processed(store, [a.id for a in taken])
    assert claim_articles_for_detection(store, "C", NOW + timedelta(days=1), 10, LEASE_S) == []


def test_city_controller_is_compare_and_set(store_target: str) -> None:
    """Two instances read the same state; the first write wins, the second sees it and re-decides."""
    setup = open_store(store_target)
    add_place(setup, Place(name="Kunduz", country="AF"), now=NOW, controller="Afghan government")
    setup.close()
    a, b = open_store(store_target, migrate=False), open_store(store_target, migrate=False)
    try:
        seen_a, seen_b = get_city_state(a, "Kunduz", "AF"), get_city_state(b, "Kunduz", "AF")
        assert seen_a.version == seen_b.version
        with write_transaction(a):
            assert set_city_controller(a, "Kunduz", "AF", "Taliban", NOW, version=seen_a.version)
        with write_transaction(b):
            assert not set_city_controller(b, "Kunduz", "AF", "Taliban", NOW, version=seen_b.version)
        again = get_city_state(b, "Kunduz", "AF")
        assert again.controller == "Taliban" and again.version == seen_a.version + 1
    finally:
        a.close()
        b.close()


def test_compare_and_set_waits_for_a_concurrent_writer(pg_store_url: str) -> None:
    """On PostgreSQL a second writer blocks on the first's open transaction, then finds the new version."""
    setup = open_store(pg_store_url)
    add_place(setup, Place(name="Kunduz", country="AF"), now=NOW, controller="Afghan government")
    setup.close()
    a, b = open_store(pg_store_url, migrate=False), open_store(pg_store_url, migrate=False)
    version = get_city_state(a, "Kunduz", "AF").version
    results: list[bool] = []
    entered = threading.Event()

    def second() -> None:
        entered.wait(5)
        with write_transaction(b):
            results.append(set_city_controller(b, "Kunduz", "AF", "Taliban", NOW, version=version))

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with write_transaction(a):
            assert set_city_controller(a, "Kunduz", "AF", "Taliban", NOW, version=version)
            entered.set()
            thread.join(0.5)
            assert thread.is_alive()  # waiting on the row lock
        thread.join(5)
        assert results == [False]
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("version", [None])
def test_unconditional_write_still_moves_the_version(store: Store, version: int | None) -> None:
    """A write without a version (the CLI's `watch set`) moves the version on, so racing deciders notice."""
    add_place(store, Place(name="Herat", country="AF"), now=NOW)
    before = get_city_state(store, "Herat", "AF").version
    with write_transaction(store):
        assert set_city_controller(store, "Herat", "AF", "Taliban", NOW, version=version)
    assert get_city_state(store, "Herat", "AF").version == before + 1


WORKER = """
import sys, time
from datetime import UTC, datetime
from monitor.store.db import open_store, write_transaction
from monitor.store.feeds import claim_due_feeds
db = open_store(sys.argv[1], migrate=False)
now = datetime.fromisoformat(sys.argv[2])
if sys.argv[3] == "hold":  # die inside the claim's transaction, its row locks held
    with write_transaction(db):
        got = claim_due_feeds(db, "A", now, 100, 120)
        print(len(got), flush=True)
        time.sleep(60)
got = claim_due_feeds(db, "A", now, 100, 120)
print(len(got), flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("moment", ["after-commit", "inside-transaction"])
def test_kill_9_of_a_claiming_process(store_target: str, moment: str) -> None:
    """A process killed -9 after claiming leaves leases that expire; killed mid-claim it leaves nothing."""
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    setup = open_store(store_target)
    feeds(setup, 6)
    setup.close()
    proc = subprocess.Popen([sys.executable, "-c", WORKER, store_target, NOW.isoformat(),
                             "hold" if moment == "inside-transaction" else "commit"],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "6"
    finally:
        proc.kill()
        proc.wait(10)
    db = open_store(store_target, migrate=False)
    try:
        if moment == "inside-transaction":  # rolled back with the process: free as soon as the server sees it
            # (PostgreSQL notices a killed client when its socket closes: under load, a moment later,
            # and until then SKIP LOCKED rightly passes over the rows the dead transaction still locks)
            deadline = time.monotonic() + 10
            claimed = claim_due_feeds(db, "B", NOW, 100, LEASE_S)
            while not claimed and time.monotonic() < deadline:
                time.sleep(0.1)
                claimed = claim_due_feeds(db, "B", NOW, 100, LEASE_S)
            assert len(claimed) == 6
        else:  # committed leases: nobody gets them until they expire, then B gets them all
            assert claim_due_feeds(db, "B", NOW + timedelta(seconds=60), 100, LEASE_S) == []
            assert len(claim_due_feeds(db, "B", NOW + timedelta(seconds=121), 100, LEASE_S)) == 6
    finally:
        db.close()


def test_instances_starting_together_sync_the_configured_channels_once(store_target: str) -> None:
    """A second instance syncing the same config channels waits for the first and then finds them."""
    from monitor.config import ChannelConfig
    from monitor.store.channels import get_channels, sync_config_channels

    configs = [ChannelConfig(name="desk", kind="webhook", options={"url": "https://hooks.example/in"})]
    first, second = open_store(store_target), open_store(store_target)
    holding, released = threading.Event(), threading.Event()
    outcome: list[object] = []

    def slow_first() -> None:
        with write_transaction(first):
            outcome.append(sync_config_channels(first, configs, now=NOW))
            holding.set()
            released.wait(10)  # the other instance starts meanwhile

    def other() -> None:
        try:
            outcome.append(sync_config_channels(second, configs, now=NOW))
        except Exception as exc:  # the bug: "a channel named 'desk' already exists"
            outcome.append(exc)

    try:
        t1 = threading.Thread(target=slow_first)
        t1.start()
        assert holding.wait(10)
        t2 = threading.Thread(target=other)
        t2.start()
        t2.join(0.5)
        released.set()
        t1.join(10)
        t2.join(20)
        assert outcome == [1, 0]
        assert [c.name for c in get_channels(first)] == ["desk"]
    finally:
        first.close()
        second.close()
