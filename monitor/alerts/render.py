"""Turn an alert payload into an e-mail message or a webhook body (pure: no clock, no I/O).

A payload is the JSON-able dict frozen in `alerts.payload` when the alert was decided:

    {"kind": "change", "place": "Kandahar", "country": "AF", "previous": "Afghan government",
     "controller": "Taliban", "at": "2021-08-13T06:00:00+00:00", "confidence": 0.9,
     "status": "unconfirmed", "outlets": 1, "retake": false, "note": "",
     "evidence": [{"sentence": "…", "title": "…", "url": "https://…", "outlet": "example.com"}]}

Every string in it may come from a feed: subjects are forced onto one line (a CR/LF in a header
makes `EmailMessage` raise, and the alert would fail for good), and the HTML part, from the
autoescaped template monitor/templates/email.html, escapes all of them. Only http(s) links
become hrefs. Headlines name the city with its country, "Tripoli (LY)", as two cities may share
a name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from markupsafe import escape

from monitor.templates import defuse, render

SUBJECT_MAX = 180
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)


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
    return defuse(str(escape(text or "")))


def safe_link(url: str | None) -> str | None:
    """Return `url` when it is an absolute http(s) URL on one line, else None."""
    if not url or any(c in url for c in "\r\n\t \"'<>`"):
        return None
    return url if re.match(r"(?i)^https?://[^/\s]", url) else None


def _holder(name: str | None) -> str:
    return name or "unknown"


def place_label(payload: Mapping[str, Any]) -> str:
    """Return the city as alerts name it, with its country: "Tripoli (LY)" is not "Tripoli (LB)"."""
    place = str(payload.get("place") or "?")
    country = payload.get("country")
    return f"{place} ({country})" if country else place


def describe(payload: Mapping[str, Any]) -> str:
    """Return the one-line headline of one alert, e.g. "Kandahar (AF): Afghan government → Taliban"."""
    place = place_label(payload)
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
    places = ", ".join(dict.fromkeys(place_label(p) for p in message.payloads))
    n = len(message.payloads)
    return one_line(f"monitor digest: {n} update{'s' if n != 1 else ''}: {places}")


def _alert_context(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Return what the e-mail templates show of one alert: feed strings on one line, links checked."""
    evidence = []
    for item in payload.get("evidence") or ():
        title = one_line(item.get("title"), 300)
        evidence.append({"sentence": one_line(item.get("sentence"), 1000), "title": title,
                         "link": safe_link(item.get("url")) or "",
                         "source": title or one_line(item.get("outlet"), 300) or "source"})
    return {"headline": describe(payload), "facts": payload.get("kind") != "test",
            "status": str(payload.get("status", "")), "at": str(payload.get("at", "")),
            "confidence": f"{float(payload.get('confidence') or 0):.2f}",
            "outlets": int(payload.get("outlets") or 0),
            "note": one_line(str(payload.get("note") or ""), 500), "evidence": evidence}


def render_text(message: Outgoing) -> str:
    """Return the plain-text body (feed strings verbatim, but each on one line)."""
    return render("email.txt", alerts=[_alert_context(p) for p in message.payloads])


def render_html(message: Outgoing) -> str:
    """Return the HTML body, with every feed string escaped (templates/email.html, autoescaped)."""
    return render("email.html", alerts=[_alert_context(p) for p in message.payloads])


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
