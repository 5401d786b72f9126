"""Fetch feeds and pages politely and defensively: one shared client, every limit enforced here.

What a fetch promises (issue 2, RELIABILITY.md §1 F1–F11):
- conditional GET echoing the stored ETag / Last-Modified byte for byte; no cookies kept;
- redirects followed by hand (at most settings.max_redirects, loops and https→http refused);
  a chain made only of 301/308 reports `permanent_url`;
- the body is decoded from the raw stream in bounded steps and counted AFTER decompression,
  so a gzip bomb stops at settings.max_body_bytes;
- one wall-clock deadline for the whole fetch (httpx's timeouts are per phase, and a server
  dripping a byte at a time never trips them);
- the SSRF guard (netguard.py) checks the resolved address at connect time, redirects included;
- `fetch_feed` never raises: every failure is a FetchResult with `error` and `error_kind`.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import functools
import http.cookiejar
import ssl
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from monitor import USER_AGENT
from monitor.config import Settings
from monitor.errors import BlockedAddressError, FetchError
from monitor.feeds.body import ACCEPT_ENCODING, read_body
from monitor.feeds.netguard import GuardedBackend, IPNetwork, parse_networks
from monitor.model import Feed, FetchResult

_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, " \
          "text/xml;q=0.9, */*;q=0.5"
_POLICY_KEY = "monitor_policy"  # request extension carrying (allow_private, verify_tls)

_ACCEPT_ENCODING = ACCEPT_ENCODING


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """Refuse every cookie: a feed reader sends none back (Rachel Kroll's feed reader score)."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


class _PolicyTransport(httpx.AsyncBaseTransport):
    """Route each request to a pool of its own origin and (allow_private, verify_tls) policy.

    Pools are separate so a connection opened under an opt-in is never reused for a feed
    without it. Each pool's network backend is the SSRF guard. One pool per origin: httpcore
    scans every connection of a pool for each request, and one shared pool either closed the
    connections of 20 hosts polled together (255 connects for 300 feeds on 20 hosts) or, kept
    open, cost more in scanning than the connects (issue 11). The least recently used pools
    beyond MAX_POOLS are closed once no request is under way in them.
    """

    MAX_POOLS = 256

    def __init__(self, settings: Settings, allow_networks: tuple[IPNetwork, ...]) -> None:
        self.settings = settings
        self.allow_networks = allow_networks
        self.pools: OrderedDict[tuple[bool, bool, bytes, bytes, int | None], httpx.AsyncHTTPTransport] = \
            OrderedDict()

    def _new_pool(self, allow_private: bool, verify_tls: bool) -> httpx.AsyncHTTPTransport:
        per_origin = max(self.settings.per_host, 1) * 2  # feeds and full-text pages of one host
        limits = httpx.Limits(max_connections=per_origin, max_keepalive_connections=per_origin)
        # verify=False only spares building a context that the pool below replaces.
        transport = httpx.AsyncHTTPTransport(verify=False, limits=limits, trust_env=False)
        context = _verified_context() if verify_tls else _insecure_context()
        # httpx has no public hook for the network backend: replace its pool with one that
        # uses the guard (same settings as AsyncHTTPTransport would have used).
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=context, max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, http1=True, http2=False,
            network_backend=GuardedBackend(allow_private, self.allow_networks))
        return transport

    async def _pool(self, request: httpx.Request) -> httpx.AsyncHTTPTransport:
        allow_private, verify_tls = request.extensions.get(_POLICY_KEY, (False, True))
        allow_private = allow_private or self.settings.allow_private
        url = request.url
        key = (allow_private, verify_tls, url.raw_scheme, url.raw_host, url.port)
        transport = self.pools.get(key)
        if transport is None:
            transport = self.pools[key] = self._new_pool(allow_private, verify_tls)
            await self._close_idle_pools()
        else:
            self.pools.move_to_end(key)
        return transport

    async def _close_idle_pools(self) -> None:
        """Close the least recently used pools beyond MAX_POOLS, none with a request under way."""
        for key in list(self.pools)[:max(0, len(self.pools) - self.MAX_POOLS)]:
            pool = self.pools[key]
            if all(c.is_idle() for c in pool._pool.connections):  # idle or closed: nothing in flight
                del self.pools[key]
                await pool.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await (await self._pool(request)).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self.pools.values():
            await transport.aclose()


