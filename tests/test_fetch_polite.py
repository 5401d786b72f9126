"""F1 polite client: fetch_feed + next_poll over 24 simulated hours against a real server."""

from __future__ import annotations

import asyncio
import itertools
import random
from dataclasses import replace
from datetime import timedelta
from http.server import BaseHTTPRequestHandler

from monitor.feeds.fetch import HostLimiter, fetch_feed, make_client
from monitor.feeds.schedule import next_poll
from monitor.model import Feed
from tests.fetchkit import NOW, RSS, run, settings
from tests.loopback import LoopbackServer, RecordedRequest, Reply


def test_twenty_feeds_for_a_simulated_day(server: LoopbackServer) -> None:
    """One unconditional GET per feed, validators echoed byte for byte, never above the interval."""
    count, interval = 20, 7200
    validators = {i: (f'"v{i}-\u00e9"'.encode().decode("latin-1"), f"Mon, 0{i % 9 + 1} Jan 2026 00:00:00 GMT")
                  for i in range(count)}

    def handler_for(i: int):  # type: ignore[no-untyped-def]
        etag, modified = validators[i]

        def handle(req: RecordedRequest, raw: BaseHTTPRequestHandler) -> Reply:
            if req.headers.get("if-none-match") == etag:
                return Reply(304)
            return Reply(200, RSS, {"ETag": etag, "Last-Modified": modified, "Set-Cookie": "s=1"})
        return handle

    for i in range(count):
        server.route(f"/polite{i}.xml", handler=handler_for(i))
    cfg = settings(min_interval_s=900)
    feeds = [Feed(server.url(f"/polite{i}.xml"), id=i, interval_s=interval, allow_private=True)
             for i in range(count)]
    due = {f.id: NOW for f in feeds}
    polled_at: dict[int | None, list] = {f.id: [] for f in feeds}
    rng = random.Random(3)

    async def simulate() -> None:
        limiter = HostLimiter(cfg.per_host)
        async with make_client(cfg) as client:
            clock = NOW
            while clock < NOW + timedelta(hours=24):
                ready = [f for f in feeds if due[f.id] <= clock]
                results = await asyncio.gather(*(fetch_feed(client, f, cfg, clock, limiter=limiter)
                                                 for f in ready))
                for feed, result in zip(ready, results, strict=True):
                    polled_at[feed.id].append(clock)
                    when, errors = next_poll(feed, result, clock, cfg, rng)
                    assert when is not None and result.error is None
                    index = feeds.index(feed)
                    feeds[index] = replace(feed, etag=result.etag or feed.etag,
                                           last_modified=result.last_modified or feed.last_modified,
                                           error_count=errors)
                    due[feed.id] = when
                clock = min(due.values())

    run(simulate())
    for i in range(count):
        requests = server.requests_to(f"/polite{i}.xml")
        assert 6 <= len(requests) <= 12  # every 2 h (plus jitter) over a day
        unconditional = [r for r in requests if "if-none-match" not in r.headers]
        assert len(unconditional) == 1 and requests[0] is unconditional[0]
        assert all(r.headers["if-none-match"] == validators[i][0] for r in requests[1:])
        assert all(r.headers["if-modified-since"] == validators[i][1] for r in requests[1:])
        assert all("cookie" not in r.headers and "referer" not in r.headers for r in requests)
        times = polled_at[i]
        assert all(b - a >= timedelta(seconds=interval) for a, b in itertools.pairwise(times))
