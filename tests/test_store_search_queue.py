"""SQLite's search index is its own step (issue 11): stored articles wait in a queue until indexed.

A poll only queues new articles; `index_for_search` indexes them in bulk (the daemon's detection
worker, and any search before it reads). An article updated or deleted while it waits must leave
FTS5 sound: a 'delete' of a row FTS5 never held corrupts it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.model import Article
from monitor.store.articles import (
    count_unindexed,
    index_for_search,
    search_articles,
    upsert_articles,
    upsert_articles_ids,
)
from monitor.store.db import Store, open_store
from monitor.store.sqlite import SqliteStore

NOW = datetime(2024, 3, 1, 12, tzinfo=UTC)


def art(guid: str, title: str, text: str) -> Article:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return Article(guid=guid, title=title, text=text, published=NOW, fetched=NOW, content_hash=digest)


def indexed(db: Store, word: str) -> list[int]:
    """The rows FTS5 itself holds for `word` (search_articles would index the queue first)."""
    rows = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [word])
    return sorted(r[0] for r in rows)


def assert_index_sound(db: Store) -> None:
    """Index what waits, then have FTS5 check its index against the articles table, row by row."""
    while index_for_search(db):
        pass
    db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def db(tmp_path: Path) -> Store:
    return open_store(tmp_path / "store.db")


def test_new_articles_are_queued_then_indexed_in_batches(db: Store) -> None:
    ids = upsert_articles_ids(db, None, [art(f"g{n}", f"Ferry news {n}", "The ferry to Kismayo runs.")
                                     for n in range(5)], NOW).new_ids
    assert count_unindexed(db) == 5 and indexed(db, "kismayo") == []
    assert index_for_search(db, limit=3) == 3
    assert indexed(db, "kismayo") == sorted(ids)[:3] and count_unindexed(db) == 2
    assert len(search_articles(db, "kismayo")) == 5  # a search indexes what still waits first
    assert count_unindexed(db) == 0 and index_for_search(db) == 0
    assert_index_sound(db)


def test_an_article_changed_or_deleted_while_queued_leaves_the_index_sound(db: Store) -> None:
    upsert_articles(db, None, [art("old", "Harbour news", "Ships dock at Berbera.")], NOW)
    index_for_search(db)
    upsert_articles(db, None, [art("a", "Ferry news", "The ferry to Bosaso runs."),
                               art("b", "Road news", "The road to Garowe is open.")], NOW)
    # While both wait: one is updated, the other deleted, and an indexed one deleted too.
    upsert_articles(db, None, [art("a", "Ferry news", "The ferry to Hargeisa runs.")], NOW)
    with db.transaction():
        db.execute("DELETE FROM articles WHERE guid IN ('b', 'old')")
    assert count_unindexed(db) == 1
    assert [h.title for h in search_articles(db, "hargeisa")] == ["Ferry news"]
    assert search_articles(db, "bosaso") == [] and search_articles(db, "garowe") == []
    assert search_articles(db, "berbera") == []
    assert_index_sound(db)
    # Once indexed, an update replaces its words in FTS5 at once.
    upsert_articles(db, None, [art("a", "Ferry news", "The ferry to Las Anod runs.")], NOW)
    assert indexed(db, "hargeisa") == [] and len(indexed(db, "anod")) == 1
    assert_index_sound(db)


def test_a_store_opened_read_only_is_searched_as_it_is(db: Store, tmp_path: Path) -> None:
    upsert_articles(db, None, [art("a", "Ferry news", "The ferry to Bosaso runs.")], NOW)
    index_for_search(db)
    upsert_articles(db, None, [art("b", "Ferry again", "Another ferry to Bosaso.")], NOW)
    db.close()
    read_only = sqlite3.connect(f"file:{tmp_path / 'store.db'}?mode=ro", uri=True, isolation_level=None)
    reader = SqliteStore(read_only)
    assert [h.title for h in search_articles(reader, "bosaso")] == ["Ferry news"]
