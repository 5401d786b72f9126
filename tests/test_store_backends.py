"""One store interface, two backends: opening, migrations, placeholders, errors, search."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.errors import FeedExistsError, StoreError
from monitor.model import Article, Feed
from monitor.store.articles import search_articles, upsert_articles
from monitor.store.channels import add_channel
from monitor.store.db import Store, open_store, split_target, write_transaction
from monitor.store.feeds import add_feed, add_feeds, get_feeds
from monitor.store.outbox import add_alert, enqueue_alert, get_deliveries
from monitor.store.postgres import translate
from monitor.store.schema import MIGRATIONS, applied_migrations, pending_migrations

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LEGACY = Path(__file__).parent / "data" / "stores" / "sqlite_utils_m011.db"


def article(guid: str, title: str, text: str) -> Article:
    return Article(guid=guid, title=title, text=text, published=NOW, fetched=NOW,
                   url=f"https://n.example/{guid}", content_hash=f"h-{guid}-{len(text)}")


def test_question_marks_in_literals_are_not_placeholders(store: Store) -> None:
    """A `?` inside quotes or a comment stays text on both backends; the others are bound in order."""
    row = store.execute("SELECT 'why?', ? -- really?\n, 'it''s ?', ?", ["a", "b"]).fetchone()
    assert tuple(row) == ("why?", "a", "it's ?", "b")


def test_translate_numbers_placeholders_outside_quotes() -> None:
    """PostgreSQL gets $1, $2… and quoted names or literals are left alone."""
    assert translate('SELECT "a?", \'?\', ? FROM t WHERE x = ?') == \
        'SELECT "a?", \'?\', $1 FROM t WHERE x = $2'


@pytest.mark.parametrize("target", ["mysql://root@db/monitor", "redis://localhost:6379/0",
                                    "https://x.example/"])
def test_other_urls_are_refused_in_one_line(tmp_path: Path, target: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A URL that is not postgresql:// is refused, and no directory is created for it."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as info:
        open_store(target)
    assert "\n" not in str(info.value) and "unsupported store URL" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_url_folded_by_pathlib_is_still_a_url() -> None:
    """`Path("postgresql://u@h/db")` loses a slash; the store still reads it as the URL."""
    assert split_target(Path("postgresql://u@h:5432/db")) == ("postgresql", "postgresql://u@h:5432/db")
    assert split_target("/var/lib/monitor/monitor.db") == (None, "/var/lib/monitor/monitor.db")


def test_unreachable_postgresql_is_one_line_without_password(tmp_path: Path) -> None:
    """A server that does not answer gives a one-line StoreError that does not show the password."""
    with pytest.raises(StoreError) as info:
        open_store("postgresql://monitor:s3cret@127.0.0.1:1/monitor?connect_timeout=2")
    assert "s3cret" not in str(info.value) and "\n" not in str(info.value)
    assert "cannot open the store" in str(info.value)


def test_password_variable_must_be_set(pg_store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A configured password variable that is not set is named in the error."""
    monkeypatch.delenv("MONITOR_TEST_NO_SUCH_PW", raising=False)
    with pytest.raises(StoreError, match="MONITOR_TEST_NO_SUCH_PW"):
        open_store(pg_store_url, password_env="MONITOR_TEST_NO_SUCH_PW")


def test_migrations_apply_once_and_reopen_applies_nothing(store_target: str) -> None:
    """A store lists every migration as applied; opening it again applies none."""
    db = open_store(store_target)
    assert applied_migrations(db) == [m.name for m in MIGRATIONS]
    assert pending_migrations(db) == []
    db.close()