@functools.cache
def _verified_context() -> ssl.SSLContext:
    """Return the process-wide verifying TLS context (loading the CA bundle costs ~30 ms)."""
    return httpx.create_ssl_context(verify=True)


@functools.cache
def _insecure_context() -> ssl.SSLContext:
    """Return a TLS context that accepts any certificate (per-feed verify_tls = false only)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def make_client(settings: Settings, *, allow_networks: Iterable[str] = ()) -> httpx.AsyncClient:
    """Return the one shared client: our User-Agent, no cookies, no automatic redirects.

    `allow_networks` (CIDR strings) are always allowed by the SSRF guard, whatever the feed
    says; tests use it to allow only their own 127.0.0.1 server.
    """
    timeout = httpx.Timeout(settings.total_timeout_s, connect=settings.connect_timeout_s)
    return httpx.AsyncClient(
        transport=_PolicyTransport(settings, parse_networks(allow_networks)),
        headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": _ACCEPT_ENCODING},
        cookies=http.cookiejar.CookieJar(policy=_NoCookies()),
        follow_redirects=False, timeout=timeout, trust_env=False,
    )


class HostLimiter:
    """Hold at most `per_host` fetches at once to any one host."""

    def __init__(self, per_host: int) -> None:
        self.per_host = max(1, per_host)
        self._semaphores: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def hold(self, url: str) -> AsyncIterator[None]:
        """Wait for a free slot on the URL's host, and keep it for the `async with` block."""
        host = (urlsplit(url).hostname or "").lower()
        semaphore = self._semaphores.setdefault(host, asyncio.Semaphore(self.per_host))
        async with semaphore:
            yield


async def fetch_feed(client: httpx.AsyncClient, feed: Feed, settings: Settings, now: datetime,
                     *, limiter: HostLimiter | None = None) -> FetchResult:
    """Fetch `feed` with a conditional GET; return what happened, never raise."""
    conditional: dict[bytes, bytes] = {}
    if feed.etag:
        conditional[b"If-None-Match"] = _header_bytes(feed.etag)
    if feed.last_modified:
        conditional[b"If-Modified-Since"] = _header_bytes(feed.last_modified)
    return await _fetch(client, feed.url, settings, now, conditional, feed.allow_private,
                        feed.verify_tls, limiter)


async def fetch_page(client: httpx.AsyncClient, url: str, settings: Settings, now: datetime, *,
                     allow_private: bool = False, verify_tls: bool = True,
                     limiter: HostLimiter | None = None) -> FetchResult:
    """Fetch an article page (for full text) under the same limits; never raise."""
    return await _fetch(client, url, settings, now, {}, allow_private, verify_tls, limiter)


async def _fetch(client: httpx.AsyncClient, url: str, settings: Settings, now: datetime,
                 conditional: Mapping[bytes, bytes], allow_private: bool, verify_tls: bool,
                 limiter: HostLimiter | None) -> FetchResult:
    """Run one fetch under the host limit and the total deadline, translating every failure."""
    state = _State(url)
    try:
        async with limiter.hold(url) if limiter else contextlib.nullcontext():
            async with asyncio.timeout(settings.total_timeout_s):
                return await _follow(client, state, settings, now, conditional,
                                     (allow_private, verify_tls))
    except TimeoutError:
        return state.failed(now, f"total deadline of {settings.total_timeout_s:g} s exceeded", "timeout")
    except BlockedAddressError as exc:
        return state.failed(now, f"blocked: {str(exc).split(': ', 1)[-1]}", "blocked")
    except FetchError as exc:
        return state.failed(now, str(exc).split(": ", 1)[-1], exc.kind)
    except httpx.TimeoutException as exc:
        return state.failed(now, f"{type(exc).__name__}: {exc}".rstrip(": "), "timeout")
    except httpx.HTTPError as exc:
        message = f"{type(exc).__name__}: {exc}".rstrip(": ")
        kind = "tls" if "CERTIFICATE_VERIFY_FAILED" in message or "SSL" in message else "network"
        return state.failed(now, message, kind)
    except Exception as exc:  # the promise is "never raises": log-worthy, but a result
        return state.failed(now, f"unexpected {type(exc).__name__}: {exc}", "error")


