"""Benchmark `monitor detect`'s core: articles per second with 1,000 and 10,000 watched places.

Usage: python bench/detect.py [--articles FILE.jsonl] [--count N] [--words W] [--news] [--dump FILE]

Articles are several hundred words long, as real ones are (issue 10, "Speed holds"): each is a
conflict item (title + text) followed by neutral news paragraphs written for this benchmark,
up to about W words (default 450). The conflict items are read at run time from
../shared/eval/dev.jsonl when it is there (or from --articles), else from a few built-in
sentences; nothing of the evaluation set is copied here.

The watched places are the seed watchlist's plus the most populous GeoNames cities, so the
automaton is as big as a real large watchlist. Runs on one core, single-threaded; prints the
best of three runs, in articles per second of CPU time (a busy machine distorts it less).
The bar: >= 1,000 articles/s with 1,000 places, <= 2x that cost with 10,000.

`--news` times instead the daemon's common case: general-news items that name no watched
place, as `monitor poll --once` stores them. The items of the real outlets' feeds in
../shared/feeds/real, parsed with monitor's own parser, are read again and again up to
`--count` (default 9,000) with the seed watchlist; it prints the CPU time of the whole lot.

`--dump FILE` times nothing: it writes what the detector makes of the benchmark's articles at
each size, and of the news items, as `monitor detect --explain` lines (events included), so a
speed-up can be checked to change no output (`cmp` two dumps).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from monitor.feeds.parse import parse_feed
from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import Gazetteer, get_gazetteer
from monitor.match.watchlist import load_watchlist
from monitor.model import Article, Watchlist

ROOT = Path(__file__).resolve().parent.parent
SHARED_CANDIDATES = (ROOT.parent / "shared", ROOT.parent.parent / "shared")
BUILT_IN = [
    ("Taliban take Kandahar", "The Taliban captured Kandahar on Friday after government forces withdrew."),
    ("Fighting near Herat", "Heavy fighting continued around Herat as insurgents tried to enter the city."),
    ("Les talibans à Kunduz", "Des habitants affirment que Kunduz est tombée lundi aux mains des talibans."),
    ("Caída de Ghazni", "El ministerio confirmó la caída de Ghazni, a 150 kilómetros de Kabul."),
    ("Taliban vor Kabul", "Die Taliban stehen vor Kabul, haben die Hauptstadt aber nicht eingenommen."),
    ("Markets", "Markets in Kabul reopened on Monday and prices of flour rose sharply."),
]
# Neutral paragraphs of the kind that fill real articles: quotes, figures, institutions,
# people's and other places' names, several capitalised words a sentence.
FILLER = [
    "The Central Bank said on Tuesday that inflation had eased to 4.2 percent in October, the lowest "
    "level in two years, although food prices in the capital remained well above last year's average. "
    "Analysts at the Institute for Economic Research expect a further cut in interest rates before March.",
    "Aid agencies, including the World Food Programme and the Red Crescent, said convoys carrying flour, "
    "medicine and fuel had been delayed at two checkpoints for more than a week. \"We are running out of "
    "time,\" said Maria Alvarez, who coordinates the response for the Norwegian Refugee Council.",
    "Heavy rain flooded several districts in the south of the country over the weekend, cutting the main "
    "highway for nearly twelve hours. The Ministry of Transport said repair crews had reopened one lane "
    "by Sunday evening and that traffic would return to normal on Wednesday.",
    "Schools in the region reopened on Monday after a three-week closure, the Education Minister told "
    "reporters at a news conference in the capital. Teachers' unions had demanded higher salaries and "
    "better security before agreeing to return to classrooms.",
    "In a statement released late on Thursday, the United Nations Secretary-General called on all parties "
    "to respect international humanitarian law and to allow civilians to leave safely. The Security "
    "Council is expected to discuss the situation at a closed meeting next week.",
    "Local journalists said mobile phone networks had been cut in much of the province since Saturday, "
    "making it difficult to verify reports from the area. Residents reached by satellite phone described "
    "long queues outside bakeries and petrol stations.",
    "The European Union announced an additional 45 million euros in humanitarian assistance, bringing "
    "its total contribution this year to more than 300 million euros. Officials in Brussels said the "
    "money would be channelled through agencies already working on the ground.",
    "Prices of wheat on international markets rose by 3 percent after the announcement, traders in "
    "Chicago and London said, reflecting concern about exports from the region. The Finance Ministry "
    "said reserves were sufficient to cover imports for at least four months.",
    "Hospital officials said they had treated dozens of people for injuries over the past 48 hours, most "
    "of them women and children. Doctors Without Borders said its teams were working around the clock "
    "and appealed for blood donations and surgical supplies.",
    "Opposition leaders met in Geneva on Friday to discuss a joint position ahead of talks scheduled for "
    "next month, according to two people familiar with the meeting who spoke on condition of anonymity "
    "because they were not authorised to talk to the press.",
]


def news_items(real: Path) -> list[Article]:
    """Return the items of every real outlet's feed in `real` that parses, with a title and some text."""
    found: list[Article] = []
    fetched = datetime(2024, 1, 1, tzinfo=UTC)
    for path in sorted(real.iterdir()):
        try:
            parsed = parse_feed(path.read_bytes(), f"https://{path.stem}.example/feed", fetched)
        except Exception:  # a malformed test feed: not news
            continue
        found += [a for a in parsed.articles if a.title and len(a.text) > 80]
    return found


