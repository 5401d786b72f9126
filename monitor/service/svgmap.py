"""Lay out the map of the watched cities: country borders, coloured dots, labels (pure; no tiles).

The projection is equirectangular, framed on the cities with a margin and a minimum extent,
x scaled by cos(middle latitude) so a country-sized frame keeps roughly its real shape. Land
comes from the Natural Earth borders shipped in monitor/data (`borders.py`): countries are
clipped to the frame and thinned to what a pixel can show, coastlines and borders are drawn
once each. Labels are placed greedily (`place_labels`): each city tries eight positions
around its dot, then farther ones with a leader line, and is left unlabelled (its dot keeps
its hover title and link) when none is free. `templates/map.svg` turns the layout into SVG.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitor.service.borders import Borders, load_borders
from monitor.service.views import CityView
from monitor.templates import render

# Okabe-Ito: told apart by people with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#882255", "#44AA99", "#999933", "#AA4499", "#332288")
UNKNOWN_COLOUR = "#8c8c8c"
UNKNOWN_LABEL = "unknown"
MIN_SPAN_DEG = 4.0  # one city alone still shows its region, not a blank square
DOT_RADIUS = 6.0
FONT_SIZE = 13.0
COUNTRY_FONT_SIZE = 11.0
COUNTRY_LETTER_SPACING = 1.5
# Glyph widths in em, rounded up from DejaVu Sans (what Debian's Chromium uses for sans-serif),
# so an estimated box holds the rendered text: boxes that do not overlap here do not overlap on
# screen (test_service_browser measures the rendered labels).
_NARROW, _WIDE = set("il.,:;'|!Ijt()[]/ -"), set("MWmw@%")


def text_width(text: str, size: float, spacing: float = 0.0) -> float:
    """Estimate the rendered width of `text` in pixels, erring on the wide side."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.34
        elif ch in _WIDE:
            em += 1.02
        elif ch.isupper() or not ch.isascii():
            em += 0.78
        else:
            em += 0.6
    return em * size + spacing * len(text)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


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


# -- labels -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Label:
    """A placed label: its text anchor point, its estimated box, and a leader line if far."""

    text: str
    x: float
    y: float  # baseline
    anchor: str  # start | middle | end (SVG text-anchor)
    box: Box
    leader: Box | None = None  # x1, y1, x2, y2 from the dot's edge to the label


def text_box(x: float, y: float, anchor: str, text: str, size: float = FONT_SIZE,
             spacing: float = 0.0) -> Box:
    """Return the estimated box of `text` drawn at (x, y) with this anchor and font size."""
    width = text_width(text, size, spacing)
    x0 = x if anchor == "start" else x - width / 2 if anchor == "middle" else x - width
    return x0, y - size * 0.95, x0 + width, y + size * 0.3


