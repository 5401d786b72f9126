"""/metrics content: process counters and store-derived gauges, valid Prometheus text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.service import metrics
from monitor.service.metrics import Registry, classify_feed_error, render_metrics
from tests import prometheus_text
from tests.service_store import NOW, fill_store


def test_counters_and_histograms_render_as_valid_text() -> None:
    """inc/observe show up as _total counters and cumulative histograms that a scraper accepts."""
    registry = Registry()
    registry.inc("feeds_polled", 3)
    registry.inc("fetch_errors", kind="timeout")
    registry.inc("fetch_errors", kind="timeout")
    registry.inc("fetch_errors", kind='http "5xx"\nweird')
    for seconds in (0.05, 0.7, 4.0, 1000.0):
        registry.observe("cycle_duration_seconds", seconds)
    text = render_metrics(None, NOW, registry)
    samples = prometheus_text.parse(text)
    assert samples[("monitor_feeds_polled_total", ())] == 3
    assert samples[("monitor_fetch_errors_total", (("kind", "timeout"),))] == 2
    assert samples[("monitor_fetch_errors_total", (("kind", 'http "5xx"\nweird'),))] == 1
    assert samples[("monitor_cycle_duration_seconds_count", ())] == 4
    assert samples[("monitor_cycle_duration_seconds_sum", ())] == pytest.approx(1004.75)
    assert samples[("monitor_cycle_duration_seconds_bucket", (("le", "1.0"),))] == 2
    assert samples[("monitor_cycle_duration_seconds_bucket", (("le", "+Inf"),))] == 4
    assert samples[("monitor_store_up", ())] == 0


def test_module_functions_feed_the_process_registry() -> None:
    """metrics.inc and metrics.observe, the calls other modules make, reach REGISTRY."""
    before = metrics.REGISTRY.value("alerts_sent", channel="h6-test")
    metrics.inc("alerts_sent", channel="h6-test")
    metrics.observe("cycle_duration_seconds", 0.2)
    assert metrics.REGISTRY.value("alerts_sent", channel="h6-test") == before + 1


@pytest.mark.parametrize("name", ["bad name", "1abc", "with-dash", ""])
def test_invalid_metric_names_are_refused(name: str) -> None:
    """A name the format cannot carry fails loudly at the call, not at scrape time."""
    with pytest.raises(ValueError):
        Registry().inc(name)


def test_store_gauges(db: Database) -> None:
    """Feeds by state and failure kind, alerts and deliveries by status come from the store."""
    fill_store(db)
    samples = prometheus_text.parse(render_metrics(db, NOW, Registry()))
    assert samples[("monitor_store_up", ())] == 1
    assert samples[("monitor_feeds", (("state", "active"),))] == 1
    assert samples[("monitor_feeds", (("state", "failing"),))] == 2
    assert samples[("monitor_feeds_failing", (("kind", "http_5xx"),))] == 1
    assert samples[("monitor_feeds_failing", (("kind", "timeout"),))] == 1
    assert samples[("monitor_alerts", ())] == 3
    assert samples[("monitor_deliveries", (("status", "dead"),))] == 1
    assert samples[("monitor_deliveries", (("status", "pending"),))] == 1
    assert samples[("monitor_deliveries", (("status", "delivered"),))] == 1
    assert samples[("monitor_articles", ())] == 0
    assert 0 <= samples[("monitor_heartbeat_age_seconds", ())] < 60
    assert ("monitor_last_cycle", (("field", "feeds"),)) not in samples  # no cycle recorded yet


def test_last_cycle_summary_becomes_gauges(db: Database) -> None:
    """The daemon's last cycle summary (daemon_state) is exposed field by field."""
    summary = {"feeds": 12, "failed": 1, "new_articles": 30, "duration_s": 2.5, "note": "text is skipped"}
    db.execute("INSERT INTO daemon_state (key, value) VALUES ('last_cycle', ?)", [json.dumps(summary)])
    samples = prometheus_text.parse(render_metrics(db, NOW, Registry()))
    assert samples[("monitor_last_cycle", (("field", "feeds"),))] == 12
    assert samples[("monitor_last_cycle", (("field", "duration_s"),))] == 2.5
    assert ("monitor_last_cycle", (("field", "note"),)) not in samples


