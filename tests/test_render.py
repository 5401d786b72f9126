"""Rendering alerts: one-line subjects, escaped HTML, stable ids, webhook JSON (pure)."""

from __future__ import annotations

import json
import re

import feedparser
import pytest

from monitor.alerts.render import (
    Outgoing,
    describe,
    escape_html,
    one_line,
    render_email,
    render_html,
    render_subject,
    render_text,
    render_webhook,
    safe_link,
)
from tests.alerts_helpers import T0, payload
from tests.conftest import SHARED

SANITIZE = SHARED / "feeds" / "malformed" / "feedparser" / "wellformed" / "sanitize"
DANGEROUS = re.compile(r"(?i)<script|<iframe|javascript:|\son[a-z]+\s*=")


@pytest.mark.parametrize("kind,extra,subject", [
    ("change", {}, "Kandahar (AF): Afghan government → Taliban (unconfirmed)"),
    ("change", {"status": "confirmed"}, "Kandahar (AF): Afghan government → Taliban"),
    ("change", {"status": "confirmed", "retake": True},
     "Kandahar (AF): Afghan government → Taliban (retaken)"),
    ("change", {"status": "confirmed", "previous": None}, "Kandahar (AF): unknown → Taliban"),
    ("confirmed", {"outlets": 4}, "Kandahar (AF): Afghan government → Taliban confirmed by 4 outlets"),
    ("collapsed", {"note": "denied"},
     "Kandahar (AF): Afghan government → Taliban no longer supported (denied)"),
])
def test_headlines(kind: str, extra: dict[str, object], subject: str) -> None:
    """Each alert kind has its one-line headline."""
    assert describe(payload(kind=kind, **extra)) == subject


@pytest.mark.parametrize("text,expected", [
    ("a\r\nb", "a b"), ("a\u2028b\u2029c\x85d", "a b c d"), ("  spaced\t\tout ", "spaced out"),
    ("rtl \u202eevil", "rtl evil"), ("x" * 500, "x" * 179 + "…"), (None, ""), ("🇦🇫 flag", "🇦🇫 flag"),
])
def test_one_line(text: str | None, expected: str) -> None:
    """Line breaks, separators and bidi overrides vanish; long text is cut with an ellipsis."""
    assert one_line(text) == expected


@pytest.mark.parametrize("url,ok", [
    ("https://news.example/a?b=1", True), ("http://x.example/", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example", False),
    ("https://x.example/\r\nSet-Cookie", False), ('https://x.example/"onmouseover="a', False), (None, False),
])
def test_safe_link(url: str | None, ok: bool) -> None:
    """Only absolute http(s) URLs on one line become links."""
    assert (safe_link(url) is not None) is ok


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>",
    "<iframe src=//x>", "\" onmouseover=\"alert(1)", "<svg onload = alert(1)>",
])
def test_escape_html_defuses(text: str) -> None:
    """Escaped feed text carries no tag, handler or script URL."""
    assert not DANGEROUS.search(escape_html(text))


def test_email_parts_and_message_id() -> None:
    """The e-mail has text and HTML parts, a stable Message-ID and the article link."""
    msg = render_email(Outgoing("alert-7", (payload(),)), sender="m@alerts.example", recipients=["a@b.c"],
                       host="alerts.example", now=T0)
    assert msg["Message-ID"] == "<alert-7@alerts.example>"
    assert msg.get_body(("plain",)).get_content().startswith("Kandahar (AF): Afghan government → Taliban")
    html = msg.get_body(("html",)).get_content()
    assert '<a href="https://news.example/kandahar">' in html


def test_digest_lists_every_alert() -> None:
    """A digest is one message naming every place it carries."""
    message = Outgoing("digest-1-hourly", (payload("Kandahar"), payload("Herat")), "hourly 2021-08-13T06")
    assert render_subject(message) == "monitor digest: 2 updates: Kandahar (AF), Herat (AF)"
    assert "Herat" in render_text(message) and "Kandahar" in render_html(message)
    body = json.loads(render_webhook(message))
    assert body["type"] == "digest" and len(body["data"]["alerts"]) == 2


def test_webhook_body_is_stable() -> None:
    """The same alert renders to the same bytes, so a retry signs the same body."""
    message = Outgoing("alert-3", (payload(title="a \"quoted\" <b>title</b>"),))
    assert render_webhook(message) == render_webhook(message)
    assert json.loads(render_webhook(message))["data"]["evidence"][0]["title"] == 'a "quoted" <b>title</b>'


def _sanitize_titles() -> list[tuple[str, str]]:
    if not SANITIZE.is_dir():
        return []
    titles = []
    for path in sorted(SANITIZE.glob("entry_title_*.xml")):
        parsed = feedparser.parse(path.read_bytes(), sanitize_html=False)
        if parsed.entries:
            titles.append((path.name, parsed.entries[0].get("title", "")))
    return titles


@pytest.mark.skipif(not SANITIZE.is_dir(), reason=f"{SANITIZE} is absent (shared test feeds not checked out)")
@pytest.mark.parametrize("name,title", _sanitize_titles() or [("none", "")])
def test_sanitize_corpus_titles(name: str, title: str) -> None:
    """feedparser's hostile entry titles (unsanitized) leave no script, handler or iframe in the HTML (E3)."""
    assert title, f"{name}: no title parsed"
    message = Outgoing("alert-1", (payload(place=title, title=title),))
    msg = render_email(message, sender="m@x.example", recipients=["a@b.c"], host="x.example", now=T0)
    html = msg.get_body(("html",)).get_content()
    assert not DANGEROUS.search(html), name
    assert one_line(title, 300) in msg.get_body(("plain",)).get_content()
    assert "\n" not in str(msg["Subject"])


def test_two_cities_of_one_name_are_told_apart_everywhere() -> None:
    """Tripoli in Libya and Tripoli in Lebanon: subject, both e-mail parts and webhook name the country."""
    libya = payload("Tripoli", country="LY", controller="GNA", previous="LNA")
    lebanon = payload("Tripoli", country="LB", controller="Lebanese Army", previous=None)
    for data, label in ((libya, "Tripoli (LY)"), (lebanon, "Tripoli (LB)")):
        message = Outgoing("alert-9", (data,))
        msg = render_email(message, sender="m@x.example", recipients=["a@b.c"], host="x.example", now=T0)
        assert str(msg["Subject"]).startswith(f"{label}: ")
        assert msg.get_body(("plain",)).get_content().startswith(f"{label}: ")
        assert f"<h2 dir=\"auto\">{label}: " in msg.get_body(("html",)).get_content()
        body = json.loads(render_webhook(message))
        assert body["data"]["place"] == "Tripoli" and body["data"]["country"] == label[-3:-1]
    digest = Outgoing("digest-2", (libya, lebanon), "hourly 2021-08-13T06")
    assert render_subject(digest) == "monitor digest: 2 updates: Tripoli (LY), Tripoli (LB)"


@pytest.mark.parametrize("name", ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>',
                                  "Tom & Jerry's <b>bold</b>"])
def test_hostile_city_and_actor_names_are_escaped_in_email(name: str) -> None:
    """A city or actor name carrying markup reaches the HTML part as text, never as elements."""
    message = Outgoing("alert-5", (payload(place=name, controller=name, previous=name, title=name),))
    html = render_html(message)
    assert not DANGEROUS.search(html) and "<b>" not in html and "<img" not in html
    assert "&lt;" in html
    text = render_text(message)
    assert name in text  # the plain-text part keeps the words verbatim (it is not HTML)
