"""XML safety X1–X6: entity bombs, external entities, harmless entities, deep nesting, bad bytes."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor.errors import MonitorError, ParseError
from monitor.feeds.parse import parse_feed
from monitor.feeds.safexml import defuse_xml, require_safe_expat
from monitor.model import ParsedFeed
from tests.fetchkit import NOW
from tests.loopback import LoopbackServer

URL = "http://127.0.0.1/feed.xml"
DECL = '<?xml version="1.0" encoding="utf-8"?>'
ITEM = "<item><title>{title}</title><link>http://example.org/a</link><description>{text}</description></item>"


def _rss(title: str, text: str = "body", *, doctype: str = "", same_line: bool = True) -> bytes:
    """Build a one-item RSS document, with a DOCTYPE on the declaration's line or the next."""
    head = DECL + ("" if same_line else "\n") + doctype + "\n"
    return (head + '<rss version="2.0"><channel><title>t</title>'
            + ITEM.format(title=title, text=text) + "</channel></rss>").encode()


def _parse_bounded(body: bytes, limit_s: float = 0.1, limit_mb: int = 20) -> ParsedFeed | None:
    """Parse under a time budget, then again under a memory budget; return the feed or None."""
    def parse() -> ParsedFeed | None:
        try:
            return parse_feed(body, URL, NOW)
        except ParseError:
            return None

    start = time.perf_counter()
    parsed = parse()
    elapsed = time.perf_counter() - start
    assert elapsed < limit_s, f"took {elapsed:.3f} s"
    tracemalloc.start()  # a second run: tracing slows Python code down several times
    try:
        parse()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit_mb * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    return parsed


def _all_text(parsed: ParsedFeed | None) -> str:
    if parsed is None:
        return ""
    return "\n".join(f"{a.guid}\n{a.title}\n{a.text}\n{a.summary}\n{a.url}" for a in parsed.articles)


LAUGHS = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
BILLION_LAUGHS = '<!DOCTYPE rss [<!ENTITY lol0 "lol">' + LAUGHS + "]>"


@pytest.mark.parametrize("same_line", [True, False], ids=["decl-and-doctype-on-one-line", "next-line"])
def test_billion_laughs_is_not_expanded(same_line: bool) -> None:
    """X1: a billion laughs is defused fast in both layouts, and no expansion reaches the output."""
    body = _rss("Laughs &lol9;", "&lol9;", doctype=BILLION_LAUGHS, same_line=same_line)
    parsed = _parse_bounded(body)
    assert "lollol" not in _all_text(parsed)
    assert len(_all_text(parsed)) < 1000


@pytest.mark.parametrize("same_line", [True, False], ids=["decl-and-doctype-on-one-line", "next-line"])
def test_quadratic_blowup_is_not_expanded(same_line: bool) -> None:
    """X2: one 100 kB entity referenced 20 000 times is never expanded."""
    doctype = f'<!DOCTYPE rss [<!ENTITY a "{"x" * 100_000}">]>'
    body = _rss("Quadratic", "&a;" * 20_000, doctype=doctype, same_line=same_line)
    parsed = _parse_bounded(body)
    assert "xxxxxxxxxx" not in _all_text(parsed)


