"""Full text: an article page fetched from loopback and its main text extracted."""

from __future__ import annotations

from monitor.feeds.fetch import fetch_page, make_client
from monitor.feeds.fulltext import extract_main_text
from monitor.model import FetchResult
from tests.fetchkit import NOW, run, settings
from tests.loopback import LoopbackServer

ARTICLE = """<!doctype html><html lang="en"><head><title>Ferry service resumes</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies. Accept all cookies to continue.</div>
<article><h1>Ferry service resumes after a week of storms</h1>
<p>The harbour ferry resumed its regular crossings on Wednesday morning, after storms kept every
boat in port for seven days. Port officials said the first crossing left at dawn with a full deck.</p>
<p>Traders who had waited all week to move goods to the islands welcomed the news, and the port
authority promised extra sailings through the weekend to clear the backlog of freight.</p>
<p>Forecasters expect calmer weather for the rest of the month, though strong winds may return.</p>
</article>
<footer>© Harbour Post. All rights reserved. Contact us. Privacy policy.</footer>
<script>trackPageView();</script></body></html>"""


def test_main_text_of_a_served_page(server: LoopbackServer) -> None:
    """The article body is kept; navigation, cookie banner, footer and scripts are dropped."""
    url = server.route("/ferry.html", ARTICLE, headers={"Content-Type": "text/html; charset=utf-8"})
    cfg = settings()

    async def go() -> FetchResult:
        async with make_client(cfg) as client:
            return await fetch_page(client, url, cfg, NOW, allow_private=True)

    page = run(go())
    assert page.body is not None
    text = extract_main_text(page.body, url)
    assert text is not None
    assert "resumed its regular crossings" in text and "extra sailings" in text
    assert "trackPageView" not in text and "Privacy policy" not in text and "Sport" not in text


def test_no_article_gives_none() -> None:
    """Pages without article text (empty, a menu only, not HTML) give None, never an exception."""
    assert extract_main_text(b"", "http://x/") is None
    menu_only = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    assert extract_main_text(menu_only, "http://x/") is None
    assert extract_main_text(b"\x00\xff\xfe binary", "http://x/") is None
