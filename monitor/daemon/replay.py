"""Replay local files into the store: feed documents, or plain-text articles (first line = title).

Each feed file becomes its own pseudo-feed `file:///…/name.xml`; the text articles of one directory
share a pseudo-feed `file:///…/dir/`. Pseudo-feeds are stored disabled ("local files"), so the
daemon never tries to poll them. A text article may carry headers right under its title:

    Kandahar falls to the Taliban
    Date: 2021-08-13T06:00:00Z
    Lang: en
    URL: https://example.org/kandahar

    The text, in paragraphs…
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor.errors import MonitorError, ParseError
from monitor.feeds.parse import parse_feed
from monitor.model import Article, Feed
from monitor.store.articles import upsert_articles
from monitor.store.db import Store, write_transaction
from monitor.store.feeds import add_feed, find_feed, set_feed_disabled

TEXT_SUFFIXES = {".txt", ".text"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".feed"}
LOCAL_REASON = "local files: replayed with `monitor replay`, never polled"
_HEADER = re.compile(r"^(date|published|lang|language|url|link)\s*:\s*(\S.*)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReplaySummary:
    """What a replay stored."""

    files: int = 0
    new: int = 0
    updated: int = 0
    skipped: tuple[str, ...] = ()  # "path: reason" for files that could not be read


def parse_date(text: str) -> datetime | None:
    """Read an ISO date or date-time as UTC; None when it is not one."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def read_text_article(text: str, name: str, now: datetime) -> Article:
    """Turn a plain-text article into an Article: the first non-blank line is its title.

    Raises ParseError when there is no title.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ParseError(name, "empty file: the first line should be the title")
    title = " ".join(lines.pop(0).split())
    headers: dict[str, str] = {}
    while lines and (match := _HEADER.match(lines[0].strip())):
        headers[match.group(1).lower()] = match.group(2).strip()
        lines.pop(0)
    paragraphs = [" ".join(line.split()) for line in lines]
    body = "\n".join(p for p in paragraphs if p)
    published = parse_date(headers.get("date") or headers.get("published") or "") or now
    lang = (headers.get("lang") or headers.get("language") or "").lower()[:2] or None
    url = headers.get("url") or headers.get("link")
    return Article(guid=name, title=title, text=body, published=published, fetched=now, url=url,
                   summary=None, lang=lang,
                   content_hash=hashlib.sha256(f"{title}\n{body}".encode()).hexdigest())


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand directories (recursively, sorted) into the text and feed files they hold."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | FEED_SUFFIXES)
        else:
            found.append(path)
    return found


def _pseudo_feed(db: Store, url: str, title: str, now: datetime) -> int:
    feed = find_feed(db, url)
    if feed is None:
        feed = add_feed(db, Feed(url=url, title=title), now, source="replay")
        set_feed_disabled(db, url, True, LOCAL_REASON)
    assert feed.id is not None
    return feed.id


def replay_paths(db: Store, paths: Sequence[Path], now: datetime) -> ReplaySummary:
    """Store the articles of local files; a file that cannot be read is skipped with its reason."""
    files = new = updated = 0
    skipped: list[str] = []
    for path in collect_files(paths):
        try:
            data = path.read_bytes()
            if path.suffix.lower() in TEXT_SUFFIXES:
                folder = path.resolve().parent
                articles = [read_text_article(data.decode("utf-8", errors="replace"), path.name, now)]
                feed_url, title = folder.as_uri() + "/", f"local articles in {folder.name}"
            else:
                feed_url = path.resolve().as_uri()
                parsed = parse_feed(data, feed_url, now)
                articles, title = list(parsed.articles), parsed.title or path.name
            with write_transaction(db):
                feed_id = _pseudo_feed(db, feed_url, title, now)
                n, u = upsert_articles(db, feed_id, articles, now)
        except (OSError, MonitorError) as exc:
            skipped.append(f"{path}: {exc}")
            continue
        files += 1
        new += n
        updated += u
    return ReplaySummary(files, new, updated, tuple(skipped))
