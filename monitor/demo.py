"""The offline demo: serve `seeds/demo` as RSS feeds on 127.0.0.1, subscribe, poll once, summarise.

It runs the real path end to end (HTTP fetch, parse, dedup, store, later stages) with no network
beyond the loopback interface, on a fresh store in a temporary directory unless one is given.
"""

from __future__ import annotations

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

from monitor.config import Settings, load_settings
from monitor.daemon.cycle import AfterIngest, CycleSummary, run_cycle
from monitor.daemon.replay import read_text_article
from monitor.errors import MonitorError
from monitor.model import Article, Feed
from monitor.store.articles import count_articles, get_articles
from monitor.store.db import open_store
from monitor.store.feeds import add_feed, set_feed_disabled

DEMO_DIR = Path(__file__).resolve().parent.parent / "seeds" / "demo"
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

    def as_dict(self) -> dict[str, Any]:
        return {"store": self.store_path, "feeds": list(self.feeds), "cycle": self.cycle.as_dict(),
                "articles_stored": self.articles_stored, "titles": list(self.titles)}

    def render(self) -> str:
        lines = [f"Demo feeds served on 127.0.0.1: {len(self.feeds)}"]
        lines += [f"  {url}" for url in self.feeds]
        c = self.cycle
        lines.append(f"Polled {c.feeds} feeds: {c.ok} ok, {c.failed} failed; {c.new_articles} new articles "
                     f"in {c.duration_s:.2f}s")
        lines.append(f"Articles in the store: {self.articles_stored}")
        lines += [f"  - {t}" for t in self.titles]
        lines.append(f"Store: {self.store_path}")
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

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="demo-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run_demo(settings: Settings | None = None, *, db_path: Path | None = None,
             after_ingest: Sequence[AfterIngest] = (), demo_dir: Path = DEMO_DIR,
             now: datetime | None = None) -> DemoSummary:
    """Serve the demo articles, subscribe to them in a store, poll once and summarise.

    Without `db_path`, the store is made in a new temporary directory and kept for inspection.
    """
    now = now or datetime.now(UTC)
    settings = settings or load_settings()
    documents = build_demo_feeds(load_demo_articles(demo_dir, now))
    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="monitor-demo-")) / "demo.db"
    settings = replace(settings, store_path=db_path)
    db = open_store(db_path)
    try:
        with serve_documents(documents) as base:
            feeds: list[Feed] = []
            for path in documents:
                feed = add_feed(db, Feed(url=base + path, allow_private=True), now, source="demo")
                feeds.append(replace(feed, interval_s=settings.default_interval_s))
            cycle = run_cycle(db, settings, now, feeds=feeds, after_ingest=after_ingest)
        for feed in feeds:  # their port is gone now: the daemon must not poll them
            set_feed_disabled(db, feed.url, True, "demo feed: served only while `monitor demo` runs")
        titles = tuple(s.article.title for s in reversed(get_articles(db, limit=50)))
        return DemoSummary(str(db_path), tuple(f.url for f in feeds), cycle, count_articles(db), titles)
    finally:
        db.close()
