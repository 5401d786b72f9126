"""Logging: one human line or one JSON object per event, and no secret ever written."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from monitor.config import ChannelConfig, Settings
from monitor.service.logs import REDACTED, redact, secret_values, setup_logging

SMTP_PASSWORD = "Tr0ub4dor&3-smtp"
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
API_TOKEN = "tok-7a1c9e55d2b04f3e"
ENV = {"H6_SMTP_PW": SMTP_PASSWORD, "H6_HOOK": WEBHOOK_SECRET, "APPRISE_API_TOKEN": API_TOKEN,
       "HOME": "/home/someone"}


def make_settings(log_format: str) -> Settings:
    """Settings whose channels name their secrets by environment variable, as the config does."""
    return Settings(log_format=log_format, channels=(
        ChannelConfig("desk", "email", {"host": "smtp.example.org", "password_env": "H6_SMTP_PW"}),
        ChannelConfig("hook", "webhook", {"url": "https://hooks.example.org/x", "secret_env": "H6_HOOK"}),
    ))


@pytest.fixture
def capture() -> Iterator[tuple[io.StringIO, list[logging.Handler]]]:
    """A stream for setup_logging, and the root logger restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    installed: list[logging.Handler] = []
    yield stream, installed
    for handler in installed:
        root.removeHandler(handler)
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)


def log_everything_secret(log: logging.Logger) -> None:
    """Emit records that carry secrets in every place a secret can hide."""
    log.info("login to smtp with password %s", SMTP_PASSWORD)
    log.warning("signing with %s", WEBHOOK_SECRET)
    log.info("request headers %s", {"Authorization": f"Bearer {API_TOKEN}", "Accept": "*/*"})
    log.info("fetching https://alice:%s@feeds.example.org/private.xml", SMTP_PASSWORD)
    log.info("GET https://api.example.org/v1?api_key=%s&q=kabul", API_TOKEN)
    log.info("channel options", extra={"options": f"password={SMTP_PASSWORD}"})
    try:
        raise RuntimeError(f"SMTP AUTH failed for secret {SMTP_PASSWORD}")
    except RuntimeError:
        log.exception("delivery failed")


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_no_secret_is_ever_written(capture: tuple[io.StringIO, list[logging.Handler]],
                                   log_format: str) -> None:
    """Secrets in messages, arguments, headers, URLs, extras and tracebacks come out redacted."""
    stream, installed = capture
    installed.append(setup_logging(make_settings(log_format), stream=stream, environ=ENV))
    log_everything_secret(logging.getLogger("monitor.test"))
    output = stream.getvalue()
    assert output.count("\n") >= 7
    for secret in (SMTP_PASSWORD, WEBHOOK_SECRET, API_TOKEN, WEBHOOK_SECRET.removeprefix("whsec_"),
                   json.dumps(SMTP_PASSWORD)[1:-1]):
        assert secret not in output
    assert output.count(REDACTED) >= 7
    assert "feeds.example.org/private.xml" in output  # the rest of the line is kept
    assert "q=kabul" in output


def test_json_lines_are_one_object_per_event(capture: tuple[io.StringIO, list[logging.Handler]]) -> None:
    """With log_format = "json", each line is a JSON object with ts, level, logger and msg."""
    stream, installed = capture
    installed.append(setup_logging(make_settings("json"), stream=stream, environ=ENV))
    log = logging.getLogger("monitor.daemon.cycle")
    log.info("polled %d feeds", 3, extra={"duration_s": 1.5})
    log.warning("title with\nnewline and \"quotes\"")
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        log.exception("boom")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert records[0]["msg"] == "polled 3 feeds"
    assert records[0]["level"] == "info" and records[0]["logger"] == "monitor.daemon.cycle"
    assert records[0]["duration_s"] == 1.5
    assert records[0]["ts"].endswith("Z")
    assert records[1]["msg"] == "title with\nnewline and \"quotes\""
    assert "ZeroDivisionError" in records[2]["exc"]


def test_text_is_one_line_per_event(capture: tuple[io.StringIO, list[logging.Handler]]) -> None:
    """In text format a CR/LF in a message cannot forge a second line, and exceptions stay on it."""
    stream, installed = capture
    installed.append(setup_logging(make_settings("text"), stream=stream, environ=ENV))
    log = logging.getLogger("monitor.feeds")
    log.info("feed title: Kabul\r\n2021-08-15T00:00:00Z ERROR forged line")
    try:
        raise ValueError("bad\nvalue")
    except ValueError:
        log.exception("parse failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert "INFO" in lines[0] and "monitor.feeds: feed title: Kabul\\r\\n2021" in lines[0]
    assert "(ValueError: bad\\nvalue)" in lines[1]


def test_setup_twice_installs_one_handler(capture: tuple[io.StringIO, list[logging.Handler]]) -> None:
    """Calling setup_logging again replaces its handler instead of doubling every line."""
    stream, installed = capture
    installed.append(setup_logging(make_settings("text"), stream=io.StringIO(), environ=ENV))
    installed.append(setup_logging(make_settings("text"), stream=stream, environ=ENV))
    logging.getLogger("monitor").warning("once")
    assert stream.getvalue().count("once") == 1


def test_secret_values_come_from_env_keys_and_secret_names() -> None:
    """The *_env keys of the config and variables named like secrets are collected; others not."""
    values = secret_values(make_settings("text"), ENV)
    assert set(values) == {SMTP_PASSWORD, WEBHOOK_SECRET, API_TOKEN}


@pytest.mark.parametrize(("text", "hidden", "kept"), [
    ("Authorization: Basic YWxpY2U6czNjcjN0", "YWxpY2U6czNjcjN0", "Authorization:"),
    ("{'authorization': 'Bearer abc.def.ghi'}", "abc.def.ghi", "authorization"),
    ("proxy-authorization=Digest xyz123", "xyz123", "proxy-authorization"),
    ("sent with bearer eyJhbGciOiJIUzI1NiJ9.e30.x", "eyJhbGciOiJIUzI1NiJ9", "sent with bearer"),
    ("secret is whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD", "C2FVsBQIhrscChlQIMV", "secret is whsec_"),
    ("smtp://user:pa55word@mail.example.org:587", "pa55word", "mail.example.org:587"),
    ("https://x.example/feed?token=abcdef123&lang=fr", "abcdef123", "lang=fr"),
    ("password = 'hunter2'", "hunter2", "password"),
])
def test_redact_patterns(text: str, hidden: str, kept: str) -> None:
    """Each secret-looking value is replaced while its label and the rest stay readable."""
    out = redact(text)
    assert hidden not in out
    assert kept in out
    assert REDACTED in out


@pytest.mark.parametrize("text", [
    "basic authentication is not offered by smtp.example.org",
    "polled 12 feeds in 3.2 s, 0 errors",
    "https://www.example.org/news/2021/08/kabul?page=2",
    "Kandahar: Afghan government → Taliban",
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    """Messages without secrets come out unchanged."""
    assert redact(text) == text
