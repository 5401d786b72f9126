"""Country borders and coastlines from the Natural Earth TopoJSON shipped in monitor/data (pure).

A TopoJSON file stores each border once, as an "arc" shared by the two countries it
separates; a country's rings are lists of arc indexes (~i: arc i reversed). An arc used by
one country only is coastline. See monitor/data/README.md for the source and licence.
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass
from importlib import resources

Point = tuple[float, float]  # (longitude, latitude)
BBox = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat
DATA_FILE = "countries.topo.json.gz"


@dataclass(frozen=True, slots=True)
class Country:
    """One country: its code, name, label point and polygons as rings of arc references."""

    iso: str  # ISO 3166-1 alpha-2, "" when Natural Earth has none
    name: str
    label: Point
    polygons: tuple[tuple[tuple[int, ...], ...], ...]  # polygon -> rings -> arc refs
    bbox: BBox


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: it is loaded once
class Borders:
    """All arcs (decoded to degrees) and the countries built from them."""

    arcs: tuple[tuple[Point, ...], ...]
    arc_bboxes: tuple[BBox, ...]
    shared: tuple[bool, ...]  # True: a border between two countries; False: coastline
    countries: tuple[Country, ...]

    def ring(self, refs: tuple[int, ...]) -> list[Point]:
        """Return the points of a ring given by arc references, without repeated joints."""
        points: list[Point] = []
        for ref in refs:
            arc = self.arcs[ref] if ref >= 0 else self.arcs[~ref][::-1]
            points.extend(arc[1:] if points else arc)
        return points


def _bbox(points: list[Point] | tuple[Point, ...]) -> BBox:
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def _union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def decode_topology(data: dict[str, object]) -> Borders:
    """Decode a quantized, delta-encoded TopoJSON topology with a `countries` object."""
    transform = data.get("transform") or {"scale": [1, 1], "translate": [0, 0]}
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]  # type: ignore[index]
    arcs: list[tuple[Point, ...]] = []
    for raw in data["arcs"]:  # type: ignore[attr-defined]
        x = y = 0
        points = []
        for dx, dy in raw:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 4), round(y * sy + ty, 4)))
        arcs.append(tuple(points))
    uses = [0] * len(arcs)
    countries = []
    for geometry in data["objects"]["countries"]["geometries"]:  # type: ignore[index]
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = tuple(tuple(tuple(int(r) for r in ring) for ring in polygon) for polygon in polygons)
        for polygon in rings:
            for ring in polygon:
                for ref in ring:
                    uses[ref if ref >= 0 else ~ref] += 1
        props = geometry.get("properties") or {}
        boxes = [_bbox(arcs[r if r >= 0 else ~r]) for polygon in rings for r in polygon[0]]
        label = props.get("label") or [0.0, 0.0]
        countries.append(Country(str(props.get("iso") or ""), str(props.get("name") or ""),
                                 (float(label[0]), float(label[1])), rings, _union(boxes)))
    return Borders(tuple(arcs), tuple(_bbox(a) for a in arcs), tuple(n > 1 for n in uses),
                   tuple(countries))


@functools.cache
def load_borders() -> Borders:
    """Load the shipped country borders once per process (~0.3 s, then cached)."""
    raw = resources.files("monitor").joinpath("data", DATA_FILE).read_bytes()
    return decode_topology(json.loads(gzip.decompress(raw)))
