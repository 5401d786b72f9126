"""Draw the watched cities as an inline SVG map coloured by controller (pure; no tiles, no script).

The projection is equirectangular, fitted to the cities' bounding box: x grows with longitude
scaled by cos(middle latitude), so a country-sized box keeps roughly its real shape.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from monitor.service.views import CityView

# Okabe-Ito: told apart by people with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#882255", "#44AA99", "#999933", "#AA4499", "#332288")
UNKNOWN_COLOUR = "#8c8c8c"
UNKNOWN_LABEL = "unknown"


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


def fit_projection(points: Sequence[tuple[float, float]], width: float, height: float,
                   margin: float = 40.0) -> Projection:
    """Fit an equirectangular projection to the bounding box of `points` (lat, lon), centred."""
    lats = [p[0] for p in points] or [0.0]
    lons = [p[1] for p in points] or [0.0]
    pad_lat = max(0.5, (max(lats) - min(lats)) * 0.08)
    pad_lon = max(0.5, (max(lons) - min(lons)) * 0.08)
    min_lat, max_lat = min(lats) - pad_lat, max(lats) + pad_lat
    min_lon, max_lon = min(lons) - pad_lon, max(lons) + pad_lon
    kx = max(0.05, math.cos(math.radians((min_lat + max_lat) / 2)))
    span_x, span_y = (max_lon - min_lon) * kx, max_lat - min_lat
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    off_x = (width - span_x * scale) / 2
    off_y = (height - span_y * scale) / 2
    return Projection(min_lon, max_lat, kx, scale, off_x, off_y)


def _grid_step(span: float) -> float:
    for step in (0.25, 0.5, 1, 2, 5, 10, 20, 30, 45, 90):
        if span / step <= 8:
            return float(step)
    return 90.0


def render_map(cities: Sequence[CityView], legend: Sequence[LegendEntry],
               width: int = 720, height: int = 420) -> str:
    """Return an <svg> element: a graticule, one labelled dot per located city, and the legend.

    The legend sits in a strip below the map, so it never hides a city.
    """
    located = [c for c in cities if c.latitude is not None and c.longitude is not None]
    total = height + (18 * len(legend) + 12 if located else 0)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" '
             f'viewBox="0 0 {width} {total}" width="{width}" height="{total}" '
             f'aria-labelledby="map-title">',
             '<title id="map-title">Watched cities coloured by controller</title>',
             f'<rect width="{width}" height="{height}" fill="#eef3f7"/>']
    if not located:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#555">'
                     'No watched city has coordinates yet.</text></svg>')
        return "".join(parts)
    proj = fit_projection([(c.latitude or 0.0, c.longitude or 0.0) for c in located], width, height)
    parts.append(_graticule(proj, width, height))
    for city in located:
        x, y = proj.point(city.latitude or 0.0, city.longitude or 0.0)
        colour = colour_of(legend, city.controller)
        label = escape(city.name)
        holder = escape(city.controller or UNKNOWN_LABEL)
        parts.append(
            f'<g class="city"><title>{label} ({escape(city.country)}): {holder}</title>'
            f'<circle cx="{x}" cy="{y}" r="7" fill="{colour}" stroke="#222" stroke-width="1"/>'
            f'<text x="{x + 10}" y="{y + 4}" font-size="13" font-family="sans-serif" fill="#111" '
            f'paint-order="stroke" stroke="#eef3f7" stroke-width="3">{label}</text></g>')
    parts.append(_svg_legend(legend, total))
    parts.append("</svg>")
    return "".join(parts)


def _graticule(proj: Projection, width: int, height: int) -> str:
    lon_span = width / (proj.kx * proj.scale)
    lat_span = height / proj.scale
    min_lon = proj.min_lon - proj.off_x / (proj.kx * proj.scale)  # the SVG's left edge
    max_lat = proj.max_lat + proj.off_y / proj.scale  # and its top edge
    lines = []
    step = _grid_step(max(lon_span, lat_span))
    lon = math.ceil(min_lon / step) * step
    while lon <= min_lon + lon_span:
        x, _ = proj.point(0.0, lon)
        lines.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{height}"/>')
        lon += step
    lat = math.floor(max_lat / step) * step
    while lat >= max_lat - lat_span:
        _, y = proj.point(lat, 0.0)
        lines.append(f'<line x1="0" y1="{y}" x2="{width}" y2="{y}"/>')
        lat -= step
    return f'<g class="graticule" stroke="#c9d6e0" stroke-width="1">{"".join(lines)}</g>'


def _svg_legend(legend: Sequence[LegendEntry], height: int) -> str:
    rows = []
    top = height - 12 - 18 * len(legend)
    for i, entry in enumerate(legend):
        y = top + 18 * i
        rows.append(f'<rect x="12" y="{y}" width="12" height="12" fill="{entry.colour}" stroke="#222"/>'
                    f'<text x="30" y="{y + 11}" font-size="12" font-family="sans-serif">'
                    f'{escape(entry.controller)} ({entry.cities})</text>')
    return f'<g class="legend">{"".join(rows)}</g>'
