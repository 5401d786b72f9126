"""Fetching against a real loopback HTTP server: conditional GET, redirects, statuses, limits."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import threading
import time
import tracemalloc
import zlib
from datetime import timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest

from monitor import USER_AGENT
from monitor.feeds.fetch import HostLimiter, fetch_feed, fetch_page, make_client, parse_retry_after
from monitor.model import Feed, FetchResult
from tests.fetchkit import NOW, RSS, drip, endless, fetch, redirect, run, settings
from tests.loopback import LoopbackServer, RecordedRequest, Reply

ODD_ETAG = 'W/"abc  \t123"'  # spaces and a tab: must come back byte for byte
ODD_DATE = "Thu, 01 Jan 2026 00:00:00  GMT"  # not canonical on purpose


def test_first_fetch_returns_body_and_validators(server: LoopbackServer) -> None:
    """A 200 returns the body, the validators and the content type, with our User-Agent."""
    url = server.route("/feed.xml", RSS, headers={"ETag": ODD_ETAG, "Last-Modified": ODD_DATE,
                                                   "Content-Type": "application/rss+xml"})
    result = fetch(url)
    assert (result.status, result.body, result.error) == (200, RSS, None)
    assert (result.etag, result.last_modified) == (ODD_ETAG, ODD_DATE)
    assert result.content_type == "application/rss+xml"
    request = server.requests_to("/feed.xml")[0]
    assert request.headers["user-agent"] == USER_AGENT and "monitor" in USER_AGENT
    assert "if-none-match" not in request.headers and "if-modified-since" not in request.headers


def test_conditional_get_echoes_validators_byte_for_byte(server: LoopbackServer) -> None:
    """The stored ETag and Last-Modified are sent back unchanged, and a 304 carries no body."""
    def handler(req: RecordedRequest, raw: BaseHTTPRequestHandler) -> Reply:
        same = req.headers.get("if-none-match") == ODD_ETAG and \
            req.headers.get("if-modified-since") == ODD_DATE
        return Reply(304) if same else Reply(200, RSS)

    url = server.route("/cond.xml", handler=handler)
    result = fetch(url, etag=ODD_ETAG, last_modified=ODD_DATE)
    assert result.status == 304 and result.not_modified and result.body is None
    assert result.error is None


def test_no_cookie_is_sent_back(server: LoopbackServer) -> None:
    """Cookies set by a server are never returned on later requests of the same client."""
    url = server.route("/c.xml", RSS, headers={"Set-Cookie": "session=abc; Path=/"})
    cfg = settings()

    async def go() -> None:
        async with make_client(cfg) as client:
            for _ in range(2):
                await fetch_feed(client, Feed(url, allow_private=True), cfg, NOW)

    run(go())
    assert len(server.requests_to("/c.xml")) == 2
    assert all("cookie" not in r.headers for r in server.requests_to("/c.xml"))


@pytest.mark.parametrize(("codes", "permanent"), [
    ((301,), True), ((308,), True), ((301, 308), True),
    ((302,), False), ((307,), False), ((301, 302), False), ((303,), False),
])
def test_redirects_report_permanent_url_only_for_301_308_chains(
        server: LoopbackServer, codes: tuple[int, ...], permanent: bool) -> None:
    """A chain made only of 301/308 sets permanent_url to the final URL; any other hop does not."""
    for i, code in enumerate(codes):
        server.routes[f"/hop{i}"] = redirect(code, f"/hop{i + 1}")
    final = server.route(f"/hop{len(codes)}", RSS)
    result = fetch(server.url("/hop0"))
    assert result.status == 200 and result.body == RSS and result.final_url == final
    assert result.permanent_url == (final if permanent else None)


@pytest.mark.parametrize(("hops", "ok"), [(5, True), (6, False)])
def test_redirect_chain_limit(server: LoopbackServer, hops: int, ok: bool) -> None:
    """Five redirects are followed; the sixth is refused."""
    for i in range(hops):
        server.routes[f"/r{i}"] = redirect(302, server.url(f"/r{i + 1}"))
    server.route(f"/r{hops}", RSS)
    result = fetch(server.url("/r0"), settings(max_redirects=5))
    assert (result.body == RSS) is ok
    if not ok:
        assert result.error_kind == "redirect" and "more than 5" in (result.error or "")
        assert len(server.requests) == 6


def test_redirect_loop_is_aborted(server: LoopbackServer) -> None:
    """A loop is detected at its first repeat instead of running to the hop limit."""
    server.routes["/a"] = redirect(301, "/b")
    server.routes["/b"] = redirect(301, "/a")
    result = fetch(server.url("/a"))
    assert result.error_kind == "redirect" and "loop" in (result.error or "")
    assert len(server.requests) == 2


def test_gone_is_reported(server: LoopbackServer) -> None:
    """A 410 comes back as gone, with an error and no body."""
    url = server.route("/gone", status=410, body=b"bye")
    result = fetch(url)
    assert result.gone and result.body is None and result.error_kind == "http_status"


@pytest.mark.parametrize(("status", "header", "expected"), [
    (429, "120", 120.0),
    (503, "120", 120.0),
    (429, format_datetime(NOW + timedelta(minutes=10), usegmt=True), 600.0),
    (503, "99999999", 86400.0),  # absurd values are capped
    (429, format_datetime(NOW - timedelta(minutes=10), usegmt=True), 0.0),  # past date
    (429, "soon", None),
])
def test_retry_after_is_parsed_and_capped(server: LoopbackServer, status: int, header: str,
                                          expected: float | None) -> None:
    """Retry-After in seconds or as an HTTP date becomes a capped delay on 429/503."""
    url = server.route("/busy", status=status, headers={"Retry-After": header})
    result = fetch(url, settings(max_retry_after_s=86400))
    assert result.status == status and result.error_kind == "http_status"
    assert result.retry_after_s == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("0", 0.0), (" 30 ", 30.0), ("Thu, 15 Jan 2026 12:01:00 GMT", 60.0), ("-5", None), ("", None),
    ("Thu, 15 Jan 2026 14:00:00 GMT", 3600.0),
])
def test_parse_retry_after(value: str, expected: float | None) -> None:
    """Both Retry-After forms parse relative to `now`; garbage gives None; the cap applies."""
    assert parse_retry_after(value, NOW, 3600) == expected


def test_endless_body_is_abandoned_at_the_limit(server: LoopbackServer) -> None:
    """A body without end is cut at max_body_bytes quickly."""
    url = server.route("/endless", handler=endless)
    start = time.monotonic()
    result = fetch(url, settings(max_body_bytes=2 * 1024 * 1024))
    assert result.error_kind == "too_large" and result.body is None
    assert time.monotonic() - start < 3


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """Return 200 MB of zeros, gzipped (about 200 kB), built at test time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(200)]
    parts.append(compressor.flush())
    return b"".join(parts)


