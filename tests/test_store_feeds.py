"""The feeds table: adding, due selection, state written after a fetch, config sync."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import FeedConfig, Settings
from monitor.errors import FeedExistsError, NotFoundError
from monitor.model import Feed, FetchResult
from monitor.store.db import Store
from monitor.store.feeds import (
    FeedUpdate,
    add_feed,
    delete_feed,
    get_due_feeds,
    get_feed,
    get_feeds,
    one_line,
    sync_config_feeds,
    update_feed_after_fetch,
)

NOW = datetime(2021, 8, 13, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(store: Store) -> Store:
    """These tests run on both backends: SQLite, then PostgreSQL."""
    return store



def result(url: str, status: int | None = 200, **kw: object) -> FetchResult:
    return FetchResult(url=url, final_url=url, status=status, fetched=NOW, **kw)  # type: ignore[arg-type]


def test_add_then_get_by_id_and_url(db: Store) -> None:
    """A feed added is found again by id and by URL, with its options."""
    feed = add_feed(db, Feed(url="https://a.example/rss", full_text=True, allow_private=True), NOW,
                    interval_s=600)
    assert feed.id is not None
    again = get_feed(db, feed.url)
    assert again == get_feed(db, feed.id) == get_feed(db, str(feed.id))
    options = (again.interval_s, again.full_text, again.allow_private, again.verify_tls)
    assert options == (600, True, True, True)


def test_add_twice_names_the_url(db: Store) -> None:
    """Adding a URL twice raises FeedExistsError naming the URL, not a raw IntegrityError."""
    add_feed(db, Feed(url="https://a.example/rss"), NOW)
    with pytest.raises(FeedExistsError, match=re.escape("https://a.example/rss")):
        add_feed(db, Feed(url="https://a.example/rss"), NOW)


def test_missing_feed_is_not_found(db: Store) -> None:
    """Asking for an unknown feed raises NotFoundError."""
    with pytest.raises(NotFoundError):
        get_feed(db, 42)


def test_default_interval_applies_when_none_stored(db: Store) -> None:
    """A feed without its own interval takes the configured default."""
    feed = add_feed(db, Feed(url="https://a.example/rss"), NOW)
    assert get_feed(db, feed.url, default_interval_s=777).interval_s == 777


def test_due_feeds_respect_update_after_and_disabled(db: Store) -> None:
    """Only enabled feeds whose next poll has come are due, never-polled ones first."""
    a = add_feed(db, Feed(url="https://a.example/1"), NOW)
    b = add_feed(db, Feed(url="https://a.example/2"), NOW)
    c = add_feed(db, Feed(url="https://a.example/3"), NOW)
    d = add_feed(db, Feed(url="https://a.example/4"), NOW)
    update_feed_after_fetch(db, a, result(a.url, 304), NOW, FeedUpdate(NOW + timedelta(minutes=30), 0))
    update_feed_after_fetch(db, b, result(b.url, 304), NOW, FeedUpdate(NOW - timedelta(minutes=1), 0))
    update_feed_after_fetch(db, c, result(c.url, 410), NOW, FeedUpdate(None, 0))
    due = get_due_feeds(db, NOW)
    assert [f.url for f in due] == [d.url, b.url]
    assert [f.url for f in get_due_feeds(db, NOW + timedelta(hours=1))] == [d.url, b.url, a.url]
    assert len(get_due_feeds(db, NOW, limit=1)) == 1


def test_validators_are_stored_byte_exact(db: Store) -> None:
    """ETag and Last-Modified are kept exactly as sent; a 304 without them keeps the old ones."""
    feed = add_feed(db, Feed(url="https://a.example/rss"), NOW)
    etag, lm = 'W/"x y\t"', "Fri, 13 Aug 2021 10:00:00 GMT"
    feed = update_feed_after_fetch(db, feed, result(feed.url, body=b"<rss/>", etag=etag, last_modified=lm),
                                   NOW, FeedUpdate(NOW, 0, body_hash="h1"))
    assert (feed.etag, feed.last_modified, feed.body_hash) == (etag, lm, "h1")
    feed = update_feed_after_fetch(db, feed, result(feed.url, 304), NOW, FeedUpdate(NOW, 0))
    assert (feed.etag, feed.last_modified, feed.body_hash) == (etag, lm, "h1")
    feed = update_feed_after_fetch(db, feed, result(feed.url, body=b"<rss/>"), NOW, FeedUpdate(NOW, 0))
    assert (feed.etag, feed.last_modified) == (None, None)


def test_failure_is_stored_as_one_line_then_cleared(db: Store) -> None:
    """A failure stores its reason on one line and the error count; a success clears them."""
    feed = add_feed(db, Feed(url="https://a.example/rss"), NOW)
    later = NOW + timedelta(hours=2)
    feed = update_feed_after_fetch(db, feed, result(feed.url, 503, error="server\nbusy  now",
                                                    error_kind="http_status"),
                                   NOW, FeedUpdate(later, 3))
    assert (feed.last_error, feed.error_count, feed.update_after, feed.last_status) == (
        "server busy now", 3, later, 503)
    assert feed.last_success is None
    feed = update_feed_after_fetch(db, feed, result(feed.url, 304), later, FeedUpdate(later, 0))
    assert (feed.last_error, feed.error_count, feed.last_success) == (None, 0, later)


def test_gone_disables_with_reason(db: Store) -> None:
    """A 410 disables the feed and says why."""
    feed = add_feed(db, Feed(url="https://a.example/rss"), NOW)
    feed = update_feed_after_fetch(db, feed, result(feed.url, 410), NOW, FeedUpdate(None, 1))
    assert feed.disabled and "410" in (feed.disabled_reason or "")
    assert get_due_feeds(db, NOW + timedelta(days=30)) == []


def test_permanent_redirect_moves_the_feed(db: Store) -> None:
    """A permanent redirect updates the stored URL."""
    feed = add_feed(db, Feed(url="http://a.example/rss"), NOW)
    moved = update_feed_after_fetch(db, feed, result(feed.url, body=b"x", permanent_url="https://a.example/feed"),
                                    NOW, FeedUpdate(NOW, 0))
    assert moved.url == "https://a.example/feed" and moved.id == feed.id and not moved.disabled


def test_permanent_redirect_onto_an_existing_feed_disables_the_old_one(db: Store) -> None:
    """A redirect to a URL another feed already has disables the redirected feed, not a crash."""
    old = add_feed(db, Feed(url="http://a.example/rss"), NOW)
    other = add_feed(db, Feed(url="https://a.example/feed"), NOW)
    after = update_feed_after_fetch(db, old, result(old.url, body=b"x", permanent_url=other.url), NOW,
                                    FeedUpdate(NOW, 0))
    assert after.url == old.url and after.disabled
    assert f"feed {other.id}" in (after.disabled_reason or "")


def test_delete_feed_keeps_its_articles(db: Store) -> None:
    """Deleting a feed leaves its articles in the store, unattached."""
    feed = add_feed(db, Feed(url="https://a.example/rss"), NOW)
    db.execute("INSERT INTO articles (feed_id, guid, published, fetched, content_hash) "
               "VALUES (?, 'g', ?, ?, 'h')", [feed.id, NOW.isoformat(), NOW.isoformat()])
    delete_feed(db, feed.url)
    assert get_feeds(db) == []
    assert db.execute("SELECT feed_id FROM articles").fetchall() == [(None,)]
    with pytest.raises(NotFoundError):
        delete_feed(db, feed.url)


def test_sync_config_adds_and_updates_never_disables(db: Store) -> None:
    """Config feeds are added and follow the file's options; one missing from a file stays enabled."""
    one = FeedConfig(url="https://a.example/1", interval_s=600)
    two = FeedConfig(url="https://a.example/2")
    assert sync_config_feeds(db, Settings(feeds=(one, two)), NOW) == (2, 0)
    assert sync_config_feeds(db, Settings(feeds=(one, two)), NOW) == (0, 0)
    assert sync_config_feeds(db, Settings(feeds=(replace(one, full_text=True),)), NOW) == (0, 1)
    assert get_feed(db, one.url).full_text
    assert not get_feed(db, two.url).disabled


