"""Plane geometry for drawing borders in SVG coordinates: clip, thin, measure, write paths (pure)."""

from __future__ import annotations

from collections.abc import Callable

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Pt = tuple[float, float]


def _cut(points: list[Pt], keep: Callable[[Pt], bool], cross: Callable[[Pt, Pt], Pt]) -> list[Pt]:
    """Keep the part of a closed ring on the inner side of one straight edge."""
    out: list[Pt] = []
    prev = points[-1] if points else (0.0, 0.0)
    for cur in points:
        if keep(cur):
            if not keep(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif keep(prev):
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


def extent(points: list[Pt]) -> float:
    """Return the larger side of the points' bounding box."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def thin(points: list[Pt], step: float = 1.2) -> list[Pt]:
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


def area_centroid(ring: list[Pt]) -> tuple[float, Pt]:
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


def inside(point: Pt, ring: list[Pt]) -> bool:
    """Say whether `point` lies inside the ring (even-odd rule)."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
            inside = not inside
    return inside


def write_path(points: list[Pt], close: bool) -> str:
    """Write points as SVG path data ("M…L…", "Z" when `close`), in whole pixels."""
    if len(points) < 2:
        return ""
    # Whole pixels: half a pixel of error is invisible and halves the page's weight at world scale.
    xy = [(round(x), round(y)) for x, y in points]
    xy = [p for i, p in enumerate(xy) if i == 0 or p != xy[i - 1]]
    if len(xy) < 2:
        return ""
    return f"M{xy[0][0]},{xy[0][1]}" + "".join(f"L{x},{y}" for x, y in xy[1:]) + ("Z" if close else "")


def intersects(a: Box, b: Box) -> bool:
    """Say whether two boxes touch (edges included)."""
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
