"""Defuse XML before any parser sees it: remove the DOCTYPE, expand only harmless entities.

feedparser strips a DOCTYPE only when it starts a line, so `<?xml …?><!DOCTYPE …>` on one line
reaches expat with its entities (RELIABILITY.md §2: an 834-byte billion laughs cost 1.6 s).
We remove every DOCTYPE ourselves, before either parser runs. Entities that real feeds declare
for convenience (reader #212: `<!ENTITY nbsp "&#160;">`) are expanded here, once, when their
value is short plain text or a single character reference. Anything else (nested references,
parameter or external entities, SYSTEM/PUBLIC ids) is dropped and never read, fetched or expanded.
"""

from __future__ import annotations

import codecs
import re

from monitor.errors import MonitorError

_MAX_ENTITY_VALUE = 64  # bytes: a convenience entity is a character or a short word
_MAX_EXPANSION = 1 << 20  # bytes added by expansion, all references together
_DOCTYPE_START = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
# The internal subset may hold quoted "]" or ">" characters; skip quoted strings and comments.
_SUBSET_TOKEN = re.compile(rb'"[^"]*"|\'[^\']*\'|<!--.*?-->|[\[\]>]|[^"\'\[\]><]+|.', re.DOTALL)
_ENTITY_DECL = re.compile(
    rb"<!ENTITY\s+(%\s+)?([A-Za-z_:][\w.:-]*)\s+(?:(SYSTEM|PUBLIC)\b|\"([^\"]*)\"|'([^']*)')",
    re.DOTALL)
_SAFE_VALUE = re.compile(rb"(?:[^&<%\"]*|&#[0-9]{1,7};|&#x[0-9a-fA-F]{1,6};)")
# Tags for the nesting guard; CDATA and comments are skipped (their "<" are not markup).
_TAG = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<[!?][^>]*>|<(/?)[^\s/>]+[^>]*?(/?)>", re.DOTALL)
_PREDEFINED = frozenset({b"lt", b"gt", b"amp", b"quot", b"apos"})
_XML_DECL = re.compile(rb"^<\?xml[^>]*\?>")
_ENCODING_ATTR = re.compile(rb"""(encoding\s*=\s*)(["'])[^"']*\2""")
_BOMS = ((codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"))
_WIDE_PATTERNS = ((b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
                  (b"\x00<\x00?", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"))


def defuse_xml(body: bytes) -> bytes:
    """Return `body` without any DOCTYPE, its harmless entities expanded, in an ASCII-compatible encoding.

    UTF-16/32 documents are re-encoded as UTF-8 (with the declaration updated) so the
    byte-level filtering below sees their markup.
    """
    body = _to_ascii_compatible(body)
    start = _find_doctype(body)
    if start < 0:
        return body
    end, subset = _doctype_end(body, start + len(b"<!DOCTYPE"))
    entities = _declared_entities(subset) if subset else {}
    rest = body[end:]
    if entities:
        rest = _expand(rest, entities)
    return body[:start] + rest


def _find_doctype(body: bytes) -> int:
    """Return the offset of the prolog's DOCTYPE, or -1 (comments and PIs are skipped)."""
    i = 0
    while True:
        i = body.find(b"<", i)
        if i < 0:
            return -1
        if body.startswith(b"<?", i):
            j = body.find(b"?>", i)
            i = len(body) if j < 0 else j + 2
        elif body.startswith(b"<!--", i):
            j = body.find(b"-->", i)
            i = len(body) if j < 0 else j + 3
        elif _DOCTYPE_START.match(body, i):
            return i
        else:
            return -1


def _doctype_end(body: bytes, pos: int) -> tuple[int, bytes]:
    """Return (offset just past the DOCTYPE's closing '>', its internal subset bytes)."""
    subset_start = -1
    in_subset = False
    subset = b""
    for token in _SUBSET_TOKEN.finditer(body, pos):
        value = token.group()
        if value == b"[" and not in_subset and subset_start < 0:
            in_subset, subset_start = True, token.end()
        elif value == b"]" and in_subset:
            in_subset = False
            subset = body[subset_start: token.start()]
        elif value == b">" and not in_subset:
            return token.end(), subset
    return len(body), b""  # unterminated: nothing after it is usable anyway


def _declared_entities(subset: bytes) -> dict[bytes, bytes]:
    """Map each general entity declared in the subset to its replacement.

    A short plain-text or single-character-reference value is kept (quotes escaped, so it is
    safe in attributes too); any other entity (nested references, external, too long) maps
    to b"": its references vanish instead of leaving an undefined entity behind.
    """
    found: dict[bytes, bytes] = {}
    for decl in _ENTITY_DECL.finditer(subset):
        parameter, name, external, dq, sq = decl.groups()
        if parameter:
            continue
        value = dq if dq is not None else sq
        safe = (not external and value is not None and len(value) <= _MAX_ENTITY_VALUE
                and _SAFE_VALUE.fullmatch(value) is not None)
        if name not in found and name not in _PREDEFINED:
            found[name] = value.replace(b"'", b"&apos;") if safe and value is not None else b""
    return found


def _expand(rest: bytes, entities: dict[bytes, bytes]) -> bytes:
    """Replace `&name;` with the entity's value, giving up past a total expansion budget."""
    pattern = re.compile(b"&(" + b"|".join(re.escape(n) for n in entities) + b");")
    budget = [_MAX_EXPANSION]

    def replace(match: re.Match[bytes]) -> bytes:
        value = entities[match.group(1)]
        budget[0] -= len(value)
        return value if budget[0] >= 0 else b""

    return pattern.sub(replace, rest)


def _to_ascii_compatible(body: bytes) -> bytes:
    """Re-encode a UTF-16/32 document as UTF-8 so byte patterns match; leave others alone."""
    encoding = next((enc for bom, enc in _BOMS if body.startswith(bom)), None)
    skip = len(next((bom for bom, enc in _BOMS if body.startswith(bom)), b""))
    if encoding is None:
        encoding = next((enc for pat, enc in _WIDE_PATTERNS if body.startswith(pat)), None)
    if encoding is None:
        return body
    text = body[skip:].decode(encoding, errors="replace")
    data = text.encode("utf-8", errors="replace")
    decl = _XML_DECL.match(data)
    if decl:
        fixed = _ENCODING_ATTR.sub(rb'\1"utf-8"', decl.group())
        data = fixed + data[decl.end():]
    return data


MIN_EXPAT = (2, 4, 0)  # the first expat with the billion-laughs amplification guard


def require_safe_expat(version: tuple[int, int, int] | None = None) -> None:
    """Refuse to start on an expat older than 2.4.0 (RELIABILITY.md §2, X4).

    Our own pre-filter removes entity declarations, but feedparser's strict pass still hands
    the bytes to expat; an old expat would be the only guard left if the filter ever missed.

    Raises:
        MonitorError: the linked expat is too old.
    """
    if version is None:
        import pyexpat

        version = pyexpat.version_info
    if tuple(version) < MIN_EXPAT:
        found = ".".join(map(str, version))
        raise MonitorError(f"expat {found} is too old: 2.4.0 or later is needed (billion laughs guard)")


def nesting_exceeds(data: bytes, limit: int) -> bool:
    """Say whether elements nest deeper than `limit` (checked before the slow tolerant parser)."""
    depth = 0
    for tag in _TAG.finditer(data):
        closing, empty = tag.group(1), tag.group(2)
        if closing is None or empty:
            continue  # CDATA, comment, PI, declaration or <empty/>
        depth += -1 if closing else 1
        if depth > limit:
            return True
    return False
