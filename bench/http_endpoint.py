"""Measure the HTTP endpoint: requests per second and latency per route on a populated store.

    .venv/bin/python bench/http_endpoint.py [--cities 200] [--alerts 2000] [--feeds 1000] [--requests 200]

Builds a temporary store (cities with controllers and coordinates, a change history, alerts
with deliveries, feeds some of them failing), starts the real server on loopback and fetches
each route `--requests` times from 8 client threads.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from monitor.config import Settings
from monitor.service.http import start_http_server
from monitor.store.db import open_store, write_transaction

ROUTES = ("/healthz", "/metrics", "/api/cities", "/api/alerts", "/alerts.atom", "/")


def build(path: Path, cities: int, alerts: int, feeds: int, now: datetime) -> None:
    """Fill a store with synthetic but realistic-sized data."""
    rng = random.Random(7)
    actors = ["Taliban", "Afghan government", "Militia A", "Coalition B", "Front C"]
    db = open_store(path)
    iso = lambda h: (now - timedelta(hours=h)).isoformat(timespec="seconds")  # noqa: E731
    with write_transaction(db):
        for i in range(cities):
            db.execute("INSERT INTO places (name, country, latitude, longitude, controller, "
                       "controller_since, added) VALUES (?, 'AF', ?, ?, ?, ?, ?)",
                       [f"City {i}", 29 + rng.random() * 9, 60 + rng.random() * 11, rng.choice(actors),
                        iso(rng.random() * 500), iso(900)])
        db.execute("INSERT INTO channels (name, kind, added) VALUES ('desk', 'email', ?)", [iso(999)])
        for i in range(alerts):
            place = f"City {i % cities}"
            evidence = [{"sentence": f"Fighters took {place} <b>today</b>.", "url": f"https://n.example/{i}",
                         "title": "t", "outlet": "n.example"}]
            db.execute("INSERT INTO control_changes (place, country, previous, controller, since, recorded, "
                       "status, outlets, confidence, evidence, updated) VALUES (?, 'AF', 'x', ?, ?, ?, "
                       "'confirmed', 2, 0.9, ?, ?)",
                       [place, rng.choice(actors), iso(i / 10), iso(i / 10), json.dumps(evidence),
                        iso(i / 10)])
            payload = {"kind": "change", "place": place, "previous": "x", "controller": "Taliban",
                       "status": "confirmed", "evidence": evidence}
            cur = db.execute("INSERT INTO alerts (kind, place, country, payload, created) "
                             "VALUES ('change', ?, 'AF', ?, ?)", [place, json.dumps(payload), iso(i / 10)])
            columns = {r[1] for r in db.execute("PRAGMA table_info(deliveries)").fetchall()}
            row = {"alert_id": cur.lastrowid, "channel_id": 1, "message_id": f"m{i}", "status": "delivered",
                   "next_attempt": iso(0), "created": iso(0), "queued": iso(0)}
            row = {k: v for k, v in row.items() if k in columns}
            db.execute(f"INSERT INTO deliveries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
        for i in range(feeds):
            errors = rng.choice([0] * 9 + [6])
            db.execute("INSERT INTO feeds (url, title, error_count, last_error, last_success, added) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       [f"https://f{i}.example/rss", f"Feed {i}", errors, "timeout" if errors else None,
                        iso(1), iso(900)])
        db.execute("INSERT INTO daemon_state (key, value) VALUES ('heartbeat', ?)", [iso(0)])
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=200)
    parser.add_argument("--alerts", type=int, default=2000)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        build(path, args.cities, args.alerts, args.feeds, now)
        handle = start_http_server(Settings(), path, is_running=lambda: True, address="127.0.0.1:0")
        print(f"store: {args.cities} cities, {args.alerts} alerts, {args.feeds} feeds; "
              f"{args.requests} requests per route, 8 client threads")
        try:
            for route in ROUTES:
                def one(_: int, route: str = route) -> tuple[float, int]:
                    started = time.perf_counter()
                    with urllib.request.urlopen(handle.url + route, timeout=30) as response:
                        size = len(response.read())
                    return time.perf_counter() - started, size
                started = time.perf_counter()
                with ThreadPoolExecutor(8) as pool:
                    results = list(pool.map(one, range(args.requests)))
                elapsed = time.perf_counter() - started
                latencies = sorted(r[0] for r in results)
                p50 = statistics.median(latencies) * 1000
                p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000
                print(f"{route:<13} {args.requests / elapsed:7.0f} req/s   p50 {p50:6.1f} ms"
                      f"   p95 {p95:6.1f} ms   {results[0][1]:>8} bytes")
        finally:
            handle.stop()


if __name__ == "__main__":
    main()
