"""Place map labels so that none overlaps another label or a dot (pure; a greedy search).

Each dot tries eight positions around itself, then farther ones with a leader line; crowded
dots choose first, and a label nearest its own dot is preferred. Text boxes are estimated from
glyph widths that err wide, so boxes apart here are apart on screen (test_service_browser
measures the rendered ones).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

DOT_RADIUS = 6.0
FONT_SIZE = 13.0
Box = tuple[float, float, float, float]  # x0, y0, x1, y1
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
                 radius: float = DOT_RADIUS, size: float = FONT_SIZE,
                 obstacles: Sequence[Box] = ()) -> list[Label | None]:
    """Place one label per dot (x, y, text) so no two labels and no label and dot overlap.

    `obstacles` are other boxes labels must not cover. Crowded dots choose first. Among the
    free positions at a distance, one whose nearest dot is its own is preferred, so a label is
    not read as its neighbour's. A dot whose label fits nowhere gets None.
    """
    dot_boxes = [(x - radius - 1, y - radius - 1, x + radius + 1, y + radius + 1) for x, y, _ in dots]
    dot_boxes += list(obstacles)  # e.g. the scale bar: labels avoid it as they avoid dots
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
