"""The HTTP endpoint on loopback: health, metrics, Atom, JSON API, status page, errors."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import feedparser
import pytest

from monitor.config import Settings
from monitor.errors import ConfigError
from monitor.service.http import ServerHandle, parse_address, start_http_server
from monitor.store.db import open_store, write_transaction
from tests import prometheus_text
from tests.service_store import HOSTILE_ACTOR, NOW, SCRIPT_EVIDENCE, fill_store


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store file holding cities, alerts, deliveries and feeds."""
    path = tmp_path / "service.db"
    db = open_store(path)
    fill_store(db)
    db.close()
    return path


@pytest.fixture
def serve(store: Path) -> Iterator[Callable[..., ServerHandle]]:
    """Start servers on 127.0.0.1:0 against `store` (or another path); stop them afterwards."""
    handles: list[ServerHandle] = []

    def start(*, running: bool = True, path: Path | None = None, now: datetime = NOW,
              stale_after_s: float = 600) -> ServerHandle:
        handle = start_http_server(Settings(), path or store, is_running=lambda: running,
                                   address="127.0.0.1:0", stale_after_s=stale_after_s, clock=lambda: now)
        handles.append(handle)
        return handle

    yield start
    for handle in handles:
        handle.stop()


def get(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """Request `url` and return (status, headers, body) whatever the status."""
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_healthz_ok_when_scheduler_runs_and_store_answers(serve: Callable[..., ServerHandle]) -> None:
    """200 and status ok with a running scheduler, an answering store and a fresh heartbeat."""
    status, headers, body = get(serve().url + "/healthz")
    assert status == 200
    data = json.loads(body)
    assert data["status"] == "ok" and data["scheduler"] is True and data["store"] is True
    assert data["deliveries"]["pending"] == 1 and data["deliveries"]["dead"] == 1
    assert data["feeds_failing"] == 2
    assert headers["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(("case", "reason"), [
    ("scheduler stopped", "scheduler not running"),
    ("store missing", "store"),
    ("heartbeat stale", "heartbeat older than"),
])
def test_healthz_503(serve: Callable[..., ServerHandle], tmp_path: Path, case: str, reason: str) -> None:
    """503 with the reason when the scheduler is down, the store is gone or the daemon stalled."""
    kwargs: dict[str, object] = {
        "scheduler stopped": {"running": False},
        "store missing": {"path": tmp_path / "nowhere" / "missing.db"},
        "heartbeat stale": {"now": NOW + timedelta(hours=1), "stale_after_s": 180},
    }[case]  # type: ignore[assignment]
    status, _, body = get(serve(**kwargs).url + "/healthz")
    assert status == 503
    data = json.loads(body)
    assert data["status"] == "unhealthy"
    assert any(r.startswith(reason) for r in data["reasons"])
    assert not (tmp_path / "nowhere").exists()  # a probe never creates a store


def test_healthz_when_the_probe_raises(store: Path) -> None:
    """A scheduler probe that raises counts as not running, not as a server error."""
    def broken() -> bool:
        raise RuntimeError("probe exploded")
    handle = start_http_server(Settings(), store, is_running=broken, address="127.0.0.1:0",
                               clock=lambda: NOW)
    try:
        assert get(handle.url + "/healthz")[0] == 503
    finally:
        handle.stop()


def test_metrics_endpoint(serve: Callable[..., ServerHandle]) -> None:
    """/metrics answers in the Prometheus text format with the store's gauges."""
    status, headers, body = get(serve().url + "/metrics")
    assert status == 200
    assert headers["Content-Type"].startswith("text/plain; version=0.0.4")
    samples = prometheus_text.parse(body.decode())
    assert samples[("monitor_alerts", ())] == 3
    assert samples[("monitor_store_up", ())] == 1


