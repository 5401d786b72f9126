"""Lay out the map of the watched cities: country borders, coloured dots, labels (pure; no tiles).

The projection is equirectangular, framed on the cities with a margin and a minimum extent,
x scaled by cos(middle latitude) so a country-sized frame keeps roughly its real shape. Land
comes from the Natural Earth borders shipped in monitor/data (`borders.py`): countries are
clipped to the frame and thinned to what a pixel can show, coastlines and borders are drawn
once each (`geometry.py`). City labels are placed greedily (`labels.py`); a city left
unlabelled keeps its hover title and link; country names go where room is left.
`templates/map.svg` turns the layout into SVG.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.service.borders import Borders, load_borders
from monitor.service.geometry import (
    Box,
    Pt,
    area_centroid,
    clip_ring,
    extent,
    inside,
    intersects,
    thin,
    write_path,
)
from monitor.service.labels import DOT_RADIUS, Label, overlaps, place_labels, text_box
from monitor.service.views import CityView
from monitor.templates import render

# Okabe-Ito: told apart by people with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#882255", "#44AA99", "#999933", "#AA4499", "#332288")
UNKNOWN_COLOUR = "#8c8c8c"
UNKNOWN_LABEL = "unknown"
MIN_SPAN_DEG = 4.0  # one city alone still shows its region, not a blank square
COUNTRY_FONT_SIZE = 11.0
COUNTRY_LETTER_SPACING = 1.5


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One controller on the map: its colour and how many watched cities it holds."""

    controller: str  # UNKNOWN_LABEL when nobody is recorded
    colour: str
    cities: int


def make_legend(cities: Sequence[CityView]) -> tuple[LegendEntry, ...]:
    """Assign each controller a colour: most cities first, then by name, so colours are stable."""
    counts: dict[str, int] = {}
    unknown = 0
    for city in cities:
        if city.controller:
            counts[city.controller] = counts.get(city.controller, 0) + 1
        else:
            unknown += 1
    ordered = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
    legend = [LegendEntry(name, PALETTE[i % len(PALETTE)], counts[name]) for i, name in enumerate(ordered)]
    if unknown:
        legend.append(LegendEntry(UNKNOWN_LABEL, UNKNOWN_COLOUR, unknown))
    return tuple(legend)


def colour_of(legend: Sequence[LegendEntry], controller: str | None) -> str:
    """Return the colour the legend gives `controller`."""
    name = controller or UNKNOWN_LABEL
    return next((e.colour for e in legend if e.controller == name), UNKNOWN_COLOUR)


@dataclass(frozen=True, slots=True)
class Projection:
    """Map (latitude, longitude) to SVG coordinates inside a width x height box."""

    min_lon: float
    max_lat: float
    kx: float  # cos(middle latitude)
    scale: float
    off_x: float
    off_y: float

    def point(self, lat: float, lon: float) -> tuple[float, float]:
        x = self.off_x + (lon - self.min_lon) * self.kx * self.scale
        y = self.off_y + (self.max_lat - lat) * self.scale
        return round(x, 1), round(y, 1)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        """Like `point`, but (lon, lat) order and unrounded, for drawing borders."""
        return (self.off_x + (lon - self.min_lon) * self.kx * self.scale,
                self.off_y + (self.max_lat - lat) * self.scale)

    def lon_lat(self, x: float, y: float) -> tuple[float, float]:
        """Return the (lon, lat) under the SVG point (x, y)."""
        return (self.min_lon + (x - self.off_x) / (self.kx * self.scale),
                self.max_lat - (y - self.off_y) / self.scale)


def fit_projection(points: Sequence[tuple[float, float]], width: float, height: float,
                   margin: float = 40.0, min_span: float = MIN_SPAN_DEG) -> Projection:
    """Fit an equirectangular projection to `points` (lat, lon), centred, at least `min_span` wide."""
    lats = [p[0] for p in points] or [0.0]
    lons = [p[1] for p in points] or [0.0]
    pad_lat = max(0.3, (max(lats) - min(lats)) * 0.12)
    pad_lon = max(0.3, (max(lons) - min(lons)) * 0.12)
    min_lat, max_lat = min(lats) - pad_lat, max(lats) + pad_lat
    min_lon, max_lon = min(lons) - pad_lon, max(lons) + pad_lon
    if max_lat - min_lat < min_span:
        middle = (min_lat + max_lat) / 2
        min_lat, max_lat = middle - min_span / 2, middle + min_span / 2
    kx = max(0.05, math.cos(math.radians(max(-80.0, min(80.0, (min_lat + max_lat) / 2)))))
    if (max_lon - min_lon) * kx < min_span:
        middle = (min_lon + max_lon) / 2
        min_lon, max_lon = middle - min_span / kx / 2, middle + min_span / kx / 2
    span_x, span_y = (max_lon - min_lon) * kx, max_lat - min_lat
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    off_x = (width - span_x * scale) / 2
    off_y = (height - span_y * scale) / 2
    return Projection(min_lon, max_lat, kx, scale, off_x, off_y)



