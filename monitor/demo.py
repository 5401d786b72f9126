"""The offline demo: serve `seeds/demo` as RSS feeds on 127.0.0.1, poll once, alert, summarise.

It runs the real path end to end with no network beyond the loopback interface: HTTP fetch,
parse, dedup, store, detection against the seed watchlist (`seeds/watchlist.json`, imported
when the store watches nothing yet), stories, decisions, and delivery through the outbox to a
signed webhook received (and its signature checked) by a local receiver. The store is fresh, in
a temporary directory, unless one is given.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from monitor.alerts.render import describe
from monitor.alerts.webhook import verify
from monitor.config import Settings, load_settings
from monitor.daemon.assemble import deliver_now, make_after_ingest
from monitor.daemon.cycle import AfterIngest, CycleSummary, run_cycle
from monitor.daemon.jobs import prepare_store
from monitor.daemon.replay import read_text_article
from monitor.errors import MonitorError
from monitor.model import Article, Feed
from monitor.store.articles import count_articles, get_articles
from monitor.store.channels import add_channel, get_channels, update_channel_enabled, update_channel_options
from monitor.store.db import Store, open_store
from monitor.store.feeds import add_feed, set_feed_disabled
from monitor.store.status import get_watch_counts
from monitor.store.watchlist import import_watchlist
from monitor.watchfiles import read_watchfile

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
DEMO_DIR = SEEDS_DIR / "demo"
DEMO_WATCHLIST = SEEDS_DIR / "watchlist.json"
DEMO_CHANNEL = "demo-receiver"
DEMO_SECRET_ENV = "MONITOR_DEMO_WEBHOOK_SECRET"
DEMO_LINK = "https://demo.monitor.invalid/articles/"  # stable links: a second demo run dedups
LANG_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "ar": "Arabic"}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo stored, ready to print."""

    store_path: str
    feeds: tuple[str, ...]
    cycle: CycleSummary
    articles_stored: int
    titles: tuple[str, ...] = field(default_factory=tuple)
    alerts: tuple[dict[str, Any], ...] = ()  # what the local receiver got, signature checked

    def as_dict(self) -> dict[str, Any]:
        return {"store": self.store_path, "feeds": list(self.feeds), "cycle": self.cycle.as_dict(),
                "articles_stored": self.articles_stored, "titles": list(self.titles),
                "alerts": list(self.alerts)}

    def render(self) -> str:
        lines = [f"Demo feeds served on 127.0.0.1: {len(self.feeds)}"]
        lines += [f"  {url}" for url in self.feeds]
        c = self.cycle
        lines.append(f"Polled {c.feeds} feeds: {c.ok} ok, {c.failed} failed; {c.new_articles} new articles "
                     f"in {c.duration_s:.2f}s")
        lines.append(f"Articles in the store: {self.articles_stored}")
        lines += [f"  - {t}" for t in self.titles]
        lines.append(f"Alerts delivered to the local webhook receiver (signatures verified): "
                     f"{len(self.alerts)}")
        for alert in self.alerts:
            data = alert.get("data", {})
            lines.append(f"  * {alert.get('headline', '')}")
            for sentence in data.get("evidence", [])[:1]:
                text = sentence.get("sentence") if isinstance(sentence, dict) else sentence
                lines.append(f"      evidence: {text}")
        lines.append(f"Store: {self.store_path}")
        lines.append(f"See the cities: monitor --db {self.store_path} cities")
        lines.append(f"Search it: monitor --db {self.store_path} articles search Kandahar")
        return "\n".join(lines)


def load_demo_articles(directory: Path, now: datetime) -> list[tuple[str, Article]]:
    """Read the demo's text articles as (file stem, article), in file order."""
    found = []
    for path in sorted(directory.glob("*.txt")):
        article = read_text_article(path.read_text(encoding="utf-8"), path.name, now)
        if article.url is None:
            article = replace(article, url=DEMO_LINK + path.stem)
        found.append((path.stem, article))
    if not found:
        raise MonitorError(f"{directory}: no demo article (*.txt) found")
    return found


def build_rss(title: str, link: str, lang: str | None, articles: Sequence[Article]) -> bytes:
    """Write `articles` as an RSS 2.0 document (every string escaped)."""
    items = []
    for a in articles:
        text = "".join(f"<p>{escape(p)}</p>" for p in a.text.split("\n"))
        items.append(
            "<item>"
            f"<title>{escape(a.title)}</title>"
            f"<link>{escape(a.url or '')}</link>"
            f'<guid isPermaLink="false">{escape(a.guid)}</guid>'
            f"<pubDate>{format_datetime(a.published.astimezone(UTC), usegmt=True)}</pubDate>"
            f"<description>{escape(text)}</description>"
            "</item>")
    language = f"<language>{escape(lang)}</language>" if lang else ""
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{escape(link)}</link>"
            f"<description>{escape(title)}</description>{language}{''.join(items)}"
            "</channel></rss>\n").encode()


