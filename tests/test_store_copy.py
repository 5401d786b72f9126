"""`monitor store copy SQLITE_FILE postgresql://…`: a whole store moved, ids kept, sequences bumped."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from monitor.model import Article, Feed, Place
from monitor.store.articles import search_articles, upsert_articles
from monitor.store.channels import add_channel
from monitor.store.control import add_change
from monitor.store.copy import count_rows
from monitor.store.db import Store, open_store
from monitor.store.feeds import add_feed, delete_feed, get_feeds
from monitor.store.outbox import add_alert, enqueue_alert, get_deliveries
from monitor.store.state import get_state, set_state
from monitor.store.watchlist import add_place
from tests.clitools import invoke

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def fill(db: Store) -> None:
    """Put a row in every table, with a gap in the feed ids (a deleted feed)."""
    first = add_feed(db, Feed(url="https://gone.example/rss"), NOW)
    feed = add_feed(db, Feed(url="https://kept.example/rss", title="Kept"), NOW)
    delete_feed(db, first.url)
    upsert_articles(db, feed.id, [Article(guid="g1", title="Kunduz falls",
                                          text="Taliban fighters took Kunduz.", published=NOW, fetched=NOW,
                                          url="https://kept.example/1", content_hash="h1")], NOW)
    add_place(db, Place(name="Kunduz", country="AF"), now=NOW, controller="Taliban", since=NOW)
    db.execute("INSERT INTO actors (name, added) VALUES ('Taliban', ?)", [NOW.isoformat()])
    set_state(db, {"heartbeat": NOW.isoformat()})
    story = db.insert("INSERT INTO stories (place, country, controller, day, first_seen, last_seen) "
                      "VALUES ('Kunduz', 'AF', 'Taliban', '2026-03-02', ?, ?)", [NOW.isoformat()] * 2)
    db.execute("INSERT INTO story_articles (story_id, article_id, outlet, fingerprint, added) "
               "VALUES (?, 1, 'kept.example', '00ff', ?)", [story, NOW.isoformat()])
    db.execute("INSERT INTO events (article_id, story_id, place, country, controller, kind, confidence, "
               "evidence, outlet, at, detected) VALUES (1, ?, 'Kunduz', 'AF', 'Taliban', 'capture', 0.9, "
               "'Taliban fighters took Kunduz.', 'kept.example', ?, ?)",
               [story, NOW.isoformat(), NOW.isoformat()])
    change = add_change(db, "Kunduz", "AF", previous="Afghan government", controller="Taliban", since=NOW,
                        status="unconfirmed", outlets=1, confidence=0.9, retake=False, story_id=story,
                        evidence=[{"sentence": "Taliban fighters took Kunduz."}], now=NOW)
    channel = add_channel(db, "desk", "webhook", {"url": "https://hooks.example/x"}, now=NOW)
    alert = add_alert(db, "change", {"place": "Kunduz"}, now=NOW, change_id=change)
    enqueue_alert(db, alert, [channel], now=NOW)


def test_copy_sqlite_to_postgresql_keeps_everything(tmp_path: Path, pg_url: str) -> None:
    """Every table arrives with its ids; search works there; new rows get fresh ids."""
    source_path = tmp_path / "monitor.db"
    source = open_store(source_path)
    fill(source)
    expected = count_rows(source)
    message_ids = [d.message_id for d in get_deliveries(source)]
    source.close()
    assert all(expected.values())

    result = invoke(source_path, "store", "copy", str(source_path), pg_url)
    assert result.exit_code == 0, (result.output, result.exception)
    assert "deliveries: 1 rows" in result.output

    target = open_store(pg_url)
    try:
        assert count_rows(target) == expected
        assert [(f.id, f.url) for f in get_feeds(target)] == [(2, "https://kept.example/rss")]
        assert [h.title for h in search_articles(target, "kunduz")] == ["Kunduz falls"]
        assert [d.message_id for d in get_deliveries(target)] == message_ids
        assert get_state(target, "heartbeat") == NOW.isoformat()
        assert add_feed(target, Feed(url="https://new.example/rss"), NOW).id == 3  # sequence past copied ids
    finally:
        target.close()


def test_copy_refuses_a_target_with_data(tmp_path: Path, pg_store_url: str) -> None:
    """A target that already holds rows is refused in one line, and left as it was."""
    source_path = tmp_path / "monitor.db"
    source = open_store(source_path)
    fill(source)
    source.close()
    target = open_store(pg_store_url)
    add_feed(target, Feed(url="https://other.example/rss"), NOW)
    target.close()
    result = invoke(source_path, "store", "copy", str(source_path), pg_store_url)
    assert result.exit_code == 1
    assert "not empty (1 feeds)" in str(result.exception)
    target = open_store(pg_store_url)
    assert [f.url for f in get_feeds(target)] == ["https://other.example/rss"]
    target.close()


def test_copy_postgresql_back_to_sqlite(tmp_path: Path, pg_store_url: str) -> None:
    """The copy works the other way too: a PostgreSQL store into a new SQLite file, FTS included."""
    source = open_store(pg_store_url)
    fill(source)
    expected = count_rows(source)
    source.close()
    back = tmp_path / "back.db"
    result = invoke(back, "store", "copy", pg_store_url, str(back))
    assert result.exit_code == 0, (result.output, result.exception)
    target = open_store(back)
    assert count_rows(target) == expected
    assert [h.title for h in search_articles(target, "kunduz")] == ["Kunduz falls"]
    target.close()