def test_gzip_bomb_is_stopped_after_decompression(server: LoopbackServer, gzip_bomb: bytes) -> None:
    """The size limit counts decompressed bytes, and memory stays near the limit, not the bomb."""
    url = server.route("/bomb", gzip_bomb, headers={"Content-Encoding": "gzip",
                                                   "Content-Type": "application/rss+xml"})
    limit = 15 * 1024 * 1024
    tracemalloc.start()
    try:
        start = time.monotonic()
        result = fetch(url, settings(max_body_bytes=limit))
        elapsed = time.monotonic() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.error_kind == "too_large" and "after decompression" in (result.error or "")
    assert elapsed < 2
    assert peak < limit + 20 * 1024 * 1024


@pytest.mark.parametrize("encoding", ["gzip", "deflate-zlib", "deflate-raw"])
def test_compressed_bodies_are_decoded(server: LoopbackServer, encoding: str) -> None:
    """gzip and both deflate flavours come back decoded and byte-identical."""
    body = RSS * 50
    if encoding == "gzip":
        data = gzip.compress(body)
    elif encoding == "deflate-zlib":
        data = zlib.compress(body)
    else:
        raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        data = raw.compress(body) + raw.flush()
    url = server.route("/z", data, headers={"Content-Encoding": encoding.split("-")[0]})
    assert fetch(url).body == body


