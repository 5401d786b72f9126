"""Fetch rules end to end: F5 host-mates, F7 oversize in a cycle and a 1 GiB bomb by RSS, F11 fifty feeds."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import zlib
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.cycle import run_cycle
from monitor.model import Feed
from monitor.store.articles import count_articles
from monitor.store.feeds import add_feed, get_feed
from tests.conftest import ROOT
from tests.fetchkit import RSS
from tests.loopback import LoopbackServer, RecordedRequest, Reply
from tests.rssfarm import item, rss

SETTINGS = Settings(concurrency=20, per_host=2, default_interval_s=1800, min_interval_s=900,
                    total_timeout_s=5, connect_timeout_s=2, max_body_bytes=2 * 1024 * 1024, parse_workers=0)


def subscribe(db: Database, url: str, now: datetime) -> Feed:
    return add_feed(db, Feed(url=url, allow_private=True, interval_s=SETTINGS.default_interval_s), now)


def test_retry_after_holds_only_the_feed_that_got_it(server: LoopbackServer, db: Database) -> None:
    """F5: a 429 with Retry-After: 7200 holds that feed two hours; its host-mate keeps its own interval."""
    busy = server.route("/busy.xml", status=429, headers={"Retry-After": "7200"})
    mate = server.route("/mate.xml", rss([item(1)]))
    start = datetime.now(UTC)
    for url in (busy, mate):
        subscribe(db, url, start)
    for minutes in range(0, 121, 10):  # a cycle every 10 simulated minutes for two hours
        run_cycle(db, SETTINGS, start + timedelta(minutes=minutes))
    assert len(server.requests_to("/busy.xml")) == 1  # not asked again before the two hours are up
    assert len(server.requests_to("/mate.xml")) >= 3  # every 30 min, untouched by its neighbour
    held = get_feed(db, busy).update_after
    assert held is not None and held >= start + timedelta(seconds=7200)
    run_cycle(db, SETTINGS, held + timedelta(seconds=1))
    assert len(server.requests_to("/busy.xml")) == 2


def test_oversize_feed_fails_with_its_reason_and_others_are_stored(server: LoopbackServer,
                                                                   db: Database) -> None:
    """F7: an endless body in a cycle is cut at the limit and marked failed; the other feeds are stored."""

    def endless(_: RecordedRequest, raw: BaseHTTPRequestHandler) -> None:
        raw.send_response(200)
        raw.send_header("Content-Type", "application/rss+xml")
        raw.end_headers()
        chunk = b"<item><title>more</title></item>" * 2048
        try:
            for _ in range(100_000):  # ~6 GB if nobody stops reading; the client stops at 2 MiB
                raw.wfile.write(chunk)
        except OSError:
            pass
        raw.close_connection = True

    huge = server.route("/huge.xml", handler=endless)
    good = [server.route(f"/good{n}.xml", rss([item(n)])) for n in range(3)]
    now = datetime.now(UTC)
    for url in (huge, *good):
        subscribe(db, url, now)
    started = time.monotonic()
    summary = run_cycle(db, SETTINGS, now)
    assert time.monotonic() - started < 5
    assert (summary.ok, summary.failed) == (3, 1)
    feed = get_feed(db, huge)
    assert feed.error_count == 1 and "large" in (feed.last_error or "").lower(), feed.last_error
    assert count_articles(db) == 3


def test_fifty_feeds_on_one_host_use_two_connections_at_most(server: LoopbackServer, db: Database) -> None:
    """F11: fifty feeds on one host are all polled in one cycle, never more than two at a time."""

    # Counted here, not by the server: the server is shared by the whole run, and a handler of an
    # earlier test may still be writing to a client that left (a third "active" request, seen
    # under pytest-xdist).
    lock, active, most = threading.Lock(), [0], [0]

    def slowish(req: RecordedRequest, _: BaseHTTPRequestHandler) -> Reply:
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        time.sleep(0.03)
        with lock:
            active[0] -= 1
        return Reply(200, rss([item(int(req.path.rsplit("/", 1)[-1].split(".")[0]))]))

    now = datetime.now(UTC)
    for n in range(50):
        subscribe(db, server.route(f"/one-host/{n}.xml", handler=slowish), now)
    summary = run_cycle(db, SETTINGS, now)
    assert summary.ok == 50
    assert most[0] == 2  # the limit is reached and never passed


PROBE = """
import json, resource, sys, time
from tests.fetchkit import fetch, settings, NOW  # imports first: only the fetch counts
from monitor.feeds.fetch import make_client  # noqa: F401
fetch(sys.argv[1].replace("bomb", "warm"), settings())  # warm up the client machinery
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
result = fetch(sys.argv[1], settings(max_body_bytes=15 * 1024 * 1024))
elapsed = time.monotonic() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"kind": result.error_kind, "error": result.error, "elapsed": elapsed,
                  "growth_kb": after - before}))
"""


def test_one_gib_gzip_bomb_costs_little_memory(server: LoopbackServer) -> None:
    """F7: a 1 GiB gzip bomb is refused at 15 MiB within 2 s, with peak RSS growing < 50 MB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # ~1000:1, as in the bar
    block = bytes(1024 * 1024)
    bomb = b"".join([compressor.compress(block) for _ in range(1024)] + [compressor.flush()])  # ~1 MB
    url = server.route("/bomb.xml", bomb, headers={"Content-Encoding": "gzip",
                                                   "Content-Type": "application/rss+xml"})
    server.route("/warm.xml", RSS)  # measured in a fresh process: RSS is per process
    done = subprocess.run([sys.executable, "-c", PROBE, url], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["kind"] == "too_large", report
    assert report["elapsed"] < 2, report
    assert report["growth_kb"] < 50 * 1024, report
