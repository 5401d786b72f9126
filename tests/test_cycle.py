"""The poll cycle against a real loopback HTTP server and a real store."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import Executor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import pytest
from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.cycle import CycleSummary, poll_due_feeds, run_cycle
from monitor.feeds.fetch import make_client
from monitor.model import Feed
from monitor.store.articles import count_articles, get_articles, get_unprocessed_articles, mark_processed
from monitor.store.feeds import add_feed, delete_feed, get_feed
from monitor.store.state import get_state
from tests.loopback import LoopbackServer, RecordedRequest, Reply
from tests.rssfarm import item, rss, serve_conditional

SETTINGS = Settings(concurrency=8, per_host=2, min_interval_s=60, default_interval_s=600,
                    total_timeout_s=5, connect_timeout_s=2)


def subscribe(db: Database, url: str, **options: object) -> Feed:
    feed = add_feed(db, Feed(url=url, allow_private=True, **options), datetime.now(UTC))  # type: ignore[arg-type]
    return replace(feed, interval_s=SETTINGS.default_interval_s)


def later(hours: float = 2) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def test_new_items_then_not_modified_then_one_more(server: LoopbackServer, db: Database) -> None:
    """The first poll stores every item; an unchanged feed answers 304 for nothing; a new item is added."""
    url, route = serve_conditional(server, "/wire.xml", rss([item(1), item(2), item(3)]))
    subscribe(db, url)
    first = run_cycle(db, SETTINGS, datetime.now(UTC))
    assert (first.feeds, first.ok, first.new_articles) == (1, 1, 3)
    second = run_cycle(db, SETTINGS, later(2))
    assert (second.not_modified, second.new_articles, route.not_modified) == (1, 0, 1)
    assert server.requests_to("/wire.xml")[-1].headers["if-none-match"] == route.etag
    route.body = rss([item(1), item(2), item(3), item(4)])
    third = run_cycle(db, SETTINGS, later(4))
    assert (third.ok, third.new_articles, third.updated_articles) == (1, 1, 0)
    assert count_articles(db) == 4


def test_same_body_without_validators_is_not_parsed_again(server: LoopbackServer, db: Database) -> None:
    """A server without validators sending the same bytes again gives an 'unchanged' poll, no parse."""
    url = server.route("/plain.xml", rss([item(1)]))
    subscribe(db, url)
    run_cycle(db, SETTINGS, datetime.now(UTC))
    second = run_cycle(db, SETTINGS, later())
    assert (second.unchanged, second.ok, second.new_articles) == (1, 0, 0)


def test_feed_not_due_is_not_fetched(server: LoopbackServer, db: Database) -> None:
    """After a successful poll the feed waits for its interval before the next fetch."""
    url = server.route("/wait.xml", rss([item(1)]))
    subscribe(db, url)
    run_cycle(db, SETTINGS, datetime.now(UTC))
    assert run_cycle(db, SETTINGS, datetime.now(UTC)).feeds == 0
    assert len(server.requests_to("/wait.xml")) == 1


def test_updated_entry_updates_and_requeues(server: LoopbackServer, db: Database) -> None:
    """A changed entry updates its row (no new row) and is marked for detection again."""
    url, route = serve_conditional(server, "/upd.xml", rss([item(1), item(2)]))
    subscribe(db, url)
    run_cycle(db, SETTINGS, datetime.now(UTC))
    mark_processed(db, [a.id for a in get_unprocessed_articles(db)])
    route.body = rss([item(1, title="Herat has fallen, officials say"), item(2)])
    summary = run_cycle(db, SETTINGS, later())
    assert (summary.new_articles, summary.updated_articles) == (0, 1)
    assert count_articles(db) == 2
    assert [a.article.title for a in get_unprocessed_articles(db)] == ["Herat has fallen, officials say"]


def test_failure_backs_off_with_a_stored_reason_then_recovers(server: LoopbackServer, db: Database) -> None:
    """A server error is stored with its reason and error count, the next poll waits; success clears it."""
    url = server.route("/flaky.xml", b"oops", status=500)
    feed = subscribe(db, url)
    now = datetime.now(UTC)
    summary = run_cycle(db, SETTINGS, now)
    stored = get_feed(db, feed.url)
    assert summary.failed == 1
    assert stored.error_count == 1 and stored.last_status == 500 and stored.last_error
    assert stored.update_after is not None and stored.update_after > now
    server.route("/flaky.xml", rss([item(1)]))
    run_cycle(db, SETTINGS, later(48))
    healed = get_feed(db, feed.url)
    assert (healed.error_count, healed.last_error, healed.last_status) == (0, None, 200)


def test_gone_disables_the_feed(server: LoopbackServer, db: Database) -> None:
    """A 410 disables the feed with the reason, and it is never fetched again."""
    url = server.route("/gone.xml", b"", status=410)
    subscribe(db, url)
    run_cycle(db, SETTINGS, datetime.now(UTC))
    feed = get_feed(db, url)
    assert feed.disabled and "410" in (feed.disabled_reason or "")
    assert run_cycle(db, SETTINGS, later(1000)).feeds == 0


def test_permanent_redirect_moves_the_stored_url(server: LoopbackServer, db: Database) -> None:
    """A 301 to a new address updates the feed's stored URL; the next poll goes there directly."""
    new_url = server.route("/new.xml", rss([item(1)]))
    old_url = server.route("/old.xml", status=301, headers={"Location": new_url})
    feed = subscribe(db, old_url)
    run_cycle(db, SETTINGS, datetime.now(UTC))
    assert get_feed(db, feed.id or 0).url == new_url
    run_cycle(db, SETTINGS, later())
    assert len(server.requests_to("/old.xml")) == 1 and len(server.requests_to("/new.xml")) == 2


