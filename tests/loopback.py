"""A real HTTP server on 127.0.0.1 for tests: routes are registered per test, requests recorded.

    server.route("/feed.xml", body=b"<rss…>", headers={"ETag": '"v1"'})
    server.route("/slow", handler=lambda req: ...)   # returns a Reply, or writes itself
    server.requests  # every request received, in order

A handler gets the RecordedRequest and the raw BaseHTTPRequestHandler and returns a Reply (or
None after writing the response itself, e.g. to drip bytes slowly).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


Handler = Callable[[RecordedRequest, BaseHTTPRequestHandler], "Reply | None"]


class _QuietHTTPServer(ThreadingHTTPServer):
    """Says nothing when a client resets its connection before sending a request.

    Clients that are killed or time out do that on purpose in these tests; the default traceback
    lands in whichever test's output is being captured, or, under pytest-xdist, between tests
    on the terminal. Any other error is printed as before.
    """

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class LoopbackServer:
    """A threaded HTTP/1.1 server on an ephemeral 127.0.0.1 port."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler | Reply] = {}
        self.requests: list[RecordedRequest] = []
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if len(body) < length:
                    # The client went away mid-body (e.g. killed): like any HTTP server, do not
                    # hand a truncated request to the application.
                    self.close_connection = True
                    return
                req = RecordedRequest(self.command, self.path,
                                      {k.lower(): v for k, v in self.headers.items()}, body,
                                      time.monotonic())
                with server.lock:
                    server.requests.append(req)
                    server.active += 1
                    server.max_active = max(server.max_active, server.active)
                finished = False

                def done() -> None:
                    nonlocal finished
                    if not finished:
                        finished = True
                        with server.lock:
                            server.active -= 1

                try:
                    route = server.routes.get(self.path) or server.routes.get(
                        self.path.split("?", 1)[0])
                    if route is None:
                        reply: Reply | None = Reply(404, b"not found")
                    elif isinstance(route, Reply):
                        reply = route
                    else:
                        reply = route(req, self)
                    done()  # before the reply is sent: once the client has read it, it may send the next
                    if reply is not None:
                        self.send_response(reply.status)
                        for k, v in reply.headers.items():
                            self.send_header(k, v)
                        if "Content-Length" not in reply.headers:
                            self.send_header("Content-Length", str(len(reply.body)))
                        self.end_headers()
                        if self.command != "HEAD":
                            self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    done()

            do_GET = do_POST = do_HEAD = do_PUT = _serve

        self.httpd = _QuietHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: bytes | str = b"", status: int = 200,
              headers: dict[str, str] | None = None, handler: Handler | None = None) -> str:
        """Register a static reply or a handler at `path`; return its full URL."""
        if handler is not None:
            self.routes[path] = handler
        else:
            data = body.encode() if isinstance(body, str) else body
            self.routes[path] = Reply(status, data, dict(headers or {}))
        return self.url(path)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def reset(self) -> None:
        self.routes.clear()
        self.requests.clear()
        self.max_active = 0

    def start(self) -> LoopbackServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