def test_alerts_atom_parses_and_keeps_titles_as_text(serve: Callable[..., ServerHandle]) -> None:
    """/alerts.atom is well-formed Atom; markup in feed text arrives as text, never as markup."""
    status, headers, body = get(serve().url + "/alerts.atom")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    titles = [e.title for e in parsed.entries]
    assert titles == [f"Mazar-i-Sharif (AF): Afghan government → {HOSTILE_ACTOR}",
                      "Kandahar (AF): Afghan government → Taliban", "Herat (AF): Afghan government → Taliban"]
    assert len(parsed.entries) == 3
    assert len({e.id for e in parsed.entries}) == 3
    kandahar = next(e for e in parsed.entries if e.title.startswith("Kandahar"))
    assert kandahar.link == "https://news.example.org/kandahar?a=1&b=2"
    assert SCRIPT_EVIDENCE in kandahar.content[0].value  # text content, unescaped once by the reader
    assert b"<script>" not in body
    mazar = next(e for e in parsed.entries if e.title.startswith("Mazar"))
    assert all("javascript" not in link.href for link in mazar.get("links", []))


def test_api_cities_and_alerts(serve: Callable[..., ServerHandle]) -> None:
    """The JSON API lists cities with controller and evidence, and the latest alerts first."""
    url = serve().url
    status, headers, body = get(url + "/api/cities")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    cities = {c["name"]: c for c in json.loads(body)}
    assert cities["Kandahar"]["controller"] == "Taliban"
    assert cities["Kandahar"]["since"] == "2021-08-13T00:00:00+00:00"
    assert cities["Kandahar"]["evidence"] == SCRIPT_EVIDENCE
    assert cities["Mazar-i-Sharif"]["evidence_url"] is None  # javascript: never leaves the store
    assert cities["Ghazni"]["controller"] is None
    status, _, body = get(url + "/api/alerts?limit=2")
    alerts = json.loads(body)
    assert [a["place"] for a in alerts] == ["Mazar-i-Sharif", "Kandahar"]
    assert [a["status"] for a in alerts] == ["dead", "pending"]


def test_status_page_is_escaped_html(serve: Callable[..., ServerHandle]) -> None:
    """/ is HTML with the cities and alerts, every feed string escaped, and no script at all."""
    status, headers, body = get(serve().url + "/")
    page = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<script" not in page
    assert "Kandahar" in page and "Taliban" in page
    assert "Front &lt;b&gt;&#34;Uni&#34;&lt;/b&gt; &amp; Co" in page  # markupsafe writes " as &#34;
    assert "javascript:" not in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_city_page_lists_its_history(serve: Callable[..., ServerHandle]) -> None:
    """/city/<id>, linked from the table and the map, shows who holds the city and its changes."""
    url = serve().url
    page = get(url + "/")[2].decode()
    cities = json.loads(get(url + "/api/cities")[2])
    mazar = next(c for c in cities if c["name"] == "Mazar-i-Sharif")
    assert f'href="/city/{mazar["id"]}"' in page  # linked from the page
    assert mazar["history"][0]["previous"] == "Afghan government"
    status, headers, body = get(f"{url}/city/{mazar['id']}")
    city = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "History (1 change)" in city and "confirmed" in city and "Fighters entered the city." in city
    assert "Afghan government</bdi> → <bdi>Front &lt;b&gt;&#34;Uni&#34;&lt;/b&gt; &amp; Co" in city
    assert "javascript:" not in city and "<b>" not in city
    assert "<svg" in city and 'data-iso="AF"' in city  # a map around it


def test_city_page_map_uses_the_status_page_colours(serve: Callable[..., ServerHandle]) -> None:
    """A city's page colours every dot as the status page does and shows its watched neighbours."""
    from monitor.service.svgmap import PALETTE

    url = serve().url
    kabul = next(c for c in json.loads(get(url + "/api/cities")[2]) if c["name"] == "Kabul")
    page = get(f"{url}/city/{kabul['id']}")[2].decode()
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert svg.count('data-city="Kabul"') == 1 and 'data-city="Ghazni"' in svg  # a neighbour, once each
    assert 'class="focus"' in svg
    kabul_dot = svg[svg.index('data-city="Kabul"'):]
    # Taliban hold two cities, so the status page gives "Afghan government" the second colour.
    assert f'r="6" fill="{PALETTE[1]}"' in kabul_dot[:kabul_dot.index("</g>")]


