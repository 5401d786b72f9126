"""Read-only views of the store for the page, the API, the Atom feed and the metrics.

Contains no business logic and no SQL: the rows come from `monitor.store.views`. Tables other
parts add later (alerts, deliveries, change history) are read only when the store lists them,
and columns are picked by name, so the endpoint keeps working, showing less, against an older or
partial store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from monitor.store import views as store_views
from monitor.store.db import Store

try:  # H4's headline wording, so the page says what the e-mail said
    from monitor.alerts.render import describe
except ImportError:  # pragma: no cover - alerts package absent
    describe = None  # type: ignore[assignment]

from monitor.service.logs import redact
from monitor.service.views import AlertView, ChangeView, CityView, FeedView, StatusView, safe_url

HEARTBEAT_KEYS = ("heartbeat", "last_cycle_finished", "last_cycle_started")


def get_tables(db: Store) -> set[str]:
    """Return the names of the tables in the store."""
    return store_views.get_table_names(db)


def get_columns(db: Store, table: str) -> list[str]:
    """Return the column names of `table` (empty when it does not exist)."""
    return store_views.get_column_names(db, table)


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


def get_city_views(db: Store, place_id: int | None = None, history: int = 5) -> list[CityView]:
    """Return every watched city (or the one with `place_id`) with its controller, the evidence
    of the latest change and its `history` latest changes."""
    tables = get_tables(db)
    if "places" not in tables:
        return []
    places = store_views.get_place_rows(db, place_id)
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    changes: dict[tuple[str, str], list[ChangeView]] = {}
    if "control_changes" in tables:
        for row in store_views.get_latest_change_rows(db):
            latest[(row["place"], row["country"])] = row
        for row in store_views.get_change_history_rows(db, history) if history > 0 else ():
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


def get_alert_views(db: Store, limit: int = 50) -> list[AlertView]:
    """Return the latest alerts, newest first (none when the alerts table does not exist)."""
    tables = get_tables(db)
    if "alerts" not in tables:
        return []
    rows = store_views.get_recent_alert_rows(db, limit)
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


def _delivery_statuses(db: Store, tables: set[str], ids: list[Any]) -> dict[Any, str]:
    """Sum each alert's deliveries into one word: dead beats pending beats delivered."""
    table = next((t for t in ("deliveries", "outbox") if t in tables), None)
    if not table or not ids:
        return {}
    cols = get_columns(db, table)
    ref, status = _pick(cols, "alert_id"), _pick(cols, "status", "state")
    if not ref or not status:
        return {}
    rank = {"dead": 3, "pending": 2, "delivered": 1}
    result: dict[Any, str] = {}
    for alert_id, value in store_views.get_alert_statuses(db, table, ref, status, ids):
        if rank.get(value, 0) > rank.get(result.get(alert_id, ""), 0):
            result[alert_id] = value
    return result


def get_delivery_counts(db: Store) -> dict[str, int]:
    """Count outbox rows by status ({} when there is no outbox table)."""
    tables = get_tables(db)
    table = next((t for t in ("deliveries", "outbox") if t in tables), None)
    if not table:
        return {}
    cols = get_columns(db, table)
    status = _pick(cols, "status", "state")
    if not status:
        return {}
    return store_views.count_by_status(db, table, status, _pick(cols, "attempts"))


def get_feed_views(db: Store) -> list[FeedView]:
    """Return every feed's health, failing ones first."""
    if "feeds" not in get_tables(db):
        return []
    rows = store_views.get_feed_rows(db)
    # A private feed's URL may carry credentials (user:pw@, ?token=): the page never shows them.
    return [FeedView(
        id=r["id"], url=redact(r["url"] or ""), title=r["title"], last_status=r["last_status"],
        last_error=redact(r["last_error"]) if r["last_error"] else None, error_count=r["error_count"] or 0,
        last_success=parse_time(r["last_success"]), last_new_article=parse_time(r["last_new_article"]),
        disabled=bool(r["disabled"]),
    ) for r in rows]


def get_heartbeat(db: Store) -> datetime | None:
    """Return the daemon's last sign of life recorded in daemon_state, if any."""
    if "daemon_state" not in get_tables(db):
        return None
    values = store_views.get_state_values(db, HEARTBEAT_KEYS)
    times = [t for t in (parse_time(values.get(k)) for k in HEARTBEAT_KEYS) if t]
    return max(times) if times else None


def get_status_view(db: Store, now: datetime, *, alerts: int = 20) -> StatusView:
    """Gather what the status page shows."""
    return StatusView(generated=now, cities=tuple(get_city_views(db)),
                      alerts=tuple(get_alert_views(db, alerts)), feeds=tuple(get_feed_views(db)),
                      heartbeat=get_heartbeat(db))


def count_rows(db: Store, table: str, where: str = "") -> int | None:
    """Count rows of `table`, or those `where` selects, among the store's named counts.

    Returns None when the table does not exist; raises ValueError for a count the store does not
    name (`monitor.store.views.COUNTS`): no SQL is built here.
    """
    for name, (known_table, known_where) in store_views.COUNTS.items():
        if (known_table, known_where) == (table, where.strip()):
            return store_views.count(db, name)
    raise ValueError(f"no such count: {table} {where}")
