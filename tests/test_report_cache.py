"""The per-batch report cache reads what a fresh `get_reports` would, whatever the batch does.

Recording a batch reads each city's reports once and then only the rows added since (issue 11):
a wire story in 300 outlets no longer reads 45,000 rows. Checked step by step against a fresh
read while events are added (in any time order), deleted and rolled back.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.daemon.process import ReportCache
from monitor.model import Article, ControlEvent
from monitor.store.articles import upsert_articles_ids
from monitor.store.db import open_store
from monitor.store.stories import add_event, delete_article_events, get_reports

NOW = datetime(2024, 5, 1, tzinfo=UTC)
CITIES = (("Port Amber", "XA"), ("Glassford", "XA"))


def article(n: int) -> Article:
    digest = hashlib.sha256(str(n).encode()).hexdigest()
    return Article(guid=f"g{n}", title=f"Report {n}", text="Fighting.", published=NOW, fetched=NOW,
                   content_hash=digest)


@pytest.mark.parametrize("seed", range(6))
def test_the_cache_reads_what_a_fresh_read_does(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = open_store(tmp_path / "store.db")
    ids = list(upsert_articles_ids(db, None, [article(n) for n in range(30)], NOW).new_ids)
    cache = ReportCache()

    def add(article_id: int) -> None:
        place, country = rng.choice(CITIES)
        event = ControlEvent(place, country, rng.choice(("North", "South", None)), 0.9, rng.random() < 0.2,
                             "They took it.", "en", kind=rng.choice(("capture", "capture", "held")))
        add_event(db, article_id, None, event, f"outlet{rng.randrange(8)}.example",
                  NOW - timedelta(hours=rng.randrange(240)), NOW)

    with db.transaction():  # one batch: one write transaction
        for _ in range(300):
            step = rng.random()
            if step < 0.45:
                add(rng.choice(ids))
            elif step < 0.55:
                for city in delete_article_events(db, rng.choice(ids)):
                    cache.forget(city)
            elif step < 0.62:
                try:
                    with db.transaction():  # an article whose writes fail and roll back
                        add(rng.choice(ids))
                        raise RuntimeError("recording failed")
                except RuntimeError:
                    cache.clear()
            else:
                place, country = rng.choice(CITIES)
                since = None if rng.random() < 0.3 else NOW - timedelta(hours=rng.randrange(260))
                assert cache.reports(db, place, country, since) == get_reports(db, place, country, since)
