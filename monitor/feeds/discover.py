"""Find a site's feeds from its HTML page, as feed readers do (`<link rel="alternate">`)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from monitor.feeds.safexml import defuse_xml

FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
    "application/xml", "text/xml", "application/x.atom+xml", "application/x-atom+xml",
})
_XML_TYPES = FEED_TYPES | {"text/rss+xml", "application/rss", "application/atom"}
_ANCHOR_HINT = re.compile(r"(?:^|[/._?=-])(?:rss|atom|feed|feeds)(?:$|[/._?=-])|\.(?:rss|atom|xml)$",
                          re.IGNORECASE)
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)[\s>/]")
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_SKIP_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*", re.DOTALL)


def discover_feeds(html: bytes, base_url: str) -> list[str]:
    """Return the absolute URLs of the feeds a page advertises, in page order, deduplicated.

    `<link rel="alternate" type="application/rss+xml" href=…>` and its Atom/RDF/JSON kin come
    first; when there are none, links (`<a href>`) that look like feeds (/feed, .rss, atom…).
    """
    if not html.strip():
        return []
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    base = urljoin(base_url, (root.xpath("string(//base/@href)") or "").strip())
    found: list[str] = []
    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            found.append(urljoin(base, href))
    if not found:
        for anchor in root.iter("a"):
            href = (anchor.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:", "mailto:")) and _ANCHOR_HINT.search(href):
                found.append(urljoin(base, href))
    return [u for u in dict.fromkeys(found) if u.startswith(("http://", "https://"))]


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    """Say whether a response is a feed (by its media type, else by its root element)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in _XML_TYPES - {"application/xml", "text/xml"}:
        return True
    if kind == "text/html":
        return False
    head = defuse_xml(body[:4096].removeprefix(b"\xef\xbb\xbf"))
    prolog = _SKIP_PROLOG.match(head)
    head = head[prolog.end():] if prolog else head
    if _HTML_ROOT.match(head):
        return False
    return bool(_ROOT.match(head))
