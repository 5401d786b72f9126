"""Read-only views of the store for the page, the API, the Atom feed and the metrics.

Contains no business logic. Tables other helpers add later (alerts, deliveries, change history)
are read only when `sqlite_master` lists them, and columns are picked by name, so the endpoint
keeps working, showing less, against an older or partial store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

try:  # H4's headline wording, so the page says what the e-mail said
    from monitor.alerts.render import describe
except ImportError:  # pragma: no cover - alerts package absent
    describe = None  # type: ignore[assignment]

from monitor.service.logs import redact
from monitor.service.views import AlertView, ChangeView, CityView, FeedView, StatusView, safe_url

HEARTBEAT_KEYS = ("heartbeat", "last_cycle_finished", "last_cycle_started")


def get_tables(db: Database) -> set[str]:
    """Return the names of the tables in the store."""
    rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {row[0] for row in rows}


def get_columns(db: Database, table: str) -> list[str]:
    """Return the column names of `table` (empty when it does not exist)."""
    return [row[1] for row in db.conn.execute(f"PRAGMA table_info([{table}])")]


def _pick(columns: Iterable[str], *names: str) -> str | None:
    have = set(columns)
    return next((name for name in names if name in have), None)


def parse_time(value: Any) -> datetime | None:
    """Read a stored timestamp (ISO text, or epoch seconds) as an aware UTC datetime."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, UTC)
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _first_evidence(raw: Any) -> tuple[str | None, str | None]:
    """Return (sentence, url) of the first item of a JSON evidence list (or a plain sentence)."""
    if not raw:
        return None, None
    try:
        items = json.loads(raw) if isinstance(raw, str) and raw.lstrip().startswith(("[", "{")) else raw
    except ValueError:
        return str(raw), None
    if isinstance(items, dict):
        items = [items]
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and (item.get("sentence") or item.get("url")):
                # Only http(s) links leave the store: a javascript: URL in a feed stays there.
                return item.get("sentence") or item.get("title"), safe_url(item.get("url"))
        return None, None
    return str(items), None


def get_city_views(db: Database, place_id: int | None = None, history: int = 5) -> list[CityView]:
    """Return every watched city (or the one with `place_id`) with its controller, the evidence
    of the latest change and its `history` latest changes."""
    tables = get_tables(db)
    if "places" not in tables:
        return []
    where, params = ("WHERE id = ?", [place_id]) if place_id is not None else ("", [])
    places = _rows(db, "SELECT id, name, country, latitude, longitude, controller, controller_since "
                       f"FROM places {where} ORDER BY country, name", params)
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    if "control_changes" in tables:
        # Only each place's latest standing change (control_changes_place index: place, country, since).
        for row in _rows(db, "SELECT place, country, previous, controller, evidence FROM ("
                             "SELECT *, row_number() OVER (PARTITION BY place, country "
                             "ORDER BY since DESC, id DESC) AS n FROM control_changes "
                             "WHERE status != 'collapsed') WHERE n = 1"):
            latest[(row["place"], row["country"])] = row
    changes: dict[tuple[str, str], list[ChangeView]] = {}
    if "control_changes" in tables and history > 0:
        for row in _rows(db, "SELECT place, country, previous, controller, since, status, outlets, evidence "
                             "FROM (SELECT *, row_number() OVER (PARTITION BY place, country "
                             "ORDER BY since DESC, id DESC) AS n FROM control_changes) WHERE n <= ? "
                             "ORDER BY since DESC, n", [history]):
            sentence, url = _first_evidence(row["evidence"])
            changes.setdefault((row["place"], row["country"]), []).append(ChangeView(
                since=parse_time(row["since"]) or datetime.fromtimestamp(0, UTC),
                controller=row["controller"], previous=row["previous"], status=row["status"],
                outlets=row["outlets"], evidence=sentence, url=url))
    views = []
    for p in places:
        h = latest.get((p["name"], p["country"]))
        if h is not None and h["controller"] != p["controller"]:
            h = None  # the history's latest change is not what the city shows: don't mix them
        sentence, url = _first_evidence(h["evidence"]) if h else (None, None)
        views.append(CityView(
            name=p["name"], country=p["country"], latitude=p["latitude"], longitude=p["longitude"],
            controller=p["controller"], since=parse_time(p["controller_since"]),
            previous=h["previous"] if h else None, evidence=sentence, evidence_url=url,
            id=p["id"], history=tuple(changes.get((p["name"], p["country"]), ())),
        ))
    return views


def _headline(payload: dict[str, Any]) -> str:
    if describe is not None:
        return describe(payload)
    return f"{payload.get('place') or '?'}: {payload.get('previous') or 'unknown'} → " \
           f"{payload.get('controller') or 'unknown'}"