def overlaps(a: Box, b: Box) -> bool:
    """Say whether two boxes share any area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _candidates(x: float, y: float, d: float, size: float) -> list[tuple[float, float, str]]:
    """Positions around a dot at distance d: right, left, the four diagonals, above, below."""
    up, down, mid = -0.3 * size, 0.95 * size, 0.33 * size  # baseline offsets to clear the dot
    k = d * 0.75
    return [(x + d, y + mid, "start"), (x - d, y + mid, "end"),
            (x + k, y - k + up, "start"), (x + k, y + k + down, "start"),
            (x - k, y - k + up, "end"), (x - k, y + k + down, "end"),
            (x, y - d + up, "middle"), (x, y + d + down, "middle")]


def _nearest(box: Box, x: float, y: float) -> tuple[float, float]:
    return min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])


def _gap(box: Box, x: float, y: float) -> float:
    nx, ny = _nearest(box, x, y)
    return math.hypot(nx - x, ny - y)


def place_labels(dots: Sequence[tuple[float, float, str]], width: float, height: float,
                 radius: float = DOT_RADIUS, size: float = FONT_SIZE) -> list[Label | None]:
    """Place one label per dot (x, y, text) so no two labels and no label and dot overlap.

    Crowded dots choose first. Among the free positions at a distance, one whose nearest dot is
    its own is preferred, so a label is not read as its neighbour's. A dot whose label fits
    nowhere gets None.
    """
    dot_boxes = [(x - radius - 1, y - radius - 1, x + radius + 1, y + radius + 1) for x, y, _ in dots]
    crowd = [sum(1 for (x2, y2, _) in dots if (x2 - x) ** 2 + (y2 - y) ** 2 < 90 ** 2) for x, y, _ in dots]
    order = sorted(range(len(dots)), key=lambda i: (-crowd[i], dots[i][1], dots[i][0]))
    placed: list[Box] = []
    result: list[Label | None] = [None] * len(dots)
    for i in order:
        x, y, text = dots[i]
        for distance, far in ((radius + 4, False), (radius + 18, True), (radius + 34, True)):
            free = []
            for lx, ly, anchor in _candidates(x, y, distance, size):
                box = text_box(lx, ly, anchor, text, size)
                if box[0] < 2 or box[1] < 2 or box[2] > width - 2 or box[3] > height - 2:
                    continue
                if any(overlaps(box, other) for other in placed) or \
                        any(overlaps(box, dot) for dot in dot_boxes):
                    continue
                free.append((lx, ly, anchor, box))
            if not free:
                continue
            own = [f for f in free if all(_gap(f[3], x2, y2) > _gap(f[3], x, y)
                                          for j, (x2, y2, _) in enumerate(dots) if j != i)]
            lx, ly, anchor, box = (own or free)[0]
            leader = None
            if far:
                ex, ey = _nearest(box, x, y)
                length = math.hypot(ex - x, ey - y) or 1.0
                leader = (round(x + (ex - x) * radius / length, 1),
                          round(y + (ey - y) * radius / length, 1), round(ex, 1), round(ey, 1))
            result[i] = Label(text, round(lx, 1), round(ly, 1), anchor, box, leader)
            placed.append(box)
            break
    return result


# -- land -----------------------------------------------------------------------------------------


Pt = tuple[float, float]


def _cut(points: list[Pt], inside: Callable[[Pt], bool], cross: Callable[[Pt, Pt], Pt]) -> list[Pt]:
    """Keep the part of a closed ring on the inner side of one straight edge."""
    out: list[Pt] = []
    prev = points[-1] if points else (0.0, 0.0)
    for cur in points:
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
        prev = cur
    return out


def clip_ring(points: list[Pt], box: Box) -> list[Pt]:
    """Clip a closed ring to `box` (Sutherland-Hodgman); concave rings may gain edges on the frame."""
    x0, y0, x1, y1 = box

    def at_x(edge: float) -> Callable[[Pt, Pt], Pt]:
        return lambda a, b: (edge, a[1] + (b[1] - a[1]) * (edge - a[0]) / (b[0] - a[0]))

    def at_y(edge: float) -> Callable[[Pt, Pt], Pt]:
        return lambda a, b: (a[0] + (b[0] - a[0]) * (edge - a[1]) / (b[1] - a[1]), edge)

    points = _cut(points, lambda p: p[0] >= x0, at_x(x0))
    points = _cut(points, lambda p: p[0] <= x1, at_x(x1))
    points = _cut(points, lambda p: p[1] >= y0, at_y(y0))
    return _cut(points, lambda p: p[1] <= y1, at_y(y1))


def _extent(points: list[Pt]) -> float:
    """Return the larger side of the points' bounding box."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def _thin(points: list[Pt], step: float = 1.2) -> list[Pt]:
    """Drop points closer than `step` pixels to the last kept one (keeping the last point)."""
    if len(points) < 3:
        return points
    kept = [points[0]]
    for p in points[1:-1]:
        q = kept[-1]
        if abs(p[0] - q[0]) + abs(p[1] - q[1]) >= step:
            kept.append(p)
    kept.append(points[-1])
    return kept


