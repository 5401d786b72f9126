"""Render the status page as one self-contained HTML document (pure; works without JavaScript).

Every string that reaches the page may come from a feed, so every one goes through `_e`, and
only absolute http(s) URLs become links. Feed text keeps its direction (`dir="auto"`, `<bdi>`),
so an Arabic sentence does not reorder the table around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from monitor.service.svgmap import LegendEntry, colour_of, make_legend, render_map
from monitor.service.views import AlertView, CityView, FeedView, StatusView, safe_url

HEALTHY_SHOWN = 30  # healthy feeds listed on the page; all of them are in /api/feeds
STYLE = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#111}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;
border-bottom:1px solid #ddd;vertical-align:top}th{background:#f4f4f4}
.swatch{display:inline-block;width:.8rem;height:.8rem;border:1px solid #222;margin-right:.3rem;
vertical-align:middle}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
.bad{color:#a40000;font-weight:600}.ok{color:#1f6f1f}.muted{color:#666}.map{max-width:100%;height:auto}
blockquote{margin:0;font-style:italic}footer{margin-top:2rem;font-size:.9rem}
"""


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def format_time(when: datetime | None, now: datetime) -> str:
    """Format `when` as "2021-08-13 06:00 UTC (3 h ago)", or an em dash when unknown."""
    if when is None:
        return "—"
    seconds = (now - when).total_seconds()
    if seconds < 0:
        ago = "in the future"
    elif seconds < 90:
        ago = "just now"
    elif seconds < 5400:
        ago = f"{round(seconds / 60)} min ago"
    elif seconds < 2 * 86400:
        ago = f"{round(seconds / 3600)} h ago"
    else:
        ago = f"{round(seconds / 86400)} days ago"
    return f'<time datetime="{_e(when.isoformat())}">{when:%Y-%m-%d %H:%M} UTC</time> ' \
           f'<span class="muted">({ago})</span>'


def _swatch(colour: str) -> str:
    return f'<span class="swatch" style="background:{colour}" aria-hidden="true"></span>'


def _link(url: str | None, text: str) -> str:
    safe = safe_url(url)
    if not safe:
        return ""
    return f'<a href="{_e(safe)}" rel="noopener noreferrer nofollow">{_e(text)}</a>'


def render_legend(legend: Sequence[LegendEntry]) -> str:
    """Return the HTML legend: one swatch, controller and city count per line."""
    items = "".join(f'<li>{_swatch(e.colour)}<bdi>{_e(e.controller)}</bdi> '
                    f'<span class="muted">({e.cities})</span></li>' for e in legend)
    return f'<ul class="legend" id="legend">{items}</ul>'


