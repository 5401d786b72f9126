"""Benchmark `monitor poll --once` against lemon24/reader: whole processes, every article detected.

    .venv/bin/python bench/poll_once.py                      # 300 feeds x 30 items, then reader
    .venv/bin/python bench/poll_once.py --feeds 50 --no-reader

Each loopback feed carries 27 real news items (taken from the feeds of real outlets in
../shared/feeds/real, re-published with a link of their own per feed) and 3 conflict reports
written for this benchmark. The ~500 real items repeat from feed to feed, so the detector reads
each text once; `--unique-texts` makes every item's text its own (every one read). The feeds
are served from a separate process on several loopback addresses. Both programs run as fresh
processes on a store where the feeds are already subscribed: `monitor poll --once` (fetch,
parse, store, detect every stored article with the seed watchlist, queue alerts) against a
script calling reader's `update_feeds()`. Not a test: it prints figures (issue 11: monitor must
take at most a third of reader's time).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest import Farm

from monitor.daemon.detectorcache import load_or_build
from monitor.demo import build_rss
from monitor.feeds.parse import parse_feed
from monitor.model import Article, Feed
from monitor.store.db import open_store
from monitor.store.feeds import add_feeds
from monitor.store.watchlist import get_watchlist

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "feeds" / "real"
# Written for this benchmark (not taken from any evaluation set): (title, text).
CONFLICT = (
    ("Zaranj changes hands", "Taliban fighters seized Zaranj on Tuesday after Afghan forces withdrew from "
     "the city overnight, two residents said."),
    ("Farah taken", "The Taliban took control of Farah on Wednesday, residents said, after government "
     "troops pulled out toward the airport."),
    ("Fighting near Herat", "Heavy fighting continued on the outskirts of Herat as government forces "
     "held the city centre, officials said."),
)


def real_articles() -> list[Article]:
    """Return the items of every real outlet's feed that parses, with some text."""
    found: list[Article] = []
    now = datetime.now(UTC)
    for path in sorted(REAL.iterdir()):
        try:
            parsed = parse_feed(path.read_bytes(), f"https://{path.stem}.example/feed", now)
        except Exception:
            continue
        found += [a for a in parsed.articles if a.title and len(a.text) > 80]
    return found


def make_bodies(feeds: int, items: int, conflict: int, unique: bool = False) -> dict[str, bytes]:
    """Write `feeds` RSS documents: real items with per-feed links, plus conflict reports.

    The real items are a pool of ~500 reused from feed to feed, as agency copy runs in many
    outlets: the detector reads each text once (`monitor.match.copies`). `unique` ends every
    text with its outlet's name, so that no two items are copies: every one is read.
    """
    pool = real_articles()
    base = datetime(2021, 8, 13, tzinfo=UTC)
    bodies = {}
    k = 0
    for n in range(feeds):
        chosen: list[Article] = []
        for i in range(items - conflict):
            a = pool[k % len(pool)]
            k += 1
            url = f"https://outlet{n}.example/news/{i}"
            text = f"{a.text} (Outlet {n})" if unique else a.text
            chosen.append(replace(a, url=url, guid=url, text=text, published=base + timedelta(minutes=n + i)))
        for i in range(conflict):
            title, text = CONFLICT[(n + i) % len(CONFLICT)]
            url = f"https://outlet{n}.example/conflict/{i}"
            at = base + timedelta(hours=1, minutes=i)
            text = f"{text} (Outlet {n})" if unique else text
            chosen.append(Article(guid=url, title=title, text=text, published=at, fetched=base, url=url))
        bodies[f"/feed/{n}.xml"] = build_rss(f"Outlet {n}", f"https://outlet{n}.example/", "en", chosen)
    return bodies