def get_alert_views(db: Database, limit: int = 50) -> list[AlertView]:
    """Return the latest alerts, newest first (none when the alerts table does not exist)."""
    tables = get_tables(db)
    if "alerts" not in tables:
        return []
    rows = _rows(db, "SELECT id, kind, place, payload, created FROM alerts "
                     "WHERE kind != 'test' ORDER BY created DESC, id DESC LIMIT ?", [limit])
    statuses = _delivery_statuses(db, tables, [r["id"] for r in rows])
    views = []
    for r in rows:
        try:
            payload = json.loads(r["payload"] or "{}")
        except ValueError:
            payload = {}
        if not isinstance(payload, dict):
            payload = {}
        payload.setdefault("kind", r["kind"])
        payload.setdefault("place", r["place"])
        sentence, url = _first_evidence(payload.get("evidence"))
        views.append(AlertView(
            id=str(r["id"]), title=_headline(payload),
            created=parse_time(r["created"]) or datetime.fromtimestamp(0, UTC),
            place=payload.get("place"), controller=payload.get("controller"),
            previous=payload.get("previous"), evidence=sentence, url=url,
            status=statuses.get(r["id"]), country=payload.get("country"),
        ))
    return views


def _delivery_statuses(db: Database, tables: set[str], ids: list[Any]) -> dict[Any, str]:
    """Sum each alert's deliveries into one word: dead beats pending beats delivered."""
    table = next((t for t in ("deliveries", "outbox") if t in tables), None)
    if not table or not ids:
        return {}
    cols = get_columns(db, table)
    ref, status = _pick(cols, "alert_id"), _pick(cols, "status", "state")
    if not ref or not status:
        return {}
    marks = ",".join("?" * len(ids))
    rank = {"dead": 3, "pending": 2, "delivered": 1}
    result: dict[Any, str] = {}
    for alert_id, value in db.conn.execute(
            f"SELECT [{ref}], [{status}] FROM [{table}] WHERE [{ref}] IN ({marks})", ids):
        if rank.get(value, 0) > rank.get(result.get(alert_id, ""), 0):
            result[alert_id] = value
    return result


def get_delivery_counts(db: Database) -> dict[str, int]:
    """Count outbox rows by status ({} when there is no outbox table)."""
    tables = get_tables(db)
    table = next((t for t in ("deliveries", "outbox") if t in tables), None)
    if not table:
        return {}
    cols = get_columns(db, table)
    status = _pick(cols, "status", "state")
    if not status:
        return {}
    counts = {str(k): n for k, n in db.conn.execute(
        f"SELECT [{status}], count(*) FROM [{table}] GROUP BY 1")}
    attempts = _pick(cols, "attempts")
    if attempts:
        retried = db.conn.execute(
            f"SELECT count(*) FROM [{table}] WHERE [{attempts}] > 1 OR "
            f"([{attempts}] > 0 AND [{status}] = 'pending')").fetchone()[0]
        counts["retried"] = retried
    return counts


def get_feed_views(db: Database) -> list[FeedView]:
    """Return every feed's health, failing ones first."""
    if "feeds" not in get_tables(db):
        return []
    rows = _rows(db, "SELECT id, url, title, last_status, last_error, error_count, last_success, "
                     "last_new_article, disabled FROM feeds ORDER BY error_count DESC, url")
    # A private feed's URL may carry credentials (user:pw@, ?token=): the page never shows them.
    return [FeedView(
        id=r["id"], url=redact(r["url"] or ""), title=r["title"], last_status=r["last_status"],
        last_error=redact(r["last_error"]) if r["last_error"] else None, error_count=r["error_count"] or 0,
        last_success=parse_time(r["last_success"]), last_new_article=parse_time(r["last_new_article"]),
        disabled=bool(r["disabled"]),
    ) for r in rows]


def get_heartbeat(db: Database) -> datetime | None:
    """Return the daemon's last sign of life recorded in daemon_state, if any."""
    if "daemon_state" not in get_tables(db):
        return None
    values = dict(db.conn.execute(
        f"SELECT key, value FROM daemon_state WHERE key IN ({','.join('?' * len(HEARTBEAT_KEYS))})",
        HEARTBEAT_KEYS).fetchall())
    times = [t for t in (parse_time(values.get(k)) for k in HEARTBEAT_KEYS) if t]
    return max(times) if times else None


def get_status_view(db: Database, now: datetime, *, alerts: int = 20) -> StatusView:
    """Gather what the status page shows."""
    return StatusView(generated=now, cities=tuple(get_city_views(db)),
                      alerts=tuple(get_alert_views(db, alerts)), feeds=tuple(get_feed_views(db)),
                      heartbeat=get_heartbeat(db))


def count_rows(db: Database, table: str, where: str = "") -> int | None:
    """Count rows of `table` (None when it does not exist)."""
    if table not in get_tables(db):
        return None
    try:
        return int(db.conn.execute(f"SELECT count(*) FROM [{table}] {where}").fetchone()[0])
    except sqlite3.OperationalError:
        return None