def test_corrupt_gzip_is_an_error(server: LoopbackServer) -> None:
    """A body that is not what its Content-Encoding says fails cleanly."""
    url = server.route("/bad", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    result = fetch(url)
    assert result.error_kind == "decoding" and result.body is None


def test_slow_drip_is_stopped_by_the_total_deadline(server: LoopbackServer) -> None:
    """A server sending one byte per 0.2 s is abandoned at the wall-clock deadline."""
    url = server.route("/drip", handler=drip)
    start = time.monotonic()
    result = fetch(url, settings(total_timeout_s=1.0))
    elapsed = time.monotonic() - start
    assert result.error_kind == "timeout" and "deadline" in (result.error or "")
    assert 0.9 <= elapsed < 1.8


def test_per_host_limit_caps_concurrent_connections(server: LoopbackServer) -> None:
    """Twelve feeds on one host are fetched at most two at a time."""
    lock, active, peak = threading.Lock(), [0], [0]

    def slow(req: RecordedRequest, raw: BaseHTTPRequestHandler) -> Reply:
        # Count inside the handler: the reply cannot reach the client before this returns.
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.1)
        with lock:
            active[0] -= 1
        return Reply(200, RSS)

    for i in range(12):
        server.route(f"/many{i}", handler=slow)
    cfg = settings(per_host=2)

    async def go() -> list[FetchResult]:
        limiter = HostLimiter(cfg.per_host)
        async with make_client(cfg) as client:
            feeds = [Feed(server.url(f"/many{i}"), allow_private=True) for i in range(12)]
            return await asyncio.gather(*(fetch_feed(client, f, cfg, NOW, limiter=limiter)
                                          for f in feeds))

    results = run(go())
    assert all(r.body == RSS for r in results)
    assert peak[0] == 2


def test_other_hosts_are_not_held_by_a_busy_host() -> None:
    """The limiter keys on the host: a second host gets its own slots."""
    limiter = HostLimiter(1)
    order: list[str] = []

    async def go() -> None:
        async def use(url: str, wait: asyncio.Event | None, signal: asyncio.Event | None) -> None:
            async with limiter.hold(url):
                order.append(url)
                if signal:
                    signal.set()
                if wait:
                    await asyncio.wait_for(wait.wait(), 1)

        released, entered = asyncio.Event(), asyncio.Event()
        first = asyncio.create_task(use("http://a.example/1", released, entered))
        await entered.wait()
        await use("http://b.example/1", None, None)  # would deadlock if hosts shared a slot
        released.set()
        await first

    run(go())
    assert order == ["http://a.example/1", "http://b.example/1"]


def test_fetch_page_reads_a_page(server: LoopbackServer) -> None:
    """fetch_page returns an HTML page under the same rules."""
    url = server.route("/page.html", b"<html><body><p>Hi</p></body></html>",
                       headers={"Content-Type": "text/html"})
    cfg = settings()

    async def go() -> FetchResult:
        async with make_client(cfg) as client:
            return await fetch_page(client, url, cfg, NOW, allow_private=True)

    result = run(go())
    assert result.status == 200 and result.body and b"<p>Hi</p>" in result.body


def test_server_that_closes_early_is_a_network_error(server: LoopbackServer) -> None:
    """A connection dropped mid-body is a network error, not an exception."""
    def broken(req: RecordedRequest, raw: BaseHTTPRequestHandler) -> None:
        raw.close_connection = True
        raw.send_response(200)
        raw.send_header("Content-Length", "1000")
        raw.end_headers()
        raw.wfile.write(b"<rss")

    url = server.route("/broken", handler=broken)
    result = fetch(url)
    assert result.error_kind == "network" and result.body is None


def test_fetch_never_raises_on_refused_connection() -> None:
    """A port nobody listens on gives a network error result."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = fetch(f"http://127.0.0.1:{port}/feed")
    assert result.error_kind == "network" and result.status is None
    assert threading.active_count() >= 1


def test_declared_oversize_body_is_refused_before_download(server: LoopbackServer) -> None:
    """A Content-Length above the limit fails at once, whatever the body."""
    url = server.route("/big", b"x" * 5000)
    result = fetch(url, settings(max_body_bytes=1000))
    assert result.error_kind == "too_large" and "Content-Length 5000" in (result.error or "")


def test_unresponsive_connect_is_stopped_by_the_connect_timeout() -> None:
    """A server whose accept queue is full never completes the handshake: connect times out."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(3):  # fill the accept queue: later SYNs are dropped
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        probe = socket.socket()
        probe.settimeout(0.3)
        try:
            probe.connect(("127.0.0.1", port))
            pytest.skip("this kernel completes handshakes beyond the backlog")
        except TimeoutError:
            pass
        finally:
            probe.close()
        start = time.monotonic()
        result = fetch(f"http://127.0.0.1:{port}/feed", settings(connect_timeout_s=0.5, total_timeout_s=5))
        elapsed = time.monotonic() - start
        assert result.error_kind == "timeout" and result.status is None
        assert 0.4 <= elapsed < 1.5
    finally:
        for sock in [*fillers, listener]:
            sock.close()
