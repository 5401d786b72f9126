"""Parse feed bodies in worker processes, so parsing uses other cores while the loop fetches and stores.

Optional (`[poll] parse_workers`, default 0 = parse in the daemon's own process). Workers start with
`forkserver`, never by forking the threaded daemon. Errors come back as text: a ParseError is not
reliably picklable, and the caller stores the reason anyway.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime

from monitor.errors import ParseError
from monitor.feeds.parse import parse_feed
from monitor.model import ParsedFeed

MIN_POOL_BYTES = 32 * 1024  # smaller bodies parse faster than a round trip to a worker


def parse_body(body: bytes, url: str, fetched: datetime, content_type: str | None,
               headers: Sequence[tuple[str, str]]) -> ParsedFeed | str:
    """Parse one feed body; return the ParsedFeed, or the one-line reason it is not a feed."""
    try:
        return parse_feed(body, url, fetched, content_type=content_type, headers=dict(headers))
    except ParseError as exc:
        return str(exc)


def _warm_up() -> None:
    """Import the parsers once per worker, not on its first feed."""
    import feedparser  # noqa: F401


def make_parse_pool(workers: int) -> ProcessPoolExecutor:
    """Return a pool of `workers` parser processes (started lazily, from a forkserver)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_warm_up)
