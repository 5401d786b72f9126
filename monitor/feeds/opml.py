"""OPML, the list of feeds every feed reader imports and exports (pure)."""

from __future__ import annotations

from collections.abc import Iterable

import lxml.etree

from monitor.errors import ParseError
from monitor.feeds.safexml import defuse_xml


def parse_opml(data: bytes) -> list[tuple[str, str | None]]:
    """Return (xml_url, title) for every feed outline, nested folders included, deduplicated.

    Outlines whose xmlUrl is not an http(s) URL are left out (`parse_opml_entries` lists them).

    Raises:
        ParseError: the bytes are not OPML.
    """
    return parse_opml_entries(data)[0]


def parse_opml_entries(data: bytes) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """Return the feed outlines as `parse_opml` does, and the (xml_url, title) of those left out.

    An outline with an xmlUrl that is not http(s) is left out; folders (no xmlUrl) are not.

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
    skipped: list[tuple[str, str | None]] = []
    for outline in root.iter("outline"):
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        title = (attrs.get("title") or attrs.get("text") or "").strip() or None
        if "xmlurl" not in attrs:
            continue  # a folder
        url = (attrs.get("xmlurl") or "").strip()
        if not url.startswith(("http://", "https://")):
            skipped.append((url, title))
            continue
        feeds.setdefault(url, title)
    return list(feeds.items()), skipped


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
