"""Fetching feeds and pages over HTTP (I/O) and turning their bytes into articles (pure).

    fetch.py      make_client, fetch_feed, fetch_page, HostLimiter: every network limit   (I/O)
    body.py       read_body: decompression in bounded steps, size counted after it        (I/O)
    netguard.py   SSRF guard: resolved addresses checked at connect time               (I/O edge)
    safexml.py    DOCTYPE/entity pre-filter run before any XML parser                     (pure)
    parse.py      parse_feed: lxml fast path (fastparse.py) or feedparser, decided by checks
    entries.py    raw entry → Article, shared by both parser paths                        (pure)
    fields.py     encoding choice, dates, link joins: feedparser's rules, shared           (pure)
    text.py       html_to_text;  urls.py  canonical_url                                  (pure)
    schedule.py   next_poll: interval, backoff, Retry-After, 410                           (pure)
    discover.py   feed discovery from a page;  opml.py  OPML in and out                  (pure)
    fulltext.py   article page → main text (trafilatura)                                  (pure)
"""
