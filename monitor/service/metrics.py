"""Metrics in the Prometheus text format: a small in-process registry plus gauges read from the store.

Other modules count what happens as it happens:

    from monitor.service import metrics
    metrics.inc("feeds_polled")
    metrics.inc("fetch_errors", kind="timeout")
    metrics.observe("cycle_duration_seconds", 3.2)

and `render_metrics(db)` adds what the store knows (feeds failing by kind, articles, events,
alerts by delivery status), so a restart does not reset the numbers that matter most.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Iterable
from datetime import datetime

from monitor.service import queries
from monitor.store import views as store_views
from monitor.store.db import Store

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

    def render(self) -> list[str]:
        """Return the exposition lines of every counter and histogram."""
        lines: list[str] = []
        with self._lock:
            counters = {n: dict(s) for n, s in self._counters.items()}
            histograms = {n: {k: list(v) for k, v in s.items()} for n, s in self._histograms.items()}
        for name in sorted(counters):
            full = f"{PREFIX}{name}_total"
            lines += _header(full, HELP.get(name, name.replace("_", " ")), "counter")
            lines += [f"{full}{_labels(k)} {_number(v)}" for k, v in sorted(counters[name].items())]
        for name in sorted(histograms):
            full = PREFIX + name
            lines += _header(full, HELP.get(name, name.replace("_", " ")), "histogram")
            for key, state in sorted(histograms[name].items()):
                for bound, count in zip(BUCKETS, state, strict=False):
                    lines.append(f"{full}_bucket{_labels((*key, ('le', _number(bound))))} {_number(count)}")
                lines.append(f"{full}_bucket{_labels((*key, ('le', '+Inf')))} {_number(state[-1])}")
                lines.append(f"{full}_sum{_labels(key)} {_number(state[-2])}")
                lines.append(f"{full}_count{_labels(key)} {_number(state[-1])}")
        return lines


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


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(labels: Iterable[tuple[str, str]]) -> str:
    items = [f'{k}="{_escape(v)}"' for k, v in labels]
    return "{" + ",".join(items) + "}" if items else ""


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if math.isnan(value):
        return "NaN"
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _header(name: str, help_text: str, kind: str) -> list[str]:
    return [f"# HELP {name} {help_text.replace(chr(92), chr(92) * 2).replace(chr(10), ' ')}",
            f"# TYPE {name} {kind}"]


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


def _gauge(name: str, help_text: str, samples: list[tuple[Labels, float]]) -> list[str]:
    full = PREFIX + name
    return _header(full, help_text, "gauge") + [f"{full}{_labels(k)} {_number(v)}" for k, v in samples]


def store_lines(db: Store, now: datetime) -> list[str]:
    """Return gauges read from the store; tables that do not exist yet are left out."""
    lines: list[str] = []
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
        lines += _gauge("feeds", "Feeds in the store by state.",
                        [((("state", s),), n) for s, n in state.items()])
        lines += _gauge("feeds_failing", "Feeds whose last fetch failed, by kind of error.",
                        [((("kind", k),), n) for k, n in sorted(kinds.items())])
    articles = queries.count_rows(db, "articles")
    if articles is not None:
        lines += _gauge("articles", "Articles in the store.", [((), articles)])
        pending = queries.count_rows(db, "articles", "WHERE processed = 0") or 0
        lines += _gauge("articles_unprocessed", "Articles waiting for detection.", [((), pending)])
    events = queries.count_rows(db, "events")
    if events is not None:
        lines += _gauge("events", "Detections stored (with evidence).", [((), events)])
    alerts = queries.count_rows(db, "alerts")
    if alerts is not None:
        lines += _gauge("alerts", "Alerts recorded.", [((), alerts)])
    deliveries = queries.get_delivery_counts(db)
    if deliveries:
        lines += _gauge("deliveries", "Alert deliveries (alert x channel) by status; retried = "
                        "attempted more than once.",
                        [((("status", s),), n) for s, n in sorted(deliveries.items())])
    lines += _last_cycle(db)
    heartbeat = queries.get_heartbeat(db)
    if heartbeat is not None:
        lines += _gauge("heartbeat_age_seconds", "Seconds since the daemon last recorded a heartbeat.",
                        [((), max(0.0, (now - heartbeat).total_seconds()))])
    return lines


def _last_cycle(db: Store) -> list[str]:
    """Expose the last poll cycle's summary (daemon_state "last_cycle", JSON) as one gauge per field."""
    if "daemon_state" not in queries.get_tables(db):
        return []
    value = store_views.get_state_values(db, ["last_cycle"]).get("last_cycle")
    try:
        summary = json.loads(value) if value else {}
    except ValueError:
        return []
    if not isinstance(summary, dict):
        return []
    samples: list[tuple[Labels, float]] = [
        ((("field", str(k)),), float(v)) for k, v in sorted(summary.items())
        if isinstance(v, int | float) and not isinstance(v, bool)]
    return _gauge("last_cycle", "The last poll cycle: feeds, ok, not_modified, failed, new_articles, "
                  "duration_s…", samples) if samples else []


def render_metrics(db: Store | None, now: datetime, registry: Registry = REGISTRY,
                   *, store_up: bool = True) -> str:
    """Return the whole /metrics document: process counters, then the store's gauges."""
    lines = registry.render()
    up = 1.0 if db is not None and store_up else 0.0
    lines += _gauge("store_up", "1 when the store answered this scrape.", [((), up)])
    if db is not None and store_up:
        lines += store_lines(db, now)
    return "\n".join(lines) + "\n"