def test_two_instances_config_files_do_not_disable_each_others_feeds(db: Store) -> None:
    """Instance A lists feed X, instance B lists feed Y: after both start, X and Y are both polled."""
    x, y = FeedConfig(url="https://a.example/x"), FeedConfig(url="https://b.example/y")
    sync_config_feeds(db, Settings(feeds=(x,)), NOW)
    sync_config_feeds(db, Settings(feeds=(y,)), NOW)
    sync_config_feeds(db, Settings(feeds=(x,)), NOW)  # A restarts
    assert [f.url for f in get_due_feeds(db, NOW)] == [x.url, y.url]


def test_feed_disabled_by_an_earlier_sync_comes_back_when_listed(db: Store) -> None:
    """A feed an earlier version disabled as "removed from the configuration file" is revived."""
    sync_config_feeds(db, Settings(feeds=(FeedConfig(url="https://a.example/1"),)), NOW)
    db.execute("UPDATE feeds SET disabled = 1, disabled_reason = 'removed from the configuration file'")
    assert sync_config_feeds(db, Settings(feeds=(FeedConfig(url="https://a.example/1"),)), NOW) == (0, 1)
    assert not get_feed(db, "https://a.example/1").disabled


def test_sync_config_leaves_cli_feeds_alone(db: Store) -> None:
    """Feeds added by hand are never disabled by the configuration sync."""
    add_feed(db, Feed(url="https://a.example/mine"), NOW)
    sync_config_feeds(db, Settings(feeds=()), NOW)
    assert not get_feed(db, "https://a.example/mine").disabled


@pytest.mark.parametrize(("text", "expected"), [
    (None, None),
    ("a\nb\r\n  c", "a b c"),
    ("x" * 400, "x" * 299 + "…"),
])
def test_one_line(text: str | None, expected: str | None) -> None:
    """Stored reasons are squashed to one bounded line."""
    assert one_line(text) == expected


def test_two_instances_syncing_the_same_config_feed_at_once_both_succeed(pg_store_url: str) -> None:
    """The second of two simultaneous inserts of one configured feed does nothing instead of failing."""
    import threading

    from monitor.store.db import open_store, write_transaction

    settings = Settings(feeds=(FeedConfig(url="https://together.example/feed"),))
    first, second = open_store(pg_store_url), open_store(pg_store_url)
    outcome: dict[str, object] = {}
    try:
        with write_transaction(first):
            assert sync_config_feeds(first, settings, NOW) == (1, 0)  # inserted, not yet committed

            def sync_second() -> None:
                try:
                    outcome["result"] = sync_config_feeds(second, settings, NOW)
                except Exception as exc:  # the assertion below reports it
                    outcome["error"] = exc

            other = threading.Thread(target=sync_second)
            other.start()
            other.join(0.5)
            assert other.is_alive()  # waits on the first one's uncommitted row
        other.join(10)
        assert "error" not in outcome, outcome
        assert outcome["result"] == (0, 0)
        rows = list(first.query("SELECT count(*) AS n FROM feeds WHERE url = ?", [settings.feeds[0].url]))
        assert rows[0]["n"] == 1
    finally:
        first.close()
        second.close()
