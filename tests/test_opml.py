"""OPML import/export: what every feed reader exchanges."""

from __future__ import annotations

import pytest

from monitor.errors import ParseError
from monitor.feeds.opml import parse_opml, write_opml

SAMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="World">
      <outline type="rss" text="Harbour Post" xmlUrl="https://harbour.example/feed.rss" htmlUrl="https://harbour.example/"/>
      <outline type="rss" title="Courrier" text="ignored" xmlURL="https://courrier.example/atom"/>
    </outline>
    <outline type="rss" text="Duplicate" xmlUrl="https://harbour.example/feed.rss"/>
    <outline type="rss" xmlUrl="https://untitled.example/rss"/>
    <outline type="link" text="Not a feed" url="https://site.example/"/>
    <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
  </body>
</opml>"""


def test_parse_opml_reads_nested_outlines() -> None:
    """Feeds inside folders are found, titles taken from title then text, duplicates dropped."""
    assert parse_opml(SAMPLE) == [
        ("https://harbour.example/feed.rss", "Harbour Post"),
        ("https://courrier.example/atom", "Courrier"),
        ("https://untitled.example/rss", None),
    ]


def test_round_trip() -> None:
    """What write_opml produces, parse_opml reads back identically."""
    feeds = [("https://a.example/rss", "A & B <news>"), ("https://b.example/atom", None)]
    data = write_opml(feeds, title="export")
    assert data.startswith(b"<?xml") and b"<title>export</title>" in data
    assert parse_opml(data) == [("https://a.example/rss", "A & B <news>"),
                                ("https://b.example/atom", "https://b.example/atom")]


@pytest.mark.parametrize("data", [b"", b"not xml at all", b"<html><body/></html>",
                                  b'<?xml version="1.0"?><rss version="2.0"/>'])
def test_non_opml_is_refused(data: bytes) -> None:
    """Anything that is not OPML raises ParseError."""
    with pytest.raises(ParseError):
        parse_opml(data)


def test_opml_entities_are_not_expanded() -> None:
    """An OPML file cannot smuggle a billion laughs or an external entity."""
    data = (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">'
            b'<!ENTITY x SYSTEM "file:///etc/passwd">]><opml version="2.0"><body>'
            b'<outline text="&b;&x;" xmlUrl="https://a.example/rss"/></body></opml>')
    assert parse_opml(data) == [("https://a.example/rss", None)]