# -- land -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CountryShape:
    """A country drawn on the map: its path (already clipped to the frame) and whether it is watched."""

    iso: str
    name: str
    d: str
    watched: bool  # a watched city lies in it: drawn a little brighter
    label: Pt  # where its name goes, in SVG coordinates (off the frame: no name)
    room: float  # width of its largest visible part, in pixels: a name wider than that is left out


@dataclass(frozen=True, slots=True)
class Dot:
    """A watched city on the map."""

    city: CityView
    x: float
    y: float
    colour: str
    label: Label | None
    hover: str  # the hover title: who holds it, since when, and its recent history
    focus: bool = False  # the city whose page this is: ringed


@dataclass(frozen=True, slots=True)
class MapLayout:
    """Everything `templates/map.svg` draws, in SVG coordinates."""

    width: int
    height: int
    countries: tuple[CountryShape, ...] = ()
    coast: str = ""  # one path of all coastline arcs in the frame
    borders: str = ""  # one path of all land borders in the frame
    country_labels: tuple[Label, ...] = ()
    dots: tuple[Dot, ...] = ()
    unlabelled: int = 0
    note: str = ""  # what the map cannot show: cities left unlabelled, or no city at all
    scale: ScaleBar | None = None


@functools.lru_cache(maxsize=16)
def _draw_land(borders: Borders, proj: Projection, width: int, height: int, watched: frozenset[str]
               ) -> tuple[tuple[CountryShape, ...], str, str]:
    """Draw the countries, coastlines and borders in the frame (cached: the frame changes rarely)."""
    pad = 4.0
    frame: Box = (-pad, -pad, width + pad, height + pad)
    west, north = proj.lon_lat(-pad, -pad)
    east, south = proj.lon_lat(width + pad, height + pad)
    view = (west, south, east, north)
    shapes = []
    for country in borders.countries:
        if not intersects(country.bbox, view):
            continue
        rings, largest, room = [], (0.0, (-1.0, -1.0)), 0.0
        for polygon in country.polygons:
            for k, refs in enumerate(polygon):
                ring = [proj.xy(lon, lat) for lon, lat in borders.ring(refs)]
                clipped = thin(clip_ring(ring, frame))
                if len(clipped) >= 3 and extent(clipped) >= 1.5:  # an island under 1.5 px is noise
                    rings.append(write_path(clipped, close=True))
                    if k == 0:
                        area, centre = area_centroid(clipped)
                        if area > largest[0]:
                            largest = (area, centre if inside(centre, clipped) else (-1.0, -1.0))
                        room = max(room, max(p[0] for p in clipped) - min(p[0] for p in clipped))
        if rings:
            label = proj.xy(*country.label)
            if not (0 <= label[0] <= width and 0 <= label[1] <= height):
                label = largest[1]  # its usual label point is off the frame: the visible part's centre
            shapes.append(CountryShape(country.iso, country.name, "".join(rings), country.iso in watched,
                                       label, room))
    coast: list[str] = []
    land_borders: list[str] = []
    for arc, bbox, shared in zip(borders.arcs, borders.arc_bboxes, borders.shared, strict=True):
        if not intersects(bbox, view):
            continue
        run: list[tuple[float, float]] = []
        points = [proj.xy(lon, lat) for lon, lat in arc]
        for a, b in itertools.pairwise(points):  # keep the segments that touch the frame
            if intersects((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])), frame):
                if not run:
                    run.append(a)
                run.append(b)
            elif run:
                (land_borders if shared else coast).append(write_path(thin(run), close=False))
                run = []
        if run:
            (land_borders if shared else coast).append(write_path(thin(run), close=False))
    return tuple(shapes), "".join(coast), "".join(land_borders)


def _hover(city: CityView) -> str:
    lines = [f"{city.label}: {city.controller or UNKNOWN_LABEL}"
             + (f" since {city.since:%Y-%m-%d}" if city.since else "")]
    for change in city.history[:5]:
        lines.append(f"{change.since:%Y-%m-%d} {change.previous or UNKNOWN_LABEL} → {change.controller}"
                     + (f" ({change.status})" if change.status else ""))
    if len(city.history) > 5:
        lines.append(f"… {len(city.history) - 5} earlier changes on the city's page")
    return "\n".join(lines)


