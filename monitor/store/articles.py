"""Query functions over `articles` and its full-text index; rows become `model.Article` only here.

An entry is stored once: it is the same article when it has the same guid in the same feed, or the
same canonical URL in any feed. A changed entry (new content hash) updates its row, the FTS index
follows (on SQLite through a queue that `index_for_search` works off, a generated tsvector column
on PostgreSQL), and `processed` goes back to 0 so detection reads the new version.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from monitor.model import Article
from monitor.store.db import POSTGRESQL, SQLITE, Store, write_transaction
from monitor.store.times import from_iso, to_iso

log = logging.getLogger(__name__)

_CHUNK = 400  # stay far below SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored: its row id and feed beside the article itself."""

    id: int
    feed_id: int | None
    article: Article
    processed: bool = False


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result, best first."""

    id: int
    feed_id: int | None
    title: str
    url: str | None
    published: datetime
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What `upsert_articles` did: counts, and the row ids of new articles (for full-text fetches)."""

    new: int
    updated: int
    new_ids: tuple[int, ...] = ()


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def upsert_articles(db: Store, feed_id: int | None, articles: Sequence[Article],
                    now: datetime) -> tuple[int, int]:
    """Store a feed's entries, once each; return (new, updated). Unchanged entries cost no write."""
    result = upsert_articles_ids(db, feed_id, articles, now)
    return result.new, result.updated


def upsert_articles_ids(db: Store, feed_id: int | None, articles: Sequence[Article],
                        now: datetime) -> UpsertResult:
    """Like `upsert_articles`, and also return the ids of the new rows."""
    if not articles:
        return UpsertResult(0, 0)
    # id, url, content_hash of rows already there, looked up in batches through the indexes.
    by_guid: dict[str, tuple[int, str | None, str]] = {}
    by_url: dict[str, tuple[int, str | None, str]] = {}
    guids = list({a.guid for a in articles})
    urls = list({a.url for a in articles if a.url})
    same_feed = "feed_id IS NULL" if feed_id is None else "feed_id = ?"  # `= NULL` is never true
    feed_params = [] if feed_id is None else [feed_id]
    for part in _chunks(guids):
        marks = ",".join("?" * len(part))
        for id_, guid, url, chash in db.execute(
                f"SELECT id, guid, url, content_hash FROM articles WHERE {same_feed} AND guid IN ({marks})",
                [*feed_params, *part]):
            by_guid[guid] = (id_, url, chash)
    for part in _chunks(urls):
        marks = ",".join("?" * len(part))
        for id_, url, chash in db.execute(
                f"SELECT id, url, content_hash FROM articles WHERE url IN ({marks})", list(part)):
            by_url[url] = (id_, url, chash)

    inserts: list[Article] = []
    updates: list[tuple[int, Article, bool]] = []  # (id, article, may take the new url)
    seen_ids: set[int] = set()
    batch_guids: set[str] = set()
    batch_urls: set[str] = set()
    for art in articles:
        found = by_guid.get(art.guid) or (by_url.get(art.url) if art.url else None)
        if found is None:
            if art.guid in batch_guids or (art.url and art.url in batch_urls):
                continue  # the same entry twice in one document: the first one wins
            batch_guids.add(art.guid)
            if art.url:
                batch_urls.add(art.url)
            inserts.append(art)
            continue
        id_, old_url, old_hash = found
        if id_ in seen_ids or old_hash == art.content_hash:
            continue
        seen_ids.add(id_)
        url_free = art.url is None or art.url == old_url or (
            art.url not in by_url and art.url not in batch_urls)
        updates.append((id_, art, url_free))

    with write_transaction(db):
        new_ids = db.insert_many(
            "INSERT INTO articles (feed_id, guid, url, title, summary, text, full_text, lang, "
            "published, fetched, content_hash, processed) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
            [(feed_id, art.guid, art.url, art.title, art.summary, art.text, art.full_text, art.lang,
              to_iso(art.published), to_iso(art.fetched or now), art.content_hash) for art in inserts])
        for id_, art, url_free in updates:
            db.execute(
                "UPDATE articles SET title = ?, summary = ?, text = ?, lang = coalesce(?, lang), "
                "published = ?, updated = ?, content_hash = ?, processed = 0, lease_owner = NULL, "
                "lease_until = NULL, full_text = coalesce(?, full_text), "
                "url = CASE WHEN ? = 1 THEN ? ELSE url END WHERE id = ?",
                (art.title, art.summary, art.text, art.lang, to_iso(art.published), to_iso(now),
                 art.content_hash, art.full_text, int(url_free and art.url is not None), art.url, id_))
    return UpsertResult(len(inserts), len(updates), tuple(new_ids))


SEARCH_INDEX_BATCH = 2000  # articles per indexing transaction: ~0.1 s of FTS5 work holding the lock