class _State:
    """What we know so far about one fetch, so a failure can still report it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.current = url
        self.status: int | None = None
        self.permanent: bool = True
        self.hops = 0

    def failed(self, now: datetime, error: str, kind: str, **extra: Any) -> FetchResult:
        return FetchResult(url=self.url, final_url=self.current, status=self.status, fetched=now,
                           error=error, error_kind=kind, **extra)


async def _follow(client: httpx.AsyncClient, state: _State, settings: Settings, now: datetime,
                  conditional: Mapping[bytes, bytes], policy: tuple[bool, bool]) -> FetchResult:
    """Request, follow redirects by hand, and read the final body."""
    seen = {state.current}
    while True:
        request = client.build_request("GET", state.current, headers=dict(conditional),
                                       extensions={_POLICY_KEY: policy})
        response = await client.send(request, stream=True)
        try:
            state.status = response.status_code
            if response.status_code in _REDIRECTS and "location" in response.headers:
                target = urljoin(state.current, response.headers["location"].strip())
                reason = _refuse_redirect(state.current, target, seen, state.hops, settings)
                if reason:
                    return state.failed(now, reason[0], reason[1])
                state.permanent = state.permanent and response.status_code in _PERMANENT
                state.hops += 1
                state.current = target
                seen.add(target)
                continue
            return await _finish(response, state, settings, now)
        finally:
            await response.aclose()


def _refuse_redirect(current: str, target: str, seen: set[str], hops: int,
                     settings: Settings) -> tuple[str, str] | None:
    """Return (reason, kind) when a redirect must not be followed."""
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        return f"redirect to a non-HTTP URL: {target}", "redirect"
    if urlsplit(current).scheme.lower() == "https" and scheme == "http":
        return f"redirect from https to http refused: {target}", "redirect"
    if target in seen:
        return f"redirect loop at {target}", "redirect"
    if hops >= settings.max_redirects:
        return f"more than {settings.max_redirects} redirects", "redirect"
    return None


async def _finish(response: httpx.Response, state: _State, settings: Settings,
                  now: datetime) -> FetchResult:
    """Turn the final response into a FetchResult, reading the body only for a 2xx."""
    headers = tuple((k, v) for k, v in response.headers.multi_items())
    common: dict[str, Any] = {
        "url": state.url, "final_url": state.current, "status": response.status_code, "fetched": now,
        "content_type": response.headers.get("content-type"),
        "etag": _raw_header(response, b"etag"), "last_modified": _raw_header(response, b"last-modified"),
        "permanent_url": state.current if state.hops and state.permanent else None,
        "headers": headers,
    }
    status = response.status_code
    if status == 304:
        # A 304 has no body; reading the (empty) rest lets httpx return the connection to the
        # pool, so a cycle of 1,000 unchanged feeds reuses connections instead of reconnecting.
        await response.aread()
        return FetchResult(**common)
    if 200 <= status < 300:
        body = await read_body(response, settings.max_body_bytes)
        return FetchResult(body=body, **common)
    retry_after = None
    if status in (429, 503) and "retry-after" in response.headers:
        retry_after = parse_retry_after(response.headers["retry-after"], now, settings.max_retry_after_s)
    if status in _REDIRECTS:
        error, kind = f"HTTP {status} without a Location header", "redirect"
    else:
        error, kind = f"HTTP {status} {response.reason_phrase}".rstrip(), "http_status"
    return FetchResult(retry_after_s=retry_after, error=error, error_kind=kind, **common)


def _raw_header(response: httpx.Response, name: bytes) -> str | None:
    """Return a header exactly as sent, one character per byte (Latin-1), for a byte-exact echo."""
    for key, value in response.headers.raw:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _header_bytes(value: str) -> bytes:
    """Encode a stored validator back to the bytes the server sent (see _raw_header)."""
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:  # stored by something else, as real Unicode
        return value.encode("utf-8")


def parse_retry_after(value: str, now: datetime, cap_s: float) -> float | None:
    """Return the Retry-After delay in seconds (delta-seconds or an HTTP date), capped at `cap_s`."""
    text = value.strip()
    if text.isdigit():
        seconds = float(text)
    else:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), float(cap_s))