def test_one_broken_feed_does_not_stop_the_others(server: LoopbackServer, db: Database) -> None:
    """Garbage, a refused connection and a good feed in one cycle: the good one is stored, others say why."""
    good = server.route("/good.xml", rss([item(1), item(2)]))
    junk = server.route("/junk.xml", b"\x00\x01 this is not a feed at all",
                        headers={"Content-Type": "text/plain"})
    refused = "http://127.0.0.1:9/nothing.xml"
    for url in (junk, refused, good):
        subscribe(db, url)
    summary = run_cycle(db, SETTINGS, datetime.now(UTC))
    assert (summary.feeds, summary.ok, summary.failed, summary.new_articles) == (3, 1, 2, 2)
    assert get_feed(db, junk).last_error and get_feed(db, refused).last_error
    assert get_feed(db, good).last_error is None


def test_concurrent_fetches_respect_the_per_host_limit(server: LoopbackServer, db: Database) -> None:
    """Many feeds on one host are fetched at most `per_host` at a time, and all of them are polled."""

    lock, active, most = threading.Lock(), [0], [0]  # counted here: the server is shared by the run

    def slow(req: RecordedRequest, _: BaseHTTPRequestHandler) -> Reply:
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        time.sleep(0.15)
        with lock:
            active[0] -= 1
        return Reply(200, rss([item(int(req.path.split("/")[-1].split(".")[0]))]))

    for n in range(8):
        subscribe(db, server.route(f"/slow/{n}.xml", handler=slow))
    summary = run_cycle(db, SETTINGS, datetime.now(UTC))
    assert summary.ok == 8
    assert 1 <= most[0] <= SETTINGS.per_host


def test_full_text_feed_stores_the_article_page_text(server: LoopbackServer, db: Database) -> None:
    """A full_text feed fetches each new article's page and keeps its main text beside the summary."""
    paragraph = ("The provincial council said the fighters had taken the police headquarters and the "
                 "prison before dawn, and that the governor had left for the airport under escort. ")
    page = (f"<html><head><title>Story</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>Pul-e-Alam</h1><p>{paragraph * 3}</p><p>{paragraph * 2}</p></article>"
            f"<footer>Copyright</footer></body></html>")
    link = server.route("/story/1", page, headers={"Content-Type": "text/html; charset=utf-8"})
    url = server.route("/teasers.xml", rss([item(1, link=link, text="Teaser only.")]))
    subscribe(db, url, full_text=True)
    run_cycle(db, SETTINGS, datetime.now(UTC))
    [stored] = get_articles(db)
    assert stored.article.full_text and "police headquarters" in stored.article.full_text
    assert "Teaser only." in stored.article.text


