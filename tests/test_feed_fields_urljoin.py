"""Links resolve as feedparser resolves them; plain absolute links skip urljoin (issue 11, parse cost)."""

from __future__ import annotations

import random
from urllib.parse import urljoin

from monitor.feeds.fields import urljoin_like_feedparser

BASES = ("https://outlet.example/feed.xml", "http://a.example/x/y/", "https://b.example", "ftp://c.example/")
HEADS = ("https://", "http://", "HTTP://", "https:/", "//", "", "/", "https://x.example", "http://h.example:8080")
ALPHABET = "abc/?#;:.@[]\\ %&=-_~!$'()*+,HTTPShttps0123456789"


def test_every_link_resolves_as_urljoin_resolves_it() -> None:
    """Random links of every shape (empty queries, ';', '@', backslashes, spaces): the same result."""
    rng = random.Random(11)
    for _ in range(40_000):
        base = rng.choice(BASES)
        uri = rng.choice(HEADS) + "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(25)))
        if ":///" in uri:
            continue  # feedparser's extra-slash fix, tested with the parser
        try:
            expected = urljoin(base, uri)
        except ValueError:
            expected = ""
        assert urljoin_like_feedparser(base, uri) == expected, (base, uri)


def test_relative_and_odd_links_are_still_resolved() -> None:
    base = "https://outlet.example/world/feed.xml"
    assert urljoin_like_feedparser(base, "/news/1") == "https://outlet.example/news/1"
    assert urljoin_like_feedparser(base, "../a") == "https://outlet.example/a"
    assert urljoin_like_feedparser(base, "https://other.example/a?") == "https://other.example/a"
    assert urljoin_like_feedparser(base, "https://other.example/a/../b") == "https://other.example/a/../b"
    assert urljoin_like_feedparser(base, "https:///other.example/a") == "https://other.example/a"