def index_for_search(db: Store, limit: int = SEARCH_INDEX_BATCH) -> int:
    """Add up to `limit` queued articles to SQLite's search index in one transaction; return how many.

    New articles are only queued when stored (schema m023): indexing is its own step, so a poll
    does not tokenise every article on its path. PostgreSQL's search column is generated: nothing
    to do there.
    """
    if db.dialect != SQLITE:
        return 0
    with write_transaction(db):
        ids = [r[0] for r in db.execute(
            "SELECT article_id FROM search_queue ORDER BY article_id LIMIT ?", [limit]).fetchall()]
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            db.execute("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles "
                       f"WHERE id IN ({marks})", list(part))
            db.execute(f"DELETE FROM search_queue WHERE article_id IN ({marks})", list(part))
    return len(ids)


def count_unindexed(db: Store) -> int:
    """Return how many stored articles wait for the search index (0 on PostgreSQL)."""
    if db.dialect != SQLITE:
        return 0
    return int(db.execute("SELECT count(*) FROM search_queue").fetchone()[0])


def _catch_up_search_index(db: Store) -> None:
    """Index what is queued before a search reads; a store we may not write is searched as it is."""
    try:
        while index_for_search(db):
            pass
    except sqlite3.OperationalError as exc:  # read-only file, or a writer holding the lock too long
        log.warning("search index not brought up to date (%s): recent articles may be missing", exc)


def get_article_urls(db: Store, article_ids: Sequence[int]) -> list[tuple[int, str | None]]:
    """Return (id, url) for these articles, in id order."""
    pairs: list[tuple[int, str | None]] = []
    for part in _chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        pairs.extend(db.execute(f"SELECT id, url FROM articles WHERE id IN ({marks}) ORDER BY id",
                                list(part)))
    return pairs


def set_full_text(db: Store, article_id: int, text: str | None) -> None:
    """Store the main text extracted from an article's page (detection reads it again)."""
    with write_transaction(db):
        db.execute("UPDATE articles SET full_text = ?, processed = 0 WHERE id = ?", [text, article_id])


_ARTICLE_COLUMNS = ("a.id, a.feed_id, a.guid, a.url, a.title, a.summary, a.text, a.full_text, a.lang, "
                    "a.published, a.fetched, a.content_hash, a.processed, f.url")


def _article_from_row(row: tuple[Any, ...]) -> StoredArticle:
    (id_, feed_id, guid, url, title, summary, text, full_text, lang, published, fetched, chash,
     processed, feed_url) = row
    fetched_at = from_iso(fetched)
    assert fetched_at is not None
    article = Article(guid=guid, title=title, text=text, published=from_iso(published) or fetched_at,
                      fetched=fetched_at, url=url, summary=summary, lang=lang, content_hash=chash,
                      full_text=full_text, feed_url=feed_url)
    return StoredArticle(id=id_, feed_id=feed_id, article=article, processed=bool(processed))


def get_article(db: Store, article_id: int) -> StoredArticle | None:
    """Return one stored article, or None."""
    row = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                     "WHERE a.id = ?", [article_id]).fetchone()
    return _article_from_row(row) if row else None


def get_articles(db: Store, *, feed_id: int | None = None, limit: int = 50) -> list[StoredArticle]:
    """Return the latest articles (all feeds, or one), newest published first."""
    where, params = ("WHERE a.feed_id = ?", [feed_id]) if feed_id is not None else ("", [])
    rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                      f"{where} ORDER BY a.published DESC, a.id DESC LIMIT ?", [*params, limit]).fetchall()
    return [_article_from_row(r) for r in rows]


def get_unprocessed_articles(db: Store, limit: int = 500) -> list[StoredArticle]:
    """Return articles detection has not read in their current version, oldest first."""
    rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                      "WHERE a.processed = 0 ORDER BY a.id LIMIT ?", [limit]).fetchall()
    return [_article_from_row(r) for r in rows]


def claim_articles_for_detection(db: Store, owner: str, now: datetime, limit: int,
                                 lease_s: float) -> list[StoredArticle]:
    """Lease up to `limit` articles detection has not read to `owner` for `lease_s` s; newest first.

    Newest stored first (highest id), not oldest: a feed that delivers 20,000 items at once (a
    new subscription, an archive) must not hold back what other feeds publish meanwhile; the
    fresh item is the one an alert is waiting for, and the backlog is worked off behind it at
    detection speed (issue 11). An article leased by a dead instance is claimable again when its
    lease expires. PostgreSQL skips rows another claim is locking; SQLite claims in BEGIN IMMEDIATE.
    """
    if limit <= 0:
        return []
    at, until = to_iso(now), to_iso(now + timedelta(seconds=lease_s))
    pick = ("SELECT id FROM articles WHERE processed = 0 AND (lease_until IS NULL OR lease_until <= ?) "
            "ORDER BY id DESC LIMIT ?")
    with write_transaction(db):
        if db.dialect == POSTGRESQL:  # the CTE runs once (see claim_due_feeds)
            sql = (f"WITH picked AS ({pick} FOR UPDATE SKIP LOCKED) UPDATE articles "
                   "SET lease_owner = ?, lease_until = ? FROM picked WHERE articles.id = picked.id "
                   "RETURNING articles.id")
            params: list[Any] = [at, limit, owner, until]
        else:
            sql = f"UPDATE articles SET lease_owner = ?, lease_until = ? WHERE id IN ({pick}) RETURNING id"
            params = [owner, until, at, limit]
        ids = [r[0] for r in db.execute(sql, params).fetchall()]
        claimed: list[StoredArticle] = []
        for part in _chunks(sorted(ids, reverse=True)):
            claimed.extend(_article_from_row(r) for r in db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                f"WHERE a.id IN ({','.join('?' * len(part))}) ORDER BY a.id DESC", list(part)))
    return claimed


