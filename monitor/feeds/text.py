"""HTML (or plain text) → clean plain text: no tags, no scripts, entities decoded, tidy spaces."""

from __future__ import annotations

import html as htmllib
import re

import lxml.etree

# Elements whose content is never text a reader sees.
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
         "head", "title", "select", "button", "form")
_DROP_HINT = re.compile("<(?:" + "|".join(_DROP) + r")\b", re.IGNORECASE)
# Elements that end a line of text.
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption",
    "dd", "dt", "dl", "hr", "aside", "nav", "main", "address", "td", "th",
})
_HTMLISH = re.compile(r"<[a-zA-Z/!?]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?")
# C0 controls except tab/newline, DEL, C1 controls, and lone surrogates.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_TAGS = re.compile(r"<[^>]*>")
_PARSER = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                               default_doctype=False)


def clean_string(text: str) -> str:
    """Remove NULs, control characters and lone surrogates so the text is storable UTF-8."""
    # The common case, checked in C: printable once tabs and line breaks are set aside.
    if text.isprintable() or text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable():
        return text
    return _BAD_CHARS.sub("", text)


def normalize_space(text: str) -> str:
    """Collapse runs of blanks inside lines, strip lines, and drop empty ones.

    str.split() knows every Unicode space (no-break, em, ideographic…); zero-width spaces,
    which it does not count as spaces, are removed.
    """
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML fragment, one line per block, entities decoded.

    Plain text (no tag, no entity) skips the HTML parser: most feed titles are plain.
    """
    if not html:
        return ""
    text = clean_string(html)
    if not _HTMLISH.search(text):
        return normalize_space(text)
    if "<" not in text:  # entities only
        return normalize_space(clean_string(htmllib.unescape(text)))
    try:
        root = lxml.etree.fromstring(text, _PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:  # libxml2 gave up (e.g. absurd nesting): strip tags by pattern instead
        return normalize_space(clean_string(htmllib.unescape(_TAGS.sub(" ", text))))
    if _DROP_HINT.search(text):  # strip_elements walks the whole tree: only when needed
        lxml.etree.strip_elements(root, *_DROP, with_tail=False)
    return normalize_space(clean_string(_visible_text(root)))


def _visible_text(root: lxml.etree._Element) -> str:
    """Join all text under `root`, with a line break around each block element."""
    for element in root.iter(*_BLOCK):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return "".join(root.itertext())
