"""Helpers for the fetch tests: run a coroutine, build settings, and a few loopback handlers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any, TypeVar

from monitor.config import Settings
from monitor.feeds.fetch import fetch_feed, make_client
from monitor.model import Feed, FetchResult
from tests.loopback import RecordedRequest, Reply

T = TypeVar("T")
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
RSS = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>' \
      b"<item><title>One</title><link>http://example.org/1</link></item></channel></rss>"


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion in a fresh event loop."""
    return asyncio.run(coro)


def settings(**overrides: Any) -> Settings:
    """Return settings with short limits suitable for tests."""
    values: dict[str, Any] = {"total_timeout_s": 5.0, "connect_timeout_s": 2.0}
    values.update(overrides)
    return Settings(**values)


def fetch(url: str, cfg: Settings | None = None, **feed_fields: Any) -> FetchResult:
    """Fetch one feed at `url` (loopback allowed unless the caller says otherwise)."""
    cfg = cfg or settings()
    feed_fields.setdefault("allow_private", True)
    feed = Feed(url=url, **feed_fields)

    async def go() -> FetchResult:
        async with make_client(cfg) as client:
            return await fetch_feed(client, feed, cfg, NOW)

    return run(go())


def redirect(status: int, location: str) -> Reply:
    """Return a redirect reply."""
    return Reply(status, b"", {"Location": location})


def endless(req: RecordedRequest, raw: BaseHTTPRequestHandler) -> None:
    """Stream zeros without a length until the client hangs up."""
    raw.close_connection = True
    raw.send_response(200)
    raw.send_header("Content-Type", "application/rss+xml")
    raw.send_header("Connection", "close")
    raw.end_headers()
    chunk = b"<" + b" " * 65535
    try:
        for _ in range(200_000):  # ~13 GB at most; the client stops long before
            raw.wfile.write(chunk)
    except OSError:
        pass


def drip(req: RecordedRequest, raw: BaseHTTPRequestHandler) -> None:
    """Send a declared 200-byte body one byte every 0.2 s."""
    raw.close_connection = True
    raw.send_response(200)
    raw.send_header("Content-Length", "200")
    raw.end_headers()
    try:
        for _ in range(200):
            raw.wfile.write(b" ")
            raw.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass
