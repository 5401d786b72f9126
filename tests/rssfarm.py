"""Build small RSS documents for the poll, daemon and CLI tests, and serve them with validators."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

from tests.loopback import LoopbackServer, RecordedRequest, Reply

BASE_DATE = datetime(2021, 8, 13, 6, 0, tzinfo=UTC)
CITIES = ("Kandahar", "Herat", "Ghazni", "Lashkar Gah", "Kunduz", "Taloqan", "Pul-e-Alam", "Sheberghan")


def item(n: int, *, title: str | None = None, text: str | None = None, link: str | None = None) -> str:
    """Return one RSS <item> with a stable guid `item-N`."""
    city = CITIES[n % len(CITIES)]
    title = title or f"Fighting reported near {city} (dispatch {n})"
    text = text or (f"Residents of {city} said fighters were seen near the governor's office on day {n}. "
                    "Officials declined to comment on the situation in the province.")
    date = (BASE_DATE + timedelta(minutes=n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    link = link or f"https://news.example.org/story/{n}?utm_source=rss"
    return (f"<item><title>{title}</title><link>{link}</link><guid isPermaLink=\"false\">item-{n}</guid>"
            f"<pubDate>{date}</pubDate><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>")


def rss(items: Sequence[str], title: str = "Test wire") -> bytes:
    """Wrap items in an RSS 2.0 document."""
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>https://news.example.org/</link><description>t</description>"
            "<language>en</language>" + "".join(items) + "</channel></rss>").encode()


class ConditionalFeed:
    """A loopback route that answers 304 when the client echoes the current ETag.

    Change `body` to publish new items; `served` counts 200s, `not_modified` counts 304s.
    """

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.served = 0
        self.not_modified = 0

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'

    def __call__(self, req: RecordedRequest, _: BaseHTTPRequestHandler) -> Reply:
        if req.headers.get("if-none-match") == self.etag:
            self.not_modified += 1
            return Reply(304, b"", {"ETag": self.etag})
        self.served += 1
        return Reply(200, self.body, {"ETag": self.etag, "Content-Type": "application/rss+xml"})


def serve_conditional(server: LoopbackServer, path: str, body: bytes) -> tuple[str, ConditionalFeed]:
    """Register a ConditionalFeed at `path`; return its URL and the route object."""
    route = ConditionalFeed(body)
    return server.route(path, handler=route), route
