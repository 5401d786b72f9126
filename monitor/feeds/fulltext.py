"""Article page → its main text, for feeds that carry only a teaser (`full_text = true`)."""

from __future__ import annotations

import logging

import trafilatura

from monitor.feeds.text import clean_string, normalize_space

log = logging.getLogger(__name__)
MIN_CHARS = 80  # below this the extractor found a menu or a cookie banner, not an article


def extract_main_text(html: bytes, url: str) -> str | None:
    """Return the page's main text (plain, tidy), or None when no article text is found.

    trafilatura drops navigation, comments and boilerplate; any failure inside it is logged
    and gives None, so one odd page never stops a poll.
    """
    if not html or not html.strip():
        return None
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   include_images=False, include_links=False, favor_precision=True,
                                   deduplicate=True)
    except Exception as exc:  # the extractor is a library boundary: translate to "no text"
        log.info("full text extraction failed for %s: %s", url, exc)
        return None
    if not text:
        return None
    cleaned = normalize_space(clean_string(text))
    return cleaned if len(cleaned) >= MIN_CHARS else None