def build_demo_feeds(articles: Sequence[tuple[str, Article]]) -> dict[str, bytes]:
    """Group the demo articles by language into one RSS document each: {"/demo-fr.xml": …}."""
    by_lang: dict[str, list[Article]] = {}
    for _, article in articles:
        by_lang.setdefault(article.lang or "xx", []).append(article)
    return {f"/demo-{lang}.xml": build_rss(f"Demo dispatches ({LANG_NAMES.get(lang, lang)})",
                                           "https://demo.monitor.invalid/", None if lang == "xx" else lang,
                                           items)
            for lang, items in sorted(by_lang.items())}


@contextmanager
def serve_loopback(handler: type[BaseHTTPRequestHandler], name: str) -> Iterator[str]:
    """Run `handler` on an ephemeral 127.0.0.1 port in a thread; yield the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name=name, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_documents(documents: dict[str, bytes]) -> Iterator[str]:
    """Serve `documents` ({path: bytes}) on an ephemeral 127.0.0.1 port; yield the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = documents.get(self.path.split("?", 1)[0])
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8" if body is not None
                             else "text/plain")
            payload = body if body is not None else b"not found"
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serve_loopback(Handler, "demo-server") as base:
        yield base


class DemoReceiver:
    """A local webhook receiver that checks each signature and keeps what it accepted."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.accepted: list[dict[str, Any]] = []
        self.rejected = 0

    @contextmanager
    def serving(self) -> Iterator[str]:
        """Listen on an ephemeral 127.0.0.1 port; yield the URL to POST to."""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                ok = verify(receiver.secret, dict(self.headers.items()), body, datetime.now(UTC))
                if ok:
                    alert = json.loads(body)
                    if all(a.get("id") != alert.get("id") for a in receiver.accepted):  # dedupe on id
                        alert["headline"] = describe(alert.get("data", {}))
                        receiver.accepted.append(alert)
                else:
                    receiver.rejected += 1
                self.send_response(204 if ok else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        with serve_loopback(Handler, "demo-receiver") as base:
            yield base + "/alerts"


def _prepare_watchlist(db: Store, watchlist: Path, now: datetime) -> None:
    """Import the seed watchlist when the store watches nothing yet."""
    if get_watch_counts(db)["places"] or not watchlist.exists():
        return
    from monitor.cli._places import load_gazetteer, resolve_places  # as `monitor watch import` does

    wf = read_watchfile(watchlist)
    # Resolved in the gazetteer, the cities get their coordinates: the status page maps them.
    import_watchlist(db, resolve_places(load_gazetteer(), wf.places), wf.actors, now=now)


def run_demo(settings: Settings | None = None, *, db_path: Path | None = None,
             after_ingest: Sequence[AfterIngest] | None = None, demo_dir: Path = DEMO_DIR,
             watchlist: Path = DEMO_WATCHLIST, now: datetime | None = None) -> DemoSummary:
    """Serve the demo articles, poll them once, detect, alert a local receiver and summarise.

    Without `db_path`, the store is made in a new temporary directory and kept for inspection.
    `after_ingest=None` means the daemon's own stages (detection, stories, decisions, outbox).
    """
    now = now or datetime.now(UTC)
    settings = settings or load_settings()
    documents = build_demo_feeds(load_demo_articles(demo_dir, now))
    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="monitor-demo-")) / "demo.db"
    settings = replace(settings, store_path=db_path)
    os.environ.setdefault(DEMO_SECRET_ENV, "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode())
    receiver = DemoReceiver(os.environ[DEMO_SECRET_ENV])
    prepare_store(settings, now)
    db = open_store(db_path)
    try:
        _prepare_watchlist(db, watchlist, now)
        stages = make_after_ingest() if after_ingest is None else list(after_ingest)
        with serve_documents(documents) as base, receiver.serving() as hook_url:
            if not any(c.name == DEMO_CHANNEL for c in get_channels(db)):
                add_channel(db, DEMO_CHANNEL, "webhook",
                            {"url": hook_url, "secret_env": DEMO_SECRET_ENV, "allow_private": True},
                            now=now, source="demo")
            else:  # a second demo run on the same store: the receiver has a new port
                update_channel_options(db, DEMO_CHANNEL, {"url": hook_url, "secret_env": DEMO_SECRET_ENV,
                                                          "allow_private": True})
            feeds: list[Feed] = []
            for path in documents:
                url = base + path
                feed = add_feed(db, Feed(url=url, allow_private=True), now, source="demo")
                feeds.append(replace(feed, interval_s=settings.default_interval_s))
            cycle = run_cycle(db, settings, now, feeds=feeds, after_ingest=stages)
            deliver_now(settings, db, datetime.now(UTC))
        for feed in feeds:  # their port is gone now: the daemon must not poll them
            set_feed_disabled(db, feed.url, True, "demo feed: served only while `monitor demo` runs")
        update_channel_enabled(db, DEMO_CHANNEL, False, "demo receiver: listens only during `monitor demo`")
        titles = tuple(s.article.title for s in reversed(get_articles(db, limit=50)))
        return DemoSummary(str(db_path), tuple(f.url for f in feeds), cycle, count_articles(db), titles,
                           tuple(receiver.accepted))
    finally:
        db.close()
