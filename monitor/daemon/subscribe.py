"""Subscribe to a feed by address, as feed readers do: a feed URL, or a site whose page links one.

The first fetch is the one unconditional GET: when it returns a feed, that response is ingested
as the feed's first poll (validators stored, articles stored), so nothing is downloaded twice.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, replace
from datetime import datetime

import httpx

from monitor.config import Settings
from monitor.daemon.cycle import FeedOutcome, ingest_result
from monitor.daemon.fulltext import fetch_full_texts
from monitor.errors import FeedExistsError, FetchError
from monitor.feeds.discover import discover_feeds, looks_like_feed
from monitor.feeds.fetch import HostLimiter, fetch_page, make_client
from monitor.model import Feed, FetchResult
from monitor.store.db import Store
from monitor.store.feeds import add_feed, find_feed

MAX_CANDIDATES = 3


@dataclass(frozen=True, slots=True)
class Subscription:
    """A feed just added: where it was found and what its first poll stored."""

    feed: Feed
    discovered_from: str | None  # the page URL when the feed was discovered from a site
    outcome: FeedOutcome | None  # None when added without fetching


def normalise_address(address: str) -> str:
    """Return an http(s) URL for what a user typed (`example.org/news` → `https://example.org/news`).

    Raises FetchError for other schemes.
    """
    text = address.strip()
    if "://" not in text:
        text = "https://" + text
    if not text.lower().startswith(("http://", "https://")):
        raise FetchError(address, "only http:// and https:// addresses can be subscribed to", "scheme")
    return text


async def subscribe(db: Store, settings: Settings, address: str, now: datetime, *,
                    interval_s: int | None = None, full_text: bool = False, allow_private: bool = False,
                    verify_tls: bool = True, title: str | None = None, fetch: bool = True,
                    client: httpx.AsyncClient | None = None, source: str = "cli") -> Subscription:
    """Add the feed at `address`, or the feed its page links to; ingest the first response.

    Raises FeedExistsError, or FetchError when the address cannot be fetched or links no feed.
    """
    url = normalise_address(address)
    if find_feed(db, url) is not None:
        raise FeedExistsError(url)
    template = Feed(url=url, title=title, full_text=full_text, allow_private=allow_private,
                    verify_tls=verify_tls)
    if not fetch:
        return Subscription(add_feed(db, template, now, source=source, interval_s=interval_s), None, None)
    if client is None:
        async with make_client(settings) as own:
            return await subscribe(db, settings, url, now, interval_s=interval_s, full_text=full_text,
                                   allow_private=allow_private, verify_tls=verify_tls, title=title,
                                   client=own, source=source)
    result, discovered_from = await _feed_response(db, client, url, settings, now, template)
    feed_url = result.permanent_url or result.url
    if find_feed(db, feed_url) is not None:
        raise FeedExistsError(feed_url)
    feed = add_feed(db, Feed(url=feed_url, title=title, full_text=full_text, allow_private=allow_private,
                             verify_tls=verify_tls), now, source=source, interval_s=interval_s)
    if interval_s is None:
        feed = replace(feed, interval_s=settings.default_interval_s)
    outcome, new_ids = ingest_result(db, feed, result, settings, now, random.Random())
    if full_text and new_ids:
        await fetch_full_texts(db, client, feed, new_ids, settings, now,
                               semaphore=asyncio.Semaphore(settings.concurrency),
                               limiter=HostLimiter(settings.per_host))
    return Subscription(feed, discovered_from, outcome)


async def _feed_response(db: Store, client: httpx.AsyncClient, url: str, settings: Settings,
                         now: datetime, template: Feed) -> tuple[FetchResult, str | None]:
    """GET `url`; if it is a page, GET the feeds it links until one reads as a feed.

    Return that feed's response and the page URL it was found on (None: `url` is the feed).
    """
    first = await _get(client, url, settings, now, template)
    if looks_like_feed(first.body or b"", first.content_type):
        return first, None
    candidates = discover_feeds(first.body or b"", first.final_url)
    if not candidates:
        raise FetchError(url, "not a feed, and the page links no RSS or Atom feed", "no_feed")
    for candidate in candidates[:MAX_CANDIDATES]:
        if find_feed(db, candidate) is not None:
            raise FeedExistsError(candidate)
        attempt = await _get(client, candidate, settings, now, template)
        if looks_like_feed(attempt.body or b"", attempt.content_type):
            return attempt, url
    raise FetchError(url, f"the page links {candidates[0]}, which is not a readable feed", "no_feed")


async def _get(client: httpx.AsyncClient, url: str, settings: Settings, now: datetime,
               template: Feed) -> FetchResult:
    """GET `url` unconditionally under the feed's network options; raise FetchError on failure."""
    result = await fetch_page(client, url, settings, now, allow_private=template.allow_private,
                              verify_tls=template.verify_tls)
    if result.error or result.body is None or result.status != 200:
        reason = result.error or f"HTTP status {result.status}"
        raise FetchError(url, reason, result.error_kind or "http_status")
    return result
