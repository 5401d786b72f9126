"""Benchmark ingestion: N local feeds x M real-looking items through fetch, parse and store.

    .venv/bin/python bench/ingest.py                 # 200 feeds x 50 items, 1,000-feed 304 pass, reader
    .venv/bin/python bench/ingest.py --feeds 50 --items 20 --unchanged 200 --no-reader

Prints entries per second end to end, the time of each stage measured on its own (fetch all,
parse all, store all), a cycle where every feed answers 304, and the same feeds through `reader`
(lemon24's library) when it is installed (`pip install reader sgmllib3k`). Feeds are served by
threaded HTTP servers on several loopback addresses (127.0.0.1, 127.0.0.2, …) so the per-host
limit behaves as it would across real hosts. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import random
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from monitor.config import Settings
from monitor.daemon.cycle import poll_due_feeds
from monitor.daemon.parsepool import make_parse_pool
from monitor.feeds.fetch import HostLimiter, fetch_feed, make_client
from monitor.feeds.parse import parse_feed
from monitor.model import Feed
from monitor.store.articles import upsert_articles
from monitor.store.db import open_store
from monitor.store.feeds import add_feeds, get_feeds

CITIES = ["Kandahar", "Herat", "Ghazni", "Lashkar Gah", "Kunduz", "Mazar-i-Sharif", "Jalalabad",
          "Pul-e-Alam", "Taloqan", "Sheberghan", "Zaranj", "Farah", "Qala-i-Naw", "Faizabad", "Bamyan",
          "Khost"]
VERBS = ["fighting reported near", "officials say forces regroup in", "residents flee",
         "talks under way over", "aid convoy reaches", "curfew declared in", "roads cut around",
         "shelling heard in"]
_SENTENCE = ("the provincial council said on Monday that government troops had withdrawn to the airport "
             "while insurgent fighters entered the main bazaar and raised their flag over the police "
             "headquarters according to residents reached by telephone who asked not to be named")
WORDS = _SENTENCE.split()


def make_feed(n: int, items: int, rng: random.Random) -> bytes:
    """Write one real-looking RSS 2.0 feed: HTML descriptions, tracked links, categories, authors."""
    base = datetime(2021, 8, 1, tzinfo=UTC)
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
             f'xmlns:dc="http://purl.org/dc/elements/1.1/">'
             f"<channel><title>Wire {n}</title><link>https://outlet{n}.example/</link>"
             f"<description>World news from outlet {n}</description><language>en</language>"]
    for i in range(items):
        city = rng.choice(CITIES)
        title = f"{rng.choice(VERBS).capitalize()} {city} as offensive continues ({n}-{i})"
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90)))
        html = (f"<p><strong>{city}</strong> &#8212; {body}.</p>"
                f"<p>{body[:120]} <a href=\"/more/{i}\">more</a></p>")
        date = format_datetime(base + timedelta(minutes=n * items + i), usegmt=True)
        parts.append(
            f"<item><title>{escape(title)}</title>"
            f"<link>https://outlet{n}.example/world/{i}-{city.lower().replace(' ', '-')}"
            "?utm_source=rss&amp;utm_medium=feed</link>"
            f'<guid isPermaLink="false">outlet{n}-{i}</guid><pubDate>{date}</pubDate>'
            f"<dc:creator>Staff reporter</dc:creator><category>Asia</category><category>{city}</category>"
            f"<description>{escape(html)}</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


class _Handler(BaseHTTPRequestHandler):
    """Serve the farm's feeds with strong ETags: 304 when the client echoes the current one."""

    protocol_version = "HTTP/1.1"
    bodies: dict[str, bytes] = {}  # noqa: RUF012 - set once in the server process
    etags: dict[str, str] = {}  # noqa: RUF012

    def do_GET(self) -> None:
        body = self.bodies.get(self.path)
        if body is None:
            self._reply(404, b"", {})
        elif self.headers.get("If-None-Match") == self.etags[self.path]:
            self._reply(304, b"", {"ETag": self.etags[self.path]})
        else:
            self._reply(200, body, {"ETag": self.etags[self.path],
                                    "Content-Type": "application/rss+xml; charset=utf-8"})

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(bodies: dict[str, bytes], etags: dict[str, str], hosts: int, conn: Any) -> None:
    """Server process: one threaded server per loopback address; report the addresses, serve forever."""
    _Handler.bodies, _Handler.etags = bodies, etags
    servers = []
    for h in range(hosts):
        server = ThreadingHTTPServer((f"127.0.0.{h + 1}", 0), _Handler)
        server.daemon_threads = True
        server.request_queue_size = 512
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    conn.send([s.server_address[:2] for s in servers])
    threading.Event().wait()


