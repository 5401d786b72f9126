"""Full text for feeds that carry only teasers: fetch each new article's page, keep its main text."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime

import httpx

from monitor.config import Settings
from monitor.feeds.fetch import HostLimiter, fetch_page
from monitor.model import Feed
from monitor.store.articles import get_article_urls, set_full_text
from monitor.store.db import Store

log = logging.getLogger("monitor.poll")


async def fetch_full_texts(db: Store, client: httpx.AsyncClient, feed: Feed, article_ids: Sequence[int],
                           settings: Settings, now: datetime, *, semaphore: asyncio.Semaphore,
                           limiter: HostLimiter) -> int:
    """Fetch each new article's page and store its main text; return how many were stored."""
    from monitor.feeds.fulltext import extract_main_text  # trafilatura is slow to import: only when used

    stored = 0
    for article_id, url in get_article_urls(db, article_ids):
        if not url or not url.startswith(("http://", "https://")):
            continue
        async with limiter.hold(url), semaphore:
            page = await fetch_page(client, url, settings, now, allow_private=feed.allow_private,
                                    verify_tls=feed.verify_tls)
        if page.body is None or page.error:
            log.info("full text %s: %s", url, page.error or f"status {page.status}")
            continue
        text = extract_main_text(page.body, page.final_url)
        if text:
            set_full_text(db, article_id, text)
            stored += 1
    return stored
