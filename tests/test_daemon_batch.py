"""Detection batches: newest first, sized by time, claimed under an owner, one commit each (issue 11, 12)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.daemon.process import CLAIM_CHUNK, claim_size, process_batch
from monitor.model import Place
from monitor.store.articles import upsert_articles
from monitor.store.db import Store
from monitor.store.watchlist import add_place
from tests.alerts_helpers import T0
from tests.test_process import SETTINGS, FakeDetector, article


@pytest.fixture
def city(db: Store) -> Store:
    add_place(db, Place("Kandahar", "AF"), now=T0, controller="Afghan government")
    return db


def stored(db: Store, n: int, *, title: str = "Markets reopen in Kabul") -> None:
    upsert_articles(db, None, [article(f"o{i}.com", title, T0 + timedelta(minutes=i), slug=f"s{i}")
                               for i in range(n)], T0)


@pytest.mark.parametrize(("done", "elapsed", "budget", "expected"), [
    (0, 0.0, 0.5, CLAIM_CHUNK),  # nothing known yet: a first small claim
    (100, 0.1, 0.5, 400),  # 1,000 a second, 0.4 s left
    (10, 0.45, 0.5, CLAIM_CHUNK // 4),  # almost out of time: a small claim still
])
def test_claims_fit_the_time_left(done: int, elapsed: float, budget: float, expected: int) -> None:
    """The next claim is what the rest of the budget can detect at the pace measured so far."""
    assert claim_size(done, elapsed, budget) == expected


def test_a_batch_claims_what_it_detects_and_leaves_no_lease(city: Store) -> None:
    """With an owner, every claimed article is detected, marked read and its lease cleared."""
    stored(city, 50)
    summary = process_batch(city, SETTINGS, T0, FakeDetector(), owner="host:1:a", max_articles=256)
    assert summary.articles == 50 and not summary.more
    assert city.execute("SELECT count(*) FROM articles WHERE processed = 0 OR lease_owner IS NOT NULL"
                        ).fetchone()[0] == 0


def test_a_batch_takes_the_newest_articles_first(city: Store) -> None:
    """A batch smaller than the backlog reads the most recently stored articles; the rest wait."""
    stored(city, 30)
    summary = process_batch(city, SETTINGS, T0, FakeDetector(), max_articles=10)
    assert summary.articles == 10 and summary.more
    done = [r[0] for r in city.execute("SELECT id FROM articles WHERE processed = 1 ORDER BY id")]
    assert done == list(range(21, 31))


def test_an_article_with_an_event_is_decided_beside_quiet_ones(city: Store) -> None:
    """Quiet articles are marked read in bulk; the one reporting a fall makes the change and its alert."""
    stored(city, 20)
    fall = article("wire.com", "Kandahar falls to Taliban", T0 + timedelta(hours=1))
    upsert_articles(city, None, [fall], T0)
    summary = process_batch(city, SETTINGS, T0 + timedelta(hours=2), FakeDetector(), owner="host:1:a")
    assert (summary.articles, summary.events, summary.changes) == (21, 1, 1)
    assert city.execute("SELECT controller FROM places WHERE name = 'Kandahar'").fetchone()[0] == "Taliban"
