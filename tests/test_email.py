"""E-mail delivery against a real aiosmtpd server on loopback (E1, E2, E4)."""

from __future__ import annotations

import email
import socket
import ssl
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from email.message import Message
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlite_utils import Database

from monitor.alerts.email import send_email
from monitor.alerts.outbox import deliver_due
from monitor.config import Settings
from monitor.store.channels import add_channel
from monitor.store.outbox import get_alert_uid, get_deliveries
from tests.alerts_helpers import T0, queue

SETTINGS = Settings()
ENV = {"SMTP_PASSWORD": "s3cret"}


class Collector:
    """An SMTP handler that answers DATA from a script and keeps what it accepted."""

    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.messages: list[Message] = []
        self.attempts = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.attempts += 1
        reply = self.replies.pop(0) if self.replies else "250 OK"
        if reply.startswith("250"):
            self.messages.append(email.message_from_bytes(envelope.content, policy=default_policy))
        return reply


class Authenticator:
    """Record every AUTH attempt; accept the test password."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        self.calls.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=data.password == b"s3cret")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made at test time with the openssl CLI."""
    folder = tmp_path_factory.mktemp("tls")
    crt, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                        "-keyout", str(key), "-out", str(crt)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot make a test certificate with openssl: {exc}")
    return crt, key


def server_context(cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert[0]), str(cert[1]))
    return context


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, Collector]]:
    """A plain SMTP server (no TLS) on loopback."""
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, handler
    controller.stop()


def add_email(db: Database, port: int, **options: Any) -> None:
    opts = {"host": "127.0.0.1", "port": port, "security": "none", "from": "monitor@alerts.example",
            "to": ["ops@example.org"], "timeout_s": 5, **options}
    add_channel(db, "mail", "email", opts, now=T0)


def senders() -> dict[str, Any]:
    return {"email": lambda ch, msg, st, now: send_email(ch, msg, st, now, environ=ENV)}


@pytest.mark.parametrize("code", ["421 Service not available", "451 Try again later"])
def test_transient_replies_retried_with_same_message_id(db: Database, smtp: tuple[Controller, Collector],
                                                        code: str) -> None:
    """4xx three times then 250: delivered once, every attempt with the same Message-ID (E1)."""
    controller, handler = smtp
    handler.replies = [code, code, code]
    add_email(db, controller.port)
    alert_id = queue(db)
    now = T0
    for _ in range(4):
        deliver_due(db, SETTINGS, now, senders=senders())
        now = get_deliveries(db)[0].next_attempt
    row = get_deliveries(db)[0]
    assert row.status == "delivered" and row.attempts == 4 and handler.attempts == 4
    assert len(handler.messages) == 1
    assert handler.messages[0]["Message-ID"] == f"<{get_alert_uid(db, alert_id)}@alerts.example>"


def test_permanent_reply_is_dead_lettered(db: Database, smtp: tuple[Controller, Collector]) -> None:
    """550 is not retried: the row goes to the dead letters (E1)."""
    controller, handler = smtp
    handler.replies = ["550 Mailbox unavailable"]
    add_email(db, controller.port)
    queue(db)
    summary = deliver_due(db, SETTINGS, T0, senders=senders())
    assert summary.dead == 1 and "550" in (get_deliveries(db)[0].last_error or "")
    deliver_due(db, SETTINGS, T0 + timedelta(days=2), senders=senders())
    assert handler.attempts == 1


def test_server_down_then_up(db: Database) -> None:
    """Nothing listens at first: the alert waits, and goes out once the server is back."""
    port = free_port()
    add_email(db, port)
    queue(db)
    assert deliver_due(db, SETTINGS, T0, senders=senders()).retried == 1
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        deliver_due(db, SETTINGS, get_deliveries(db)[0].next_attempt, senders=senders())
    finally:
        controller.stop()
    assert get_deliveries(db)[0].status == "delivered" and len(handler.messages) == 1


def test_starttls_not_offered_refuses_before_auth(db: Database) -> None:
    """A server without STARTTLS gets neither AUTH nor the message (E2: fail closed)."""
    handler, auth = Collector(), Authenticator()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), authenticator=auth,
                            auth_require_tls=False)
    controller.start()
    try:
        add_email(db, controller.port, security="starttls", username="ops", password_env="SMTP_PASSWORD")
        queue(db)
        summary = deliver_due(db, SETTINGS, T0, senders=senders())
    finally:
        controller.stop()
    assert summary.retried == 1 and auth.calls == [] and handler.attempts == 0
    assert "STARTTLS" in (get_deliveries(db)[0].last_error or "")


def test_self_signed_refused_by_default(db: Database, cert: tuple[Path, Path]) -> None:
    """STARTTLS with a self-signed certificate is refused when nothing says to trust it (E2)."""
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(),
                            tls_context=server_context(cert))
    controller.start()
    try:
        add_email(db, controller.port, security="starttls")
        queue(db)
        deliver_due(db, SETTINGS, T0, senders=senders())
    finally:
        controller.stop()
    assert handler.attempts == 0
    assert "certificate" in (get_deliveries(db)[0].last_error or "").lower()


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_trusted_certificate_and_login(db: Database, cert: tuple[Path, Path], security: str) -> None:
    """With the certificate configured as trusted, STARTTLS or implicit TLS logs in and delivers (E2)."""
    handler, auth = Collector(), Authenticator()
    kwargs: dict[str, Any] = ({"tls_context": server_context(cert)} if security == "starttls"
                              else {"ssl_context": server_context(cert)})
    # aiosmtpd counts only STARTTLS as TLS for auth_require_tls; implicit TLS is TLS from the start.
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), authenticator=auth,
                            auth_require_tls=security == "starttls", **kwargs)
    controller.start()
    try:
        add_email(db, controller.port, security=security, cafile=str(cert[0]), username="ops",
                  password_env="SMTP_PASSWORD")
        queue(db)
        summary = deliver_due(db, SETTINGS, T0, senders=senders())
    finally:
        controller.stop()
    assert summary.delivered == 1, get_deliveries(db)[0].last_error
    assert auth.calls == [("ops", "s3cret")] and len(handler.messages) == 1


@pytest.mark.parametrize("title", [
    "Kandahar falls\r\nBcc: victim@example.org",
    "x" * 10_000,
    "طالبان تسيطر على قندهار \u202eevil",
    "🏳️ Kandahar 🇦🇫 falls",
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
])
def test_hostile_titles_deliver_with_one_line_subject(db: Database, smtp: tuple[Controller, Collector],
                                                      title: str) -> None:
    """CR/LF, 10 kB, RTL, emoji or markup in the title: delivered, subject on one line, HTML escaped (E4)."""
    controller, handler = smtp
    add_email(db, controller.port)
    queue(db, place=title, title=title)
    assert deliver_due(db, SETTINGS, T0, senders=senders()).delivered == 1
    msg = handler.messages[0]
    subject = str(msg["Subject"])
    assert "\n" not in subject and "\r" not in subject and len(subject) <= 180
    assert msg["Bcc"] is None
    html_part = msg.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert "<script" not in html and "onerror=" not in html
