"""parse_feed: golden feeds, parser-path decisions, identities, dates, encodings and refusals."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from monitor.errors import ParseError
from monitor.feeds.fields import choose_encoding, parse_date
from monitor.feeds.parse import parse_feed

DATA = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
URL = "https://news.example/feed"
EXPECTED: dict[str, Any] = json.loads((DATA / "golden_expected.json").read_text(encoding="utf-8"))


def _rss(items: str, *, decl: str = '<?xml version="1.0" encoding="utf-8"?>', channel: str = "") -> bytes:
    return (f'{decl}<rss version="2.0"><channel><title>T</title>{channel}{items}</channel></rss>').encode()


@pytest.mark.parametrize("fast", [True, False], ids=["lxml", "feedparser"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_feed(name: str, fast: bool) -> None:
    """Both parser paths turn the golden feed into exactly the expected articles."""
    expected = EXPECTED[name]
    fetched = datetime.fromisoformat(expected["fetched"])
    parsed = parse_feed((DATA / name).read_bytes(), expected["url"], fetched, fast=fast)
    assert parsed.parser == ("lxml" if fast else "feedparser")
    assert (parsed.title, parsed.site_url, parsed.lang) == (expected["title"], expected["site_url"],
                                                            expected["lang"])
    got = [{"guid": a.guid, "title": a.title, "url": a.url, "published": a.published.isoformat(),
            "text": a.text, "summary": a.summary, "lang": a.lang, "content_hash": a.content_hash}
           for a in parsed.articles]
    assert got == expected["articles"]
    assert all(a.fetched == datetime.fromisoformat(expected["fetched"]) for a in parsed.articles)
    assert all(a.feed_url == expected["url"] for a in parsed.articles)


@pytest.mark.parametrize(("body", "reason"), [
    (b"", "empty"),
    (b"   \n  ", "empty"),
    (b"<!doctype html><html><head><title>Home</title></head><body><p>Hello</p></body></html>", "not a feed"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "not a feed"),
    (b"just some words, no markup at all", "not a feed"),
])
def test_non_feeds_raise_parse_error_with_a_reason(body: bytes, reason: str) -> None:
    """Bytes that are not a feed and hold no entry raise ParseError naming the URL and why."""
    with pytest.raises(ParseError) as info:
        parse_feed(body, URL, NOW)
    assert reason in str(info.value) and info.value.url == URL


@pytest.mark.parametrize("body", [
    _rss(""),
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>',
    b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>Empty</title></channel></rdf:RDF>',
])
def test_empty_valid_feed_has_no_articles(body: bytes) -> None:
    """A valid feed without entries parses to zero articles, not an error."""
    parsed = parse_feed(body, URL, NOW)
    assert parsed.articles == () and parsed.title


def test_malformed_feed_with_entries_is_still_ingested() -> None:
    """A feed that is not well-formed but has usable entries is read by feedparser, flagged bozo."""
    body = _rss("<item><title>Fish & chips prices</title><link>https://news.example/a</link></item>")
    parsed = parse_feed(body, URL, NOW)
    assert parsed.parser == "feedparser" and parsed.bozo
    assert [a.title for a in parsed.articles] == ["Fish & chips prices"]


@pytest.mark.parametrize(("body", "content_type", "parser"), [
    (_rss("<item><title>Olá</title></item>"), "application/rss+xml", "lxml"),
    (_rss("<item><title>Olá</title></item>"), None, "lxml"),
    (_rss("<item><title>Olá</title></item>"), "text/xml", "lxml"),  # US-ASCII fails → declared
    (_rss("<item><title>Ol\xe1</title></item>", decl='<?xml version="1.0" encoding="iso-8859-1"?>')
     .replace(b"Ol\xc3\xa1", b"Ol\xe1"), "application/xml", "lxml"),
    (_rss("<item><title>Ol\xe1</title></item>", decl="").replace(b"Ol\xc3\xa1", b"Ol\xe1"), None,
     "feedparser"),  # undeclared Latin-1 bytes: not valid UTF-8
    (_rss("<item><title>Olá</title></item>"), "application/xml; charset=windows-1252", "lxml"),
    (('<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>'
      "<entry><title>Olá</title><link rel='alternate' href='https://news.example/a'/></entry></feed>").encode(),
     None, "feedparser"),  # Atom 0.3: unknown root
])
def test_parser_path_is_decided_by_checks(body: bytes, content_type: str | None, parser: str) -> None:
    """The fast path runs only for a clear encoding, well-formed XML and a known root."""
    parsed = parse_feed(body, URL, NOW, content_type=content_type)
    assert parsed.parser == parser
    assert parsed.articles[0].title in {"Olá", "OlÃ¡"}


def test_http_charset_overrides_the_declaration() -> None:
    """RFC 3023: an XML media type's charset wins over the declaration, as feedparser does."""
    body = _rss("<item><title>Olá</title></item>", decl='<?xml version="1.0" encoding="utf-8"?>')
    overridden = parse_feed(body, URL, NOW, content_type="application/xml; charset=windows-1252")
    assert overridden.articles[0].title == "OlÃ¡"
    assert parse_feed(body, URL, NOW, headers={"Content-Type": "application/xml"}).articles[0].title == "Olá"


