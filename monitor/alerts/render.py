"""Turn an alert payload into an e-mail message or a webhook body (pure: no clock, no I/O).

A payload is the JSON-able dict frozen in `alerts.payload` when the alert was decided:

    {"kind": "change", "place": "Kandahar", "country": "AF", "previous": "Afghan government",
     "controller": "Taliban", "at": "2021-08-13T06:00:00+00:00", "confidence": 0.9,
     "status": "unconfirmed", "outlets": 1, "retake": false, "note": "",
     "evidence": [{"sentence": "…", "title": "…", "url": "https://…", "outlet": "example.com"}]}

Every string in it may come from a feed: subjects are forced onto one line (a CR/LF in a header
makes `EmailMessage` raise, and the alert would fail for good), and the HTML part escapes all of
them. Only http(s) links become hrefs.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

SUBJECT_MAX = 180
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
# Left in escaped text these are harmless, but some filters and readers flag them: defuse them too.
_EVENT_ATTR = re.compile(r"(?i)\b(on[a-z]+)(\s*)=")
_JS_SCHEME = re.compile(r"(?i)(java|vb)(\s*)script(\s*):")


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message to send on one channel: a single alert, or a digest of several."""

    message_id: str  # stable across attempts: webhook-id, and the Message-ID's local part
    payloads: tuple[Mapping[str, Any], ...]
    digest: str | None = None  # the digest window ("hourly 2021-08-13T06"), None when instant

    @property
    def is_digest(self) -> bool:
        return self.digest is not None


def one_line(text: str | None, limit: int = SUBJECT_MAX) -> str:
    """Collapse `text` onto one printable line of at most `limit` characters."""
    if not text:
        return ""
    text = text.translate(_BIDI_CONTROLS)
    cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def escape_html(text: str | None) -> str:
    """Escape `text` for HTML body or attribute, defusing event-handler and script-URL look-alikes."""
    escaped = html.escape(text or "", quote=True)
    escaped = _EVENT_ATTR.sub(lambda m: f"{m.group(1)}{m.group(2)}&#61;", escaped)
    return _JS_SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}script{m.group(3)}&#58;", escaped)


def safe_link(url: str | None) -> str | None:
    """Return `url` when it is an absolute http(s) URL on one line, else None."""
    if not url or any(c in url for c in "\r\n\t \"'<>`"):
        return None
    return url if re.match(r"(?i)^https?://[^/\s]", url) else None


def _holder(name: str | None) -> str:
    return name or "unknown"


def describe(payload: Mapping[str, Any]) -> str:
    """Return the one-line headline of one alert, e.g. "Kandahar: Afghan government → Taliban"."""
    place = payload.get("place") or "?"
    kind = payload.get("kind", "change")
    change = f"{_holder(payload.get('previous'))} → {_holder(payload.get('controller'))}"
    if kind == "test":
        return one_line(payload.get("note") or "monitor: test message")
    if kind == "confirmed":
        return one_line(f"{place}: {change} confirmed by {payload.get('outlets', 0)} outlets")
    if kind == "collapsed":
        return one_line(f"{place}: {change} no longer supported ({payload.get('note') or 'retracted'})")
    suffix = " (retaken)" if payload.get("retake") else ""
    if payload.get("status") == "unconfirmed":
        suffix += " (unconfirmed)"
    return one_line(f"{place}: {change}{suffix}")


def render_subject(message: Outgoing) -> str:
    """Return the e-mail subject: the alert's headline, or a digest summary."""
    if not message.is_digest:
        return describe(message.payloads[0])
    places = ", ".join(dict.fromkeys(str(p.get("place") or "?") for p in message.payloads))
    n = len(message.payloads)
    return one_line(f"monitor digest: {n} update{'s' if n != 1 else ''} ({places})")


def _text_block(payload: Mapping[str, Any]) -> str:
    lines = [describe(payload)]
    facts = [f"status: {payload.get('status', '')}", f"since: {payload.get('at', '')}",
             f"confidence: {float(payload.get('confidence') or 0):.2f}",
             f"outlets: {payload.get('outlets', 0)}"]
    if payload.get("kind") != "test":
        lines.append("  " + ", ".join(facts))
    if payload.get("note"):
        lines.append("  " + one_line(str(payload["note"]), 500))
    for item in payload.get("evidence") or ():
        lines.append(f"  - {one_line(item.get('sentence'), 1000)}")
        source = " ".join(x for x in (one_line(item.get("title"), 300), safe_link(item.get("url")) or "")
                          if x)
        if source:
            lines.append(f"    {source}")
    return "\n".join(lines)


def _html_block(payload: Mapping[str, Any]) -> str:
    parts = [f"<h2 dir=\"auto\">{escape_html(describe(payload))}</h2>"]
    if payload.get("kind") != "test":
        parts.append(
            f"<p>Status: {escape_html(str(payload.get('status', '')))} · since "
            f"{escape_html(str(payload.get('at', '')))} · confidence "
            f"{float(payload.get('confidence') or 0):.2f} · outlets {int(payload.get('outlets') or 0)}</p>")
    if payload.get("note"):
        parts.append(f"<p dir=\"auto\">{escape_html(str(payload['note']))}</p>")
    items = []
    for item in payload.get("evidence") or ():
        sentence = escape_html(item.get("sentence"))
        title = escape_html(item.get("title")) or escape_html(item.get("outlet")) or "source"
        link = safe_link(item.get("url"))
        source = f"<a href=\"{escape_html(link)}\">{title}</a>" if link else title
        items.append(f"<li dir=\"auto\"><q>{sentence}</q><br>{source}</li>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def render_text(message: Outgoing) -> str:
    """Return the plain-text body (feed strings verbatim, but each on one line)."""
    return "\n\n".join(_text_block(p) for p in message.payloads) + "\n"


def render_html(message: Outgoing) -> str:
    """Return the HTML body, with every feed string escaped."""
    body = "\n<hr>\n".join(_html_block(p) for p in message.payloads)
    return f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>\n"


def render_email(message: Outgoing, *, sender: str, recipients: Sequence[str], host: str,
                 now: datetime) -> EmailMessage:
    """Build the e-mail: one-line subject, text and HTML parts, Message-ID `<{message_id}@{host}>`."""
    msg = EmailMessage()
    msg["Subject"] = render_subject(message)
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = f"<{message.message_id}@{host}>"
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to alerts
    msg["X-Monitor-Alert"] = message.message_id
    msg.set_content(render_text(message))
    msg.add_alternative(render_html(message), subtype="html")
    return msg


def webhook_type(payload: Mapping[str, Any]) -> str:
    """Return the event type of one alert payload, e.g. "control.changed"."""
    return {"change": "control.changed", "confirmed": "control.confirmed",
            "collapsed": "control.collapsed", "test": "test"}.get(str(payload.get("kind")), "control.other")


def render_webhook(message: Outgoing) -> bytes:
    """Return the JSON body: feed strings travel as JSON data, unescaped (W7)."""
    if message.is_digest:
        body: dict[str, Any] = {"type": "digest", "id": message.message_id,
                                "data": {"window": message.digest, "alerts": list(message.payloads)}}
    else:
        payload = message.payloads[0]
        body = {"type": webhook_type(payload), "id": message.message_id, "data": dict(payload)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
