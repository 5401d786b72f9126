"""Benchmark the names part of matching: gazetteer load, and place + actor scans per article.

    .venv/bin/python bench/names.py                      # cached load, 10 / 1,000 / 10,000 places
    .venv/bin/python bench/names.py --build              # also time a fresh build of the cache
    .venv/bin/python bench/names.py --articles FILE.jsonl --sizes 10 10000

Watched places are the N most populous GeoNames cities (real names, real alternate spellings),
so the automaton and the fuzzy index have realistic sizes. Articles are generated news-like
texts (or the `text` fields of a JSON-lines file). Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from monitor.match.actors import ActorMatcher
from monitor.match.gazetteer import Gazetteer, default_cache_dir
from monitor.model import Actor, Place

SENTENCES = [
    "Fighters from {actor} said on {day} they had entered {city} after days of clashes.",
    "Government forces withdrew from {city}, officials in {city2} told reporters.",
    "Les forces gouvernementales ont quitté {city} ; {actor} affirme contrôler la ville.",
    "El ejército recuperó {city} tras una ofensiva de varias semanas, según {actor}.",
    "Die Armee hat sich aus {city} zurückgezogen, teilte ein Sprecher in {city2} mit.",
    "Residents of {city} described long queues at the bank and shortages of fuel on {day}.",
    "The Governor of the Province met Elders and Representatives of the United Nations in {city2}.",
    "Analysts at the Institute for the Study of War expect further Advances toward {city}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ACTORS = [
    Actor("Taliban", ("Islamic Emirate",), ("AF",), opposes=("Afghan government",)),
    Actor("Afghan government", ("Afghan forces", "ANDSF"), ("AF",), government=True, opposes=("Taliban",)),
    Actor("Islamic State", ("IS", "ISIS", "Daesh"), ("IQ", "SY")),
    Actor("Russia", ("Russian forces",), ("UA",), opposes=("Ukraine",)),
    Actor("Ukraine", ("Ukrainian forces",), ("UA",), government=True, opposes=("Russia",)),
]


def top_places(gazetteer: Gazetteer, n: int) -> list[Place]:
    """Return the `n` most populous cities as watched places (the gazetteer is sorted that way)."""
    return gazetteer.places(0, n)


def make_articles(places: list[Place], count: int, seed: int = 7) -> list[str]:
    """Generate `count` articles of 8-14 sentences naming some of `places`."""
    rng = random.Random(seed)
    names = [p.names[rng.randrange(len(p.names))] if p.names else p.name for p in places[:200]]
    out = []
    for _ in range(count):
        actors = ["the Taliban", "Russian forces", "ISIS", "rebels"]
        lines = [
            rng.choice(SENTENCES).format(actor=rng.choice(actors), city=rng.choice(names),
                                         city2=rng.choice(names), day=rng.choice(DAYS))
            for _ in range(rng.randint(8, 14))
        ]
        out.append(" ".join(lines))
    return out


def time_scans(places: list[Place], articles: list[str]) -> tuple[float, float, int]:
    """Return (matcher build seconds, articles per second, mentions found) for places + actors."""
    from monitor.match.places import PlaceMatcher

    started = time.perf_counter()
    place_matcher = PlaceMatcher(places)
    actor_matcher = ActorMatcher(ACTORS)
    built = time.perf_counter() - started
    for text in articles[:50]:  # warm the fuzzy caches, as a running daemon has
        place_matcher.find(text)
    found = 0
    started = time.perf_counter()
    for text in articles:
        mentions = place_matcher.find(text)
        country = mentions[0].place.country if mentions else None
        found += len(mentions) + len(actor_matcher.find(text, country=country))
    elapsed = time.perf_counter() - started
    return built, len(articles) / elapsed, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="also time building the cache from scratch")
    parser.add_argument("--articles", type=Path, help="JSON lines with a `text` field (default: generated)")
    parser.add_argument("--count", type=int, default=2000, help="generated articles (default 2000)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1000, 10000])
    args = parser.parse_args()

    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            Gazetteer.load(cache_dir=Path(tmp))
            print(f"gazetteer build (JSON + cleaning + cache write): {time.perf_counter() - started:.2f} s")
    Gazetteer.load(cache_dir=default_cache_dir())  # make sure the cache exists
    started = time.perf_counter()
    gazetteer = Gazetteer.load(cache_dir=default_cache_dir())
    print(f"gazetteer load from cache: {time.perf_counter() - started:.2f} s ({len(gazetteer):,} cities)")

    places = top_places(gazetteer, max(args.sizes))
    if args.articles:
        with args.articles.open(encoding="utf-8") as fh:
            articles = [json.loads(line).get("text", "") for line in fh if line.strip()]
        articles = articles * max(1, args.count // max(len(articles), 1))  # enough for a stable rate
    else:
        articles = make_articles(places, args.count)
    size = sum(len(a) for a in articles) / max(len(articles), 1)
    print(f"{len(articles)} articles, {size:,.0f} characters on average")
    for n in args.sizes:
        built, rate, found = time_scans(places[:n], articles)
        names = sum(len(p.names) for p in places[:n])
        print(f"{n:>6} places ({names:>7,} spellings): matchers built in {built:5.2f} s, "
              f"{rate:8,.0f} articles/s, {found:,} mentions")


if __name__ == "__main__":
    main()
