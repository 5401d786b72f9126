"""Query functions over `articles` and its FTS5 index; rows become `model.Article` only here.

An entry is stored once: it is the same article when it has the same guid in the same feed, or the
same canonical URL in any feed. A changed entry (new content hash) updates its row, the FTS index
follows through triggers, and `processed` goes back to 0 so detection reads the new version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from monitor.model import Article
from monitor.store.db import write_transaction
from monitor.store.times import from_iso, to_iso

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


def upsert_articles(db: Database, feed_id: int | None, articles: Sequence[Article],
                    now: datetime) -> tuple[int, int]:
    """Store a feed's entries, once each; return (new, updated). Unchanged entries cost no write."""
    result = upsert_articles_ids(db, feed_id, articles, now)
    return result.new, result.updated


def upsert_articles_ids(db: Database, feed_id: int | None, articles: Sequence[Article],
                        now: datetime) -> UpsertResult:
    """Like `upsert_articles`, and also return the ids of the new rows."""
    if not articles:
        return UpsertResult(0, 0)
    # id, url, content_hash of rows already there, looked up in batches through the indexes.
    by_guid: dict[str, tuple[int, str | None, str]] = {}
    by_url: dict[str, tuple[int, str | None, str]] = {}
    guids = list({a.guid for a in articles})
    urls = list({a.url for a in articles if a.url})
    for part in _chunks(guids):
        marks = ",".join("?" * len(part))
        for id_, guid, url, chash in db.execute(
                f"SELECT id, guid, url, content_hash FROM articles WHERE feed_id IS ? AND guid IN ({marks})",
                [feed_id, *part]):
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

    new_ids: list[int] = []
    with write_transaction(db):
        conn = db.conn
        for art in inserts:
            cur = conn.execute(
                "INSERT INTO articles (feed_id, guid, url, title, summary, text, full_text, lang, "
                "published, fetched, content_hash, processed) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                (feed_id, art.guid, art.url, art.title, art.summary, art.text, art.full_text, art.lang,
                 to_iso(art.published), to_iso(art.fetched or now), art.content_hash))
            new_ids.append(int(cur.lastrowid or 0))
        for id_, art, url_free in updates:
            conn.execute(
                "UPDATE articles SET title = ?, summary = ?, text = ?, lang = coalesce(?, lang), "
                "published = ?, updated = ?, content_hash = ?, processed = 0, "
                "full_text = coalesce(?, full_text), url = CASE WHEN ? THEN ? ELSE url END WHERE id = ?",
                (art.title, art.summary, art.text, art.lang, to_iso(art.published), to_iso(now),
                 art.content_hash, art.full_text, int(url_free and art.url is not None), art.url, id_))
    return UpsertResult(len(inserts), len(updates), tuple(new_ids))


def get_article_urls(db: Database, article_ids: Sequence[int]) -> list[tuple[int, str | None]]:
    """Return (id, url) for these articles, in id order."""
    pairs: list[tuple[int, str | None]] = []
    for part in _chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        pairs.extend(db.execute(f"SELECT id, url FROM articles WHERE id IN ({marks}) ORDER BY id",
                                list(part)))
    return pairs


def set_full_text(db: Database, article_id: int, text: str | None) -> None:
    """Store the main text extracted from an article's page (detection reads it again)."""
    with write_transaction(db):
        db.execute("UPDATE articles SET full_text = ?, processed = 0 WHERE id = ?", [text, article_id])


_ARTICLE_COLUMNS = ("a.id, a.feed_id, a.guid, a.url, a.title, a.summary, a.text, a.full_text, a.lang, "
                    "a.published, a.fetched, a.content_hash, a.processed, f.url")


def _article_from_row(row: sqlite3.Row | tuple[Any, ...]) -> StoredArticle:
    (id_, feed_id, guid, url, title, summary, text, full_text, lang, published, fetched, chash,
     processed, feed_url) = row
    fetched_at = from_iso(fetched)
    assert fetched_at is not None
    article = Article(guid=guid, title=title, text=text, published=from_iso(published) or fetched_at,
                      fetched=fetched_at, url=url, summary=summary, lang=lang, content_hash=chash,
                      full_text=full_text, feed_url=feed_url)
    return StoredArticle(id=id_, feed_id=feed_id, article=article, processed=bool(processed))


def get_article(db: Database, article_id: int) -> StoredArticle | None:
    """Return one stored article, or None."""
    row = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                     "WHERE a.id = ?", [article_id]).fetchone()
    return _article_from_row(row) if row else None


def get_articles(db: Database, *, feed_id: int | None = None, limit: int = 50) -> list[StoredArticle]:
    """Return the latest articles (all feeds, or one), newest published first."""
    where, params = ("WHERE a.feed_id = ?", [feed_id]) if feed_id is not None else ("", [])
    rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                      f"{where} ORDER BY a.published DESC, a.id DESC LIMIT ?", [*params, limit]).fetchall()
    return [_article_from_row(r) for r in rows]


def get_unprocessed_articles(db: Database, limit: int = 500) -> list[StoredArticle]:
    """Return articles detection has not read in their current version, oldest first."""
    rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                      "WHERE a.processed = 0 ORDER BY a.id LIMIT ?", [limit]).fetchall()
    return [_article_from_row(r) for r in rows]


def mark_processed(db: Database, article_ids: Iterable[int]) -> None:
    """Mark these articles as read by detection (joins the caller's transaction if any)."""
    ids = list(article_ids)
    with write_transaction(db):
        for part in _chunks(ids):
            db.execute(f"UPDATE articles SET processed = 1 WHERE id IN ({','.join('?' * len(part))})",
                       list(part))


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


def search_articles(db: Database, query: str, limit: int = 20) -> list[SearchHit]:
    """Return the articles whose title or text match every word of `query`, best first."""
    match = fts_query(query)
    if not match:
        return []
    rows = db.execute(
        "SELECT a.id, a.feed_id, a.title, a.url, a.published, "
        "snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts) "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?", [match, limit]).fetchall()
    return [SearchHit(id=r[0], feed_id=r[1], title=r[2], url=r[3],
                      published=from_iso(r[4]) or datetime.min, snippet=" ".join(r[5].split()), rank=r[6])
            for r in rows]


def count_articles(db: Database, *, feed_id: int | None = None, since: datetime | None = None) -> int:
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


def count_articles_by_feed(db: Database) -> dict[int, int]:
    """Return {feed_id: number of articles} for feeds that have any."""
    return {fid: n for fid, n in db.execute(
        "SELECT feed_id, count(*) FROM articles WHERE feed_id IS NOT NULL GROUP BY feed_id")}
