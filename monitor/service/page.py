"""Render the status page and the per-city pages from Jinja2 templates (pure; no JavaScript).

Every string that reaches a page may come from a feed: the templates (monitor/templates/*.html)
autoescape all of them, and only absolute http(s) URLs become links (`safe_url`). Feed text
keeps its direction (`dir="auto"`, `<bdi>`), so an Arabic sentence does not reorder the table
around it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from monitor.service.svgmap import colour_of, make_legend, render_map
from monitor.service.views import CityView, StatusView, safe_url
from monitor.templates import environment

if TYPE_CHECKING:
    from jinja2 import Environment

HEALTHY_SHOWN = 30  # healthy feeds listed on the page; all of them are in /api/feeds


def ago(when: datetime, now: datetime) -> str:
    """Say how long before `now` `when` was: "just now", "20 min ago", "5 h ago", "9 days ago"."""
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return "in the future"
    if seconds < 90:
        return "just now"
    if seconds < 5400:
        return f"{round(seconds / 60)} min ago"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


@functools.cache
def _environment() -> Environment:
    """Return the template environment with the helpers the pages call (set up at first render)."""
    env = environment()
    env.globals.update(ago=ago, safe_url=safe_url, colour_of=colour_of)
    return env


def _render(name: str, **context: Any) -> str:
    return _environment().get_template(name).render(**context)


def format_time(when: datetime | None, now: datetime) -> str:
    """Format `when` as "2021-08-13 06:00 UTC (3 h ago)" markup, or an em dash when unknown."""
    macro = _environment().get_template("_macros.html").module.time  # type: ignore[attr-defined]
    return str(macro(when, now))


def render_status_page(view: StatusView, *, title: str = "monitor") -> str:
    """Return the whole status page for `view` (its `generated` time is "now")."""
    legend = make_legend(view.cities)
    # A thousand healthy feeds would bury the few that matter: show every failing one, then a few.
    failing = [f for f in view.feeds if not f.ok]
    shown = failing + [f for f in view.feeds if f.ok][:HEALTHY_SHOWN]
    return _render("page.html", title=title, view=view, now=view.generated, legend=legend,
                  map_svg=Markup(render_map(view.cities, legend)), failing=len(failing),
                  feeds_shown=shown)


def render_city_page(city: CityView, now: datetime, *, title: str = "monitor",
                     cities: Sequence[CityView] = ()) -> str:
    """Return the page of one watched city: who holds it, a map of its region, its whole history.

    `cities` (all watched cities) give the colours the status page uses and the neighbours shown.
    """
    everyone = [c for c in cities if c.key != city.key] + [city]
    legend = make_legend(everyone)
    return _render("city.html", title=title, city=city, now=now, colour=colour_of(legend, city.controller),
                   map_svg=Markup(render_map(everyone, legend, 560, 320, focus=city)))