def test_external_entities_are_never_read_or_fetched(tmp_path: Path, server: LoopbackServer) -> None:
    """X3: file, http and parameter entities are neither read nor requested."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-SENTINEL")
    server.route("/sentinel", b"<!ENTITY leak 'HTTP-SENTINEL'>")
    server.route("/sentinel.txt", b"HTTP-SENTINEL")
    doctype = (f'<!DOCTYPE rss [<!ENTITY file SYSTEM "file://{secret}">'
               f'<!ENTITY web SYSTEM "{server.url("/sentinel.txt")}">'
               f'<!ENTITY % remote SYSTEM "{server.url("/sentinel")}"> %remote;]>')
    for same_line in (True, False):
        body = _rss("XXE &file; &web; &leak;", "&file;", doctype=doctype, same_line=same_line)
        text = _all_text(_parse_bounded(body))
        assert "SENTINEL" not in text
    assert server.requests == []


@pytest.mark.parametrize(("version", "ok"), [((2, 5, 0), True), ((2, 4, 0), True), ((2, 3, 9), False),
                                             ((1, 95, 8), False)])
def test_old_expat_is_refused(version: tuple[int, int, int], ok: bool) -> None:
    """X4: an expat without the amplification guard is refused at startup."""
    if ok:
        require_safe_expat(version)
    else:
        with pytest.raises(MonitorError, match="too old"):
            require_safe_expat(version)


def test_running_expat_is_accepted() -> None:
    """X4: the expat this interpreter links passes the check."""
    require_safe_expat()


@pytest.mark.parametrize("same_line", [True, False])
def test_simple_entities_still_parse(same_line: bool) -> None:
    """X5: feeds declaring plain-text or character entities keep working (reader #212)."""
    doctype = ('<!DOCTYPE rss [<!ENTITY nbsp "&#160;"><!ENTITY mdash "&#x2014;">'
               "<!ENTITY outlet 'Harbour Post'>]>")
    body = _rss("&outlet;&nbsp;reports &mdash; calm", "From &outlet;: all quiet", doctype=doctype,
                same_line=same_line)
    parsed = parse_feed(body, URL, NOW)
    assert parsed.articles[0].title == "Harbour Post reports — calm"
    assert parsed.articles[0].text == "From Harbour Post: all quiet"
    assert parsed.parser == "lxml"


@pytest.mark.parametrize(("name", "make"), [
    ("deep-nesting", lambda: _rss("Deep", "<div>" * 100_000 + "x" + "</div>" * 100_000)),
    ("deep-xml", lambda: (DECL + "<rss><channel>" + "<x>" * 100_000 + "</x>" * 100_000
                          + "</channel></rss>").encode()),
    ("nul-bytes", lambda: _rss("Nul\x00in\x00title", "text\x00here")),
    ("invalid-utf8", lambda: _rss("Bad", "ok").replace(b"Bad", b"Bad \xff\xfe\xc3( bytes")),
    ("lone-surrogate-ref", lambda: _rss("Sur &#xD800; rogate", "x")),
    ("control-refs", lambda: _rss("Ctl &#1;&#27; chars", "x")),
])
def test_hostile_bytes_never_crash(name: str, make: Callable[[], bytes]) -> None:
    """X6: deep nesting, NULs and invalid UTF-8 give a result or a ParseError, and clean text."""
    parsed = _parse_bounded(make(), limit_s=0.5, limit_mb=200)
    for article in parsed.articles if parsed else ():
        for value in (article.title, article.text, article.guid):
            assert "\x00" not in value
            value.encode("utf-8")  # raises on lone surrogates


@pytest.mark.parametrize(("body", "expected"), [
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>', b'<?xml version="1.0"?><r>b</r>'),
    (b"<!DOCTYPE r SYSTEM 'http://x/r.dtd'><r/>", b"<r/>"),
    (b'<!DOCTYPE r [<!ENTITY a "x&amp;y">]><r>&a;</r>', b"<r></r>"),  # '&' inside: dropped
    (b'<!DOCTYPE r [<!ENTITY a "]>">]><r>&a;</r>', b"<r>]></r>"),  # quoted ']>' does not end it
    (b"<r><![CDATA[<!DOCTYPE x>]]></r>", b"<r><![CDATA[<!DOCTYPE x>]]></r>"),  # only the prolog
    (b'<!-- <!DOCTYPE r [<!ENTITY a "b">]> --><r/>', b'<!-- <!DOCTYPE r [<!ENTITY a "b">]> --><r/>'),
])
def test_defuse_xml(body: bytes, expected: bytes) -> None:
    """The pre-filter removes the DOCTYPE in the prolog only and expands only safe entities."""
    assert defuse_xml(body) == expected


@pytest.mark.parametrize(("body", "limit", "deeper"), [
    (b"<a><b><c/></b></a>", 2, False),
    (b"<a><b><c></c></b></a>", 2, True),
    (b"<a><![CDATA[" + b"<p>" * 50 + b"]]></a>", 5, False),  # CDATA is not markup
    (b"<a><!-- <b><b><b> --></a>", 1, False),
    (b"<?xml version='1.0'?><a>" + b"<x>" * 600, 512, True),
])
def test_nesting_guard(body: bytes, limit: int, deeper: bool) -> None:
    """The depth guard counts real elements only."""
    from monitor.feeds.safexml import nesting_exceeds

    assert nesting_exceeds(body, limit) is deeper
