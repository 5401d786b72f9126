"""Query functions over `stories`, `story_articles` and `events` (detections with evidence)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from monitor.match.stories import StoryCandidate, StoryKey
from monitor.model import ControlEvent, Report
from monitor.store.db import Store
from monitor.store.times import from_iso, to_iso

STORY_LOOKBACK_DAYS = 14  # a late copy of an older story still joins it


def get_story_candidates(db: Store, place: str, country: str, day: date, *,
                         members: bool = True) -> list[StoryCandidate]:
    """Return the place's stories of the last weeks around `day`, with their members' fingerprints.

    With `members=False` the fingerprints and titles are left out: enough when a story of the same
    day decides (a wire story copied by 300 outlets would otherwise be read 300 times over).
    """
    since = (day - timedelta(days=STORY_LOOKBACK_DAYS)).isoformat()
    if not members:
        rows = db.execute("SELECT id, controller, day FROM stories WHERE place = ? AND country = ? "
                          "AND day >= ? ORDER BY id", [place, country, since]).fetchall()
        return [StoryCandidate(id_, StoryKey(place, country, controller, date.fromisoformat(iso)), (), ())
                for id_, controller, iso in rows]
    rows = db.execute(
        "SELECT s.id, s.controller, s.day, sa.fingerprint, a.title FROM stories s "
        "LEFT JOIN story_articles sa ON sa.story_id = s.id LEFT JOIN articles a ON a.id = sa.article_id "
        "WHERE s.place = ? AND s.country = ? AND s.day >= ? ORDER BY s.id",
        [place, country, since]).fetchall()
    found: dict[int, tuple[StoryKey, list[int], list[str]]] = {}
    for id_, controller, day_text, fp, title in rows:
        key = StoryKey(place, country, controller, date.fromisoformat(day_text))
        entry = found.setdefault(id_, (key, [], []))
        if fp is not None:
            entry[1].append(int(fp, 16))
            entry[2].append(title or "")
    return [StoryCandidate(id_, key, tuple(fps), tuple(titles)) for id_, (key, fps, titles) in found.items()]


def add_story(db: Store, key: StoryKey, title: str, at: datetime) -> int:
    """Create a story for an event key; return its id."""
    return db.insert("INSERT INTO stories (place, country, controller, day, title, first_seen, last_seen) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [key.place, key.country, key.controller, key.day.isoformat(), title, to_iso(at),
                         to_iso(at)])


def add_story_article(db: Store, story_id: int, article_id: int, outlet: str, fp: int, at: datetime,
                      now: datetime) -> None:
    """Attach an article to a story and widen the story's first/last seen times."""
    db.execute("INSERT INTO story_articles (story_id, article_id, outlet, fingerprint, added) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
               [story_id, article_id, outlet, f"{fp:016x}", to_iso(now)])
    iso = to_iso(at)
    db.execute("UPDATE stories SET "
               "first_seen = CASE WHEN first_seen <= ? THEN first_seen ELSE ? END, "
               "last_seen = CASE WHEN last_seen >= ? THEN last_seen ELSE ? END WHERE id = ?",
               [iso, iso, iso, iso, story_id])


def delete_article_events(db: Store, article_id: int) -> set[tuple[str, str]]:
    """Forget what an earlier version of the article said; return the places it was about."""
    places = {(p, c) for p, c in db.execute("SELECT place, country FROM events WHERE article_id = ?",
                                            [article_id]).fetchall()}
    db.execute("DELETE FROM events WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM story_articles WHERE article_id = ?", [article_id])
    return places


def add_event(db: Store, article_id: int, story_id: int | None, event: ControlEvent, outlet: str,
              at: datetime, now: datetime) -> int:
    """Store one detection with its evidence sentence; return its id."""
    return db.insert(
        "INSERT INTO events (article_id, story_id, place, country, controller, previous, kind, claim, "
        "confidence, evidence, lang, outlet, at, detected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, story_id, event.place, event.country, event.controller, event.previous, event.kind,
         int(event.claim), event.confidence, event.evidence, event.lang, outlet, to_iso(at), to_iso(now)])


def get_reports(db: Store, place: str, country: str, since: datetime | None = None, *,
                after_id: int = 0) -> list[Report]:
    """Return the stored detections about the place (from `since` on) as decider reports, oldest first.

    With `after_id`, only those stored after that event (ids grow with each insert).
    """
    rows = db.execute("SELECT outlet, controller, at, kind, claim, confidence, id, story_id FROM events "
                      "WHERE place = ? AND country = ? AND at >= ? AND id > ? ORDER BY at, id",
                      [place, country, to_iso(since) if since else "", after_id]).fetchall()
    return [Report(outlet, controller, from_iso(at) or datetime.min, kind, bool(claim), confidence, id_,
                   story) for outlet, controller, at, kind, claim, confidence, id_, story in rows]


def get_evidence(db: Store, event_ids: Sequence[int], limit: int = 5) -> list[dict[str, Any]]:
    """Return the evidence of these events for an alert: sentence, title, link, outlet (earliest first)."""
    ids = list(event_ids)[:200]
    if not ids:
        return []
    rows = db.execute(
        f"SELECT e.id, e.evidence, e.outlet, e.at, e.lang, a.title, a.url FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE e.id IN ({','.join('?' * len(ids))}) "
        "ORDER BY e.at, e.id LIMIT ?", [*ids, limit]).fetchall()
    return [{"event_id": id_, "sentence": sentence, "outlet": outlet, "at": at, "lang": lang, "title": title,
             "url": url} for id_, sentence, outlet, at, lang, title, url in rows]