def _area_centroid(ring: list[Pt]) -> tuple[float, Pt]:
    """Return the area and centroid of a closed ring (shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def _inside(point: Pt, ring: list[Pt]) -> bool:
    """Say whether `point` lies inside the ring (even-odd rule)."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
            inside = not inside
    return inside


def _path(points: list[tuple[float, float]], close: bool) -> str:
    if len(points) < 2:
        return ""
    # Whole pixels: half a pixel of error is invisible and halves the page's weight at world scale.
    xy = [(round(x), round(y)) for x, y in points]
    xy = [p for i, p in enumerate(xy) if i == 0 or p != xy[i - 1]]
    if len(xy) < 2:
        return ""
    return f"M{xy[0][0]},{xy[0][1]}" + "".join(f"L{x},{y}" for x, y in xy[1:]) + ("Z" if close else "")


def _intersects(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


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
    note: str = ""  # shown instead of a map when there is nothing to draw


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
        if not _intersects(country.bbox, view):
            continue
        rings, largest, room = [], (0.0, (-1.0, -1.0)), 0.0
        for polygon in country.polygons:
            for k, refs in enumerate(polygon):
                ring = [proj.xy(lon, lat) for lon, lat in borders.ring(refs)]
                clipped = _thin(clip_ring(ring, frame))
                if len(clipped) >= 3 and _extent(clipped) >= 1.5:  # an island under 1.5 px is noise
                    rings.append(_path(clipped, close=True))
                    if k == 0:
                        area, centre = _area_centroid(clipped)
                        if area > largest[0]:
                            largest = (area, centre if _inside(centre, clipped) else (-1.0, -1.0))
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
        if not _intersects(bbox, view):
            continue
        run: list[tuple[float, float]] = []
        points = [proj.xy(lon, lat) for lon, lat in arc]
        for a, b in itertools.pairwise(points):  # keep the segments that touch the frame
            if _intersects((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])), frame):
                if not run:
                    run.append(a)
                run.append(b)
            elif run:
                (land_borders if shared else coast).append(_path(_thin(run), close=False))
                run = []
        if run:
            (land_borders if shared else coast).append(_path(_thin(run), close=False))
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
               height: int = 460, borders: Borders | None = None) -> MapLayout:
    """Compute the map of `cities`: frame, land, borders, dots in their legend colour, labels."""
    located = [c for c in cities if c.latitude is not None and c.longitude is not None]
    if not located:
        return MapLayout(width, height, note="No watched city has coordinates yet.")
    proj = fit_projection([(c.latitude or 0.0, c.longitude or 0.0) for c in located], width, height)
    shapes, coast, land_borders = _draw_land(borders or load_borders(), proj, width, height,
                                             frozenset(c.country for c in located))
    points = [proj.point(c.latitude or 0.0, c.longitude or 0.0) for c in located]
    names = [c.name for c in located]
    # Two watched Tripolis are told apart on the map as in the alerts: "Tripoli (LY)", "Tripoli (LB)".
    texts = [c.label if names.count(c.name) > 1 else c.name for c in located]
    labels = place_labels([(x, y, t) for (x, y), t in zip(points, texts, strict=True)], width, height)
    dots = tuple(Dot(c, x, y, colour_of(legend, c.controller), label, _hover(c))
                 for (x, y), c, label in zip(points, located, labels, strict=True))
    r = DOT_RADIUS + 2
    taken = [lab.box for lab in labels if lab] + [(x - r, y - r, x + r, y + r) for x, y in points]
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
    return MapLayout(width, height, shapes, coast, land_borders, tuple(country_labels), dots,
                     sum(1 for lab in labels if lab is None))


def render_map(cities: Sequence[CityView], legend: Sequence[LegendEntry], width: int = 760,
               height: int = 460) -> str:
    """Return the <svg> element of the map (no legend inside: the page shows it once, below)."""
    return render("map.svg", map=layout_map(cities, legend, width, height))
