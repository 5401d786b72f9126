"""A 304 leaves its connection reusable, so unchanged feeds cost no new TCP connections."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from monitor.config import Settings
from monitor.feeds.fetch import fetch_feed, make_client
from monitor.model import Feed
from tests.loopback import LoopbackServer


def test_not_modified_reuses_the_connection(server: LoopbackServer) -> None:
    """Three conditional GETs answered 304 travel over one TCP connection."""
    accepted = [0]
    original = server.httpd.get_request

    def counting_get_request():  # type: ignore[no-untyped-def]
        accepted[0] += 1
        return original()

    server.httpd.get_request = counting_get_request  # type: ignore[method-assign]
    try:
        url = server.route("/unchanged.xml", status=304, headers={"ETag": '"v1"'})
        settings = Settings(allow_private=True)

        async def poll_three_times() -> list[int | None]:
            async with make_client(settings) as client:
                feed = Feed(url=url, allow_private=True, etag='"v1"')
                return [(await fetch_feed(client, feed, settings, datetime.now(UTC))).status
                        for _ in range(3)]

        assert asyncio.run(poll_three_times()) == [304, 304, 304]
        assert len(server.requests_to("/unchanged.xml")) == 3
        assert accepted[0] == 1
    finally:
        server.httpd.get_request = original  # type: ignore[method-assign]