@pytest.mark.parametrize(("encoding", "bom"), [("utf-16", False), ("utf-16-le", True), ("utf-16-be", True),
                                               ("windows-1251", False), ("koi8-r", False)])
def test_other_encodings_decode_correctly(encoding: str, bom: bool) -> None:
    """UTF-16 (with or without BOM) and legacy encodings give the right text."""
    text = f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Новости</title>' \
           "<item><title>Город взят</title><link>https://news.example/ru</link></item></channel></rss>"
    body = text.encode(encoding)
    if bom:
        body = ("\ufeff" + text).encode(encoding)
    parsed = parse_feed(body, URL, NOW)
    assert [a.title for a in parsed.articles] == ["Город взят"] and parsed.title == "Новости"


@pytest.mark.parametrize(("value", "expected"), [
    ("Wed, 14 Jan 2026 18:30:00 +0200", datetime(2026, 1, 14, 16, 30, tzinfo=UTC)),
    ("14 Jan 2026 18:30 GMT", datetime(2026, 1, 14, 18, 30, tzinfo=UTC)),
    ("Wed, 14 Jan 2026 18:30:00 EST", datetime(2026, 1, 14, 23, 30, tzinfo=UTC)),
    ("2026-01-14T18:30:00Z", datetime(2026, 1, 14, 18, 30, tzinfo=UTC)),
    ("2026-01-14T18:30:00.123456+05:30", datetime(2026, 1, 14, 13, 0, tzinfo=UTC)),
    ("2026-01-14", datetime(2026, 1, 14, tzinfo=UTC)),
    ("mer, 16 nov 2022 00:38:15 +0100", datetime(2022, 11, 15, 23, 38, 15, tzinfo=UTC)),
    ("not a date", None),
    ("", None),
    (None, None),
])
def test_parse_date(value: str | None, expected: datetime | None) -> None:
    """Dates in the usual feed forms come out in UTC, whole seconds; junk gives None."""
    assert parse_date(value) == expected


@pytest.mark.parametrize(("data", "content_type", "expected"), [
    (b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>', None, "iso-8859-1"),
    (b"<rss/>", None, "utf-8"),
    (b'<?xml version="1.0" encoding="utf-8"?><rss/>', "application/rss+xml; charset=koi8-r", "koi8-r"),
    (b"<rss/>", "text/xml", "us-ascii"),
    (b'<?xml version="1.0" encoding="gb2312"?><rss/>', None, "gb18030"),
    (b'<?xml version="1.0" encoding="no-such-thing"?><rss/>', None, None),
])
def test_choose_encoding(data: bytes, content_type: str | None, expected: str | None) -> None:
    """The fast path starts from the same encoding feedparser would try first."""
    assert choose_encoding(data, content_type)[0] == expected


def test_entry_identity_and_unusable_entries() -> None:
    """guid, else link, else a content hash; an entry with nothing in it is skipped."""
    body = _rss("<item><guid isPermaLink='false'>g-1</guid><title>A</title></item>"
                "<item><title>B</title><link>https://news.example/b?utm_medium=x</link></item>"
                "<item><title>C</title><description>only text</description></item>"
                "<item><description>  </description></item>")
    articles = parse_feed(body, URL, NOW).articles
    assert [a.guid for a in articles][:2] == ["g-1", "https://news.example/b"]
    assert articles[2].guid == f"sha256:{articles[2].content_hash}" and len(articles) == 3


def test_updated_entry_changes_its_hash_not_its_identity() -> None:
    """An edited entry keeps its guid but gets a new content hash."""
    before = parse_feed(_rss("<item><guid>x1</guid><title>Talks</title></item>"), URL, NOW).articles[0]
    after = parse_feed(_rss("<item><guid>x1</guid><title>Talks end</title></item>"), URL, NOW).articles[0]
    assert before.guid == after.guid and before.content_hash != after.content_hash


def test_parse_feed_reads_bytes_never_files(tmp_path: Path) -> None:
    """A body that happens to be a file path is parsed as bytes, not opened (feedparser would)."""
    secret = tmp_path / "feed.xml"
    secret.write_bytes(_rss("<item><title>SECRET</title></item>"))
    with pytest.raises(ParseError):
        parse_feed(str(secret).encode(), URL, NOW)


def test_language_comes_from_the_feed() -> None:
    """The channel language becomes each article's ISO 639-1 code."""
    parsed = parse_feed(_rss("<item><title>x</title></item>", channel="<language>fr-CA</language>"), URL, NOW)
    assert parsed.lang == "fr" and parsed.articles[0].lang == "fr"
