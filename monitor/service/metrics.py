"""Metrics for Prometheus: process counters kept here, gauges read from the store, text by prometheus_client.

Other modules count what happens as it happens:

    from monitor.service import metrics
    metrics.inc("feeds_polled")
    metrics.inc("fetch_errors", kind="timeout")
    metrics.observe("cycle_duration_seconds", 3.2)

and `render_metrics(db)` adds what the store knows (feeds failing by kind, articles, events,
alerts by delivery status), so a restart does not reset the numbers that matter most.

The exposition text comes from `prometheus_client` (escaping, number formatting, TYPE/HELP):
each scrape builds its own `CollectorRegistry` with two custom collectors, one over the
process counters and one over the store, so nothing global is registered twice. The counters
stay in the small `Registry` below, not in prometheus_client's `Counter` objects, because callers
name counters and labels at the call (`inc("fetch_errors", kind=...)`) instead of declaring them.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from monitor.service import queries
from monitor.store import views as store_views
from monitor.store.db import Store

if TYPE_CHECKING:  # prometheus_client is imported at the first scrape, not at daemon start-up
    from prometheus_client.core import GaugeMetricFamily, Metric

PREFIX = "monitor_"
BUCKETS = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)
Labels = tuple[tuple[str, str], ...]
_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")

HELP = {
    "feeds_polled": "Feeds fetched since the process started.",
    "fetch_errors": "Failed fetches since the process started, by kind.",
    "articles_ingested": "New or updated articles stored since the process started.",
    "events_detected": "Changes of hands detected since the process started.",
    "alerts_sent": "Alert deliveries that succeeded since the process started.",
    "alerts_retried": "Alert deliveries that failed and were scheduled again.",
    "alerts_dead": "Alert deliveries given up (dead letters) since the process started.",
    "cycle_duration_seconds": "Duration of one polling cycle.",
}


class Registry:
    """Thread-safe counters and histograms, kept in memory for the life of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[str, dict[Labels, float]] = {}
        self._histograms: dict[str, dict[Labels, list[float]]] = {}  # bucket counts, sum, count

    def inc(self, name: str, value: float = 1.0, **labels: str) -> None:
        """Add `value` to the counter `name` with these labels."""
        _check_name(name)
        key = tuple(sorted((k, str(v)) for k, v in labels.items()))
        with self._lock:
            series = self._counters.setdefault(name, {})
            series[key] = series.get(key, 0.0) + value

    def observe(self, name: str, seconds: float, **labels: str) -> None:
        """Record one duration in the histogram `name`."""
        _check_name(name)
        key = tuple(sorted((k, str(v)) for k, v in labels.items()))
        with self._lock:
            series = self._histograms.setdefault(name, {})
            state = series.setdefault(key, [0.0] * (len(BUCKETS) + 2))
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    state[i] += 1
            state[-2] += seconds
            state[-1] += 1

    def value(self, name: str, **labels: str) -> float:
        """Return a counter's current value (0 when never incremented)."""
        key = tuple(sorted((k, str(v)) for k, v in labels.items()))
        with self._lock:
            return self._counters.get(name, {}).get(key, 0.0)

    def reset(self) -> None:
        """Forget everything (tests)."""
        with self._lock:
            self._counters.clear()
            self._histograms.clear()

    def snapshot(self) -> tuple[dict[str, dict[Labels, float]], dict[str, dict[Labels, list[float]]]]:
        """Return a copy of every counter and histogram, taken under the lock."""
        with self._lock:
            return ({n: dict(s) for n, s in self._counters.items()},
                    {n: {k: list(v) for k, v in s.items()} for n, s in self._histograms.items()})


class ProcessCounters:
    """Expose a `Registry`'s counters (as `monitor_<name>_total`) and histograms."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def collect(self) -> Iterator[Metric]:
        from prometheus_client.core import Metric

        counters, histograms = self.registry.snapshot()
        for name in sorted(counters):
            family = Metric(PREFIX + name, HELP.get(name, name.replace("_", " ")), "counter")
            for key, value in sorted(counters[name].items()):
                family.add_sample(f"{PREFIX}{name}_total", dict(key), value)
            yield family
        for name in sorted(histograms):
            full = PREFIX + name
            family = Metric(full, HELP.get(name, name.replace("_", " ")), "histogram")
            for key, state in sorted(histograms[name].items()):
                labels = dict(key)
                for bound, count in zip(BUCKETS, state, strict=False):  # counts are cumulative already
                    family.add_sample(f"{full}_bucket", {**labels, "le": str(float(bound))}, count)
                family.add_sample(f"{full}_bucket", {**labels, "le": "+Inf"}, state[-1])
                family.add_sample(f"{full}_sum", labels, state[-2])
                family.add_sample(f"{full}_count", labels, state[-1])
            yield family


REGISTRY = Registry()


def inc(name: str, value: float = 1.0, **labels: str) -> None:
    """Add to a process-wide counter, e.g. `inc("fetch_errors", kind="timeout")`."""
    REGISTRY.inc(name, value, **labels)


def observe(name: str, seconds: float, **labels: str) -> None:
    """Record a duration in a process-wide histogram, e.g. `observe("cycle_duration_seconds", 2.5)`."""
    REGISTRY.observe(name, seconds, **labels)


def _check_name(name: str) -> None:
    if not _NAME.match(name):
        raise ValueError(f"not a valid metric name: {name!r}")


def classify_feed_error(last_status: int | None, last_error: str | None) -> str:
    """Name the kind of a feed's last failure from what the feeds table keeps."""
    text = (last_error or "").lower()
    for kind, words in (("timeout", ("timeout", "timed out", "deadline")),
                        ("too_large", ("too large", "too_large", "size limit", "exceeds")),
                        ("blocked", ("blocked", "private address", "refused address")),
                        ("tls", ("tls", "ssl", "certificate")),
                        ("parse", ("parse", "not a feed", "xml", "malformed")),
                        ("redirect", ("redirect",))):
        if any(w in text for w in words):
            return kind
    if last_status is not None and last_status >= 400:
        return f"http_{last_status // 100}xx"
    return "network" if last_error else "other"


