"""OPML, the list of feeds every feed reader imports and exports (pure)."""

from __future__ import annotations

from collections.abc import Iterable

import lxml.etree

from monitor.errors import ParseError
from monitor.feeds.safexml import defuse_xml


def parse_opml(data: bytes) -> list[tuple[str, str | None]]:
    """Return (xml_url, title) for every feed outline, nested folders included, deduplicated.

    Raises:
        ParseError: the bytes are not OPML.
    """
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                  recover=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(defuse_xml(data), parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise ParseError("opml", f"not XML: {exc}") from None
    if root is None or not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise ParseError("opml", "the root element is not <opml>")
    feeds: dict[str, str | None] = {}
    for outline in root.iter("outline"):
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if not url.startswith(("http://", "https://")):
            continue
        title = (attrs.get("title") or attrs.get("text") or "").strip() or None
        feeds.setdefault(url, title)
    return list(feeds.items())


def write_opml(feeds: Iterable[tuple[str, str | None]], title: str = "monitor feeds") -> bytes:
    """Return an OPML 2.0 document listing `feeds` as (xml_url, title) pairs."""
    root = lxml.etree.Element("opml", version="2.0")
    head = lxml.etree.SubElement(root, "head")
    lxml.etree.SubElement(head, "title").text = title
    body = lxml.etree.SubElement(root, "body")
    for url, name in feeds:
        label = name or url
        lxml.etree.SubElement(body, "outline", type="rss", text=label, title=label, xmlUrl=url)
    data: bytes = lxml.etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data
