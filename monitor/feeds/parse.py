"""Feed bytes → ParsedFeed: the fast lxml path when the checks allow it, feedparser otherwise.

    defuse (safexml) ─► fast path (fastparse: clear encoding, well-formed, known root)
                     └► feedparser (anything else: legacy encodings, broken XML, odd formats)
    raw entries ─► build_article (entries.py): plain text, canonical URL, UTC date, identity

Pure: no clock, no network. `fetched` is the time a missing entry date takes.
"""

from __future__ import annotations

import io
import xml.sax
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from monitor.errors import ParseError
from monitor.feeds.entries import RawEntry, RawFeed, build_article, language_code, struct_to_utc
from monitor.feeds.fastparse import parse_fast
from monitor.feeds.fields import parse_date
from monitor.feeds.safexml import defuse_xml, nesting_exceeds
from monitor.feeds.text import clean_string
from monitor.model import Article, ParsedFeed

MAX_DEPTH = 512
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def parse_feed(body: bytes, url: str, fetched: datetime, *, content_type: str | None = None,
               headers: Mapping[str, str] | None = None, fast: bool = True) -> ParsedFeed:
    """Parse feed bytes into articles; `fast=False` forces feedparser (for comparisons).

    Raises:
        ParseError: the document is not a feed and has no usable entry.
    """
    if content_type is None and headers:
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    data = defuse_xml(body)
    if not data.strip():
        raise ParseError(url, "empty document")
    raw = parse_fast(data, url, content_type) if fast else "fast path disabled"
    if isinstance(raw, str):
        # feedparser slows to a crawl on absurd nesting (100 000 levels: 13 s); no feed needs it.
        if nesting_exceeds(data, MAX_DEPTH):
            raise ParseError(url, f"elements nested deeper than {MAX_DEPTH} levels")
        raw = parse_with_feedparser(data, url, content_type)
    return to_parsed_feed(raw, url, fetched)


def to_parsed_feed(raw: RawFeed, url: str, fetched: datetime) -> ParsedFeed:
    """Build the articles of a raw feed (same code for both parser paths)."""
    lang = language_code(raw.lang)
    articles: list[Article] = []
    for entry in raw.entries:
        article = build_article(entry, fetched, lang, url)
        if article is not None:
            articles.append(article)
    return ParsedFeed(title=clean_string(raw.title).strip() if raw.title else None,
                      site_url=clean_string(raw.site_url).strip() or None if raw.site_url else None,
                      articles=tuple(articles), lang=lang,
                      bozo=raw.bozo, parser=raw.parser)


def parse_with_feedparser(data: bytes, url: str, content_type: str | None) -> RawFeed:
    """Parse with feedparser (the tolerant path) into a RawFeed.

    The bytes go in as a stream: given bytes, feedparser would first try them as a file name.
    Raises ParseError when feedparser finds neither a feed nor an entry.
    Imported here: most feeds take the fast path, and a process that parses none skips its import.
    """
    import feedparser

    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        result = feedparser.parse(io.BytesIO(data), response_headers=headers,
                                  resolve_relative_uris=False, sanitize_html=False)
    except Exception as exc:  # feedparser's loose parser can still trip on hostile input
        raise ParseError(url, f"feedparser failed: {type(exc).__name__}: {exc}") from None
    bozo = _one_line(result.get("bozo_exception")) if result.get("bozo") else None
    entries = [_entry(e) for e in result.get("entries", [])]
    feed = result.get("feed", {})
    if not entries and not result.get("version") and not feed.get("title"):
        raise ParseError(url, f"not a feed: {bozo or 'no feed element and no entry'}")
    if not any(result.get("entries", [])) and isinstance(result.get("bozo_exception"), xml.sax.SAXException):
        # A feed cut off before its first entry (a truncated download, a broken generator) is an
        # error to report, not "ok, 0 articles" (issue 13); a well-formed empty feed stays fine.
        raise ParseError(url, f"truncated or malformed XML, no entry could be read: {bozo}")
    return RawFeed(title=feed.get("title"), site_url=feed.get("link"),
                   lang=feed.get("language"), entries=entries, parser="feedparser", bozo=bozo)


def _entry(e: dict[str, Any]) -> RawEntry:
    content = e.get("content") or []
    first = content[0] if content else {}
    # Dates are re-read from the raw strings with the fast path's parser: same rule, same result,
    # and it reads forms feedparser drops ("mer, 16 nov 2022 00:38:15 +0100").
    # dict.get: FeedParserDict.get("published") would fall back to "updated" with a warning.
    published = parse_date(dict.get(e, "published")) or parse_date(dict.get(e, "updated")) \
        or struct_to_utc(dict.get(e, "published_parsed")) or struct_to_utc(dict.get(e, "updated_parsed"))
    return RawEntry(
        guid=e.get("id") or None,
        title=e.get("title"),
        title_html=_is_html(e.get("title_detail"), False),
        link=e.get("link") or None,
        published=published,
        summary=e.get("summary"),
        # feedparser copies content into a missing summary without a summary_detail
        summary_html=_is_html(e.get("summary_detail") or (first if e.get("summary") == first.get("value")
                                                          else None), True),
        content=first.get("value") or None,
        content_html=_is_html(first, True),
    )


def _is_html(detail: Mapping[str, Any] | None, default: bool) -> bool:
    if not detail or not detail.get("type"):
        return default
    return str(detail["type"]).lower() in _HTML_TYPES


def _one_line(exc: object) -> str:
    text = f"{type(exc).__name__}: {exc}" if isinstance(exc, BaseException) else str(exc)
    return " ".join(text.split())[:300]