def test_store_without_alert_tables(serve: Callable[..., ServerHandle], tmp_path: Path) -> None:
    """Against a store that has only feeds, the page and the API answer and show no alerts."""
    import sqlite3
    path = tmp_path / "bare.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE feeds (id INTEGER PRIMARY KEY, url TEXT, title TEXT, last_status INTEGER, "
                 "last_error TEXT, error_count INTEGER, last_success TEXT, last_new_article TEXT, "
                 "disabled INTEGER)")
    conn.commit()
    conn.close()
    url = serve(path=path).url
    assert json.loads(get(url + "/api/alerts")[2]) == []
    assert json.loads(get(url + "/api/cities")[2]) == []
    status, _, body = get(url + "/")
    assert status == 200 and b"No alert yet" in body
    assert feedparser.parse(get(url + "/alerts.atom")[2]).entries == []


@pytest.mark.parametrize(("path", "method", "status"), [
    ("/nope", "GET", 404),
    ("/", "POST", 405),
    ("/api/alerts", "DELETE", 405),
    ("/healthz", "HEAD", 200),
    ("/", "HEAD", 200),
    ("/city/999", "GET", 404),
    ("/city/abc", "GET", 404),
    ("/city/1", "HEAD", 200),
])
def test_routes_and_methods(serve: Callable[..., ServerHandle], path: str, method: str, status: int) -> None:
    """Unknown paths are 404, writes are 405, HEAD works like GET without a body."""
    code, _, body = get(serve().url + path, method)
    assert code == status
    if method == "HEAD":
        assert body == b""


def test_stop_releases_the_port(store: Path) -> None:
    """After stop() nothing listens on the port any more."""
    handle = start_http_server(Settings(), store, is_running=lambda: True, address="127.0.0.1:0")
    url = handle.url
    assert get(url + "/healthz")[0] in (200, 503)
    handle.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/healthz", timeout=2)


@pytest.mark.parametrize(("address", "expected"), [
    ("127.0.0.1:8477", ("127.0.0.1", 8477)),
    (":9000", ("127.0.0.1", 9000)),
    ("[::1]:8477", ("::1", 8477)),
    ("0.0.0.0:0", ("0.0.0.0", 0)),
])
def test_parse_address(address: str, expected: tuple[str, int]) -> None:
    """HOST:PORT is split, an empty host meaning loopback."""
    assert parse_address(address) == expected


@pytest.mark.parametrize("address", ["localhost", "127.0.0.1:http", "1.2.3.4:70000"])
def test_parse_address_rejects(address: str) -> None:
    """A malformed address is a configuration error naming http.address."""
    with pytest.raises(ConfigError, match=r"http\.address"):
        parse_address(address)


def test_feed_credentials_never_reach_the_page_or_api(serve: Callable[..., ServerHandle],
                                                      store: Path) -> None:
    """A private feed's password or token in its URL or last error is redacted on / and /api/feeds."""
    db = open_store(store)
    with write_transaction(db):
        db.execute("INSERT INTO feeds (url, error_count, last_error, added) VALUES (?, 1, ?, ?)",
                   ["https://reader:S3cretPass@intranet.example/feed?token=T0k3nValue42",
                    "401 for https://reader:S3cretPass@intranet.example/feed", NOW.isoformat()])
    db.close()
    url = serve().url
    for path in ("/", "/api/feeds"):
        body = get(url + path)[2].decode()
        assert "intranet.example/feed" in body
        assert "S3cretPass" not in body and "T0k3nValue42" not in body


def test_city_views_with_history_on_both_backends(store_target: str) -> None:
    """City ids and change histories (/city/<id>, the map's hover) read alike on SQLite and PostgreSQL."""
    from monitor.service import queries

    store = open_store(store_target)
    fill_store(store)
    views = {c.name: c for c in queries.get_city_views(store)}
    herat = views["Herat"]
    assert herat.id is not None and [h.controller for h in herat.history] == ["Taliban"]
    assert herat.history[0].previous == "Afghan government" and herat.history[0].status == "confirmed"
    assert views["Kabul"].history == ()
    [one] = queries.get_city_views(store, herat.id, history=100)
    assert one.name == "Herat" and one.history == herat.history
    assert queries.get_city_views(store, 10_000) == []
    store.close()
