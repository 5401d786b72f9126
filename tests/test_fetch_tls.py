"""TLS (F10): a self-signed certificate is refused unless the feed opts out; no https→http downgrade."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.fetchkit import RSS, fetch
from tests.loopback import LoopbackServer


class _TLSServer:
    """A tiny HTTPS server on 127.0.0.1 with a self-signed certificate."""

    def __init__(self, cert: Path, key: Path, redirect_to: list[str]) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/downgrade":
                    self.send_response(301)
                    self.send_header("Location", redirect_to[0])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(RSS)))
                self.end_headers()
                self.wfile.write(RSS)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"https://127.0.0.1:{self.port}{path}"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[_TLSServer, list[str]]]:
    """Start an HTTPS server with a certificate made at test time by openssl."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    redirect_to = [""]
    server = _TLSServer(cert, key, redirect_to)
    yield server, redirect_to
    server.httpd.shutdown()
    server.httpd.server_close()


def test_self_signed_certificate_is_refused(tls_server: tuple[_TLSServer, list[str]]) -> None:
    """Certificates are verified by default: a self-signed one fails with a tls error."""
    server, _ = tls_server
    result = fetch(server.url("/feed.xml"), allow_private=True)
    assert result.error_kind == "tls" and result.body is None


def test_feed_can_opt_out_of_verification(tls_server: tuple[_TLSServer, list[str]]) -> None:
    """A feed marked verify_tls = false accepts the self-signed certificate."""
    server, _ = tls_server
    result = fetch(server.url("/feed.xml"), allow_private=True, verify_tls=False)
    assert result.status == 200 and result.body == RSS


def test_https_to_http_redirect_is_refused(tls_server: tuple[_TLSServer, list[str]],
                                           server: LoopbackServer) -> None:
    """A redirect from https to plain http is not followed."""
    https, redirect_to = tls_server
    redirect_to[0] = server.route("/plain.xml", RSS)
    result = fetch(https.url("/downgrade"), allow_private=True, verify_tls=False)
    assert result.error_kind == "redirect" and "https to http" in (result.error or "")
    assert server.requests == []
