"""`poll --once` drains pending articles from several processes at once (issue 11).

Each takes the next id range behind a shared watermark: every article is detected and recorded
once, whichever process takes it, and a change of hands reported by many articles is one change.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.config import Settings
from monitor.daemon.oneshot import HELP_MIN_ARTICLES, _drain, _start_worker, helpers_worth_starting
from monitor.model import Article
from monitor.store.articles import upsert_articles
from monitor.store.db import open_store
from monitor.store.work import get_pending_articles_after, get_pending_bound
from tests.clitools import invoke
from tests.conftest import ROOT

NOW = datetime(2021, 8, 13, 12, tzinfo=UTC)


def article(n: int) -> Article:
    # Written for this test: every tenth one reports a capture, by its own outlet.
    capture = "Taliban fighters captured Herat on Thursday after the army withdrew."
    title, text = ((f"Herat falls ({n})", capture) if n % 10 == 0
                   else (f"Markets ({n})", "Shares rose in early trading on Thursday."))
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return Article(guid=f"g{n}", title=title, text=text, published=NOW, fetched=NOW,
                   url=f"https://outlet{n}.example/{n}", content_hash=digest)


def _start_together(both: Any, done: Any, watermark: Any) -> None:
    both.wait()  # neither starts draining before the other is ready
    _start_worker(done, watermark)


def test_the_pending_bound_splits_the_backlog_into_ranges(tmp_path: Path) -> None:
    db = open_store(tmp_path / "store.db")
    upsert_articles(db, None, [article(n) for n in range(1, 8)], NOW)
    ids = [s.id for s in get_pending_articles_after(db, 0, 100)]
    assert get_pending_bound(db, 0, 3) == ids[2] and get_pending_bound(db, ids[2], 100) == ids[-1]
    assert get_pending_bound(db, ids[-1], 3) is None
    assert [s.id for s in get_pending_articles_after(db, ids[1], 100, upto=ids[4])] == ids[2:5]


def test_two_processes_drain_the_backlog_each_article_once(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    db = open_store(path)
    assert invoke(path, "watch", "import", str(ROOT / "seeds" / "watchlist.json")).exit_code == 0
    upsert_articles(db, None, [article(n) for n in range(1, 2001)], NOW)
    context = multiprocessing.get_context("forkserver")
    done, both = context.Event(), context.Barrier(2)
    done.set()  # the poll is over: drain what is there, then stop
    with context.Pool(2, initializer=_start_together, initargs=(both, done, context.Value("q", 0))) as pool:
        summaries = pool.map(_drain, [Settings(store_path=path)] * 2, chunksize=1)
    assert sum(s.articles for s in summaries) == 2000  # each article counted by one process only
    assert all(s.articles > 0 for s in summaries)  # both took part
    assert db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 200
    changes = db.execute("SELECT place, controller FROM control_changes").fetchall()
    assert [tuple(r) for r in changes] == [("Herat", "Taliban")]


def test_parser_processes_help_only_with_a_backlog_worth_their_start_up() -> None:
    """A few hundred articles left: the detection process ends them alone; thousands: all help."""
    assert helpers_worth_starting(0, 2) == 0
    assert helpers_worth_starting(HELP_MIN_ARTICLES - 1, 2) == 0
    assert helpers_worth_starting(HELP_MIN_ARTICLES, 2) == 1
    assert helpers_worth_starting(20 * HELP_MIN_ARTICLES, 2) == 2
    assert helpers_worth_starting(20 * HELP_MIN_ARTICLES, 0) == 0


def test_with_nothing_to_poll_no_worker_starts_and_what_waits_is_detected(tmp_path: Path,
                                                                          monkeypatch: Any) -> None:
    """cron's run between two due times: no process forked for nothing, no article left undetected."""
    from monitor.daemon import oneshot

    path = tmp_path / "store.db"
    assert invoke(path, "watch", "import", str(ROOT / "seeds" / "watchlist.json")).exit_code == 0
    db = open_store(path)
    upsert_articles(db, None, [article(n) for n in range(1, 21)], NOW)  # left pending by a killed run

    def no_workers(settings: Settings) -> None:
        raise AssertionError("worker processes started with no feed to poll")

    monkeypatch.setattr(oneshot, "_start_workers", no_workers)
    summary = oneshot.poll_once(db, Settings(store_path=path), NOW, feeds=[])
    assert summary.feeds == 0
    assert db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0] == 0
    changes = db.execute("SELECT place, controller FROM control_changes").fetchall()
    assert [tuple(r) for r in changes] == [("Herat", "Taliban")]
