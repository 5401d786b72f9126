"""The status page as a person sees it, in headless Chromium, served by the real endpoint.

The page carries no script and its Content-Security-Policy (`default-src 'none'`) forbids any,
so what Chromium renders here is what a browser without JavaScript shows. (Chromium's own
--dump-dom and --screenshot need script enabled internally, so it is not switched off here.)
Debian's package provides /usr/bin/chromium (`apt-get install -y chromium`).
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import urllib.request
import zlib
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from monitor.config import Settings
from monitor.service.http import ServerHandle, start_http_server
from monitor.service.svgmap import PALETTE, make_legend, render_map
from monitor.service.views import CityView
from monitor.store.db import open_store
from tests.service_store import ARABIC_EVIDENCE, CITIES, HOSTILE_ACTOR, NOW, SCRIPT_EVIDENCE, fill_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(Debian: apt-get install -y chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The status page of a store with cities, controllers and alerts, served on loopback."""
    path = tmp_path_factory.mktemp("browser") / "store.db"
    db = open_store(path)
    fill_store(db)
    db.close()
    handle: ServerHandle = start_http_server(Settings(), path, is_running=lambda: True,
                                             address="127.0.0.1:0", clock=lambda: NOW)
    yield handle.url + "/"
    handle.stop()


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throwaway profile."""
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=90, check=False)


class Visible(HTMLParser):
    """Collect the text a person sees, the elements present, and the text inside SVG."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.svg_text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in {"br", "meta", "link", "rect", "circle", "line", "input", "img"}:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if {"style", "title", "head"} & set(self.stack) and "svg" not in self.stack:
            return
        (self.svg_text if "svg" in self.stack else self.text).append(data)


def test_page_shows_cities_controllers_legend_and_alerts(page_url: str, tmp_path: Path) -> None:
    """The rendered DOM shows every city, its controller, the legend and the alert titles, as text."""
    result = chromium(tmp_path, "--dump-dom", page_url)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = Visible()
    seen.feed(result.stdout)
    text = " ".join(" ".join(seen.text).split())
    for name, _country, _lat, _lon, controller, _since in CITIES:
        assert name in text
        assert " ".join((controller or "unknown").split()) in text
        assert name in seen.svg_text  # a label on the map
    assert "Watched cities (5)" in text
    assert f"{HOSTILE_ACTOR} (1)" in text  # legend entry, markup shown as text
    assert "Taliban (2)" in text and "unknown (1)" in text
    assert f"Mazar-i-Sharif (AF): Afghan government → {HOSTILE_ACTOR}" in text
    assert "Kandahar (AF): Afghan government → Taliban" in text
    assert SCRIPT_EVIDENCE in text and ARABIC_EVIDENCE in text
    assert "2 failing" in text
    assert "script" not in seen.tags and "b" not in seen.tags  # feed text never became elements
    assert seen.tags.count("circle") == 5


def read_png(path: Path) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) into RGB pixels."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    previous = bytearray(stride)
    pixels = []
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels.extend(tuple(line[i:i + 3]) for i in range(0, stride, bpp))
        previous = line
    return width, height, pixels  # type: ignore[return-value]


def test_screenshot_shows_the_map_colours(page_url: str, tmp_path: Path) -> None:
    """A screenshot has the legend's controller colours painted on it (map dots and swatches)."""
    shot = tmp_path / "status.png"
    result = chromium(tmp_path, "--window-size=1000,900",
                      f"--screenshot={shot}", page_url)
    assert result.returncode == 0, result.stderr[-2000:]
    width, height, pixels = read_png(shot)
    assert (width, height) == (1000, 900)
    counts: dict[tuple[int, int, int], int] = {}
    for pixel in pixels:
        counts[pixel] = counts.get(pixel, 0) + 1
    # Three controllers are known: they take the first three palette colours; each fills dots and swatches.
    for colour in PALETTE[:3]:
        rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        near = sum(n for p, n in counts.items() if max(abs(p[k] - rgb[k]) for k in range(3)) <= 3)
        assert near >= 60, f"{colour} barely visible ({near} pixels)"


MEASURE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{svg}<pre id="out"></pre><script>
const box = e => {{ const b = e.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; }};
document.getElementById("out").textContent = JSON.stringify({{
  labels: [...document.querySelectorAll("text.city-label")].map(t => [...box(t), t.textContent]),
  dots: [...document.querySelectorAll("g.city circle")].map(box),
  countries: [...document.querySelectorAll("path.country")].map(p => p.getAttribute("data-iso")),
  size: [document.querySelector("svg.map").viewBox.baseVal.width,
         document.querySelector("svg.map").viewBox.baseVal.height]}});
</script></body></html>"""


def measure_map(svg: str, tmp_path: Path) -> dict[str, Any]:
    """Lay `svg` out in Chromium and return the rendered boxes of its labels and dots.

    The product page runs no script; this harness page is the test's own, around the same SVG.
    """
    harness = tmp_path / "measure.html"
    harness.write_text(MEASURE.format(svg=svg), encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", harness.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<pre id="out">(.*?)</pre>', result.stdout, re.S)
    assert found, result.stdout[-2000:]
    return json.loads(unescape(found.group(1)))  # type: ignore[no-any-return]


def assert_no_collisions(measured: dict[str, Any]) -> None:
    """No two rendered labels overlap, no label covers another city's dot, all are inside the map."""
    labels, dots = measured["labels"], measured["dots"]
    width, height = measured["size"]
    slack = 0.5  # sub-pixel antialiasing

    def overlap(a: list[float], b: list[float]) -> bool:
        return a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3] and b[1] + slack < a[3]

    for i, a in enumerate(labels):
        assert a[0] >= 0 and a[2] <= width and a[1] >= 0 and a[3] <= height, a
        for b in labels[i + 1:]:
            assert not overlap(a, b), f"labels {a[4]!r} and {b[4]!r} overlap"
        for dot in dots:
            assert not overlap(a, dot), f"label {a[4]!r} covers a dot at {dot}"


def test_served_map_shows_countries_and_labels_without_collisions(page_url: str, tmp_path: Path) -> None:
    """The served page's map draws country shapes, and its rendered labels do not collide."""
    with urllib.request.urlopen(page_url, timeout=10) as response:
        page = response.read().decode("utf-8")
    svg = page[page.index("<svg"):page.index("</svg>") + len("</svg>")]
    measured = measure_map(svg, tmp_path)
    assert {"AF", "IR", "PK"} <= set(measured["countries"])
    assert len(measured["labels"]) == len(CITIES) and len(measured["dots"]) == len(CITIES)
    assert_no_collisions(measured)


def test_crowded_map_labels_do_not_collide_when_rendered(tmp_path: Path) -> None:
    """Twenty cities a few kilometres apart: what Chromium draws has no overlapping labels."""
    cities = [CityView(f"Village {chr(65 + i)}{'x' * (i % 4)}", "LB", 33.7 + 0.06 * (i % 5),
                       35.5 + 0.07 * (i // 5), ("North side", "South side", None)[i % 3], id=i)
              for i in range(20)]
    svg = render_map(cities, make_legend(cities))
    measured = measure_map(svg, tmp_path)
    assert 8 <= len(measured["labels"]) < 20  # most labelled, the rest left out rather than piled up
    assert "LB" in measured["countries"]
    assert_no_collisions(measured)
