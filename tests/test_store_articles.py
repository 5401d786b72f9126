"""The articles table: dedup by guid or canonical URL, updates, full-text search, state keys."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from monitor.model import Article, DaemonInstance, Feed
from monitor.store.articles import (
    count_articles,
    fts_query,
    get_articles,
    get_unprocessed_articles,
    mark_processed,
    search_articles,
    upsert_articles,
    upsert_articles_ids,
)
from monitor.store.db import Store
from monitor.store.feeds import add_feed
from monitor.store.state import (
    get_all_state,
    get_instances,
    get_state,
    record_cycle,
    record_instance_start,
    record_instance_stop,
    set_state,
    write_heartbeat,
)

NOW = datetime(2021, 8, 13, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(store: Store) -> Store:
    """These tests run on both backends: SQLite, then PostgreSQL."""
    return store



def art(guid: str, title: str = "Kandahar falls", text: str = "The city changed hands.",
        url: str | None = None) -> Article:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return Article(guid=guid, title=title, text=text, published=NOW, fetched=NOW, url=url,
                   content_hash=digest)


@pytest.fixture
def feeds(db: Store) -> tuple[int, int]:
    a = add_feed(db, Feed(url="https://a.example/rss"), NOW)
    b = add_feed(db, Feed(url="https://b.example/rss"), NOW)
    assert a.id is not None and b.id is not None
    return a.id, b.id


def test_new_then_unchanged(db: Store, feeds: tuple[int, int]) -> None:
    """Entries are inserted once; the same entries again cost no write."""
    a, _ = feeds
    entries = [art("1", url="https://a.example/1"), art("2", url="https://a.example/2")]
    assert upsert_articles(db, a, entries, NOW) == (2, 0)
    if db.dialect != "sqlite":
        pytest.skip("counts writes through SQLite's total_changes")
    changes = db.conn.total_changes
    assert upsert_articles(db, a, entries, NOW) == (0, 0)
    assert db.conn.total_changes == changes
    assert count_articles(db) == 2


def test_same_url_in_another_feed_is_the_same_article(db: Store, feeds: tuple[int, int]) -> None:
    """An entry whose canonical URL is already stored (from any feed) is not stored again."""
    a, b = feeds
    upsert_articles(db, a, [art("a-1", url="https://news.example/story")], NOW)
    assert upsert_articles(db, b, [art("b-9", url="https://news.example/story")], NOW) == (0, 0)
    assert count_articles(db) == 1


def test_same_guid_in_two_feeds_is_two_articles(db: Store, feeds: tuple[int, int]) -> None:
    """A guid is only unique within its feed."""
    a, b = feeds
    upsert_articles(db, a, [art("1")], NOW)
    assert upsert_articles(db, b, [art("1")], NOW) == (1, 0)


def test_duplicates_within_one_document_are_stored_once(db: Store, feeds: tuple[int, int]) -> None:
    """The same entry twice in one document (same guid, or same URL) is stored once."""
    a, _ = feeds
    entries = [art("1", url="https://a.example/x"), art("1"), art("2", url="https://a.example/x")]
    assert upsert_articles(db, a, entries, NOW) == (1, 0)


def test_updated_entry_updates_row_search_and_processed(db: Store, feeds: tuple[int, int]) -> None:
    """A changed entry updates its row and its FTS entry, and is queued for detection again."""
    a, _ = feeds
    upsert_articles(db, a, [art("1", title="Fighting near Herat", url="https://a.example/1")], NOW)
    mark_processed(db, [s.id for s in get_unprocessed_articles(db)])
    assert get_unprocessed_articles(db) == []
    later = NOW + timedelta(hours=1)
    changed = art("1", title="Herat falls to the Taliban", url="https://a.example/1")
    assert upsert_articles(db, a, [changed], later) == (0, 1)
    assert count_articles(db) == 1
    [row] = get_unprocessed_articles(db)
    assert row.article.title == "Herat falls to the Taliban"
    assert [h.id for h in search_articles(db, "falls")] == [row.id]
    assert search_articles(db, "fighting") == []
    assert db.execute("SELECT updated FROM articles").fetchone()[0] == later.isoformat()


def test_update_does_not_steal_another_rows_url(db: Store, feeds: tuple[int, int]) -> None:
    """An update whose new URL belongs to another article keeps its own URL instead of failing."""
    a, _ = feeds
    upsert_articles(db, a, [art("1", url="https://a.example/1"), art("2", url="https://a.example/2")], NOW)
    moved = art("1", title="new title", url="https://a.example/2")
    assert upsert_articles(db, a, [moved], NOW) == (0, 1)
    urls = dict(db.execute("SELECT guid, url FROM articles").fetchall())
    assert urls == {"1": "https://a.example/1", "2": "https://a.example/2"}


def test_new_ids_are_returned(db: Store, feeds: tuple[int, int]) -> None:
    """The ids of new rows come back, for the full-text fetches."""
    a, _ = feeds
    result = upsert_articles_ids(db, a, [art("1"), art("2")], NOW)
    assert sorted(result.new_ids) == sorted(s.id for s in get_articles(db))


def test_many_articles_cross_the_parameter_chunks(db: Store, feeds: tuple[int, int]) -> None:
    """More entries than one batch of bound parameters are looked up and deduplicated correctly."""
    a, _ = feeds
    entries = [art(str(i), url=f"https://a.example/{i}") for i in range(1000)]
    assert upsert_articles(db, a, entries, NOW) == (1000, 0)
    assert upsert_articles(db, a, entries, NOW) == (0, 0)
    assert upsert_articles(db, a, [replace(entries[999], content_hash="other")], NOW) == (0, 1)


@pytest.mark.parametrize("query", ['"', "-", 'Kabul "', "AND", "OR NOT", "a:b", "(", "*", "NEAR(", "^x"])
def test_search_never_raises_on_user_text(db: Store, feeds: tuple[int, int], query: str) -> None:
    """Quotes, dashes, operators and brackets in a query are plain text, not FTS5 syntax errors."""
    upsert_articles(db, feeds[0], [art("1")], NOW)
    assert isinstance(search_articles(db, query), list)


@pytest.mark.parametrize(("query", "hits"), [
    ("kandahar", 1),
    ("KANDAHAR changed", 1),
    ("kand*", 1),
    ("kandahar herat", 0),
    ("", 0),
    ("lashkar", 1),
    ("lashkar-gah", 1),
    ("qandahar", 0),
])
def test_search_matches_every_word(db: Store, feeds: tuple[int, int], query: str, hits: int) -> None:
    """Search finds articles containing every word of the query, accents and case ignored."""
    second = art("2", title="Lashkar Gah prise", text="Les talibans entrent.")
    upsert_articles(db, feeds[0], [art("1"), second], NOW)
    assert len(search_articles(db, query)) == hits


@pytest.mark.parametrize(("text", "expected"), [
    ("taliban", '"taliban"'),
    ('say "hi"', '"say" """hi"""'),
    ("-x kand*", '"-x" "kand"*'),
    ("   ", ""),
])
def test_fts_query_quotes_each_word(text: str, expected: str) -> None:
    """Each word becomes a quoted FTS5 string; a trailing star stays a prefix search."""
    assert fts_query(text) == expected


def test_state_keys_round_trip(db: Store) -> None:
    """Daemon state keys are written, overwritten, deleted and read back."""
    write_heartbeat(db, NOW, 1234)
    record_cycle(db, NOW, NOW + timedelta(seconds=2), {"feeds": 3})
    assert get_state(db, "pid") == "1234"
    assert get_state(db, "heartbeat") == NOW.isoformat()
    set_state(db, {"pid": None})
    state = get_all_state(db)
    assert "pid" not in state and state["last_cycle"] == '{"feeds": 3}'


def test_search_sees_articles_of_savepoints_kept_and_forgets_those_undone(db: Store) -> None:
    """Articles stored in savepoints are searchable after the commit; an undone one leaves no trace.

    Its id is taken again by the next article, whose own words only are found.
    """
    with db.transaction():
        with db.transaction():
            upsert_articles(db, None, [art("kept", title="Bakhmut battle", text="Shelling nearby.")], NOW)
        with pytest.raises(RuntimeError), db.transaction():
            upsert_articles(db, None, [art("undone", title="Goma falls", text="Rebels took Goma.")], NOW)
            raise RuntimeError("this feed's writes fail")
        upsert_articles(db, None, [art("next", title="Harbour reopens", text="Ships dock at Odesa.")], NOW)
    assert [h.title for h in search_articles(db, "bakhmut")] == ["Bakhmut battle"]
    assert search_articles(db, "goma") == []
    assert [h.title for h in search_articles(db, "odesa")] == ["Harbour reopens"]
    upsert_articles(db, None, [art("next", title="Harbour reopens", text="Ships dock at Mykolaiv.")], NOW)
    assert search_articles(db, "odesa") == []  # indexed once: the update left no ghost of its words
    with pytest.raises(RuntimeError), db.transaction():
        upsert_articles(db, None, [art("rolled", title="Kherson news", text="Kherson ferry.")], NOW)
        raise RuntimeError("the whole transaction fails")
    assert search_articles(db, "kherson") == []
    upsert_articles(db, None, [art("later", title="Kherson ferry", text="The ferry runs again.")], NOW)
    assert [h.title for h in search_articles(db, "kherson")] == ["Kherson ferry"]


def test_instances_each_keep_their_own_heartbeat(db: Store) -> None:
    """Two instances: each heartbeat renews its own row; a stop marks one; a week-old one is forgotten."""
    old = DaemonInstance("b:2:y", "b", 2, ("detect",), NOW - timedelta(days=9), NOW - timedelta(days=8))
    record_instance_start(db, old)
    record_instance_start(db, DaemonInstance("a:1:x", "a", 1, ("poll", "deliver"), NOW, NOW))
    assert [i.owner for i in get_instances(db)] == ["a:1:x"]  # the one silent for 8 days is gone
    record_instance_start(db, DaemonInstance("c:3:z", "c", 3, ("detect",), NOW, NOW))
    write_heartbeat(db, NOW + timedelta(seconds=15), 3, "c:3:z")
    record_instance_stop(db, "a:1:x", NOW + timedelta(seconds=20))
    shown = {i.owner: i for i in get_instances(db)}
    assert shown["c:3:z"].heartbeat == NOW + timedelta(seconds=15) and shown["c:3:z"].stopped is None
    assert shown["a:1:x"].heartbeat == NOW and shown["a:1:x"].stopped == NOW + timedelta(seconds=20)
    assert shown["a:1:x"].roles == ("poll", "deliver")
    assert get_state(db, "pid") == "3"  # the store-wide keys: the last instance to write
