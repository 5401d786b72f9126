"""Every corpus feed through one whole poll cycle: stored, or failed with a reason; the store stays sound."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.cycle import run_cycle
from monitor.model import Feed
from monitor.store.feeds import add_feeds, get_feeds
from tests.conftest import SHARED
from tests.loopback import LoopbackServer

CORPUS = SHARED / "feeds"
SETTINGS = Settings(concurrency=16, per_host=16, total_timeout_s=5, connect_timeout_s=2)


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the shared folder is not beside the repository)")
    return sorted(p for folder in ("real", "malformed") for p in (CORPUS / folder).rglob("*") if p.is_file())


def test_every_corpus_feed_is_stored_or_explained(server: LoopbackServer, db: Database) -> None:
    """One cycle over the whole corpus: no exception escapes, real feeds store articles, failures say why."""
    files = corpus_files()
    urls = {}
    for n, path in enumerate(files):
        urls[server.route(f"/corpus/{n}", path.read_bytes())] = path
    add_feeds(db, [Feed(url=u, allow_private=True) for u in urls], datetime.now(UTC), source="cli")
    started = time.monotonic()
    summary = run_cycle(db, SETTINGS, datetime.now(UTC))
    assert summary.feeds == len(files) and summary.ok + summary.failed == len(files)
    assert time.monotonic() - started < 60
    counts = dict(db.execute("SELECT feed_id, count(*) FROM articles GROUP BY feed_id").fetchall())
    for feed in get_feeds(db):
        path = urls[feed.url]
        if path.parent.name == "real":
            assert counts.get(feed.id, 0) >= 1, (path.name, feed.last_error)
        if feed.last_error is None:
            assert feed.last_status == 200 and feed.body_hash, path.name
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    texts = db.execute("SELECT title || text FROM articles").fetchall()
    assert all("\x00" not in t for (t,) in texts)