def release_article_leases(db: Store, owner: str) -> int:
    """Give back every article lease `owner` holds (a clean stop); return how many."""
    with write_transaction(db):
        return db.execute("UPDATE articles SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?",
                          [owner]).rowcount


def mark_processed(db: Store, article_ids: Iterable[int]) -> None:
    """Mark these articles as read by detection, giving back their leases (joins the caller's transaction)."""
    ids = list(article_ids)
    with write_transaction(db):
        for part in _chunks(ids):
            db.execute("UPDATE articles SET processed = 1, lease_owner = NULL, lease_until = NULL "
                       f"WHERE id IN ({','.join('?' * len(part))})", list(part))


def fts_query(text: str) -> str:
    """Turn user text into an FTS5 query: every word must appear, no operator syntax.

    Each word is quoted (inner quotes doubled), so `"`, `-`, `:` or `AND` are plain text.
    A trailing `*` on a word keeps its prefix meaning: `kand*` finds Kandahar.
    """
    terms = []
    for word in text.split():
        prefix = word.endswith("*") and len(word) > 1
        core = word[:-1] if prefix else word
        terms.append('"' + core.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def tsquery_words(text: str) -> tuple[str, list[str]]:
    """Split user text for PostgreSQL: (plain words as a websearch query, prefixes of `word*`).

    Each plain word is quoted, so `or`, `-` and quotes are text, not operators, and split at
    punctuation as FTS5 splits it (`lashkar-gah` is the phrase "lashkar gah"); a prefix keeps only
    its letters and digits (`to_tsquery` syntax is never built from user text otherwise).
    """
    plain, prefixes = [], []
    for word in text.split():
        if word.endswith("*") and len(word) > 1:
            core = "".join(c for c in word[:-1] if c.isalnum())
            if core:
                prefixes.append(core)
        else:
            core = " ".join("".join(c if c.isalnum() else " " for c in word).split())
            if core:
                plain.append(f'"{core}"')
    return " ".join(plain), prefixes


def _search_postgresql(db: Store, query: str, limit: int) -> list[SearchHit]:
    plain, prefixes = tsquery_words(query)
    if not plain and not prefixes:
        return []
    parts, params = [], []
    if plain:
        parts.append("websearch_to_tsquery('monitor_search', ?)")
        params.append(plain)
    for core in prefixes:
        parts.append("to_tsquery('monitor_search', ?)")
        params.append(f"{core}:*")
    tsquery = " && ".join(parts)
    rows = db.execute(
        f"WITH q AS (SELECT {tsquery} AS q) "
        "SELECT a.id, a.feed_id, a.title, a.url, a.published, "
        "ts_headline('monitor_search', a.text, q.q, "
        "'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…'), "
        "-ts_rank_cd(a.search, q.q) AS rank "
        "FROM articles a, q WHERE a.search @@ q.q ORDER BY rank, a.id LIMIT ?", [*params, limit]).fetchall()
    return [SearchHit(id=r[0], feed_id=r[1], title=r[2], url=r[3],
                      published=from_iso(r[4]) or datetime.min, snippet=" ".join(r[5].split()),
                      rank=float(r[6])) for r in rows]


def search_articles(db: Store, query: str, limit: int = 20) -> list[SearchHit]:
    """Return the articles whose title or text match every word of `query`, best first.

    SQLite uses FTS5 (bm25); PostgreSQL its full-text search ('simple' configuration, accents
    folded by unaccent when the server has it). A lower rank is a better match on both.
    """
    if db.dialect == POSTGRESQL:
        return _search_postgresql(db, query, limit)
    match = fts_query(query)
    if not match:
        return []
    _catch_up_search_index(db)
    rows = db.execute(
        "SELECT a.id, a.feed_id, a.title, a.url, a.published, "
        "snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts) "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?", [match, limit]).fetchall()
    return [SearchHit(id=r[0], feed_id=r[1], title=r[2], url=r[3],
                      published=from_iso(r[4]) or datetime.min, snippet=" ".join(r[5].split()), rank=r[6])
            for r in rows]


def count_articles(db: Store, *, feed_id: int | None = None, since: datetime | None = None) -> int:
    """Count stored articles, optionally of one feed and/or fetched since a time."""
    clauses: list[str] = []
    params: list[object] = []
    if feed_id is not None:
        clauses.append("feed_id = ?")
        params.append(feed_id)
    if since is not None:
        clauses.append("fetched >= ?")
        params.append(to_iso(since))
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return int(db.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0])


def count_articles_by_feed(db: Store) -> dict[int, int]:
    """Return {feed_id: number of articles} for feeds that have any."""
    return {fid: n for fid, n in db.execute(
        "SELECT feed_id, count(*) FROM articles WHERE feed_id IS NOT NULL GROUP BY feed_id")}