def test_a_store_without_alert_tables_still_renders(tmp_path: Path) -> None:
    """An older store (feeds and articles only) gives the gauges it can and no alert lines."""
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("CREATE TABLE feeds (id INTEGER PRIMARY KEY, url TEXT, disabled INTEGER, "
                 "error_count INTEGER, last_status INTEGER, last_error TEXT)")
    conn.execute("INSERT INTO feeds VALUES (1, 'https://a.example/rss', 0, 4, NULL, 'TLS handshake failed')")
    text = render_metrics(Database(conn), NOW, Registry())
    samples = prometheus_text.parse(text)
    assert samples[("monitor_feeds_failing", (("kind", "tls"),))] == 1
    assert "monitor_alerts" not in text and "monitor_deliveries" not in text


@pytest.mark.parametrize(("status", "error", "kind"), [
    (None, "timeout after 20 s", "timeout"),
    (None, "body too large (over 15 MiB after decompression)", "too_large"),
    (None, "blocked: resolves to a private address", "blocked"),
    (None, "SSL: CERTIFICATE_VERIFY_FAILED", "tls"),
    (200, "not a feed: no entries", "parse"),
    (404, "HTTP 404", "http_4xx"),
    (503, "HTTP 503 Service Unavailable", "http_5xx"),
    (None, "connection refused", "network"),
    (None, None, "other"),
])
def test_classify_feed_error(status: int | None, error: str | None, kind: str) -> None:
    """A feed's stored last error maps to a small set of kinds for the failing-feeds gauge."""
    assert classify_feed_error(status, error) == kind


@pytest.mark.parametrize("bad", [
    "monitor_x 1",  # no TYPE, no trailing newline
    "# TYPE monitor_x gauge\nmonitor_x one\n",
    '# TYPE monitor_x gauge\nmonitor_x{a="b} 1\n',
    "# TYPE monitor_x gauge\nmonitor_x 1\n# TYPE monitor_y gauge\nmonitor_y 1\nmonitor_x 2\n",
    '# TYPE h histogram\nh_bucket{le="1"} 3\nh_bucket{le="+Inf"} 2\nh_count 2\nh_sum 1\n',
])
def test_the_validator_rejects_broken_text(bad: str) -> None:
    """The reader used above is strict enough to catch malformed exposition text."""
    with pytest.raises(prometheus_text.FormatError):
        prometheus_text.parse(bad)


def test_prometheus_own_parser_reads_the_scrape(db: Database) -> None:
    """prometheus_client's parser reads every family with its type; two scrapes in a row both work."""
    from prometheus_client.parser import text_string_to_metric_families

    fill_store(db)
    registry = Registry()
    registry.inc("alerts_sent", 2, channel='desk "A"')
    registry.observe("cycle_duration_seconds", 3.0)
    render_metrics(db, NOW, registry)  # a first scrape registers nothing globally …
    families = {f.name: f for f in text_string_to_metric_families(render_metrics(db, NOW, registry))}
    assert families["monitor_alerts_sent"].type == "counter"
    [sent] = families["monitor_alerts_sent"].samples
    assert sent.name == "monitor_alerts_sent_total" and sent.value == 2
    assert sent.labels == {"channel": 'desk "A"'}
    assert families["monitor_cycle_duration_seconds"].type == "histogram"
    assert families["monitor_deliveries"].type == "gauge"
    statuses = {s.labels["status"] for s in families["monitor_deliveries"].samples}
    assert statuses >= {"dead", "pending", "delivered"}