def _gauge(name: str, help_text: str, samples: list[tuple[Labels, float]]) -> GaugeMetricFamily:
    from prometheus_client.core import GaugeMetricFamily

    family = GaugeMetricFamily(PREFIX + name, help_text)
    for labels, value in samples:
        family.add_sample(PREFIX + name, dict(labels), value)
    return family


class StoreGauges:
    """Expose what the store knows at scrape time; tables that do not exist yet are left out."""

    def __init__(self, db: Store, now: datetime) -> None:
        self.db, self.now = db, now

    def collect(self) -> Iterator[Metric]:
        db = self.db
        tables = queries.get_tables(db)
        if "feeds" in tables:
            rows = store_views.get_feed_states(db)
            state = {"active": 0.0, "failing": 0.0, "disabled": 0.0}
            kinds: dict[str, float] = {}
            for disabled, errors, status, error in rows:
                if disabled:
                    state["disabled"] += 1
                elif errors:
                    state["failing"] += 1
                    kind = classify_feed_error(status, error)
                    kinds[kind] = kinds.get(kind, 0) + 1
                else:
                    state["active"] += 1
            yield _gauge("feeds", "Feeds in the store by state.",
                         [((("state", s),), n) for s, n in state.items()])
            yield _gauge("feeds_failing", "Feeds whose last fetch failed, by kind of error.",
                         [((("kind", k),), n) for k, n in sorted(kinds.items())])
        articles = queries.count_rows(db, "articles")
        if articles is not None:
            yield _gauge("articles", "Articles in the store.", [((), articles)])
            pending = queries.count_rows(db, "articles", "WHERE processed = 0") or 0
            yield _gauge("articles_unprocessed", "Articles waiting for detection.", [((), pending)])
        events = queries.count_rows(db, "events")
        if events is not None:
            yield _gauge("events", "Detections stored (with evidence).", [((), events)])
        alerts = queries.count_rows(db, "alerts")
        if alerts is not None:
            yield _gauge("alerts", "Alerts recorded.", [((), alerts)])
        deliveries = queries.get_delivery_counts(db)
        if deliveries:
            yield _gauge("deliveries", "Alert deliveries (alert x channel) by status; retried = "
                         "attempted more than once.",
                         [((("status", s),), n) for s, n in sorted(deliveries.items())])
        samples = _last_cycle(db)
        if samples:
            yield _gauge("last_cycle", "The last poll cycle: feeds, ok, not_modified, failed, new_articles, "
                         "duration_s…", samples)
        heartbeat = queries.get_heartbeat(db)
        if heartbeat is not None:
            yield _gauge("heartbeat_age_seconds", "Seconds since the daemon last recorded a heartbeat.",
                         [((), max(0.0, (self.now - heartbeat).total_seconds()))])


def _last_cycle(db: Store) -> list[tuple[Labels, float]]:
    """Read the last poll cycle's summary (daemon_state "last_cycle", JSON) as one sample per field."""
    if "daemon_state" not in queries.get_tables(db):
        return []
    value = store_views.get_state_values(db, ["last_cycle"]).get("last_cycle")
    try:
        summary = json.loads(value) if value else {}
    except ValueError:
        return []
    if not isinstance(summary, dict):
        return []
    return [((("field", str(k)),), float(v)) for k, v in sorted(summary.items())
            if isinstance(v, int | float) and not isinstance(v, bool)]


class _StoreUp:
    def __init__(self, up: bool) -> None:
        self.up = up

    def collect(self) -> Iterator[Metric]:
        yield _gauge("store_up", "1 when the store answered this scrape.", [((), 1.0 if self.up else 0.0)])


def render_metrics(db: Store | None, now: datetime, registry: Registry = REGISTRY,
                   *, store_up: bool = True) -> str:
    """Return the whole /metrics document: process counters, then the store's gauges."""
    from prometheus_client import CollectorRegistry, generate_latest

    scrape = CollectorRegistry(auto_describe=False)
    scrape.register(ProcessCounters(registry))
    up = db is not None and store_up
    scrape.register(_StoreUp(up))
    if db is not None and up:
        scrape.register(StoreGauges(db, now))
    return generate_latest(scrape).decode("utf-8")