def test_after_ingest_stages_run_and_a_failing_one_is_contained(server: LoopbackServer, db: Database) -> None:
    """Later stages run after the poll, in order, and one raising does not stop the next."""
    subscribe(db, server.route("/s.xml", rss([item(1)])))
    seen: list[str] = []

    def broken(db: Database, settings: Settings, now: datetime) -> None:
        seen.append("broken")
        raise RuntimeError("detection bug")

    def counting(db: Database, settings: Settings, now: datetime) -> None:
        seen.append(f"count={len(get_unprocessed_articles(db))}")

    run_cycle(db, SETTINGS, datetime.now(UTC), after_ingest=[broken, counting])
    assert seen == ["broken", "count=1"]


def test_one_info_line_per_feed_and_cycle_state(server: LoopbackServer, db: Database,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """Each polled feed logs one INFO line, and the cycle's summary is kept in the daemon state."""
    for n in range(3):
        subscribe(db, server.route(f"/l{n}.xml", rss([item(n)])))
    with caplog.at_level(logging.INFO, logger="monitor.poll"):
        run_cycle(db, SETTINGS, datetime.now(UTC))
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("poll feed=")]
    assert len(lines) == 3 and all(" ok " in line for line in lines)
    assert json.loads(get_state(db, "last_cycle") or "{}")["new_articles"] == 3


def test_a_feed_removed_during_its_poll_is_dropped_quietly(server: LoopbackServer, db: Database,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    """A feed deleted by the CLI while the daemon polls it stores nothing and logs no traceback."""
    stale = subscribe(db, server.route("/removed.xml", rss([item(1)])))
    delete_feed(db, stale.url)
    with caplog.at_level(logging.INFO, logger="monitor.poll"):
        summary = run_cycle(db, SETTINGS, datetime.now(UTC), feeds=[stale])
    assert summary.failed == 1 and count_articles(db) == 0
    assert not [r for r in caplog.records if r.exc_info]


def test_parser_workers_give_the_same_articles(server: LoopbackServer, db: Database) -> None:
    """With parser processes, big bodies are parsed in a worker and stored as usual; junk still says why."""
    from monitor.daemon.parsepool import MIN_POOL_BYTES, make_parse_pool

    big = rss([item(n, text="Long dispatch. " * 40) for n in range(60)])
    assert len(big) >= MIN_POOL_BYTES
    subscribe(db, server.route("/big.xml", big))
    junk = server.route("/bigjunk.xml", b"<html>" + b"x" * MIN_POOL_BYTES,
                        headers={"Content-Type": "text/html"})
    subscribe(db, junk)
    pool = CountingExecutor(make_parse_pool(1))
    try:
        summary = asyncio.run(_cycle_with_pool(db, pool))
    finally:
        pool.shutdown()
    assert pool.submitted == 2  # both big bodies went to the worker
    assert (summary.ok, summary.failed, summary.new_articles) == (1, 1, 60)
    assert "not a usable feed" in (get_feed(db, junk).last_error or "")


class CountingExecutor(Executor):
    """A real executor that counts what it is given."""

    def __init__(self, inner: Executor) -> None:
        self.inner = inner
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.submitted += 1
        return self.inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.inner.shutdown(wait=wait, cancel_futures=cancel_futures)


async def _cycle_with_pool(db: Database, pool: Executor) -> CycleSummary:
    async with make_client(SETTINGS) as client:
        return await poll_due_feeds(db, SETTINGS, datetime.now(UTC), client=client, parse_pool=pool)