class Farm:
    """Feeds served from a separate process (so the server's CPU is not counted against the client)."""

    def __init__(self, feeds: int, items: int, hosts: int, seed: int = 7,
                 bodies: dict[str, bytes] | None = None) -> None:
        rng = random.Random(seed)
        self.bodies = bodies if bodies is not None else {
            f"/feed/{n}.xml": make_feed(n, items, rng) for n in range(feeds)}
        self.etags = {p: '"' + hashlib.sha256(b).hexdigest()[:20] + '"' for p, b in self.bodies.items()}
        self.hosts = hosts
        self.addresses: list[tuple[str, int]] = []

    def url(self, n: int) -> str:
        host, port = self.addresses[n % len(self.addresses)]
        return f"http://{host}:{port}/feed/{n}.xml"

    @contextmanager
    def running(self) -> Iterator[Farm]:
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(self.bodies, self.etags, self.hosts, child),
                                  daemon=True)
        process.start()
        self.addresses = parent.recv()
        try:
            yield self
        finally:
            process.terminate()
            process.join()


def subscribe_all(db: Any, farm: Farm, count: int, now: datetime) -> None:
    add_feeds(db, [Feed(url=farm.url(n), allow_private=True) for n in range(count)], now, source="cli")


def run_cycle_timed(db: Any, settings: Settings, now: datetime, pool: Any = None) -> tuple[float, Any]:
    async def go() -> Any:
        async with make_client(settings) as client:
            return await poll_due_feeds(db, settings, now, client=client, parse_pool=pool)
    start = time.perf_counter()
    summary = asyncio.run(go())
    return time.perf_counter() - start, summary


def stage_times(farm: Farm, feeds: int, settings: Settings, tmp: Path) -> dict[str, float]:
    """Time each stage on its own: fetch every feed, parse every body, store every article."""
    now = datetime.now(UTC)
    targets = [Feed(url=farm.url(n), id=n + 1, allow_private=True) for n in range(feeds)]

    async def fetch_all() -> list[Any]:
        semaphore = asyncio.Semaphore(settings.concurrency)
        limiter = HostLimiter(settings.per_host)
        async with make_client(settings) as client:
            async def one(feed: Feed) -> Any:
                async with limiter.hold(feed.url), semaphore:
                    return await fetch_feed(client, feed, settings, now)
            return await asyncio.gather(*(one(f) for f in targets))

    start = time.perf_counter()
    results = asyncio.run(fetch_all())
    fetch_s = time.perf_counter() - start
    start = time.perf_counter()
    parsed = [parse_feed(r.body, r.final_url, r.fetched, content_type=r.content_type) for r in results]
    parse_s = time.perf_counter() - start
    db = open_store(tmp / "stages.db")
    subscribe_all(db, farm, feeds, now)
    ids = {f.url: f.id for f in get_feeds(db)}
    start = time.perf_counter()
    for result, doc in zip(results, parsed, strict=True):
        upsert_articles(db, ids[result.url], doc.articles, now)
    store_s = time.perf_counter() - start
    db.close()
    parsers = {}
    for doc in parsed:
        parsers[doc.parser] = parsers.get(doc.parser, 0) + 1
    print(f"  parser paths used: {parsers}")
    return {"fetch": fetch_s, "parse": parse_s, "store": store_s}


