"""From stored articles to events, stories, changes of hands, alerts and outbox rows (real SQLite)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlite_utils import Database

from monitor.config import Settings
from monitor.daemon.process import process_pending_articles
from monitor.model import Article, ControlEvent, Place
from monitor.store.articles import upsert_articles
from monitor.store.channels import add_channel
from monitor.store.control import get_cities, get_history
from monitor.store.outbox import get_deliveries
from monitor.store.watchlist import add_place
from tests.alerts_helpers import T0

GOV, TAL = "Afghan government", "Taliban"
SETTINGS = Settings(alert_policy="first-report", confirm_outlets=2)


class FakeDetector:
    """Finds "<City> falls to <Actor>" and "<City> retaken by <Actor>" in titles."""

    def __init__(self, broken: bool = False) -> None:
        self.broken = broken

    def detect(self, title: str, text: str, published: datetime | None = None,
               article_id: str | None = None) -> list[ControlEvent]:
        events = []
        for marker, kind in ((" falls to ", "capture"), (" retaken by ", "retake")):
            if marker in title:
                city, actor = title.split(marker, 1)
                events.append(ControlEvent(city.strip(), "AF", actor.strip(), 0.9, False,
                                           f"{title}. {text}", "en", kind=kind, article_id=article_id))
        if self.broken and events:
            events.append(replace(events[0], confidence=None))  # type: ignore[arg-type]
        return events


def article(outlet: str, title: str, at: datetime, text: str = "Wire copy about the fighting.",
            slug: str = "story") -> Article:
    body = f"{title}\n{text}"
    return Article(guid=f"{outlet}/{slug}", title=title, text=text, published=at, fetched=at,
                   url=f"https://www.{outlet}/{slug}", content_hash=hashlib.sha256(body.encode()).hexdigest())


@pytest.fixture
def city(db: Database) -> Database:
    """A store watching Kandahar (held by the government) and Kabul, with one webhook channel."""
    add_place(db, Place("Kandahar", "AF"), now=T0, controller=GOV)
    add_place(db, Place("Kabul", "AF"), now=T0, controller=GOV)
    add_channel(db, "hook", "webhook", {"url": "https://hooks.example/in"}, now=T0)
    return db


def ingest(db: Database, *articles: Article) -> None:
    upsert_articles(db, None, list(articles), articles[0].fetched)


def kinds(db: Database) -> list[str]:
    return [d.kind for d in reversed(get_deliveries(db))]


def test_twenty_copies_one_alert_one_follow_up(city: Database) -> None:
    """Twenty outlets with the same wire story: one change alert, one "confirmed" follow-up, one story."""
    ingest(city, *[article(f"outlet{i}.com", "Kandahar falls to Taliban", T0 + timedelta(minutes=i))
                   for i in range(20)])
    summary = process_pending_articles(city, SETTINGS, T0 + timedelta(hours=1), FakeDetector())
    assert (summary.articles, summary.events, summary.changes, summary.confirmations) == (20, 20, 1, 1)
    assert kinds(city) == ["change", "confirmed"]
    assert city.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    assert city.execute("SELECT count(DISTINCT outlet) FROM story_articles").fetchone()[0] == 20
    kandahar = next(c for c in get_cities(city) if c.place == "Kandahar")
    assert kandahar.controller == TAL and kandahar.since == T0
    assert get_history(city, "Kandahar")[0].status == "confirmed"


def test_late_copy_joins_its_story_by_fingerprint_and_other_text_starts_one(city: Database) -> None:
    """A copy five days late joins the story it copies; a different report of those days starts its own."""
    text = "Fighters entered the city from the west at dawn and raised their flag over the governor's office."
    ingest(city, article("outlet.com", "Kandahar falls to Taliban", T0, text=text))
    process_pending_articles(city, SETTINGS, T0, FakeDetector())
    late = T0 + timedelta(days=5)
    ingest(city, article("late.com", "Kandahar falls to Taliban", late, text=text),
           article("other.com", "Kandahar retaken by Taliban", late,
                   text="A new commander was named for the southern zone after talks with elders.", slug="b"))
    process_pending_articles(city, SETTINGS, late, FakeDetector())
    rows = city.execute("SELECT sa.outlet, sa.story_id FROM story_articles sa ORDER BY sa.outlet").fetchall()
    story = dict(rows)
    assert story["late.com"] == story["outlet.com"]
    assert story["other.com"] != story["outlet.com"]


def test_change_alert_carries_evidence(city: Database) -> None:
    """The alert payload names both holders, its status and the article link."""
    ingest(city, article("outlet.com", "Kandahar falls to Taliban", T0))
    process_pending_articles(city, SETTINGS, T0, FakeDetector())
    payload = get_deliveries(city)[0].payload
    assert (payload["previous"], payload["controller"], payload["status"]) == (GOV, TAL, "unconfirmed")
    assert payload["evidence"][0]["url"] == "https://www.outlet.com/story"
    assert payload["evidence"][0]["outlet"] == "outlet.com"


def test_same_outlet_twice_does_not_confirm(city: Database) -> None:
    """Two articles from one outlet are one source."""
    ingest(city, article("outlet.com", "Kandahar falls to Taliban", T0),
           article("outlet.com", "Kandahar falls to Taliban", T0 + timedelta(hours=1), slug="update"))
    process_pending_articles(city, SETTINGS, T0 + timedelta(hours=2), FakeDetector())
    assert kinds(city) == ["change"]


def test_confirmed_policy_waits_for_n_outlets(city: Database) -> None:
    """With policy `confirmed` and N=3, the alert goes out with the third outlet, already confirmed."""
    settings = replace(SETTINGS, alert_policy="confirmed", confirm_outlets=3)
    for i in range(3):
        ingest(city, article(f"o{i}.com", "Kandahar falls to Taliban", T0 + timedelta(minutes=i)))
        process_pending_articles(city, settings, T0 + timedelta(minutes=i), FakeDetector())
        assert len(get_deliveries(city)) == (1 if i == 2 else 0)
    assert get_deliveries(city)[0].payload["status"] == "confirmed"


def test_articles_without_events_alert_nothing(city: Database) -> None:
    """Articles that report no change are marked read and alert nothing."""
    ingest(city, article("o.com", "Kabul: talks continue", T0))
    summary = process_pending_articles(city, SETTINGS, T0, FakeDetector())
    assert summary.articles == 1 and get_deliveries(city) == []
    assert city.execute("SELECT processed FROM articles").fetchone()[0] == 1


def test_failure_mid_article_writes_nothing(city: Database) -> None:
    """A failure while recording an article rolls back its events, change and outbox rows together."""
    ingest(city, article("o.com", "Kandahar falls to Taliban", T0))
    assert process_pending_articles(city, SETTINGS, T0, FakeDetector(broken=True)).failed == 1
    for table in ("events", "control_changes", "alerts", "deliveries", "stories"):
        assert city.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert city.execute("SELECT processed FROM articles").fetchone()[0] == 0
    assert process_pending_articles(city, SETTINGS, T0, FakeDetector()).changes == 1


def test_retracted_report_collapses(city: Database) -> None:
    """When the only outlet rewrites its article without the fall, a follow-up says support collapsed."""
    ingest(city, article("o.com", "Kandahar falls to Taliban", T0))
    process_pending_articles(city, SETTINGS, T0, FakeDetector())
    ingest(city, article("o.com", "Fighting near Kandahar", T0, text="Correction: the city is still held."))
    summary = process_pending_articles(city, SETTINGS, T0 + timedelta(hours=2), FakeDetector())
    assert summary.collapses == 1 and kinds(city) == ["change", "collapsed"]
    kandahar = next(c for c in get_cities(city) if c.place == "Kandahar")
    assert kandahar.controller == GOV and get_history(city, "Kandahar")[0].status == "collapsed"


def test_retake_is_worked_out_from_history(city: Database) -> None:
    """Days after the fall, the government taking the city back is a new change marked as a retake."""
    ingest(city, *[article(f"o{i}.com", "Kandahar falls to Taliban", T0) for i in range(2)])
    process_pending_articles(city, SETTINGS, T0, FakeDetector())
    later = T0 + timedelta(days=5)
    ingest(city, article("x.com", "Kandahar falls to Afghan government", later))
    process_pending_articles(city, SETTINGS, later, FakeDetector())
    history = get_history(city, "Kandahar")
    assert [(h.previous, h.controller, h.retake) for h in history] == [(GOV, TAL, False), (TAL, GOV, True)]
    assert get_deliveries(city)[0].payload["retake"] is True


def test_one_contradicting_report_hours_later_does_not_flap(city: Database) -> None:
    """Hours after a confirmed fall, one outlet saying "retaken" changes neither state nor alerts."""
    ingest(city, *[article(f"o{i}.com", "Kandahar falls to Taliban", T0) for i in range(3)])
    process_pending_articles(city, SETTINGS, T0, FakeDetector())
    ingest(city, article("x.com", "Kandahar retaken by Afghan government", T0 + timedelta(hours=4)))
    process_pending_articles(city, SETTINGS, T0 + timedelta(hours=4), FakeDetector())
    assert kinds(city) == ["change", "confirmed"]
    assert next(c for c in get_cities(city) if c.place == "Kandahar").controller == TAL


def test_process_stage_fits_the_cycle(city: Database) -> None:
    """The stage built for run_cycle processes pending articles, with a detector or a factory."""
    from monitor.daemon.process import make_process_stage

    ingest(city, article("o.com", "Kandahar falls to Taliban", T0))
    assert make_process_stage(lambda db: FakeDetector())(city, SETTINGS, T0).changes == 1
    ingest(city, article("p.com", "Kandahar falls to Taliban", T0, slug="p"))
    assert make_process_stage(FakeDetector())(city, SETTINGS, T0).confirmations == 1
