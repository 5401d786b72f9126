"""Pure rendering: the status page, the SVG map and the Atom feed escape everything they show."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import feedparser
import pytest

from monitor.service.atom import render_atom, xml_text
from monitor.service.page import format_time, render_status_page
from monitor.service.svgmap import UNKNOWN_COLOUR, fit_projection, make_legend, render_map
from monitor.service.views import AlertView, CityView, FeedView, StatusView, safe_url

NOW = datetime(2021, 8, 15, 12, 0, tzinfo=UTC)
HOSTILE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</title><iframe src=//evil.example>",
    "Tom & Jerry's <b>bold</b>",
    "‮gnp.exe‬ RTL override",
    "line one\r\nline two",
]


def view_with(text: str) -> StatusView:
    """A status view where every feed-derived string is `text`."""
    return StatusView(
        generated=NOW,
        cities=(CityView(text, "AF", 31.6, 65.7, text, NOW, text, text, "https://ok.example/a"),),
        alerts=(AlertView("1", text, NOW, text, text, text, text, "https://ok.example/b", "pending"),),
        feeds=(FeedView(1, "https://f.example/rss", text, 500, text, 3, NOW, NOW),),
        heartbeat=NOW,
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_page_never_emits_feed_markup(text: str) -> None:
    """Whatever a feed says, the page contains it escaped and no markup of its own making."""
    page = render_status_page(view_with(text))
    assert "<script" not in page and "<iframe" not in page and "<img" not in page
    assert "<b>" not in page
    assert "&lt;" in page or "<" not in text


@pytest.mark.parametrize("text", HOSTILE)
def test_atom_round_trips_hostile_text(text: str) -> None:
    """The Atom feed stays well-formed and a reader gets the same title words back."""
    body = render_atom([AlertView("7", text, NOW, evidence=text)], base_url="http://127.0.0.1:8477", now=NOW)
    ET.fromstring(body)
    parsed = feedparser.parse(body)
    assert not parsed.bozo
    assert parsed.entries[0].title.split() == xml_text(text).split()


def test_atom_entries_name_the_country() -> None:
    """Two Tripolis in one feed: titles and category labels carry the country code."""
    alerts = [AlertView("1", "Tripoli (LY): LNA → GNA", NOW, "Tripoli", country="LY"),
              AlertView("2", "Tripoli (LB): unknown → Lebanese Army", NOW, "Tripoli", country="LB")]
    parsed = feedparser.parse(render_atom(alerts, base_url="http://h", now=NOW))
    assert [e.title.split(":")[0] for e in parsed.entries] == ["Tripoli (LY)", "Tripoli (LB)"]
    assert [e.tags[0].label for e in parsed.entries] == ["Tripoli (LY)", "Tripoli (LB)"]


def test_atom_drops_xml_illegal_characters() -> None:
    """A NUL or escape byte in a title is removed instead of breaking the whole feed."""
    body = render_atom([AlertView("1", "Herat\x00 falls\x1b", NOW)], base_url="http://h", now=NOW)
    assert feedparser.parse(body).entries[0].title == "Herat falls"


@pytest.mark.parametrize(("url", "safe"), [
    ("https://news.example.org/a?b=1&c=2", True),
    ("http://example.org/", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//evil.example/x", False),
    ('https://x.example/"onmouseover="alert(1)', False),
    ("https://x.example/a b", False),
    ("", False),
    (None, False),
])
def test_only_http_links(url: str | None, safe: bool) -> None:
    """Only absolute http(s) URLs without quotes or spaces may become links."""
    assert (safe_url(url) is not None) is safe


def test_legend_orders_by_cities_and_marks_unknown() -> None:
    """The controller with most cities gets the first colour; cities with no controller are grey."""
    cities = [CityView("A", "AF", controller="Taliban"), CityView("B", "AF", controller="Taliban"),
              CityView("C", "AF", controller="Afghan government"), CityView("D", "AF")]
    legend = make_legend(cities)
    assert [(e.controller, e.cities) for e in legend] == [("Taliban", 2), ("Afghan government", 1),
                                                           ("unknown", 1)]
    assert legend[-1].colour == UNKNOWN_COLOUR
    assert len({e.colour for e in legend}) == 3


@pytest.mark.parametrize("points", [
    [(31.61, 65.71), (34.35, 62.20), (36.71, 67.11)],  # Afghanistan
    [(48.85, 2.35), (-33.87, 151.21)],  # Paris and Sydney
    [(50.45, 30.52)],  # one city
    [(0.0, 179.0), (0.0, 178.0)],
])
def test_projection_fits_and_orients(points: list[tuple[float, float]]) -> None:
    """Every city lands inside the box; north is up and east is right."""
    proj = fit_projection(points, 720, 420)
    xy = [proj.point(lat, lon) for lat, lon in points]
    assert all(0 <= x <= 720 and 0 <= y <= 420 for x, y in xy)
    for (lat1, lon1), (x1, y1) in zip(points, xy, strict=True):
        for (lat2, lon2), (x2, y2) in zip(points, xy, strict=True):
            if lon1 < lon2:
                assert x1 < x2
            if lat1 > lat2:
                assert y1 < y2


def test_map_without_coordinates_says_so() -> None:
    """Cities without coordinates give an empty map with a sentence, not an error."""
    svg = render_map([CityView("Nowhere", "ZZ")], make_legend([CityView("Nowhere", "ZZ")]))
    assert "No watched city has coordinates yet." in svg
    assert "<circle" not in svg


def test_map_draws_one_dot_per_located_city_in_its_colour() -> None:
    """Each located city is a dot filled with its controller's legend colour, labelled by name."""
    cities = [CityView("Kandahar", "AF", 31.6, 65.7, "Taliban"), CityView("Kabul", "AF", 34.5, 69.2, "Gov"),
              CityView("Unplaced", "AF", None, None, "Gov")]
    legend = make_legend(cities)
    svg = render_map(cities, legend)
    ET.fromstring(svg)  # well-formed
    assert svg.count("<circle") == 2
    assert f'fill="{legend[0].colour}"' in svg and ">Kandahar</text>" in svg


