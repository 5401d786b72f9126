"""Canonical article URLs: one spelling per page, so duplicates are stored once.

    >>> canonical_url("HTTPS://Example.COM:443/a?utm_source=x&id=7#top")
    'https://example.com/a?id=7'
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

# Query parameters that only say where a click came from (issue 2: "tracking parameters").
_TRACKING_EXACT = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "_hsenc", "_hsmi", "mkt_tok",
    "oly_anon_id", "oly_enc_id", "vero_id", "__twitter_impression", "cmpid", "ocid",
})
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def is_tracking_param(name: str) -> bool:
    """Say whether a query parameter name only carries click tracking."""
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Return `url` with scheme and host lowercased, default port, fragment and trackers removed.

    Other query parameters keep their order and their exact spelling. A string that is not a
    URL comes back stripped but otherwise unchanged: this function never raises.
    """
    text = "".join(url.split()) if url else ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    netloc = parts.netloc
    if netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        host, port = hostport, ""
        if hostport.startswith("["):  # IPv6 literal
            end = hostport.find("]")
            host, port = hostport[: end + 1], hostport[end + 2:] if end >= 0 else ""
        elif ":" in hostport:
            host, _, port = hostport.rpartition(":")
        host = host.lower().rstrip(".")
        if port and (port == _DEFAULT_PORTS.get(scheme) or not port):
            port = ""
        netloc = (userinfo + "@" if userinfo else "") + host + (":" + port if port else "")
    path = parts.path
    if not path and netloc and scheme in _DEFAULT_PORTS:
        path = "/"
    query = "&".join(
        pair for pair in parts.query.split("&")
        if pair and not is_tracking_param(pair.split("=", 1)[0])
    )
    return urlunsplit((scheme, netloc, path, query, ""))
