"""Turn new articles into events, stories, changes of hands and alerts (the Pipeline part).

    unprocessed articles | detect | group into stories | decide per city | record + alert + outbox

Work comes in batches sized by time (issue 11): detection runs outside any transaction (CPU
only) for about half a second, then ONE write transaction records the batch. Per article, a
savepoint holds its events and story membership, the decider's intents (change, confirmation,
collapse), the alert and its outbox rows, and the processed mark: a crash at any point leaves
either all of an article or none of it, and one commit (one fsync) serves hundreds of articles.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from monitor.alerts.decide import (
    CollapseChange,
    ConfirmChange,
    Intent,
    Policy,
    RecordChange,
    active_change,
    decide,
)
from monitor.alerts.outbox import queue_alert
from monitor.config import Settings
from monitor.errors import StoreError
from monitor.match.stories import assign_story, event_key, fingerprint, outlet_of
from monitor.model import CityState, ControlEvent, Report
from monitor.store.articles import StoredArticle, claim_articles_for_detection, mark_processed
from monitor.store.control import (
    add_change,
    ensure_place,
    get_change,
    get_city_state,
    set_city_controller,
    update_change,
)
from monitor.store.db import SQLITE, Store, write_transaction
from monitor.store.stories import (
    add_event,
    add_story,
    add_story_article,
    delete_article_events,
    get_evidence,
    get_reports,
    get_story_candidates,
)
from monitor.store.work import (
    get_articles_with_events,
    get_pending_articles,
    is_article_current,
    mark_processed_if_current,
)

log = logging.getLogger(__name__)


class Detector(Protocol):
    """What processing needs from `monitor.match`: events for one article."""

    def detect(self, title: str, text: str, published: datetime | None = None,
               article_id: str | None = None) -> list[ControlEvent]: ...


_COUNTS = ("articles", "events", "changes", "confirmations", "collapses", "alerts", "failed")


@dataclass(frozen=True, slots=True)
class ProcessSummary:
    """What one `process_pending_articles` call did."""

    articles: int = 0
    events: int = 0
    changes: int = 0
    confirmations: int = 0
    collapses: int = 0
    alerts: int = 0
    failed: int = 0  # articles whose writes failed (rolled back, retried next time)
    more: bool = False  # more articles may be waiting (the batch was cut by its size or time)

    def plus(self, other: ProcessSummary) -> ProcessSummary:
        """Add up two summaries (`more` is the later one's)."""
        return replace(other, **{k: getattr(self, k) + getattr(other, k) for k in _COUNTS})


def policy_of(settings: Settings) -> Policy:
    """Return the alert policy the settings ask for."""
    return Policy(mode=settings.alert_policy, confirm_outlets=max(1, settings.confirm_outlets))


BATCH_BUDGET_S = 0.5  # detection time per write transaction (issue 11: batches sized by time)
BATCH_READ = 256  # articles read per batch: bounds memory whatever the backlog
CLAIM_CHUNK = 32  # first claim of a batch (~15 ms of detection); later ones fit the time left
ARTICLE_LEASE_S = 20.0  # a claimed article is anyone's again after this (its instance died)


def process_pending_articles(db: Store, settings: Settings, now: datetime, detector: Detector, *,
                             limit: int = 500, budget_s: float = BATCH_BUDGET_S) -> ProcessSummary:
    """Run detection on up to `limit` unprocessed articles, batch after batch; return the counts."""
    total = ProcessSummary()
    while total.articles + total.failed < limit:
        batch = process_batch(db, settings, now, detector, budget_s=budget_s,
                              max_articles=min(BATCH_READ, limit - total.articles - total.failed))
        total = total.plus(batch)
        if batch.articles + batch.failed == 0 or not batch.more:
            break
    return total


def process_batch(db: Store, settings: Settings, now: datetime, detector: Detector, *,
                  budget_s: float = BATCH_BUDGET_S, max_articles: int = BATCH_READ,
                  owner: str | None = None, lease_s: float = ARTICLE_LEASE_S) -> ProcessSummary:
    """Detect the most recent pending articles for about `budget_s`, then record them in ONE transaction.

    Detection (CPU only) runs outside the transaction, newest article first, so the write lock is
    held only while the results are written; one commit (one fsync) covers the whole batch.
    The detected articles are recorded oldest first, so stories and changes date from their first
    report. Each article's writes sit in a savepoint: one that fails is rolled back alone and
    stays unprocessed (tried again in a later batch); the others land together.

    With an `owner`, articles are claimed (leased) a few at a time while time remains, so several
    instances sharing the store never read the same article, and none holds more than it reads.
    """
    started = time.monotonic()
    detected: list[tuple[StoredArticle, list[ControlEvent]]] = []
    more = False
    while len(detected) < max_articles and time.monotonic() - started < budget_s:
        want = min(claim_size(len(detected), time.monotonic() - started, budget_s) if owner else max_articles,
                   max_articles - len(detected))
        chunk = claim_articles_for_detection(db, owner, now, want, lease_s) if owner \
            else get_pending_articles(db, want)
        more = len(chunk) == want  # maybe more waiting
        for n, stored in enumerate(chunk):  # newest first
            detected.append((stored, detect_article(detector, stored)))
            if not owner and time.monotonic() - started >= budget_s:
                more = more or n + 1 < len(chunk)
                break
        if not owner or len(chunk) < want:
            break
    return replace(record_batch(db, settings, now, detected), more=more)


def claim_size(done: int, elapsed_s: float, budget_s: float) -> int:
    """Return how many articles to claim next: what the rest of the budget can detect at the pace so far.

    Claims are write transactions (a commit each): a few per batch, not one per handful.
    """
    if done == 0 or elapsed_s <= 0:
        return CLAIM_CHUNK
    return max(CLAIM_CHUNK // 4, int(done / elapsed_s * (budget_s - elapsed_s)))


def detect_article(detector: Detector, stored: StoredArticle) -> list[ControlEvent]:
    """Return the events of one stored article ([] when the detector fails on it: logged, marked read)."""
    article = stored.article
    try:
        return detector.detect(article.title, article.full_text or article.text, article.published,
                               article_id=str(stored.id))
    except Exception:  # a detector bug on one article must not stop the others
        log.exception("detection failed on article %s; marking it read", stored.id)
        return []


def record_batch(db: Store, settings: Settings, now: datetime,
                 detected: Sequence[tuple[StoredArticle, Sequence[ControlEvent]]]) -> ProcessSummary:
    """Record detected articles in ONE write transaction (each in a savepoint); return the counts."""
    policy = policy_of(settings)
    totals = dict.fromkeys(_COUNTS, 0)
    if not detected:
        return ProcessSummary()
    # Most articles report nothing and never did: one statement each marks them read. The others
    # (events now, or an earlier version had some) go through the decider, oldest first.
    cache = ReportCache() if db.dialect == SQLITE else None
    try:
        with write_transaction(db):
            quiet = [s for s, events in detected if not events]
            had_events = get_articles_with_events(db, [s.id for s in quiet])
            totals["articles"] += mark_processed_if_current(
                db, [(s.id, s.article.content_hash) for s in quiet if s.id not in had_events])
            telling = sorted(((s, e) for s, e in detected if e or s.id in had_events), key=lambda p: p[0].id)
            for stored, events in telling:
                try:
                    counts = _record_one(db, stored, events, policy, now, cache)
                    if counts is None:
                        continue  # deleted, done by someone else, or changed: its new version comes later
                except (sqlite3.Error, StoreError, CityChanged):
                    if cache is not None:
                        cache.clear()  # what it read may include rows the rollback removed
                    # Nothing of this article was written; it stays unprocessed and is tried again later.
                    log.exception("recording article %s failed; it will be retried", stored.id)
                    totals["failed"] += 1
                    continue
                totals["articles"] += 1
                for key, value in counts.items():
                    totals[key] += value
    except (sqlite3.Error, StoreError):
        log.exception("recording a batch of %d articles failed; it will be retried", len(detected))
        return ProcessSummary(failed=len(detected), more=True)
    return ProcessSummary(**totals, more=False)


def make_process_stage(detector: Detector | Callable[[Store], Detector],
                       ) -> Callable[[Store, Settings, datetime], ProcessSummary]:
    """Return an after-ingest stage for `run_cycle`: process pending articles with this detector.

    Pass a factory (db → detector) to rebuild the detector from the current watchlist each run.
    """
    def process_stage(db: Store, settings: Settings, now: datetime) -> ProcessSummary:
        current = detector if hasattr(detector, "detect") else detector(db)
        summary = process_pending_articles(db, settings, now, current)
        if summary.articles:
            log.info("processed %d articles: %d events, %d changes, %d alerts", summary.articles,
                     summary.events, summary.changes, summary.alerts)
        return summary

    return process_stage


class CityChanged(Exception):
    """Another instance changed the city between our read and our write: read again, decide again."""


CAS_ATTEMPTS = 5


def _record_one(db: Store, stored: StoredArticle, events: Sequence[ControlEvent], policy: Policy,
                now: datetime, cache: ReportCache | None = None) -> dict[str, int] | None:
    """Record one article in a savepoint, again if another instance changed one of its cities meanwhile.

    Return its counts, or None when it no longer waits in this version.
    """
    for attempt in range(CAS_ATTEMPTS):
        try:
            with write_transaction(db):  # nested: a savepoint
                if not is_article_current(db, stored.id, stored.article.content_hash):
                    return None
                counts = record_article(db, stored, events, policy, now, cache)
                mark_processed(db, [stored.id])
            return counts
        except CityChanged as exc:
            if cache is not None:
                cache.clear()
            log.info("article %s: %s changed meanwhile; deciding again (%d)", stored.id, exc, attempt + 1)
    raise CityChanged(f"article {stored.id}: its cities kept changing")


def record_article(db: Store, stored: StoredArticle, events: Sequence[ControlEvent], policy: Policy,
                   now: datetime, cache: ReportCache | None = None) -> dict[str, int]:
    """Store an article's events in stories and apply the decisions (inside the caller's transaction)."""
    article = stored.article
    at = min(article.published, article.fetched)  # a date in the future is not believed
    outlet = outlet_of(article.url, article.feed_url)
    # The SimHash costs about as much as detection itself: only articles with events need it.
    fp = fingerprint(article.title, article.full_text or article.text) if events else 0
    places = delete_article_events(db, stored.id)  # an updated version replaces what the old one said
    if cache is not None:
        for city in places:
            cache.forget(city)
    counts = {"events": 0, "changes": 0, "confirmations": 0, "collapses": 0, "alerts": 0}
    for event in events:
        key = event_key(event, at)
        # A story of the same days decides without its members; only else are they compared.
        stories = get_story_candidates(db, event.place, event.country, key.day, members=False)
        story_id = assign_story(key, fp, article.title, stories)
        if story_id is None and stories:
            story_id = assign_story(key, fp, article.title,
                                    get_story_candidates(db, event.place, event.country, key.day))
        if story_id is None:
            story_id = add_story(db, key, article.title, at)
        add_story_article(db, story_id, stored.id, outlet, fp, at, now)
        add_event(db, stored.id, story_id, event, outlet, at, now)
        places.add((event.place, event.country))
        counts["events"] += 1
    for place, country in sorted(places):
        ensure_place(db, place, country, now)
        state = get_city_state(db, place, country)
        since = reports_since(state, policy)
        reports = (cache.reports(db, place, country, since) if cache is not None
                   else get_reports(db, place, country, since))
        intents = decide(state, reports, policy, now)
        if not intents:
            continue
        # Take the city by compare-and-set on its row version: when two instances decide on one
        # city at once (two reports of one fall), one wins; the other re-reads the new state and
        # decides again (a confirmation, not a second change) (issue 12).
        if not set_city_controller(db, place, country, state.controller, state.since, version=state.version):
            raise CityChanged(place)
        for intent in intents:
            apply_intent(db, place, country, intent, now, counts)
    return counts


class ReportCache:
    """Each city's reports, read once in a batch's transaction and then topped up (SQLite only).

    A batch of 200 articles about one city used to read all of its reports 200 times (a wire
    story in 300 outlets: 45,000 rows for 300 articles); now once, then only the rows stored
    since. Valid only inside one write transaction on a store written by one connection at a time
    (SQLite's BEGIN IMMEDIATE): forgotten when an article's writes roll back, and per city when an
    updated article's old events are deleted.
    """

    def __init__(self) -> None:
        self._cities: dict[tuple[str, str], tuple[datetime | None, int, list[Report]]] = {}

    def reports(self, db: Store, place: str, country: str, since: datetime | None) -> list[Report]:
        """Return what `get_reports(db, place, country, since)` returns, reading only new rows."""
        key = (place, country)
        kept = self._cities.get(key)
        if kept is None or (kept[0] is not None and (since is None or since < kept[0])):
            reports = get_reports(db, place, country, since)  # first read, or an earlier bound
            last = max((r.event_id for r in reports), default=0)
        else:
            kept_since, last, reports = kept
            if since is not None and since != kept_since:
                reports = [r for r in reports if r.at >= since]
            new = get_reports(db, place, country, since, after_id=last)
            if new:
                reports = sorted((*reports, *new), key=lambda r: (r.at, r.event_id))
                last = max(last, *(r.event_id for r in new))
        self._cities[key] = (since, last, reports)
        return reports

    def forget(self, city: tuple[str, str]) -> None:
        """Drop one city's reports (some of its rows were deleted)."""
        self._cities.pop(city, None)

    def clear(self) -> None:
        """Drop everything (writes were rolled back: rows read may be gone, their ids reused)."""
        self._cities.clear()


def reports_since(state: CityState, policy: Policy) -> datetime | None:
    """Return the earliest report time the decider can use (older ones are spent), or None for all."""
    active = active_change(state)
    bounds = [t for t in (state.since, active.since if active else None) if t is not None]
    return min(bounds) - policy.slack if bounds else None


def _payload(place: str, country: str, kind: str, *, change_id: int, previous: str | None,
             controller: str | None, since: datetime, confidence: float, status: str, outlets: int,
             retake: bool, note: str, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": kind, "change_id": change_id, "place": place, "country": country, "previous": previous,
            "controller": controller, "at": since.isoformat(), "confidence": round(confidence, 3),
            "status": status, "outlets": outlets, "retake": retake, "note": note,
            "evidence": [{k: e[k] for k in ("sentence", "title", "url", "outlet")} for e in evidence]}


def apply_intent(db: Store, place: str, country: str, intent: Intent, now: datetime,
                 counts: dict[str, int]) -> None:
    """Write one decision: the state change, the alert and its outbox rows."""
    if isinstance(intent, RecordChange):
        evidence = get_evidence(db, intent.event_ids)
        change_id = add_change(db, place, country, previous=intent.previous, controller=intent.controller,
                               since=intent.since, status=intent.status, outlets=intent.outlets,
                               confidence=intent.confidence, retake=intent.retake, story_id=intent.story_id,
                               evidence=evidence, now=now)
        set_city_controller(db, place, country, intent.controller, intent.since)
        payload = _payload(place, country, "change", change_id=change_id, previous=intent.previous,
                           controller=intent.controller, since=intent.since, confidence=intent.confidence,
                           status=intent.status, outlets=intent.outlets, retake=intent.retake, note="",
                           evidence=evidence)
        queue_alert(db, "change", payload, now=now, change_id=change_id, urgent=True)
        counts["changes"] += 1
    elif isinstance(intent, ConfirmChange):
        change = get_change(db, intent.change_id)
        update_change(db, change.id, status="confirmed", outlets=intent.outlets, now=now)
        payload = _payload(place, country, "confirmed", change_id=change.id, previous=change.previous,
                           controller=change.controller, since=change.since, confidence=change.confidence,
                           status="confirmed", outlets=intent.outlets, retake=change.retake,
                           note=f"confirmed by {intent.outlets} outlets",
                           evidence=get_evidence(db, intent.event_ids))
        queue_alert(db, "confirmed", payload, now=now, change_id=change.id, urgent=False)
        counts["confirmations"] += 1
    elif isinstance(intent, CollapseChange):
        change = get_change(db, intent.change_id)
        update_change(db, change.id, status="collapsed", outlets=None, now=now)
        set_city_controller(db, place, country, intent.restore, intent.since)
        note = f"{intent.reason}; {place} is shown as held by {intent.restore or 'unknown'} again"
        payload = _payload(place, country, "collapsed", change_id=change.id, previous=change.previous,
                           controller=change.controller, since=change.since, confidence=change.confidence,
                           status="collapsed", outlets=0, retake=change.retake, note=note,
                           evidence=get_evidence(db, intent.event_ids))
        # It corrects an alert people may act on: it goes out even in quiet hours.
        queue_alert(db, "collapsed", payload, now=now, change_id=change.id, urgent=True)
        counts["collapses"] += 1
    counts["alerts"] += 1