def test_replicas_starting_together_migrate_once(pg_url: str) -> None:
    """Four processes' worth of connections opening an empty database at once all succeed."""
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_store(pg_url).close()
        except BaseException as exc:  # pragma: no cover - the failure this test guards
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = open_store(pg_url)
    assert db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_store_made_by_sqlite_utils_migrations_opens_and_works(tmp_path: Path) -> None:
    """A store file written by the earlier sqlite-utils runner is carried on, its data kept."""
    path = tmp_path / "old.db"
    shutil.copy(LEGACY, path)
    db = open_store(path)
    assert applied_migrations(db) == [m.name for m in MIGRATIONS]
    assert db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    assert [f.url for f in get_feeds(db)] == ["https://old.example/feed.xml"]
    assert [h.title for h in search_articles(db, "herat")] == ["Old store article"]
    feed = add_feed(db, Feed(url="https://new.example/feed.xml"), NOW)
    upsert_articles(db, feed.id, [article("n1", "Nouvel article", "Les talibans sont entrés à Herat.")], NOW)
    assert len(search_articles(db, "herat")) == 2
    channel = add_channel(db, "desk", "webhook", {"url": "https://hooks.example/x"}, now=NOW)
    old_alert = db.execute("SELECT id FROM alerts").fetchone()[0]
    enqueue_alert(db, old_alert, [channel], now=NOW)
    assert [d.message_id for d in get_deliveries(db)] == [f"alert-{old_alert}"]  # made before uids
    db.close()
    assert pending_migrations(open_store(path)) == []


def test_failed_nested_write_keeps_the_outer_transaction(store: Store) -> None:
    """A refused insert inside a transaction (a savepoint) leaves the outer writes to commit."""
    add_feed(store, Feed(url="https://a.example/feed"), NOW)
    added, skipped = add_feeds(store, [Feed(url="https://b.example/feed"), Feed(url="https://a.example/feed"),
                                       Feed(url="https://c.example/feed")], NOW, source="opml")
    assert (added, skipped) == (2, 1)
    assert len(get_feeds(store)) == 3
    with pytest.raises(FeedExistsError):
        add_feed(store, Feed(url="https://c.example/feed"), NOW)


def test_rollback_undoes_every_write(store: Store) -> None:
    """A transaction that raises leaves nothing behind, on both backends."""
    with pytest.raises(RuntimeError), write_transaction(store):
        store.execute("INSERT INTO daemon_state (key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert store.execute("SELECT count(*) FROM daemon_state").fetchone()[0] == 0


@pytest.mark.parametrize(("query", "titles"), [
    ("herat", ["Talibans à Hérat"]),
    ("Hérat", ["Talibans à Hérat"]),
    ("kand*", ["Kandahar falls"]),
    ("kandahar fighters", ["Kandahar falls"]),
    ("kandahar herat", []),
    ('"or" -herat', []),
])
def test_search_on_both_backends(store: Store, query: str, titles: list[str]) -> None:
    """Search finds the articles holding every word, case and accents ignored, operators as text."""
    feed = add_feed(store, Feed(url="https://n.example/feed"), NOW)
    upsert_articles(store, feed.id, [
        article("1", "Kandahar falls", "Fighters entered the city of Kandahar at dawn."),
        article("2", "Talibans à Hérat", "Les combattants sont entrés dans Hérat."),
    ], NOW)
    hits = search_articles(store, query)
    assert [h.title for h in hits] == titles
    assert all(h.snippet for h in hits)


def test_alert_uids_are_random_and_used_as_message_ids(store: Store) -> None:
    """Alerts get a random uid, the message id of their deliveries: never `alert-N`."""
    channel = add_channel(store, "desk", "webhook", {"url": "https://hooks.example/x"}, now=NOW)
    first = add_alert(store, "change", {"place": "Herat"}, now=NOW)
    second = add_alert(store, "change", {"place": "Herat"}, now=NOW)
    enqueue_alert(store, first, [channel], now=NOW)
    enqueue_alert(store, second, [channel], now=NOW)
    ids = {d.message_id for d in get_deliveries(store)}
    assert len(ids) == 2
    assert not ids & {f"alert-{first}", f"alert-{second}"}
    assert all(len(i) >= 32 for i in ids)


@pytest.mark.parametrize(("target", "shown"), [
    ("postgresql://monitor:s3cret@db:5432/monitor", "postgresql://monitor@db:5432/monitor"),
    ("postgresql://monitor@db/monitor", "postgresql://monitor@db/monitor"),
    ("/var/lib/monitor/monitor.db", "/var/lib/monitor/monitor.db"),
])
def test_targets_are_shown_without_passwords(target: str, shown: str) -> None:
    """`status` and messages show a store URL without a password written in it."""
    from monitor.store.db import display_target

    assert display_target(target) == shown
