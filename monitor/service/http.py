"""Serve health, metrics, the alert feed, a JSON API and the status page over HTTP (I/O glue).

    GET /healthz      200 when the scheduler runs, the store answers and the heartbeat is fresh
    GET /metrics      Prometheus text format
    GET /alerts.atom  Atom feed of the latest alerts
    GET /api/cities   JSON: watched cities, controller, since, evidence
    GET /api/alerts   JSON: latest alerts (?limit=N, at most 500)
    GET /api/feeds    JSON: feed health
    GET /             the status page (HTML, no JavaScript)
    GET /city/<id>    one watched city: who holds it, a map around it, its whole history

Each request opens its own read-only connection to the store, so a slow page never holds a
lock the daemon needs and a missing store file is reported instead of created.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from monitor.config import Settings
from monitor.errors import ConfigError, StoreError
from monitor.service import metrics, queries
from monitor.service.atom import render_atom
from monitor.service.notify import store_answers
from monitor.service.page import render_city_page, render_status_page
from monitor.service.views import to_json
from monitor.store.db import Store, open_store

log = logging.getLogger(__name__)
# Heartbeat older than this: unhealthy. The daemon writes one every 15 s; 90 s is six missed
# beats, which rides out one write that waited its full busy timeout (S3: a few missed intervals).
DEFAULT_STALE_AFTER_S = 90.0
_CITY = re.compile(r"^/city/(\d{1,18})$")
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def parse_address(address: str) -> tuple[str, int]:
    """Split "host:port" ("127.0.0.1:8477", "[::1]:8477", ":8477" = loopback) into its parts."""
    text = address.strip()
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise ConfigError("<settings>", "http.address", f"expected HOST:PORT, got {address!r}")
    host = host.strip("[]") or "127.0.0.1"
    return host, int(port)


@contextmanager
def open_read_only(db_path: str | Path) -> Iterator[Store]:
    """Open the store (a file or a postgresql:// URL) read-only for one request.

    Raises StoreError (or sqlite3.Error) when it cannot.
    """
    db = open_store(db_path, read_only=True)
    try:
        yield db
    finally:
        db.close()


def _host_port(server: Any) -> tuple[str, int]:
    address = server.server_address
    return str(address[0]), int(address[1])


@dataclass
class ServerHandle:
    """A running HTTP server: where it listens, and how to stop it."""

    server: ThreadingHTTPServer
    thread: threading.Thread
    host: str = field(init=False)
    port: int = field(init=False)

    def __post_init__(self) -> None:
        self.host, self.port = _host_port(self.server)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def stop(self) -> None:
        """Stop accepting requests and close the socket (requests in flight finish on their own)."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@dataclass(frozen=True)
class Health:
    """The answer of /healthz."""

    ok: bool
    scheduler: bool
    store: bool
    heartbeat: datetime | None
    reasons: tuple[str, ...]
    deliveries: dict[str, int] = field(default_factory=dict)  # outbox rows by status (S3)
    feeds_failing: int | None = None

    def as_json(self, now: datetime) -> dict[str, Any]:
        age = (now - self.heartbeat).total_seconds() if self.heartbeat else None
        return {"status": "ok" if self.ok else "unhealthy", "scheduler": self.scheduler,
                "store": self.store, "heartbeat": to_json(self.heartbeat),
                "heartbeat_age_s": round(age, 1) if age is not None else None,
                "reasons": list(self.reasons), "deliveries": self.deliveries,
                "feeds_failing": self.feeds_failing}


def check_health(db_path: str | Path, is_running: Callable[[], bool], now: datetime,
                 stale_after_s: float = DEFAULT_STALE_AFTER_S) -> Health:
    """Decide whether the service is healthy: scheduler running, store answering, heartbeat fresh."""
    reasons = []
    try:
        running = bool(is_running())
    except Exception:  # a broken probe means we cannot vouch for the scheduler
        log.exception("is_running probe failed")
        running = False
    if not running:
        reasons.append("scheduler not running")
    heartbeat, deliveries, failing = None, {}, None
    try:
        with open_read_only(db_path) as db:
            answers = store_answers(db)
            if answers:
                heartbeat = queries.get_heartbeat(db)
                deliveries = queries.get_delivery_counts(db)
                failing = queries.count_rows(db, "feeds", "WHERE error_count > 0 AND disabled = 0")
    except (sqlite3.Error, StoreError) as exc:
        answers = False
        reasons.append(f"store: {exc}")
    if not answers and not any(r.startswith("store") for r in reasons):
        reasons.append("store does not answer")
    if heartbeat is not None and (now - heartbeat).total_seconds() > stale_after_s:
        reasons.append(f"heartbeat older than {int(stale_after_s)} s")
    return Health(not reasons, running, answers, heartbeat, tuple(reasons), deliveries, failing)


def _make_handler(db_path: Path, is_running: Callable[[], bool], clock: Callable[[], datetime],
                  stale_after_s: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "monitor"
        sys_version = ""
        timeout = 30  # a client that opens a connection and sends nothing does not keep a thread

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("http %s %s", self.address_string(), format % args)

        def do_HEAD(self) -> None:
            self._dispatch(head=True)

        def do_GET(self) -> None:
            self._dispatch(head=False)

        def _other(self) -> None:
            self._send(405, b"method not allowed\n", "text/plain; charset=utf-8", {"Allow": "GET, HEAD"})

        do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _other

        def _send(self, status: int, body: bytes, content_type: str,
                  extra: dict[str, str] | None = None, head: bool = False) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in {**SECURITY_HEADERS, **(extra or {})}.items():
                self.send_header(key, value)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _json(self, status: int, value: Any, head: bool) -> None:
            body = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
            self._send(status, body, "application/json; charset=utf-8", head=head)

        def _base_url(self) -> str:
            host = self.headers.get("Host", "")
            if _HOST.match(host):
                return f"http://{host}"
            own_host, own_port = _host_port(self.server)
            return f"http://[{own_host}]:{own_port}" if ":" in str(own_host) else f"http://{own_host}:{own_port}"

        def _dispatch(self, head: bool) -> None:
            url = urlsplit(self.path)
            now = clock()
            try:
                if url.path == "/healthz":
                    health = check_health(db_path, is_running, now, stale_after_s)
                    self._json(200 if health.ok else 503, health.as_json(now), head)
                    return
                route = ROUTES.get(url.path)
                if route is None and _CITY.match(url.path):
                    route = Handler.city
                if route is None:
                    self._send(404, b"not found\n", "text/plain; charset=utf-8", head=head)
                    return
                with open_read_only(db_path) as db:
                    route(self, db, now, parse_qs(url.query), head)
            except (sqlite3.Error, StoreError) as exc:
                log.warning("http %s: store unavailable: %s", url.path, exc)
                self._send(503, b"store unavailable\n", "text/plain; charset=utf-8", head=head)
            except (BrokenPipeError, ConnectionResetError):
                pass
            except Exception:
                log.exception("http %s failed", url.path)
                self._send(500, b"internal error\n", "text/plain; charset=utf-8", head=head)

        def page(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            html = render_status_page(queries.get_status_view(db, now))
            self._send(200, html.encode("utf-8"), "text/html; charset=utf-8", head=head)

        def city(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            match = _CITY.match(urlsplit(self.path).path)
            found = queries.get_city_views(db, int(match.group(1)), history=1000) if match else []
            if not found:
                self._send(404, b"no such city\n", "text/plain; charset=utf-8", head=head)
                return
            html = render_city_page(found[0], now, cities=queries.get_city_views(db, history=0))
            self._send(200, html.encode("utf-8"), "text/html; charset=utf-8", head=head)

        def metrics(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            text = metrics.render_metrics(db, now, store_up=store_answers(db))
            self._send(200, text.encode("utf-8"), "text/plain; version=0.0.4; charset=utf-8", head=head)

        def atom(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            body = render_atom(queries.get_alert_views(db, _limit(q, 50)), base_url=self._base_url(),
                               now=now)
            self._send(200, body, "application/atom+xml; charset=utf-8", head=head)

        def cities(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            self._json(200, to_json(queries.get_city_views(db)), head)

        def alerts(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            self._json(200, to_json(queries.get_alert_views(db, _limit(q, 50))), head)

        def feeds(self, db: Store, now: datetime, q: dict[str, list[str]], head: bool) -> None:
            self._json(200, to_json(queries.get_feed_views(db)), head)

    ROUTES: dict[str, Callable[..., None]] = {
        "/": Handler.page, "/index.html": Handler.page, "/metrics": Handler.metrics,
        "/alerts.atom": Handler.atom, "/api/cities": Handler.cities, "/api/alerts": Handler.alerts,
        "/api/feeds": Handler.feeds,
    }
    return Handler


def _limit(q: dict[str, list[str]], default: int) -> int:
    try:
        return max(1, min(500, int(q.get("limit", [default])[0])))
    except ValueError:
        return default


def start_http_server(settings: Settings, db_path: str | Path, *, is_running: Callable[[], bool],
                      address: str | None = None, stale_after_s: float = DEFAULT_STALE_AFTER_S,
                      clock: Callable[[], datetime] | None = None) -> ServerHandle:
    """Start the endpoint in a daemon thread on `address` (default: settings.http_address).

    Port 0 picks a free port (tests); the handle says which. Raises ConfigError for a bad
    address and OSError when the port cannot be bound.
    """
    host, port = parse_address(address if address is not None else settings.http_address)
    handler = _make_handler(Path(db_path), is_running, clock or (lambda: datetime.now(UTC)),
                            stale_after_s)
    server = (_Server6 if ":" in host else _Server)((host, port), handler)
    # A short poll interval lets stop() return quickly (shutdown waits for one poll).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="monitor-http", daemon=True)
    thread.start()
    handle = ServerHandle(server, thread)
    log.info("http endpoint listening on %s", handle.url)
    return handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class _Server6(_Server):
    address_family = socket.AF_INET6