@pytest.mark.parametrize(("delta", "expected"), [
    (timedelta(seconds=30), "just now"),
    (timedelta(minutes=20), "20 min ago"),
    (timedelta(hours=5), "5 h ago"),
    (timedelta(days=9), "9 days ago"),
    (timedelta(hours=-2), "in the future"),
])
def test_format_time(delta: timedelta, expected: str) -> None:
    """Times show as UTC with a relative hint computed from the page's `now`."""
    out = format_time(NOW - delta, NOW)
    assert expected in out and "UTC" in out


def test_empty_store_page() -> None:
    """A fresh install shows how to start instead of empty tables."""
    page = render_status_page(StatusView(generated=NOW))
    assert "monitor watch add" in page and "monitor feeds add" in page
    assert "No daemon heartbeat recorded." in page


def test_many_healthy_feeds_do_not_bury_the_failing_ones() -> None:
    """With hundreds of feeds, every failing one is listed and the healthy rest is summed up."""
    healthy = [FeedView(i, f"https://f{i}.example/rss", error_count=0) for i in range(300)]
    feeds = (*healthy, FeedView(999, "https://broken.example/rss", error_count=9, last_error="HTTP 500"))
    page = render_status_page(StatusView(generated=NOW, feeds=feeds))
    assert "https://broken.example/rss" in page
    assert "301 feeds" in page and "1 failing" in page
    assert "270 more healthy feeds" in page
    assert page.count("<tr>") == 1 + 31  # header row, the failing feed and 30 healthy ones


# -- the map: borders, frame, labels, legend, history (issue 13) ----------------------------------

AFGHAN = [CityView("Kandahar", "AF", 31.61, 65.71, "Taliban", id=1),
          CityView("Herat", "AF", 34.35, 62.20, "Taliban", id=2),
          CityView("Kabul", "AF", 34.53, 69.17, "Afghan government", id=3)]


def svg_of(cities: list[CityView]) -> ET.Element:
    """Render the map of `cities` and parse it (it must be well-formed XML)."""
    return ET.fromstring(render_map(cities, make_legend(cities)))


SVG = "{http://www.w3.org/2000/svg}"


def test_shipped_borders_cover_the_world() -> None:
    """The packaged Natural Earth data decodes to ~250 countries with sensible outlines and stays small."""
    from importlib import resources

    from monitor.service.borders import load_borders

    borders = load_borders()
    assert 200 <= len(borders.countries) <= 260
    af = next(c for c in borders.countries if c.iso == "AF")
    assert af.name == "Afghanistan"
    west, south, east, north = af.bbox
    assert 60 < west < 61.5 and 29 < south < 30 and 74 < east < 75.5 and 38 < north < 39
    assert any(borders.shared) and not all(borders.shared)  # land borders and coastlines both exist
    size = resources.files("monitor").joinpath("data", "countries.topo.json.gz").read_bytes()
    assert len(size) < 400_000


def test_map_draws_the_countries_around_the_cities() -> None:
    """Country shapes, land borders and (for a coastal frame) coastlines are drawn under the dots."""
    root = svg_of(AFGHAN)
    countries = {p.get("data-iso"): p for p in root.iter(f"{SVG}path") if "country" in (p.get("class") or "")}
    assert {"AF", "IR", "PK", "TM"} <= set(countries)
    assert "watched" in (countries["AF"].get("class") or "")
    assert "watched" not in (countries["IR"].get("class") or "")
    assert len(countries["AF"].get("d") or "") > 200  # an outline, not a box
    borders = next(p for p in root.iter(f"{SVG}path") if p.get("class") == "borders")
    assert (borders.get("d") or "").count("M") >= 3
    coastal = svg_of([CityView("Sidon", "LB", 33.56, 35.37), CityView("Homs", "SY", 34.73, 36.72)])
    coast = next(p for p in coastal.iter(f"{SVG}path") if p.get("class") == "coast")
    assert len(coast.get("d") or "") > 100
    names = [t.text for t in coastal.iter(f"{SVG}text") if t.text]
    assert "LEBANON" in names or "SYRIA" in names  # country names, where they fit


