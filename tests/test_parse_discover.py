"""Feed discovery from a site's page, and telling a feed from a page."""

from __future__ import annotations

import pytest

from monitor.feeds.discover import discover_feeds, looks_like_feed

PAGE = b"""<!doctype html><html><head>
<title>Harbour Post</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="World" href="/world/rss.xml">
<link rel="Alternate" type="application/atom+xml" href="https://harbour.example/atom">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="/world/rss.xml">
</head><body><a href="/feed">Feed</a></body></html>"""


def test_discover_link_alternates() -> None:
    """RSS and Atom alternates are returned absolute, in order, once each; other links are ignored."""
    assert discover_feeds(PAGE, "https://harbour.example/news/") == [
        "https://harbour.example/world/rss.xml", "https://harbour.example/atom"]


def test_discover_honours_base_href() -> None:
    """A <base href> changes how relative feed links resolve."""
    page = b'<html><head><base href="https://cdn.example/site/"><link rel="alternate" ' \
           b'type="application/rss+xml" href="rss"></head></html>'
    assert discover_feeds(page, "https://harbour.example/") == ["https://cdn.example/site/rss"]


@pytest.mark.parametrize(("page", "expected"), [
    (b'<html><body><a href="/feed/">Subscribe</a><a href="/about">About</a></body></html>',
     ["https://site.example/feed/"]),
    (b'<html><body><a href="news.rss">RSS</a><a href="javascript:feed()">x</a></body></html>',
     ["https://site.example/news.rss"]),
    (b"<html><body><p>No feeds here</p><a href='/feedback'>Feedback</a></body></html>", []),
    (b"", []),
])
def test_discover_falls_back_to_feed_like_anchors(page: bytes, expected: list[str]) -> None:
    """Without alternates, anchors that look like feeds are offered; lookalikes are not."""
    assert discover_feeds(page, "https://site.example/") == expected


@pytest.mark.parametrize(("body", "content_type", "expected"), [
    (b"<rss version='2.0'/>", "application/rss+xml", True),
    (b"anything", "application/atom+xml; charset=utf-8", True),
    (b'<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0"><channel/></rss>', "text/xml", True),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', None, True),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "application/xml", True),
    (b"\xef\xbb\xbf<rss/>", None, True),
    (b"<!DOCTYPE html><html><head></head></html>", "application/xml", False),
    (b"<html><head><link rel='alternate'></head></html>", None, False),
    (b"<rss/>", "text/html", False),
    (b"", None, False),
])
def test_looks_like_feed(body: bytes, content_type: str | None, expected: bool) -> None:
    """A feed is told from a page by its media type, else by its root element."""
    assert looks_like_feed(body, content_type) is expected