def render_cities(cities: Sequence[CityView], legend: Sequence[LegendEntry], now: datetime) -> str:
    """Return the table of watched cities: controller, since when, and the evidence."""
    if not cities:
        return '<p class="muted">No city is watched yet: <code>monitor watch add CITY</code>.</p>'
    rows = []
    for c in cities:
        evidence = ""
        if c.evidence:
            evidence = f'<blockquote dir="auto">{_e(c.evidence)}</blockquote>'
        evidence += _link(c.evidence_url, "source")
        previous = f'<br><span class="muted">before: <bdi>{_e(c.previous)}</bdi></span>' if c.previous else ""
        rows.append(
            f'<tr class="city-row"><td><bdi>{_e(c.name)}</bdi></td><td>{_e(c.country)}</td>'
            f'<td>{_swatch(colour_of(legend, c.controller))}<bdi>{_e(c.controller or "unknown")}</bdi>'
            f'{previous}</td><td>{format_time(c.since, now)}</td><td>{evidence or "—"}</td></tr>')
    return ('<table id="cities"><thead><tr><th>City</th><th>Country</th><th>Controller</th>'
            '<th>Since</th><th>Evidence</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def render_alerts(alerts: Sequence[AlertView], now: datetime) -> str:
    """Return the list of the latest alerts, newest first."""
    if not alerts:
        return '<p class="muted">No alert yet.</p>'
    items = []
    for a in alerts:
        status = f' <span class="{"bad" if a.status == "dead" else "muted"}">[{_e(a.status)}]</span>' \
            if a.status else ""
        evidence = f'<br><q dir="auto">{_e(a.evidence)}</q>' if a.evidence else ""
        link = _link(a.url, "source")
        items.append(f'<li class="alert">{format_time(a.created, now)} — <strong dir="auto">'
                     f'{_e(a.title)}</strong>{status}{evidence} {link}</li>')
    return '<ul id="alerts">' + "".join(items) + "</ul>"


def render_feeds(feeds: Sequence[FeedView], now: datetime) -> str:
    """Return the feed health table, failing feeds first."""
    if not feeds:
        return '<p class="muted">No feed yet: <code>monitor feeds add URL</code>.</p>'
    failing = sum(1 for f in feeds if not f.ok)
    # A thousand healthy feeds would bury the few that matter: show every failing one, then a few.
    shown = [f for f in feeds if not f.ok] + [f for f in feeds if f.ok][:HEALTHY_SHOWN]
    rows = []
    for f in shown:
        if f.disabled:
            state = '<span class="bad">disabled</span>'
        elif f.error_count:
            state = f'<span class="bad">failing ×{f.error_count}</span>'
        else:
            state = '<span class="ok">ok</span>'
        name = _e(f.title or f.url)
        rows.append(
            f'<tr><td dir="auto">{name}<br><span class="muted">{_e(f.url)}</span></td><td>{state}</td>'
            f'<td>{format_time(f.last_success, now)}</td><td>{format_time(f.last_new_article, now)}</td>'
            f'<td dir="auto">{_e(f.last_error) if f.last_error else "—"}</td></tr>')
    summary = f'<p>{len(feeds)} feeds, <span class="{"bad" if failing else "ok"}">{failing} failing'\
              f'</span>.</p>'
    if len(shown) < len(feeds):
        summary += f'<p class="muted">{len(feeds) - len(shown)} more healthy feeds: ' \
                   '<a href="/api/feeds">/api/feeds</a>.</p>'
    return (summary + '<table id="feeds"><thead><tr><th>Feed</th><th>State</th><th>Last success</th>'
            '<th>Last new article</th><th>Last error</th></tr></thead><tbody>' + "".join(rows)
            + "</tbody></table>")


def render_status_page(view: StatusView, *, title: str = "monitor") -> str:
    """Return the whole status page for `view` (its `generated` time is "now")."""
    now = view.generated
    legend = make_legend(view.cities)
    heartbeat = (f"Daemon heartbeat: {format_time(view.heartbeat, now)}" if view.heartbeat
                 else '<span class="bad">No daemon heartbeat recorded.</span>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)} — status</title>
<link rel="alternate" type="application/atom+xml" title="Alerts" href="/alerts.atom">
<style>{STYLE}</style></head>
<body>
<header><h1>{_e(title)} — who holds the watched cities</h1>
<p>Page generated {format_time(now, now)}. {heartbeat}</p></header>
<main>
<section id="map-section"><h2>Map</h2>
<figure>{render_map(view.cities, legend)}<figcaption>{render_legend(legend)}</figcaption></figure></section>
<section><h2>Watched cities ({len(view.cities)})</h2>{render_cities(view.cities, legend, now)}</section>
<section><h2>Latest alerts</h2>{render_alerts(view.alerts, now)}</section>
<section><h2>Feed health</h2>{render_feeds(view.feeds, now)}</section>
</main>
<footer>Also: <a href="/alerts.atom">Atom feed of alerts</a> · <a href="/api/cities">/api/cities</a> ·
<a href="/api/alerts">/api/alerts</a> · <a href="/metrics">/metrics</a> · <a href="/healthz">/healthz</a>
</footer>
</body></html>
"""