def test_one_city_gets_a_regional_frame() -> None:
    """A single city is shown with its region (at least 4 degrees across), not zoomed to a blank square."""
    proj = fit_projection([(46.64, 32.61)], 760, 460)
    west, north = proj.lon_lat(0, 0)
    east, south = proj.lon_lat(760, 460)
    assert north - south >= 4 and (east - west) * proj.kx >= 4
    assert west < 32.61 < east and south < 46.64 < north


def test_legend_is_shown_once() -> None:
    """The page has one legend (HTML, below the map) and the SVG carries none of its own."""
    page = render_status_page(StatusView(generated=NOW, cities=tuple(AFGHAN)))
    assert page.count('id="legend"') == 1
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert "legend" not in svg and "Taliban (2)" not in svg


def test_labels_do_not_collide_in_a_crowded_cluster() -> None:
    """Greedy placement: no two labels overlap, no label covers a dot, all stay in the frame."""
    from monitor.service.labels import DOT_RADIUS, overlaps, place_labels

    dots = [(300 + 17 * (i % 5), 200 + 15 * (i // 5), f"Town number {i}") for i in range(20)]
    dots += [(10, 10, "Corner"), (700, 420, "Far corner east")]
    labels = place_labels(dots, 720, 440)
    placed = [lab for lab in labels if lab is not None]
    assert len(placed) >= 8  # most get a label …
    assert any(lab is None for lab in labels)  # … and what cannot fit is left out, not piled up
    assert any(lab.leader for lab in placed)  # some moved away, with a leader line
    r = DOT_RADIUS + 1
    for i, a in enumerate(placed):
        assert a.box[0] >= 0 and a.box[2] <= 720 and a.box[1] >= 0 and a.box[3] <= 440
        assert not any(overlaps(a.box, b.box) for b in placed[i + 1:])
        assert not any(overlaps(a.box, (x - r, y - r, x + r, y + r)) for x, y, _ in dots)


def test_hover_and_link_give_each_city_its_history() -> None:
    """Each dot's <title> tells who holds the city and its latest changes; the dot links to its page."""
    from monitor.service.views import ChangeView

    history = (ChangeView(NOW - timedelta(days=2), "Taliban", "Afghan government", "confirmed", 3),
               ChangeView(NOW - timedelta(days=400), "Afghan government", "Taliban", "confirmed", 2))
    city = CityView("Kandahar", "AF", 31.61, 65.71, "Taliban", NOW - timedelta(days=2), id=7, history=history)
    svg = render_map([city], make_legend([city]))
    root = ET.fromstring(svg)
    link = next(root.iter(f"{SVG}a"))
    assert link.get("href") == "/city/7"
    title = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "city").find(f"{SVG}title")
    assert title is not None and title.text is not None
    assert title.text.startswith("Kandahar (AF): Taliban since")
    assert "Afghan government → Taliban (confirmed)" in title.text
    assert "Taliban → Afghan government (confirmed)" in title.text


def test_same_name_twice_is_told_apart_by_country() -> None:
    """Two watched Tripolis are labelled "Tripoli (LY)" and "Tripoli (LB)" on the map."""
    cities = [CityView("Tripoli", "LY", 32.89, 13.19, "A"), CityView("Tripoli", "LB", 34.44, 35.85, "B")]
    labels = [t.text for t in svg_of(cities).iter(f"{SVG}text") if t.get("class") == "city-label"]
    assert sorted(labels) == ["Tripoli (LB)", "Tripoli (LY)"]


@pytest.mark.parametrize("text", HOSTILE)
def test_city_page_escapes_feed_strings(text: str) -> None:
    """The per-city page shows its history with every feed string escaped."""
    from monitor.service.page import render_city_page
    from monitor.service.views import ChangeView

    city = CityView(text, "AF", 31.6, 65.7, text, NOW, id=1,
                    history=(ChangeView(NOW, text, text, "confirmed", 2, text, "javascript:alert(1)"),))
    page = render_city_page(city, NOW)
    assert "<script" not in page and "<iframe" not in page and "<img" not in page and "<b>" not in page
    assert "javascript:" not in page
    assert "History (1 change)" in page


def test_scale_bar_measures_real_distances() -> None:
    """The bar's kilometres per pixel give Kandahar–Kabul about its real 460 km; none on a world map."""
    from monitor.service.svgmap import layout_map

    layout = layout_map(AFGHAN, make_legend(AFGHAN))
    assert layout.scale is not None and layout.scale.km in (20, 25, 50, 100, 200)
    kandahar, _, kabul = layout.dots
    km = math.hypot(kabul.x - kandahar.x, kabul.y - kandahar.y) * layout.scale.km / layout.scale.length
    assert 400 < km < 520
    world = [CityView("Paris", "FR", 48.85, 2.35), CityView("Sydney", "AU", -33.87, 151.21)]
    assert layout_map(world, make_legend(world)).scale is None
