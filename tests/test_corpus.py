"""Every shared corpus feed, served on loopback, is fetched and parsed or rejected with a reason.

The corpus lives in ../shared/feeds (read in place, never copied). Where the lxml fast path
accepts a file, feedparser must give the same articles (guid, title, url, published).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.feeds.fastparse import parse_fast
from monitor.feeds.parse import parse_feed
from monitor.feeds.safexml import defuse_xml
from monitor.model import ParsedFeed
from tests.conftest import SHARED
from tests.fetchkit import NOW, fetch
from tests.loopback import LoopbackServer

CORPUS = SHARED / "feeds"
FILES = sorted(p for sub in ("real", "malformed") for p in (CORPUS / sub).rglob("*")
               if p.is_file()) if CORPUS.is_dir() else []
_HEADER = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def _content_type(body: bytes) -> str:
    """Use the Content-Type a feedparser test file asks for, else a plain XML type."""
    match = _HEADER.search(body[:2000])
    return match.group(1).decode("latin-1") if match else "application/xml"


def _key(parsed: ParsedFeed) -> list[tuple[object, ...]]:
    return [(a.guid, a.title, a.url, a.published) for a in parsed.articles]


def _assert_clean(parsed: ParsedFeed) -> None:
    for article in parsed.articles:
        for value in (article.guid, article.title, article.text, article.url or "", article.summary or ""):
            assert "\x00" not in value
            value.encode("utf-8")  # no lone surrogates


def test_corpus_is_present() -> None:
    """The shared corpus is where the tests expect it (skip, with the reason, when it is not)."""
    if not FILES:
        pytest.skip(f"shared feed corpus not found at {CORPUS}")
    assert len([p for p in FILES if "/real/" in str(p)]) >= 30


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_corpus_file_is_fetched_and_parsed(server: LoopbackServer, path: Path) -> None:
    """The file is served, fetched and parsed (or refused with a reason) in under a second."""
    body = path.read_bytes()
    url = server.route("/corpus/" + path.name, body, headers={"Content-Type": _content_type(body)})
    start = time.monotonic()
    result = fetch(url)
    assert result.body == body, result.error
    try:
        parsed = parse_feed(result.body, url, NOW, content_type=result.content_type)
    except ParseError as exc:
        assert "/real/" not in str(path), f"a real feed was refused: {exc}"
        assert str(exc).split(": ", 1)[1].strip()
        parsed = None
    assert time.monotonic() - start < 1.0
    if parsed is not None:
        _assert_clean(parsed)
        if "/real/" in str(path):
            assert parsed.articles, "a real feed yielded no article"


def _fast_accepts(path: Path) -> bool:
    body = path.read_bytes()
    return not isinstance(parse_fast(defuse_xml(body), "http://127.0.0.1/corpus/" + path.name,
                                     _content_type(body)), str)


FAST_FILES = [p for p in FILES if _fast_accepts(p)]  # the others go to feedparser only


@pytest.mark.parametrize("path", FAST_FILES, ids=_id)
def test_fast_path_agrees_with_feedparser(path: Path) -> None:
    """Wherever the fast path accepts a file, feedparser yields the same articles."""
    body = path.read_bytes()
    content_type = _content_type(body)
    url = "http://127.0.0.1/corpus/" + path.name
    fast = parse_feed(body, url, NOW, content_type=content_type)
    slow = parse_feed(body, url, NOW, content_type=content_type, fast=False)
    assert fast.parser == "lxml" and slow.parser == "feedparser"
    assert _key(fast) == _key(slow)
    assert fast.lang == slow.lang


def test_fast_path_takes_most_real_feeds() -> None:
    """The fast path accepts most well-formed real feeds (or the speed target is lost)."""
    real = [p for p in FILES if "/real/" in str(p)]
    if not real:
        pytest.skip(f"shared feed corpus not found at {CORPUS}")
    accepted = [p for p in real if p in FAST_FILES]
    assert len(accepted) >= 0.8 * len(real)
    assert len(FAST_FILES) >= 80  # of 203 corpus files: the rest are legacy encodings or broken XML