def bench_monitor(args: argparse.Namespace, tmp: Path) -> float:
    settings = Settings(store_path=tmp / "monitor.db", concurrency=args.concurrency, per_host=args.per_host,
                        min_interval_s=60, default_interval_s=600)
    entries = args.feeds * args.items
    with Farm(args.feeds, args.items, args.hosts).running() as farm:
        print(f"monitor: {args.feeds} feeds x {args.items} items = {entries} entries "
              f"(concurrency {args.concurrency}, per host {args.per_host}, {args.hosts} hosts)")
        stages = stage_times(farm, args.feeds, settings, tmp)
        total = sum(stages.values())
        for name, secs in stages.items():
            print(f"  stage {name:<5} alone: {secs:7.3f} s  ({100 * secs / total:4.1f} % of the stages)")
        db = open_store(settings.store_path)
        now = datetime.now(UTC)
        subscribe_all(db, farm, args.feeds, now)
        took, summary = run_cycle_timed(db, settings, now)
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        rate = stored / took
        print(f"  end to end, parsing in-process: {stored} entries stored in {took:.3f} s = "
              f"{rate:,.0f} entries/s ({summary.ok} ok, {summary.failed} failed)")
        if args.parse_workers:
            pool = make_parse_pool(args.parse_workers)
            list(pool.map(abs, range(args.parse_workers * 2)))  # start the workers before timing
            pooled = open_store(tmp / "pooled.db")
            subscribe_all(pooled, farm, args.feeds, now)
            took_p, summary_p = run_cycle_timed(pooled, settings, now, pool)
            stored_p = pooled.execute("SELECT count(*) FROM articles").fetchone()[0]
            pool.shutdown()
            pooled.close()
            rate_p = stored_p / took_p
            print(f"  end to end, {args.parse_workers} parser processes: {stored_p} entries stored in "
                  f"{took_p:.3f} s = {rate_p:,.0f} entries/s ({summary_p.ok} ok, {summary_p.failed} failed)")
            rate = max(rate, rate_p)
        took2, summary2 = run_cycle_timed(db, settings, now + timedelta(days=1))
        print(f"  second pass, all unchanged: {summary2.not_modified} x 304 in {took2:.3f} s")
        db.close()
    return rate


def bench_unchanged(args: argparse.Namespace, tmp: Path) -> None:
    settings = Settings(store_path=tmp / "unchanged.db", concurrency=args.concurrency, per_host=args.per_host,
                        min_interval_s=60, default_interval_s=600)
    with Farm(args.unchanged, 3, args.hosts).running() as farm:
        db = open_store(settings.store_path)
        now = datetime.now(UTC)
        subscribe_all(db, farm, args.unchanged, now)
        run_cycle_timed(db, settings, now)
        took, summary = run_cycle_timed(db, settings, now + timedelta(days=1))
        verdict = "meets" if took < 5 else "MISSES"
        print(f"monitor: {args.unchanged} unchanged feeds, one cycle: {summary.not_modified} x 304, "
              f"{summary.failed} failed in {took:.3f} s ({verdict} the < 5 s target)")
        db.close()


def bench_reader(args: argparse.Namespace, tmp: Path) -> float | None:
    try:
        from reader import make_reader
    except ImportError:
        print("reader: not installed (pip install reader sgmllib3k): comparison skipped")
        return None
    entries = args.feeds * args.items
    with Farm(args.feeds, args.items, args.hosts).running() as farm:
        reader = make_reader(str(tmp / "reader.sqlite"))
        for n in range(args.feeds):
            reader.add_feed(farm.url(n))
        start = time.perf_counter()
        reader.update_feeds(workers=args.concurrency)
        took = time.perf_counter() - start
        stored = reader.get_entry_counts().total
        reader.close()
    rate = stored / took
    print(f"reader: {stored} of {entries} entries stored in {took:.3f} s = {rate:,.0f} entries/s "
          f"(update_feeds, {args.concurrency} workers)")
    return rate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--unchanged", type=int, default=1000, help="feeds in the all-304 cycle (0: skip)")
    parser.add_argument("--hosts", type=int, default=20, help="loopback addresses serving the feeds")
    parser.add_argument("--concurrency", type=int, default=Settings().concurrency)
    parser.add_argument("--per-host", type=int, default=Settings().per_host)
    parser.add_argument("--parse-workers", type=int, default=Settings().parse_workers or 1,
                        help="also run the cycle with this many parser processes (0: skip); "
                             "default: the daemon's")
    parser.add_argument("--no-reader", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp:
        ours = bench_monitor(args, Path(tmp))
        if args.unchanged:
            bench_unchanged(args, Path(tmp))
        theirs = None if args.no_reader else bench_reader(args, Path(tmp))
    if theirs:
        ratio = ours / theirs
        verdict = "meets" if ratio >= 3 else "MISSES"
        print(f"ratio: monitor/reader = {ratio:.1f}x ({verdict} the >= 3x target)")


if __name__ == "__main__":
    main()
