"""Benchmark several daemons on one PostgreSQL store: the work shared, one killed -9 (issue 12).

    .venv/bin/python bench/scale.py                      # 3 instances, 100 feeds, ~90 s
    .venv/bin/python bench/scale.py --instances 2 --feeds 300 --interval 15

Starts a throw-away PostgreSQL cluster (tests/pgcluster.py; or MONITOR_TEST_PG_URL), serves
`--feeds` loopback feeds polled every `--interval` seconds, starts `--instances` `monitor run`
processes on one database with two webhook channels, publishes captures of watched cities
(sentences written for this benchmark) before and after killing one instance with SIGKILL, and
prints: how the polls were split, the shortest gap between two fetches of one feed, how long the
dead instance's feeds waited, alerts per channel and repeats. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import itertools
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg

from tests import pgcluster
from tests.clitools import invoke
from tests.e2e_kit import HookReceiver, daemon_env, webhook_channel
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss, serve_conditional

ROOT = Path(__file__).resolve().parent.parent
CITIES = ("Kandahar", "Herat", "Ghazni", "Lashkar Gah", "Kunduz", "Zaranj", "Farah", "Taloqan", "Sheberghan",
          "Aibak", "Maymana", "Gardez")
TEXT = "Taliban fighters seized {city} on Tuesday after Afghan forces withdrew from the city overnight."


def scalar(url: str, sql: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(sql).fetchone()
    return int(row[0]) if row else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instances", type=int, default=3)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--interval", type=int, default=10)
    parser.add_argument("--total-timeout", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=30, help="run time before and after the kill, each")
    args = parser.parse_args()
    cluster = pgcluster.Cluster()
    cluster.start()
    server = LoopbackServer().start()
    procs: list[subprocess.Popen[bytes]] = []
    try:
        url = pgcluster.create_database(cluster.url)
        with tempfile.TemporaryDirectory(prefix="monitor-scale-") as tmp:
            folder = Path(tmp)
            assert invoke(url, "watch", "import", str(ROOT / "seeds" / "watchlist.json")).exit_code == 0
            bodies = [[item(k * 100)] for k in range(args.feeds)]
            routes = [serve_conditional(server, f"/f/{k}.xml", rss(bodies[k])) for k in range(args.feeds)]
            hooks = [HookReceiver(), HookReceiver()]
            feeds = "".join(f'\n[[feeds]]\nurl = "{u}"\ninterval = "{args.interval}s"\nallow_private = true\n'
                            for u, _ in routes)
            channels = "".join(webhook_channel(f"desk{n}", server.route(f"/hook/{n}", handler=h))
                               for n, h in enumerate(hooks))
            cfg = folder / "scale.toml"
            cfg.write_text(f'[poll]\ninterval = "{args.interval}s"\nmin_interval = "1s"\ntick = "2s"\n'
                           f'parse_workers = 0\n[limits]\ntotal_timeout = {args.total_timeout}\n'
                           f'[http]\naddress = ""\n{feeds}{channels}', encoding="utf-8")
            for n in range(args.instances):
                with (folder / f"d{n}.log").open("wb") as log:
                    command = [sys.executable, "-m", "monitor", "--config", str(cfg), "--db", url, "run"]
                    procs.append(subprocess.Popen(command, cwd=ROOT, env=daemon_env(),
                                                  stdout=subprocess.DEVNULL, stderr=log))
            started = time.monotonic()
            half = len(CITIES) // 2

            def publish(cities: tuple[str, ...], offset: int) -> None:
                for n, city in enumerate(cities, start=offset):
                    for k in (n % args.feeds, (n * 7 + 3) % args.feeds):  # two outlets each
                        bodies[k].append(item(50_000 + 100 * n + k, title=f"{city} falls",
                                              text=TEXT.format(city=city), link=f"https://o{k}.example/{n}"))
                        routes[k][1].body = rss(bodies[k])

            time.sleep(args.interval)
            publish(CITIES[:half], 0)
            time.sleep(args.seconds)
            victim = procs[-1]
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            killed = time.monotonic()
            publish(CITIES[half:], half)
            time.sleep(args.seconds)
            for proc in procs[:-1]:
                proc.send_signal(signal.SIGTERM)
            for proc in procs[:-1]:
                proc.wait(20)
            polls = Counter()
            for n in range(args.instances):
                text = (folder / f"d{n}.log").read_text(errors="replace")
                polls[n] = text.count("poll feed=")
            gaps, waits = [], []
            for k in range(args.feeds):
                times = [r.at for r in server.requests_to(f"/f/{k}.xml")]
                gaps += [b - a for a, b in itertools.pairwise(times)]
                after = [t for t in times if t > killed]
                before = [t for t in times if t <= killed]
                if before and after:
                    waits.append(after[0] - before[-1])
            undetected = scalar(url, "SELECT count(*) FROM articles WHERE processed = 0")
            changes = scalar(url, "SELECT count(*) FROM control_changes")
        elapsed = time.monotonic() - started
        print(f"{args.instances} instances, {args.feeds} feeds every {args.interval} s, one killed -9 after "
              f"{killed - started:.0f} s, {elapsed:.0f} s in all:")
        print(f"  polls logged per instance: {dict(polls)} (the killed one's log ends at the kill)")
        print(f"  shortest gap between two fetches of one feed: {min(gaps):.2f} s "
              f"({'never' if min(gaps) >= args.interval - 0.05 else 'SOME'} within the interval); "
              f"longest gap around the kill: {max(waits):.1f} s (lease {3 * args.total_timeout + 10} s)")
        for n, hook in enumerate(hooks):
            got = [h for h in hook.accepted() if h.kind == "change"]
            ids = Counter(h.place for h in {(h.place, h.id): h for h in got}.values())
            print(f"  channel desk{n}: {len(ids)}/{len(CITIES)} cities alerted, {sum(ids.values())} distinct "
                  f"change alerts, {len(got) - len({h.id for h in got})} redeliveries of one id, "
                  f"{sum(1 for c in ids.values() if c > 1)} cities alerted twice")
        print(f"  store: {changes} changes of hands ({len(CITIES)} expected), {undetected} articles "
              "not detected")
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
        server.stop()
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