def read_afresh(detector: Detector, title: str, text: str, published: datetime | None = None) -> object:
    """Read an article as if it were new: the items here repeat, and a copy is not read twice
    (`monitor.match.copies`), which would time a dictionary, not the detector."""
    detector.forget_copies()
    return detector.detect(title, text, published)


def news(gazetteer: Gazetteer, real: Path, count: int) -> None:
    """Print the CPU time `count` general-news items take with the seed watchlist."""
    pool = news_items(real)
    items = [pool[k % len(pool)] for k in range(count)]
    seed = load_watchlist(json.loads((ROOT / "seeds" / "watchlist.json").read_text()), gazetteer=gazetteer)
    detector = make_detector(seed)
    named = sum(bool(detector.place_matcher.find(f"{a.title}.\n\n{a.text}")) for a in pool)
    for a in pool:  # warm caches
        detector.detect(a.title, a.text, a.published)
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for a in items:
            read_afresh(detector, a.title, a.text, a.published)
        best = min(best, time.process_time() - started)
    words = sum(len(a.title.split()) + len(a.text.split()) for a in pool) / len(pool)
    print(f"{len(pool)} news items of {words:.0f} words on average ({named} name a watched place), "
          f"read up to {count:,}: {best:.2f} s CPU, {best / count * 1e6:.0f} µs per item (seed watchlist)")


def shared_dir() -> Path | None:
    """Return ../shared next to the project (or next to its worktree folder), if present."""
    return next((p for p in SHARED_CANDIDATES if (p / "eval" / "dev.jsonl").exists()), None)


def conflict_items(path: Path | None) -> list[tuple[str, str]]:
    """Return (title, text) pairs from a JSON lines file, else the built-in sentences."""
    if path is None:
        return BUILT_IN
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r.get("title") or "", r.get("text") or "") for r in rows]


def articles(items: list[tuple[str, str]], count: int, words: int, seed: int = 11) -> list[tuple[str, str]]:
    """Return `count` articles: an item followed by filler paragraphs up to about `words` words."""
    rng = random.Random(seed)
    out = []
    for k in range(count):
        title, text = items[k % len(items)]
        paragraphs = [text]
        size = len(text.split())
        while size < words:
            extra = rng.choice(FILLER)
            paragraphs.insert(rng.randint(1, len(paragraphs)), extra)  # the item's lead stays first
            size += len(extra.split())
        out.append((title, "\n\n".join(paragraphs)))
    return out


def watchlist(gazetteer: Gazetteer, size: int) -> Watchlist:
    """The seed watchlist plus the most populous cities, `size` places in all."""
    seed = load_watchlist(json.loads((ROOT / "seeds" / "watchlist.json").read_text()), gazetteer=gazetteer)
    names = {p.name for p in seed.places}
    extra = []
    for place in gazetteer.places(0, size + len(seed.places)):
        if len(seed.places) + len(extra) >= size:
            break
        if place.name not in names:
            names.add(place.name)
            extra.append(place)
    return Watchlist(places=(*seed.places, *extra), actors=seed.actors)


def rate(size: int, gazetteer: Gazetteer, items: list[tuple[str, str]]) -> tuple[float, float]:
    """Return (build seconds, articles per second) for a watchlist of `size` places."""
    started = time.perf_counter()
    detector = make_detector(watchlist(gazetteer, size))
    built = time.perf_counter() - started
    for title, text in items:  # warm caches: every language's lexicon, fuzzy look-ups
        detector.detect(title, text)
    best = 0.0
    for _ in range(3):  # best of three: the machine may be busy
        started = time.process_time()  # CPU time of this process: other processes' load is left out
        for title, text in items:
            read_afresh(detector, title, text)
        best = max(best, len(items) / (time.process_time() - started))
    return built, best


