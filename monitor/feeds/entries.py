"""Raw entries (what a parser read) → Articles: the one place both parser paths meet.

Both the lxml fast path and the feedparser path fill a RawEntry with the XML-decoded values and
say whether each is HTML; `build_article` does the rest the same way for both, so the corpus
test can compare them field by field.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from monitor.feeds.text import clean_string, html_to_text, normalize_space
from monitor.feeds.urls import canonical_url
from monitor.model import Article

# Characters 0x80–0x9F are C1 controls in Latin-1 but almost always meant as windows-1252
# punctuation (feedparser maps them the same way).
_CP1252 = {c: bytes([c]).decode("cp1252", errors="ignore") or None for c in range(0x80, 0xA0)}
_C1 = re.compile("[\x80-\x9f]")
_LANG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_].*)?$")


@dataclass(slots=True)
class RawEntry:
    """One entry as a parser read it: decoded strings, links already absolute."""

    guid: str | None = None
    title: str | None = None
    title_html: bool = False
    link: str | None = None
    published: datetime | None = None  # UTC, whole seconds
    summary: str | None = None
    summary_html: bool = True
    content: str | None = None
    content_html: bool = True


@dataclass(slots=True)
class RawFeed:
    """A feed document as a parser read it."""

    title: str | None
    site_url: str | None
    lang: str | None
    entries: list[RawEntry]
    parser: str
    bozo: str | None = None


def field_text(value: str | None, is_html: bool) -> str:
    """Return the plain text of a feed field: HTML is rendered, plain text only tidied."""
    if not value:
        return ""
    if _C1.search(value):  # rare; str.translate with a dict costs a lookup per character
        value = value.translate(_CP1252)
    return html_to_text(value) if is_html else normalize_space(clean_string(value))


def language_code(value: str | None) -> str | None:
    """Return the ISO 639 code of a feed language tag ("en-US" → "en"), or None."""
    match = _LANG.match(value or "")
    return match.group(1).lower() if match else None


def struct_to_utc(value: time.struct_time | None) -> datetime | None:
    """Convert a UTC struct_time (feedparser's dates) to an aware datetime."""
    if value is None:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (ValueError, TypeError, OverflowError):
        return None


def build_article(raw: RawEntry, fetched: datetime, lang: str | None,
                  feed_url: str | None) -> Article | None:
    """Return the Article for `raw`, or None when it has no title, no text and no link."""
    title = field_text(raw.title, raw.title_html)
    summary = field_text(raw.summary, raw.summary_html)
    content = field_text(raw.content, raw.content_html) if raw.content else ""
    text = content if len(content) >= len(summary) else summary  # the fuller of the two
    link = clean_string(raw.link).strip() if raw.link else ""
    url = canonical_url(link) if link else None
    if not (title or text or url):
        return None
    content_hash = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    guid = clean_string(raw.guid).strip() if raw.guid else ""
    return Article(
        guid=guid or url or f"sha256:{content_hash}",
        title=title,
        text=text,
        published=raw.published or fetched,
        fetched=fetched,
        url=url,
        summary=summary or None,
        lang=lang,
        content_hash=content_hash,
        feed_url=feed_url,
    )