def layout_map(cities: Sequence[CityView], legend: Sequence[LegendEntry], width: int = 760,
               height: int = 460, borders: Borders | None = None, focus: CityView | None = None
               ) -> MapLayout:
    """Compute the map of `cities`: frame, land, borders, dots in their legend colour, labels.

    With `focus`, the frame is that city's region and the other cities show where they fall in it.
    """
    located = [c for c in cities if c.latitude is not None and c.longitude is not None]
    framed = [focus] if focus is not None and focus.latitude is not None else located
    if not framed:
        return MapLayout(width, height, note="No watched city has coordinates yet.")
    # A frame over the 180th meridian is not handled: the map spans the world instead.
    proj = fit_projection([(c.latitude or 0.0, c.longitude or 0.0) for c in framed], width, height)
    if focus is not None:
        def in_frame(c: CityView) -> bool:
            x, y = proj.point(c.latitude or 0.0, c.longitude or 0.0)
            return 0 <= x <= width and 0 <= y <= height

        located = [c for c in located if c.key != focus.key and in_frame(c)] + [focus]  # focus on top
    shapes, coast, land_borders = _draw_land(borders or load_borders(), proj, width, height,
                                             frozenset(c.country for c in located))
    points = [proj.point(c.latitude or 0.0, c.longitude or 0.0) for c in located]
    names = [c.name for c in located]
    # Two watched Tripolis are told apart on the map as in the alerts: "Tripoli (LY)", "Tripoli (LB)".
    texts = [c.label if names.count(c.name) > 1 else c.name for c in located]
    scale = _scale_bar(proj, width, height)
    reserved = [scale.box] if scale else []
    dots_xy = [(x, y, t) for (x, y), t in zip(points, texts, strict=True)]
    labels = place_labels(dots_xy, width, height, obstacles=reserved)
    if None in labels:  # room for the note saying so, then place again around it
        reserved.append(text_box(width - 8, height - 8, "end", _unlabelled_note(99), 11))
        labels = place_labels(dots_xy, width, height, obstacles=reserved)
    dots = tuple(Dot(c, x, y, colour_of(legend, c.controller), label, _hover(c),
                     focus is not None and c.key == focus.key)
                 for (x, y), c, label in zip(points, located, labels, strict=True))
    r = DOT_RADIUS + 2
    taken = [lab.box for lab in labels if lab] + [(x - r, y - r, x + r, y + r) for x, y in points] + reserved
    country_labels = []
    for shape in sorted(shapes, key=lambda s: (not s.watched, -s.room, s.name)):  # big ones first
        x, y = shape.label
        text = shape.name.upper()
        box = text_box(x, y, "middle", text, COUNTRY_FONT_SIZE, COUNTRY_LETTER_SPACING)
        if box[2] - box[0] > shape.room:  # Malta's name would cover the sea and its neighbours
            continue
        if box[0] < 4 or box[1] < 4 or box[2] > width - 4 or box[3] > height - 4:
            continue
        if any(overlaps(box, other) for other in taken):
            continue
        taken.append(box)
        country_labels.append(Label(text, round(x, 1), round(y, 1), "middle", box))
    unlabelled = sum(1 for lab in labels if lab is None)
    return MapLayout(width, height, shapes, coast, land_borders, tuple(country_labels), dots,
                     unlabelled, note=_unlabelled_note(unlabelled) if unlabelled else "", scale=scale)


def _unlabelled_note(n: int) -> str:
    return f"{n} label{'s' if n != 1 else ''} left out for lack of room: hover the dots"


@dataclass(frozen=True, slots=True)
class ScaleBar:
    """A bar of `km` kilometres, `length` pixels long, at the map's bottom left."""

    x: float
    y: float
    length: float
    km: int
    box: Box


def _scale_bar(proj: Projection, width: int, height: int) -> ScaleBar | None:
    """Return a round-numbered scale bar ~60-150 px long, or None when the frame is too large
    for one length to hold across it (equirectangular: true near the middle latitude only)."""
    north = proj.lon_lat(0, 0)[1]
    south = proj.lon_lat(0, height)[1]
    if north - south > 40:
        return None
    km_per_px = 111.32 / proj.scale  # a degree of latitude; x is scaled to match at mid-latitude
    km = next((k for k in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000)
               if k / km_per_px >= 60), 2000)
    length = round(km / km_per_px, 1)
    x, y = 12.0, height - 14.0
    return ScaleBar(x, y, length, km, (x - 4, y - 16, x + max(length, 60) + 4, y + 6))


def render_map(cities: Sequence[CityView], legend: Sequence[LegendEntry], width: int = 760,
               height: int = 460, focus: CityView | None = None) -> str:
    """Return the <svg> element of the map (no legend inside: the page shows it once, below)."""
    return render("map.svg", map=layout_map(cities, legend, width, height, focus=focus))
