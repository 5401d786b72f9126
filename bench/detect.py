"""Benchmark `monitor detect`'s core: articles per second with 1,000 and 10,000 watched places.

Usage: python bench/detect.py [ARTICLES.jsonl]

The watched places are the most populous GeoNames cities (plus the seed watchlist's), so the
automaton is as big as a real large watchlist. Articles come from the given JSON lines file,
else from a small built-in set written for this benchmark. Runs on one core, single-threaded.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from monitor.match.control import make_detector
from monitor.match.gazetteer import Gazetteer, get_gazetteer
from monitor.match.watchlist import load_watchlist
from monitor.model import Watchlist

ROOT = Path(__file__).resolve().parent.parent
BUILT_IN = [
    ("Taliban take Kandahar", "The Taliban captured Kandahar on Friday after government forces withdrew."),
    (
        "Fighting near Herat",
        "Heavy fighting continued around Herat as the insurgents tried to enter the city.",
    ),
    (
        "Les talibans à Kunduz",
        "Kunduz est tombée aux mains des talibans dimanche matin, selon des habitants.",
    ),
    ("Caída de Ghazni", "El ministerio confirmó la caída de Ghazni, a 150 kilómetros de Kabul."),
    ("Taliban vor Kabul", "Die Taliban stehen vor Kabul, haben die Hauptstadt aber nicht eingenommen."),
    ("Markets", "Markets in Kabul reopened on Monday and prices of flour rose sharply."),
]


def articles(path: str | None) -> list[tuple[str, str]]:
    """Return (title, text) pairs from a JSON lines file, or the built-in set repeated."""
    if path:
        rows = [
            json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        return [(r.get("title") or "", r.get("text") or "") for r in rows]
    return BUILT_IN * 30


def watchlist(gazetteer: Gazetteer, size: int) -> Watchlist:
    """The seed watchlist plus the most populous cities, `size` places in all."""
    seed = load_watchlist(json.loads((ROOT / "seeds" / "watchlist.json").read_text()), gazetteer=gazetteer)
    names = {p.name for p in seed.places}
    extra = []
    i = 0
    while len(seed.places) + len(extra) < size and i < len(gazetteer):
        place = gazetteer.place_at(i)
        if place.name not in names:
            names.add(place.name)
            extra.append(place)
        i += 1
    return Watchlist(places=(*seed.places, *extra), actors=seed.actors)


def rate(detector_size: int, gazetteer: Gazetteer, items: list[tuple[str, str]]) -> tuple[float, float]:
    """Return (build seconds, articles per second) for a watchlist of `detector_size` places."""
    started = time.perf_counter()
    detector = make_detector(watchlist(gazetteer, detector_size))
    built = time.perf_counter() - started
    for title, text in items[:20]:  # warm caches (lexicons, language model)
        detector.detect(title, text)
    best = 0.0
    for _ in range(3):  # best of three: the machine may be busy
        started = time.perf_counter()
        for title, text in items:
            detector.detect(title, text)
        best = max(best, len(items) / (time.perf_counter() - started))
    return built, best


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    gazetteer = get_gazetteer()
    load = time.perf_counter() - started
    print(f"gazetteer: {len(gazetteer)} cities loaded in {load:.2f} s")
    items = articles(argv[0] if argv else None)
    results = {}
    for size in (1_000, 10_000):
        built, per_s = rate(size, gazetteer, items)
        results[size] = per_s
        print(
            f"{size:>6} places: detector built in {built:.2f} s, {per_s:,.0f} articles/s "
            f"({len(items)} articles, one core)"
        )
    print(f"slowdown 10,000 vs 1,000 places: {results[1_000] / results[10_000]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
