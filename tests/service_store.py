"""A small store for the service tests: cities, controllers, a change history, alerts, feeds.

Some strings are hostile on purpose (markup, quotes, CR/LF, RTL text) to check escaping.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from monitor.store.db import write_transaction

NOW = datetime(2021, 8, 15, 12, 0, tzinfo=UTC)
HOSTILE_ACTOR = 'Front <b>"Uni"</b> & Co'
SCRIPT_EVIDENCE = 'Witnesses said <script>alert("pwned")</script> the governor left.'
ARABIC_EVIDENCE = "سيطرت حركة طالبان على مدينة هرات بعد انسحاب القوات الحكومية."

CITIES = (
    # name, country, lat, lon, controller, since (hours before NOW)
    ("Kandahar", "AF", 31.61, 65.71, "Taliban", 60),
    ("Herat", "AF", 34.35, 62.20, "Taliban", 70),
    ("Kabul", "AF", 34.53, 69.17, "Afghan government", 24 * 400),
    ("Mazar-i-Sharif", "AF", 36.71, 67.11, HOSTILE_ACTOR, 5),
    ("Ghazni", "AF", 33.55, 68.42, None, None),
)


def _insert(db: Database, table: str, row: dict[str, object], now: datetime) -> None:
    """Insert `row`, giving any other NOT NULL column without a default a plain value."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        columns = [(name, kind, nullable == "NO", default, name == "id") for name, kind, nullable, default in
                   db.execute("SELECT column_name, data_type, is_nullable, column_default "
                              "FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()]
    else:
        columns = [(name, kind, notnull, default, pk) for _, name, kind, notnull, default, pk
                   in db.execute(f"PRAGMA table_info({table})").fetchall()]
    for name, kind, notnull, default, pk in columns:
        if notnull and default is None and not pk and name not in row:
            row[name] = now.isoformat() if "TEXT" in kind.upper() else 0
    names = ", ".join(row)
    db.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def fill_store(db: Database, now: datetime = NOW) -> None:
    """Write the cities, their change history, three alerts with deliveries, and three feeds."""
    iso = lambda hours: (now - timedelta(hours=hours)).isoformat(timespec="seconds")  # noqa: E731
    tables = set(db.table_names())
    with write_transaction(db):
        for name, country, lat, lon, controller, hours in CITIES:
            db.execute("INSERT INTO places (name, country, latitude, longitude, controller, "
                       "controller_since, added) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [name, country, lat, lon, controller, iso(hours) if hours else None, iso(1000)])
        for i, (url, status, error, count) in enumerate((
                ("https://news.example.org/rss", 200, None, 0),
                ("https://broken.example.net/feed", 503, "HTTP 503 Service Unavailable", 7),
                ("https://slow.example.com/atom", None, "timeout after 20 s", 2))):
            db.execute("INSERT INTO feeds (url, title, last_status, last_error, error_count, "
                       "last_success, last_new_article, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [url, f"Feed {i} <i>x</i>", status, error, count, iso(1 + 10 * i), iso(3), iso(900)])
        db.execute("INSERT INTO daemon_state (key, value) VALUES ('heartbeat', ?)", [iso(0.01)])
        if "control_changes" not in tables:
            return
        changes = (
            ("Herat", "Afghan government", "Taliban", 70, ARABIC_EVIDENCE, "https://news.example.org/herat"),
            ("Kandahar", "Afghan government", "Taliban", 60, SCRIPT_EVIDENCE,
             "https://news.example.org/kandahar?a=1&b=2"),
            ("Mazar-i-Sharif", "Afghan government", HOSTILE_ACTOR, 5, "Fighters entered the city.",
             "javascript:alert(1)"),
        )
        _insert(db, "channels", {"id": 1, "name": "desk", "kind": "email", "added": iso(999)}, now)
        for n, (place, previous, controller, hours, sentence, url) in enumerate(changes, start=1):
            evidence = [{"sentence": sentence, "url": url, "title": f"{place} falls",
                         "outlet": "example.org"}]
            _insert(db, "control_changes", {
                "id": n, "place": place, "country": "AF", "previous": previous, "controller": controller,
                "since": iso(hours), "recorded": iso(hours), "status": "confirmed", "outlets": 2,
                "confidence": 0.9, "evidence": json.dumps(evidence), "updated": iso(hours)}, now)
            payload = {"kind": "change", "place": place, "country": "AF", "previous": previous,
                       "controller": controller, "at": iso(hours), "confidence": 0.9,
                       "status": "confirmed", "outlets": 2, "evidence": evidence}
            _insert(db, "alerts", {"id": n, "change_id": n, "kind": "change", "urgent": 1,
                                   "place": place, "country": "AF", "payload": json.dumps(payload),
                                   "created": iso(hours)}, now)
            _insert(db, "deliveries", {
                "alert_id": n, "channel_id": 1, "message_id": f"alert-{n}",
                "status": ("delivered", "pending", "dead")[n - 1], "attempts": n,
                "next_attempt": iso(0), "created": iso(hours)}, now)