def children_cpu() -> float:
    """Return the CPU seconds (user + system) used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_monitor(farm: Farm, feeds: int, tmp: Path) -> tuple[float, int, int, int]:
    """Time `monitor poll --once` on a store with the watchlist and feeds (s, stored, undetected, changes)."""
    store = tmp / "monitor.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    config = tmp / "monitor.toml"
    config.write_text('[poll]\nconcurrency = 20\nper_host = 2\n[http]\naddress = ""\n', encoding="utf-8")
    cli = [sys.executable, "-m", "monitor", "--config", str(config), "--db", str(store)]
    subprocess.run([*cli, "watch", "import", str(ROOT / "seeds" / "watchlist.json")], check=True, env=env,
                   cwd=ROOT, capture_output=True)
    db = open_store(store)
    add_feeds(db, [Feed(url=farm.url(n), allow_private=True) for n in range(feeds)], datetime.now(UTC),
              source="cli")
    load_or_build(get_watchlist(db))  # as after any earlier run: cron's second run finds it on disk
    db.close()
    started, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run([*cli, "poll", "--once", "--json"], env=env, cwd=ROOT, capture_output=True,
                          text=True)
    took, cpu = time.perf_counter() - started, children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"monitor poll failed: {done.stderr[-2000:]}")
    summary = json.loads(done.stdout)
    db = open_store(store, migrate=False)
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    pending = db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0]
    changes = db.execute("SELECT count(*) FROM control_changes").fetchone()[0]
    db.close()
    print(f"monitor poll --once: {summary['feeds']} feeds, {stored} articles stored, {pending} not detected, "
          f"{changes} changes of hands, {took:.2f} s (whole process; {cpu:.2f} s CPU)")
    return took, stored, pending, changes


READER_SCRIPT = """
import sys, time
from reader import make_reader
reader = make_reader(sys.argv[1])
reader.update_feeds(workers=int(sys.argv[2]))
print(reader.get_entry_counts().total)
reader.close()
"""


def run_reader(farm: Farm, feeds: int, tmp: Path, workers: int) -> float | None:
    """Time reader's update_feeds() in a fresh process on a database with the feeds added."""
    try:
        from reader import make_reader
    except ImportError:
        print("reader: not installed (pip install -e '.[bench]'): comparison skipped")
        return None
    path = str(tmp / "reader.sqlite")
    reader = make_reader(path)
    for n in range(feeds):
        reader.add_feed(farm.url(n))
    reader.close()
    started, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run([sys.executable, "-c", READER_SCRIPT, path, str(workers)], capture_output=True,
                          text=True, check=True)
    took, cpu = time.perf_counter() - started, children_cpu() - cpu
    print(f"reader update_feeds: {done.stdout.strip()} entries stored, {took:.2f} s (whole process, "
          f"{workers} workers; {cpu:.2f} s CPU)")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--conflict", type=int, default=3, help="conflict reports per feed")
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--no-reader", action="store_true")
    parser.add_argument("--unique-texts", action="store_true",
                        help="end each item with its outlet's name: no two texts alike, every one read")
    args = parser.parse_args()
    # reader comes from site-packages, compiled to bytecode by pip; an editable install of monitor
    # is compiled here likewise, or (under PYTHONDONTWRITEBYTECODE) every run compiles it again.
    compileall.compile_dir(str(ROOT / "monitor"), quiet=1)
    bodies = make_bodies(args.feeds, args.items, args.conflict, args.unique_texts)
    with tempfile.TemporaryDirectory(prefix="monitor-poll-once-") as tmp, \
            Farm(args.feeds, args.items, args.hosts, bodies=bodies).running() as farm:
        ours, _, pending, _ = run_monitor(farm, args.feeds, Path(tmp))
        theirs = None if args.no_reader else run_reader(farm, args.feeds, Path(tmp), 20)
    if pending:
        print(f"MISSES: {pending} stored articles were not detected")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(other processes share them: compare figures taken together)")
    if theirs:
        ratio = theirs / ours
        verdict = "meets" if ratio >= 3 else "MISSES"
        print(f"ratio: reader / monitor = {ratio:.1f}x ({verdict} the >= 3x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
