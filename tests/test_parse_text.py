"""html_to_text: what a reader sees, as clean plain text."""

from __future__ import annotations

import pytest

from monitor.feeds.text import clean_string, html_to_text


@pytest.mark.parametrize(("html", "text"), [
    ("Plain title", "Plain title"),
    ("  spaced \t out \n\n text ", "spaced out\ntext"),
    ("Fish &amp; chips &eacute;t&eacute; &#8212; &#x263A;", "Fish & chips été — ☺"),
    ("<p>One</p><p>Two<br>Three</p>", "One\nTwo\nThree"),
    ("<b>bold</b> and <i>italic</i>", "bold and italic"),
    ("Before<script>alert('x')</script>After", "BeforeAfter"),
    ("<style>p { color: red }</style><p>Shown</p>", "Shown"),
    ("<noscript>no</noscript><template>t</template>ok", "ok"),
    ("<!-- a comment -->visible", "visible"),
    ("<ul><li>first</li><li>second</li></ul>", "first\nsecond"),
    ("a&nbsp;b\u00a0c", "a b c"),
    ("<img src=x onerror=alert(1)>caption", "caption"),
    ("x < y and y > z", "x < y and y > z"),
    ("", ""),
    ("<p></p>", ""),
    ("NUL\x00 and \x1b escape", "NUL and escape"),
    ("emoji 😀 and RTL עברית", "emoji 😀 and RTL עברית"),
])
def test_html_to_text(html: str, text: str) -> None:
    """Tags, scripts and styles go; entities are decoded; one line per block; tidy spaces."""
    assert html_to_text(html) == text


def test_html_to_text_survives_deep_nesting() -> None:
    """Absurd nesting neither crashes nor recurses."""
    html_to_text("<div>" * 50_000 + "deep" + "</div>" * 50_000)


@pytest.mark.parametrize(("raw", "clean"), [
    ("a\x00b", "ab"), ("lone \ud800 surrogate", "lone  surrogate"), ("C1 \x85 control", "C1  control"),
    ("tab\tnew\nline", "tab\tnew\nline"),
])
def test_clean_string(raw: str, clean: str) -> None:
    """Control characters and lone surrogates are removed; tabs and newlines stay."""
    assert clean_string(raw) == clean
    clean_string(raw).encode("utf-8")
