"""SSRF: addresses that resolve to private ranges are refused at connect time, redirects included."""

from __future__ import annotations

import time

import pytest

from monitor.feeds.fetch import fetch_feed, make_client
from monitor.feeds.netguard import is_allowed, parse_networks, refusal_reason
from monitor.model import Feed, FetchResult
from tests.fetchkit import NOW, RSS, fetch, redirect, run, settings
from tests.loopback import LoopbackServer


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.255.255.254", "::1", "10.0.0.1", "172.16.0.1", "172.31.255.255",
    "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "fc00::1", "fd12:3456::1",
    "fe80::1", "fe80::1%eth0", "0.0.0.0", "::", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
    "224.0.0.1", "ff02::1", "255.255.255.255", "2002:7f00:1::1", "64:ff9b::a00:1", "198.18.0.1",
    "192.0.0.8", "240.0.0.1", "not-an-ip",
])
def test_refused_addresses(address: str) -> None:
    """Loopback, private, link-local, CGNAT, metadata, multicast and mapped forms are refused."""
    assert refusal_reason(address) is not None
    assert not is_allowed(address, allow_private=False)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111",
                                     "2a00:1450:4007:80e::200e", "172.32.0.1", "100.128.0.1"])
def test_public_addresses_pass(address: str) -> None:
    """Ordinary public addresses of both families are allowed."""
    assert refusal_reason(address) is None and is_allowed(address, allow_private=False)


@pytest.mark.parametrize(("address", "networks", "allowed"), [
    ("127.0.0.1", ["127.0.0.1/32"], True),
    ("127.0.0.2", ["127.0.0.1/32"], False),
    ("10.1.2.3", ["10.0.0.0/8"], True),
    ("169.254.169.254", ["127.0.0.1/32"], False),
])
def test_allow_networks_opens_only_what_it_names(address: str, networks: list[str], allowed: bool) -> None:
    """An allow-list admits its own ranges and nothing else."""
    assert is_allowed(address, False, parse_networks(networks)) is allowed


def _fetch_with(url: str, allow_networks: tuple[str, ...] = (), **feed_fields: object) -> FetchResult:
    cfg = settings()

    async def go() -> FetchResult:
        async with make_client(cfg, allow_networks=allow_networks) as client:
            return await fetch_feed(client, Feed(url, **feed_fields), cfg, NOW)  # type: ignore[arg-type]

    return run(go())


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "0x7f000001", "[::1]",
                                  "127.1", "[::ffff:127.0.0.1]"])
def test_loopback_server_is_refused_without_opt_in(server: LoopbackServer, host: str) -> None:
    """Every spelling of loopback is refused before a byte is sent when the feed has no opt-in."""
    server.route("/feed.xml", RSS)
    start = time.monotonic()
    result = _fetch_with(f"http://{host}:{server.port}/feed.xml")
    assert result.error_kind == "blocked", result.error
    assert result.body is None and result.status is None
    assert server.requests == []
    assert time.monotonic() - start < 2


def test_feed_opt_in_allows_the_loopback_server(server: LoopbackServer) -> None:
    """The per-feed allow_private opt-in lets the same request through."""
    url = server.route("/feed.xml", RSS)
    assert fetch(url, allow_private=True).body == RSS


def test_global_opt_in_allows_private_addresses(server: LoopbackServer) -> None:
    """settings.allow_private opens every feed (intranets, tests)."""
    url = server.route("/feed.xml", RSS)
    assert fetch(url, settings(allow_private=True), allow_private=False).body == RSS


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/feed", "http://[::1]/x",
    "http://2130706434:{port}/feed.xml", "http://127.0.0.2:{port}/feed.xml",  # both are 127.0.0.2
])
def test_redirect_to_a_private_address_is_refused(server: LoopbackServer, target: str) -> None:
    """A redirect from an allowed URL to a refused address is stopped at connect time."""
    server.routes["/start"] = redirect(302, target.format(port=server.port))
    server.route("/feed.xml", RSS)
    start = time.monotonic()
    result = _fetch_with(server.url("/start"), allow_networks=("127.0.0.1/32",))
    assert result.error_kind == "blocked", result.error
    assert [r.path for r in server.requests] == ["/start"]
    assert time.monotonic() - start < 2


def test_opted_in_pool_is_not_reused_for_other_feeds(server: LoopbackServer) -> None:
    """After an opted-in fetch, a feed without the opt-in on the same host is still refused."""
    url = server.route("/feed.xml", RSS)
    cfg = settings()

    async def go() -> tuple[FetchResult, FetchResult]:
        async with make_client(cfg) as client:
            first = await fetch_feed(client, Feed(url, allow_private=True), cfg, NOW)
            second = await fetch_feed(client, Feed(url), cfg, NOW)
            return first, second

    first, second = run(go())
    assert first.body == RSS and second.error_kind == "blocked"
    assert len(server.requests) == 1


def test_non_http_redirect_is_refused(server: LoopbackServer) -> None:
    """A redirect to file:// or another scheme is never followed."""
    server.routes["/start"] = redirect(301, "file:///etc/passwd")
    result = fetch(server.url("/start"))
    assert result.error_kind == "redirect" and result.body is None