def breakdown(gazetteer: Gazetteer, items: list[tuple[str, str]], size: int) -> None:
    """Print the CPU time per article of place matching, actor matching and the whole detector."""
    detector = make_detector(watchlist(gazetteer, size))
    docs = [f"{title}.\n\n{text}" for title, text in items]

    def cost(step: Callable[[str], object]) -> float:
        for doc in docs:  # warm caches: every language's lexicon, fuzzy look-ups
            step(doc)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for doc in docs:
                step(doc)
            best = min(best, time.process_time() - started)
        return best / len(docs) * 1000

    places = cost(detector.place_matcher.find)
    actors = cost(lambda doc: detector.actor_matcher.find(doc, country="AF"))
    whole = cost(lambda doc: read_afresh(detector, "", doc))
    print(f"{size:>6} places, ms per article: places {places:.2f}, actors {actors:.2f}, "
          f"whole detector {whole:.2f} (the rest {max(whole - places - actors, 0):.2f})")


def dump_lines(detector: Detector, label: str, items: list[tuple[str, str, datetime | None]]) -> list[str]:
    """Return the explain line (events included) of each item, then its plain events' line."""
    lines = []
    for k, (title, text, published) in enumerate(items):
        for explain in (True, False):
            reading = detector.read(title, text, published, article_id=f"{label}:{k}", explain=explain)
            out = {
                "id": f"{label}:{k}",
                "lang": reading.lang,
                "supported": reading.supported,
                "steps": [note.as_dict() for note in reading.notes],
                "events": [repr(ev) for ev in reading.events],
            }
            lines.append(json.dumps(out, ensure_ascii=False) + "\n")
    return lines


def dump(
    path: Path, gazetteer: Gazetteer, items: list[tuple[str, str]], sizes: list[int], shared: Path | None
) -> None:
    """Write the detector's reading of the benchmark's articles at each size, then of the news items."""
    with path.open("w", encoding="utf-8") as out:
        for size in sizes:
            detector = make_detector(watchlist(gazetteer, size))
            out.writelines(dump_lines(detector, str(size), [(t, x, None) for t, x in items]))
        real = shared / "feeds" / "real" if shared else None
        if real is not None and real.is_dir():
            seed_file = json.loads((ROOT / "seeds" / "watchlist.json").read_text())
            seed = load_watchlist(seed_file, gazetteer=gazetteer)
            pool = [(a.title, a.text, a.published) for a in news_items(real)]
            out.writelines(dump_lines(make_detector(seed), "news", pool))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, help="JSON lines with title and text (default: dev set)")
    parser.add_argument("--count", type=int, help="articles per run (default 1000; 9000 with --news)")
    parser.add_argument("--words", type=int, default=450, help="words per article, about (default 450)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--breakdown", action="store_true", help="also time places, actors, the rest")
    parser.add_argument("--news", action="store_true",
                        help="time general-news items of ../shared/feeds/real instead (--count default 9000)")
    parser.add_argument("--dump", type=Path, help="write the detector's output instead of timing it")
    args = parser.parse_args(argv)
    shared = shared_dir()
    if args.news:
        real = shared / "feeds" / "real" if shared else None
        if real is None or not real.is_dir():
            print("--news needs ../shared/feeds/real")
            return 1
        news(get_gazetteer(), real, args.count or 9000)
        return 0
    source = args.articles or (shared / "eval" / "dev.jsonl" if shared else None)
    started = time.perf_counter()
    gazetteer = get_gazetteer()
    print(f"gazetteer: {len(gazetteer):,} cities opened in {time.perf_counter() - started:.2f} s")
    items = articles(conflict_items(source), args.count or 1000, args.words)
    mean_words = sum(len(t.split()) + len(x.split()) for t, x in items) / len(items)
    print(f"{len(items)} articles of {mean_words:.0f} words on average "
          f"({'items of ' + source.name if source else 'built-in sentences'} + neutral paragraphs)")
    if args.dump:
        dump(args.dump, gazetteer, items, args.sizes, shared)
        print(f"wrote {args.dump}")
        return 0
    results = {}
    for size in args.sizes:
        built, per_s = rate(size, gazetteer, items)
        results[size] = per_s
        print(f"{size:>6} places: detector built in {built:.2f} s, {per_s:,.0f} articles/s (one core)")
    if args.breakdown:
        for size in args.sizes:
            breakdown(gazetteer, items, size)
    if len(args.sizes) > 1:
        first, last = args.sizes[0], args.sizes[-1]
        print(f"cost with {last:,} places vs {first:,}: {results[first] / results[last]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
