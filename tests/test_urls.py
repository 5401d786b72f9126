"""canonical_url: one spelling per article URL."""

from __future__ import annotations

import pytest

from monitor.feeds.urls import canonical_url


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://News.Example.COM/a/b?x=1", "https://news.example.com/a/b?x=1"),
    ("https://news.example/a#section-2", "https://news.example/a"),
    ("https://news.example/a?utm_source=rss&utm_medium=feed&id=7", "https://news.example/a?id=7"),
    ("https://news.example/a?id=7&UTM_Campaign=x", "https://news.example/a?id=7"),
    ("https://news.example/a?fbclid=abc&gclid=def&b=2&a=1", "https://news.example/a?b=2&a=1"),
    ("https://news.example/a?mc_cid=1&mc_eid=2&ref=home&ref_src=twsrc", "https://news.example/a"),
    ("https://news.example/a?q=caf%C3%A9&x=a+b", "https://news.example/a?q=caf%C3%A9&x=a+b"),
    ("http://news.example:80/a", "http://news.example/a"),
    ("https://news.example:443/a", "https://news.example/a"),
    ("https://news.example:8443/a", "https://news.example:8443/a"),
    ("https://news.example", "https://news.example/"),
    ("https://news.example./a", "https://news.example/a"),
    ("  https://news.example/a  ", "https://news.example/a"),
    ("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"),
    ("https://news.example/Path/Case?Keep=Case", "https://news.example/Path/Case?Keep=Case"),
    ("https://news.example/a?", "https://news.example/a"),
    ("https://news.example/a?flag&utm_x=1", "https://news.example/a?flag"),
    ("urn:uuid:1234", "urn:uuid:1234"),
    ("", ""),
    ("http://[broken", "http://[broken"),
])
def test_canonical_url(url: str, expected: str) -> None:
    """Scheme and host are lowercased; fragments, default ports and trackers go; the rest stays."""
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    """Canonicalising twice changes nothing."""
    once = canonical_url("HTTP://Example.com:80/x?utm_term=a&k=v#f")
    assert canonical_url(once) == once
