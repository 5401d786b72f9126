"""Three daemons on one PostgreSQL store share the work, and one killed -9 loses nothing (issue 12).

Loopback feeds with a short interval, two signed-webhook channels, three `monitor run` processes
on one PostgreSQL database (the session's throw-away cluster). Captures of watched cities are
published before and after one instance is SIGKILLed half way. Each change must reach each
channel exactly once (by alert id), no feed may be fetched twice within its interval, and the
killed instance's feeds must still be polled.
"""

from __future__ import annotations

import itertools
import json
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from monitor.daemon.process import ARTICLE_LEASE_S
from monitor.demo import DEMO_WATCHLIST
from tests.clitools import invoke
from tests.conftest import ROOT
from tests.e2e_kit import HookReceiver, daemon_env, webhook_channel
from tests.loopback import LoopbackServer
from tests.rssfarm import ConditionalFeed, item, rss, serve_conditional

pytestmark = pytest.mark.timeout(150)

FEEDS = 24
INTERVAL_S = 3
TOTAL_TIMEOUT_S = 2  # the feed lease is 3 x this + 10 s = 16 s: longer than the interval
# Written for this test: captures of watched cities, each run by two outlets at once.
TEXT = "Taliban fighters seized {city} on Tuesday after Afghan forces withdrew from the city overnight."
BEFORE = ("Zaranj", "Farah", "Taloqan")
AFTER = ("Sheberghan", "Aibak", "Maymana")


def config(folder: Path, urls: list[str], hooks: list[str]) -> Path:
    feeds = "".join(f'\n[[feeds]]\nurl = "{u}"\ninterval = "{INTERVAL_S}s"\nallow_private = true\n'
                    for u in urls)
    channels = "".join(webhook_channel(f"desk{n}", url) for n, url in enumerate(hooks))
    path = folder / "shared.toml"
    path.write_text(f"""
[poll]
interval = "{INTERVAL_S}s"
min_interval = "1s"
tick = "1s"
concurrency = 4
parse_workers = 0
[limits]
connect_timeout = 1
total_timeout = {TOTAL_TIMEOUT_S}
[http]
address = ""
{feeds}{channels}""", encoding="utf-8")
    return path


def scalar(url: str, sql: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(sql).fetchone()
    return int(row[0]) if row else 0


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def publish(routes: list[ConditionalFeed], bodies: list[list[str]], city: str, n: int) -> None:
    """Publish a capture of `city` in two feeds, as two outlets (their own links)."""
    for k in (n % len(routes), (n + 7) % len(routes)):
        bodies[k].append(item(10_000 + 100 * n + k, title=f"{city} falls", text=TEXT.format(city=city),
                              link=f"https://outlet{k}.example/{city.lower()}"))
        routes[k].body = rss(bodies[k])


def test_three_daemons_share_one_store_and_survive_a_kill(
        server: LoopbackServer, pg_store_url: str, tmp_path: Path,
        processes: list[subprocess.Popen[bytes]]) -> None:
    """3 instances, one killed -9 half way: each change once per channel, no early refetch, all polled."""
    result = invoke(pg_store_url, "watch", "import", str(DEMO_WATCHLIST))
    assert result.exit_code == 0, result.output
    bodies = [[item(k * 100)] for k in range(FEEDS)]
    served = [serve_conditional(server, f"/shared/{k}.xml", rss(bodies[k])) for k in range(FEEDS)]
    urls, routes = [u for u, _ in served], [r for _, r in served]
    receivers = [HookReceiver(), HookReceiver()]
    cfg = config(tmp_path, urls, [server.route(f"/hook/{n}", handler=h) for n, h in enumerate(receivers)])
    logs = []
    for n in range(3):
        log = (tmp_path / f"daemon{n}.log").open("wb")
        logs.append(tmp_path / f"daemon{n}.log")
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(cfg), "--db", pg_store_url, "run"],
            cwd=ROOT, env=daemon_env(), stdout=subprocess.DEVNULL, stderr=log))
        log.close()

    def wait_for(check: object, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():  # type: ignore[operator]
                return
            time.sleep(0.1)
        tails = "\n".join(p.read_text(errors="replace")[-1500:] for p in logs)
        raise AssertionError(f"timed out waiting for {what}:\n{tails}")

    def alerted(cities: tuple[str, ...]) -> bool:
        return all({h.place for h in r.accepted() if h.kind == "change"} >= set(cities) for r in receivers)

    wait_for(lambda: all(r.served for r in routes), 30, "every feed polled once")
    for n, city in enumerate(BEFORE):
        publish(routes, bodies, city, n)
    wait_for(lambda: alerted(BEFORE), 30, "the first changes alerted")

    victim = processes[1]
    # Claims go to whichever instance asks first: give the victim a few polls to take its share.
    wait_for(lambda: victim.poll() is None and "poll feed=" in logs[1].read_text(), 30,
             "the victim at work (it polled a feed)")
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)
    killed_at = time.monotonic()
    for n, city in enumerate(AFTER, start=len(BEFORE)):
        publish(routes, bodies, city, n)
    wait_for(lambda: alerted(AFTER), 40, "the changes after the kill alerted")
    # Past the dead instance's leases: every feed is polled again after it.
    lease_s = 3 * TOTAL_TIMEOUT_S + 10
    wait_for(lambda: all(any(r.at > killed_at + 1 for r in server.requests_to(f"/shared/{k}.xml"))
                         for k in range(FEEDS)), lease_s + 3 * INTERVAL_S, "every feed polled after the kill")
    # The articles the dead instance had claimed are detected by the others once its leases end.
    wait_for(lambda: scalar(pg_store_url, "SELECT count(*) FROM articles WHERE processed = 0") == 0,
             ARTICLE_LEASE_S + 10, "every article detected")
    time.sleep(1.0)  # a follow-up still on its way would show as a second alert below

    for n in (0, 2):
        processes[n].send_signal(signal.SIGTERM)
    for n in (0, 2):
        assert processes[n].wait(15) == 0, logs[n].read_text()[-2000:]

    for receiver in receivers:
        assert all(h.valid for h in receiver.hooks)
        changes = {(h.place, h.id) for h in receiver.accepted() if h.kind == "change"}
        per_city = Counter(place for place, _ in changes)
        assert per_city == Counter(BEFORE + AFTER), per_city  # one alert (one id) per change
    assert scalar(pg_store_url, "SELECT count(*) FROM control_changes") == len(BEFORE + AFTER)

    for k in range(FEEDS):
        times = [r.at for r in server.requests_to(f"/shared/{k}.xml")]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert min(gaps) >= INTERVAL_S - 0.05, (k, gaps)  # never fetched twice within its interval
    owners = {line.split("owner ")[1].split()[0].rstrip(",") for p in logs
              for line in p.read_text(errors="replace").splitlines() if "owner " in line}
    assert len(owners) == 3, owners
    # `monitor status` tells each instance apart: two stopped cleanly, the killed one is gone.
    shown = json.loads(invoke(pg_store_url, "status", "--json").output)["instances"]
    assert {i["owner"] for i in shown} == owners
    states = sorted((i["pid"] == victim.pid, i["summary"].split()[0]) for i in shown)
    assert states == [(False, "stopped"), (False, "stopped"), (True, "down:")], shown
    text = invoke(pg_store_url, "status").output
    assert text.count("Instance") == 3 and f"pid {victim.pid} (poll, detect, deliver)" in text, text
    for p in logs:
        assert "Traceback" not in p.read_text(errors="replace"), p.read_text()[-3000:]
