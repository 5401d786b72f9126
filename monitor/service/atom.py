"""Render alerts as an Atom 1.0 feed (RFC 4287), so any feed reader can follow them (pure).

ElementTree escapes markup; characters XML 1.0 forbids (NUL, most C0 controls) are removed
first, because one of them in a feed title would make the whole document unreadable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime

from monitor.service.views import AlertView, safe_url

ATOM_NS = "http://www.w3.org/2005/Atom"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: object) -> str:
    """Return `text` with the characters XML 1.0 cannot carry removed."""
    return _XML_ILLEGAL.sub("", "" if text is None else str(text))


def _rfc3339(when: datetime) -> str:
    return when.isoformat(timespec="seconds").replace("+00:00", "Z")


def _sub(parent: ET.Element, tag: str, text: object | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        node.text = xml_text(text)
    return node


def render_atom(alerts: Sequence[AlertView], *, base_url: str, now: datetime,
                title: str = "monitor alerts") -> bytes:
    """Return the Atom document for `alerts` (newest first); `base_url` is the server's own URL."""
    ET.register_namespace("", ATOM_NS)
    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", "urn:monitor:alerts")
    _sub(feed, "title", title)
    _sub(feed, "subtitle", "A watched city changed hands, with the evidence.")
    updated = max((a.created for a in alerts), default=now)
    _sub(feed, "updated", _rfc3339(updated))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=f"{base}/alerts.atom")
    _sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/")
    author = _sub(feed, "author")
    _sub(author, "name", "monitor")
    _sub(feed, "generator", "monitor")
    for alert in alerts:
        entry = _sub(feed, "entry")
        # Ids do not depend on the address the feed was read through: readers dedupe by them.
        _sub(entry, "id", f"urn:monitor:alert:{alert.id}")
        _sub(entry, "title", alert.title, type="text")
        _sub(entry, "updated", _rfc3339(alert.created))
        _sub(entry, "published", _rfc3339(alert.created))
        link = safe_url(alert.url)
        if link:
            _sub(entry, "link", rel="alternate", href=xml_text(link))
        if alert.place:  # the label names the country too: "Tripoli (LY)" is not "Tripoli (LB)"
            label = f"{alert.place} ({alert.country})" if alert.country else alert.place
            _sub(entry, "category", term=xml_text(alert.place), label=xml_text(label))
        lines = [alert.title]
        if alert.previous or alert.controller:
            lines.append(f"{alert.previous or 'unknown'} → {alert.controller or 'unknown'}")
        if alert.evidence:
            lines.append(f"“{alert.evidence}”")
        if link:
            lines.append(link)
        _sub(entry, "content", "\n".join(lines), type="text")
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))
