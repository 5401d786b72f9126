"""A 304 leaves its connection reusable, so unchanged feeds cost no new TCP connections."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest

from monitor.config import Settings
from monitor.feeds.fetch import HostLimiter, _PolicyTransport, fetch_feed, make_client
from monitor.model import Feed
from tests.loopback import LoopbackServer


@contextmanager
def counting_connections(*servers: LoopbackServer) -> Iterator[list[list[int]]]:
    """Count the TCP connections each server accepts inside the block (each count is `[n]`)."""
    counts: list[list[int]] = []
    originals = [s.httpd.get_request for s in servers]
    for server, original in zip(servers, originals, strict=True):
        accepted = [0]

        def counting_get_request(accepted: list[int] = accepted, original: Any = original) -> Any:
            accepted[0] += 1
            return original()

        server.httpd.get_request = counting_get_request  # type: ignore[method-assign]
        counts.append(accepted)
    try:
        yield counts
    finally:
        for server, original in zip(servers, originals, strict=True):
            server.httpd.get_request = original  # type: ignore[method-assign]


def test_not_modified_reuses_the_connection(server: LoopbackServer) -> None:
    """Three conditional GETs answered 304 travel over one TCP connection."""
    url = server.route("/unchanged.xml", status=304, headers={"ETag": '"v1"'})
    settings = Settings(allow_private=True)

    async def poll_three_times() -> list[int | None]:
        async with make_client(settings) as client:
            feed = Feed(url=url, allow_private=True, etag='"v1"')
            return [(await fetch_feed(client, feed, settings, datetime.now(UTC))).status
                    for _ in range(3)]

    with counting_connections(server) as [accepted]:
        assert asyncio.run(poll_three_times()) == [304, 304, 304]
    assert len(server.requests_to("/unchanged.xml")) == 3
    assert accepted[0] == 1


def test_hosts_polled_together_each_keep_their_connection() -> None:
    """Eight hosts, three feeds each, four fetches at once: one TCP connection per host, not one per feed.

    One pool shared by every host kept only as many idle connections as the concurrency, so hosts
    polled together closed each other's (issue 11).
    """
    servers = [LoopbackServer().start() for _ in range(8)]
    try:
        feeds = [Feed(url=s.route(f"/f{n}.xml", status=304, headers={"ETag": '"v1"'}), allow_private=True,
                      etag='"v1"') for n in range(3) for s in servers]
        settings = Settings(allow_private=True, concurrency=4, per_host=1)

        async def poll_all() -> list[int | None]:
            gate, hosts = asyncio.Semaphore(settings.concurrency), HostLimiter(settings.per_host)
            async with make_client(settings) as client:
                async def one(feed: Feed) -> int | None:
                    async with gate:
                        done = await fetch_feed(client, feed, settings, datetime.now(UTC), limiter=hosts)
                        return done.status
                return list(await asyncio.gather(*(one(f) for f in feeds)))

        with counting_connections(*servers) as counts:
            assert asyncio.run(poll_all()) == [304] * 24
        assert [c[0] for c in counts] == [1] * 8
    finally:
        for s in servers:
            s.stop()


def test_pools_beyond_the_bound_are_closed_once_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The least recently used hosts' pools are closed past MAX_POOLS; their connections go with them."""
    monkeypatch.setattr(_PolicyTransport, "MAX_POOLS", 2)
    servers = [LoopbackServer().start() for _ in range(4)]
    try:
        feeds = [Feed(url=s.route("/f.xml", status=304, headers={"ETag": '"v1"'}), allow_private=True,
                      etag='"v1"') for s in servers]
        settings = Settings(allow_private=True)

        async def poll_in_turn() -> int:
            async with make_client(settings) as client:
                for feed in [*feeds, feeds[-1], feeds[0]]:
                    await fetch_feed(client, feed, settings, datetime.now(UTC))
                transport = client._transport
                assert isinstance(transport, _PolicyTransport)
                return len(transport.pools)

        with counting_connections(*servers) as counts:
            assert asyncio.run(poll_in_turn()) == 2
        # The last host's connection was kept; the first host's pool had been closed: reconnected.
        assert [c[0] for c in counts] == [2, 1, 1, 1]
    finally:
        for s in servers:
            s.stop()
