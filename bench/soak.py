"""Soak the real daemon (S5): 200 loopback feeds, errors, slow and huge bodies, changes of hands.

    .venv/bin/python bench/soak.py                 # 10 minutes
    .venv/bin/python bench/soak.py --minutes 3 --feeds 200

Starts, in a temporary directory: a farm process serving `--feeds` RSS feeds on 127.0.0.1 (1 %
of answers are 500s, a few feeds are slow, drip forever or never end, new items appear over
time), a webhook receiver in this process that checks every signature, and `python -m monitor
run` with short poll intervals. The seed watchlist is imported with `monitor watch import`;
changes of hands (a watched city captured by the Taliban, written in English and French and
published on two feeds each) are injected during the first three quarters of the run. At the
end it prints memory growth after the first minute, file descriptors over time, errors and
tracebacks in the daemon's log and alerts delivered vs injected (after dedupe by webhook-id).
Loopback only; it stops by itself. Not a test: it prints figures and exits 1 on a clear failure.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import random
import re
import secrets
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from memory import rss_kb  # noqa: E402

from monitor.alerts.webhook import verify  # noqa: E402

WATCHLIST = ROOT / "seeds" / "watchlist.json"
SECRET_ENV = "SOAK_WEBHOOK_SECRET"
ERROR_RATE = 0.01


# ---------------------------------------------------------------- the farm (a separate process)

def feed_kind(n: int) -> str:
    """Give feed `n` a behaviour: most are plain, a few slow, dripping, endless or big."""
    if n % 50 == 7:
        return "endless"  # never ends: cut at the size limit
    if n % 50 == 8:
        return "drip"  # one byte every half second: cut at the wall-clock deadline
    if n % 20 == 3:
        return "slow"  # answers after 3 s
    if n % 40 == 5:
        return "big"  # ~2 MB of valid items
    return "plain"


def entry(guid: str, title: str, text: str, when: float, link: str) -> str:
    """Return one RSS <item>, every string escaped."""
    date = format_datetime(datetime.fromtimestamp(when, UTC), usegmt=True)
    return (f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
            f'<guid isPermaLink="false">{escape(guid)}</guid><pubDate>{date}</pubDate>'
            f"<description>{escape(text)}</description></item>")


def routine_items(n: int, start: float, now: float, every_s: float) -> list[str]:
    """Return feed n's routine dispatches published so far (the newest 20), mentioning no change."""
    count = int((now - start) / every_s) + 2
    out = []
    for k in range(max(0, count - 20), count):
        when = start + (k - 2) * every_s
        text = (f"Market report {k} from desk {n}: prices of flour and fuel were stable this week, "
                "traders said, and the road to the provincial capital stayed open to traffic.")
        out.append(entry(f"f{n}-r{k}", f"Desk {n} market note {k}", text, when,
                         f"https://farm.example.org/{n}/r{k}"))
    return out


def injected_items(n: int, injections: list[dict[str, Any]], start: float, now: float) -> list[str]:
    """Return the change-of-hands articles feed n carries that are already published."""
    out = []
    for inj in injections:
        when = start + inj["at_s"]
        if when > now or n not in inj["feeds"]:
            continue
        city = inj["city"]
        if inj["feeds"].index(n) == 0:
            title, text = (f"Taliban capture {city}",
                           f"Taliban fighters captured {city} on Monday after government forces withdrew "
                           "from the city, residents said. The governor fled to the airport.")
        else:
            title, text = (f"Les talibans s'emparent de {city}",
                           f"Les talibans ont pris lundi le contrôle de {city}, après le retrait des forces "
                           "gouvernementales, selon des habitants joints par téléphone.")
        out.append(entry(f"f{n}-inj-{inj['id']}", title, text, when, f"https://farm.example.org/{n}/c{inj['id']}"))
    return out


def serve_farm(spec_path: Path, port_path: Path) -> None:
    """Serve the feeds described by the spec file until killed; write the port when listening."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    start, injections, every_s = spec["start"], spec["injections"], spec["item_every_s"]
    rng = random.Random(spec["seed"])
    lock = threading.Lock()
    counts: Counter[str] = Counter()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            try:
                n = int(self.path.split("/")[2].split(".")[0])
            except (IndexError, ValueError):
                self._send(404, b"no such feed")
                return
            kind = feed_kind(n)
            with lock:
                counts[kind] += 1
                fail = rng.random() < ERROR_RATE
            if fail:
                self._send(500, b"farm: injected error")
                return
            if kind == "endless":
                self._stream(b"<rss><channel>" + b"<item><title>x</title></item>" * 2000, delay=0)
                return
            if kind == "drip":
                self._stream(b"<", delay=0.5)
                return
            if kind == "slow":
                time.sleep(3)
            now = time.time()
            items = injected_items(n, injections, start, now) + routine_items(n, start, now, every_s)
            if kind == "big":
                pad = "Background: " + "the valley's orchards and the old caravan road. " * 40
                items += [entry(f"f{n}-big{k}", f"Desk {n} archive {k}", pad, start - 86400 - k,
                                f"https://farm.example.org/{n}/b{k}") for k in range(800)]
            body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                    f"<title>Farm desk {n}</title><link>https://farm.example.org/{n}/</link>"
                    f"<description>desk {n}</description>{''.join(items)}</channel></rss>").encode()
            self._send(200, body, "application/rss+xml; charset=utf-8")

        def _send(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _stream(self, chunk: bytes, delay: float) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                for _ in range(100_000):  # bounded: ends by itself if the client never hangs up
                    self.wfile.write(chunk)
                    if delay:
                        self.wfile.flush()
                        time.sleep(delay)
            except OSError:
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class QuietServer(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # the daemon hanging up on an endless or dripping body is expected here

    server = QuietServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_path.write_text(str(server.server_address[1]), encoding="utf-8")
    server.serve_forever()


# ---------------------------------------------------------------- the receiver and the probe

@dataclass
class Receiver:
    """Accept webhooks whose signature verifies; keep each body once per webhook-id."""

    secret: str
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    posts: int = 0
    bad_signatures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def serve(self) -> tuple[ThreadingHTTPServer, str]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                ok = verify(receiver.secret, dict(self.headers.items()), body, datetime.now(UTC))
                with receiver.lock:
                    receiver.posts += 1
                    if ok:
                        receiver.by_id.setdefault(self.headers["webhook-id"], json.loads(body))
                    else:
                        receiver.bad_signatures += 1
                self.send_response(204 if ok else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server, f"http://127.0.0.1:{server.server_address[1]}/hook"


def tree_pids(pid: int) -> list[int]:
    """Return `pid` and its descendants (the daemon's parser workers)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            tasks = os.listdir(f"/proc/{p}/task")  # children are listed under the thread that made them
        except OSError:
            tasks = []
        for task in tasks:
            with contextlib.suppress(OSError):
                todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
    return out


def fd_count(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def alert_cities(body: dict[str, Any]) -> list[str]:
    """Return the cities an alert (or a digest of alerts) is about."""
    data = body.get("data", {})
    payloads = data.get("alerts", []) if body.get("type") == "digest" else [data]
    return [str(p.get("place") or "?") for p in payloads if p.get("kind") != "feed_health"]  # operator notes


# ---------------------------------------------------------------- the run

def write_config(tmp: Path, store: Path, port: int, feeds: int, hook_url: str, interval_s: int) -> Path:
    """Write the daemon's configuration: short intervals, the farm's feeds, one webhook channel."""
    lines = [f'[store]\npath = "{store}"',
             f'[poll]\ninterval = "{interval_s}s"\nmin_interval = "{max(1, interval_s // 2)}s"\ntick = "2s"\n'
             "concurrency = 20\nper_host = 20",
             "[limits]\ntotal_timeout = 8\nconnect_timeout = 3\nmax_body_mb = 5",
             '[log]\nformat = "json"', '[http]\naddress = ""']
    lines += [f'[[feeds]]\nurl = "http://127.0.0.1:{port}/feed/{n}.xml"\nallow_private = true'
              for n in range(feeds)]
    lines.append(f'[[channels]]\nname = "soak"\nkind = "webhook"\nurl = "{hook_url}"\n'
                 f'secret_env = "{SECRET_ENV}"\nallow_private = true')
    path = tmp / "monitor.toml"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def plan_injections(cities: list[str], feeds: int, run_s: float, rng: random.Random) -> list[dict[str, Any]]:
    """Spread one change of hands per city over the first three quarters of the run, two feeds each."""
    count = min(len(cities), max(3, int(run_s / 20)))
    span = run_s * 0.75 - 30
    plain = [n for n in range(feeds) if feed_kind(n) == "plain"]
    return [{"id": i, "city": city, "at_s": 30 + span * i / max(1, count - 1),
             "feeds": rng.sample(plain, 2)} for i, city in enumerate(rng.sample(cities, count))]


def run(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    run_s = args.minutes * 60
    cities = [p["name"] for p in json.loads(WATCHLIST.read_text(encoding="utf-8"))["places"]]
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp_name:
        tmp = Path(tmp_name)
        store = tmp / "soak.db"
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        env[SECRET_ENV] = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
        receiver = Receiver(env[SECRET_ENV])
        hook_server, hook_url = receiver.serve()
        injections = plan_injections(cities, args.feeds, run_s, rng)
        start = time.time() + 5
        spec = tmp / "farm.json"
        spec.write_text(json.dumps({"start": start, "injections": injections, "seed": args.seed,
                                    "item_every_s": args.item_every}), encoding="utf-8")
        port_file = tmp / "farm.port"
        farm = subprocess.Popen([sys.executable, __file__, "--farm", str(spec), str(port_file)], cwd=ROOT)
        while not port_file.exists() or not port_file.read_text():
            time.sleep(0.05)
        config = write_config(tmp, store, int(port_file.read_text()), args.feeds, hook_url, args.interval)
        monitor = [sys.executable, "-m", "monitor", "--config", str(config)]
        subprocess.run([*monitor, "watch", "import", str(WATCHLIST)], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        log_path = tmp / "daemon.log"
        with log_path.open("w", encoding="utf-8") as log:
            daemon = subprocess.Popen([*monitor, "run"], cwd=ROOT, env=env, stdout=log, stderr=log)
        samples: list[tuple[float, int, int, int]] = []  # (t, rss main kB, rss tree kB, fds)
        began = time.monotonic()
        try:
            while (t := time.monotonic() - began) < run_s and daemon.poll() is None:
                pids = tree_pids(daemon.pid)
                samples.append((t, rss_kb(daemon.pid), sum(rss_kb(p) for p in pids), fd_count(daemon.pid)))
                time.sleep(args.sample_every)
            status = subprocess.run([*monitor, "status", "--json"], cwd=ROOT, env=env, capture_output=True,
                                    text=True)
        finally:
            stopped = time.monotonic()
            daemon.send_signal(signal.SIGTERM)
            try:
                code = daemon.wait(timeout=30)
            except subprocess.TimeoutExpired:
                daemon.kill()
                code = daemon.wait()
            stop_s = time.monotonic() - stopped
            farm.terminate()
            farm.wait()
            hook_server.shutdown()
        outbox = outbox_by_kind(store)
        return report(args, samples, log_path, injections, receiver, status.stdout, code, stop_s, run_s,
                      outbox)


def outbox_by_kind(store: Path) -> list[tuple[str, str, int, str]]:
    """Return (alert kind, delivery status, count, a last error) from the stopped daemon's store."""
    conn = sqlite3.connect(store)
    try:
        return [tuple(r) for r in conn.execute(  # type: ignore[misc]
            "SELECT a.kind, d.status, count(*), coalesce(max(d.last_error), '') FROM deliveries d "
            "JOIN alerts a ON a.id = d.alert_id GROUP BY a.kind, d.status ORDER BY 1, 2")]
    finally:
        conn.close()


def report(args: argparse.Namespace, samples: list[tuple[float, int, int, int]], log_path: Path,
           injections: list[dict[str, Any]], receiver: Receiver, status_json: str, code: int,
           stop_s: float, run_s: float, outbox: list[tuple[str, str, int, str]]) -> int:
    """Print the figures; return 1 when a clear failure shows."""
    levels: Counter[str] = Counter()
    messages: Counter[str] = Counter()
    tracebacks = 0
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            tracebacks += line.startswith("Traceback")
            continue
        levels[rec.get("level", "?")] += 1
        tracebacks += "exc" in rec
        if rec.get("level") in ("warning", "error", "critical"):
            messages[f"{rec['level']}: {re.sub(r'[0-9]+', 'N', rec.get('msg', ''))[:100]}"] += 1
    after = [s for s in samples if s[0] >= 60] or samples
    base_main, base_tree = after[0][1], after[0][2]
    end_main, end_tree = samples[-1][1], samples[-1][2]
    fds = [s[3] for s in samples]
    injected = {i["city"] for i in injections}
    due = {i["city"] for i in injections if i["at_s"] < run_s - 60}  # at least a minute to arrive
    alerted = Counter(c for b in receiver.by_id.values() for c in alert_cities(b))
    kinds = Counter(str(b.get("type")) for b in receiver.by_id.values())
    print(f"soak: {args.minutes} min, {args.feeds} feeds, poll interval {args.interval}s, "
          f"{len(samples)} samples")
    print(f"RSS daemon: {samples[0][1] / 1024:.1f} MB at start, {base_main / 1024:.1f} MB after 1 min, "
          f"{end_main / 1024:.1f} MB at end: growth after the first minute "
          f"{100 * (end_main - base_main) / max(1, base_main):+.1f} %; "
          f"max {max(s[1] for s in samples) / 1024:.1f} MB")
    print(f"RSS daemon + parser workers: {base_tree / 1024:.1f} MB after 1 min, "
          f"{end_tree / 1024:.1f} MB at end "
          f"({100 * (end_tree - base_tree) / max(1, base_tree):+.1f} %)")
    minute_marks = [next(s for s in samples if s[0] >= m * 60) for m in range(int(samples[-1][0] // 60) + 1)]
    print("RSS daemon by minute (MB): " + ", ".join(f"{s[1] / 1024:.0f}" for s in minute_marks))
    step = max(1, len(samples) // 10)
    print("file descriptors: " + ", ".join(f"{s[0]:.0f}s={s[3]}" for s in samples[::step])
          + f" (min {min(fds)}, max {max(fds)}, end {fds[-1]})")
    print(f"daemon log: {dict(levels)}; records with a traceback: {tracebacks}")
    for msg, n in messages.most_common(8):
        print(f"  {n:5d}  {msg}")
    print(f"webhooks: {receiver.posts} POSTs, {len(receiver.by_id)} distinct webhook-ids, "
          f"{receiver.bad_signatures} bad signatures; by type {dict(kinds)}")
    print(f"changes injected: {len(injected)} ({len(due)} at least a minute before the end); "
          f"cities alerted: {len(alerted)}; alerts per city: max {max(alerted.values(), default=0)}")
    missing = sorted(due - set(alerted))
    extra = sorted(set(alerted) - injected)
    print(f"  injected but not alerted: {missing or 'none'}; alerted but never injected: {extra or 'none'}")
    try:
        alerts = json.loads(status_json).get("alerts", {})
        print(f"status at end: alerts {alerts}")
    except ValueError:
        print(f"status at end: unreadable ({status_json[:200]!r})")
    print("outbox by alert kind and status: " + "; ".join(
        f"{kind} {status} {n}" + (f" (last error: {err[:80]})" if err and status != "delivered" else "")
        for kind, status, n, err in outbox))
    print(f"SIGTERM: exit {code} in {stop_s:.1f} s")
    failed = bool(missing or extra or receiver.bad_signatures or tracebacks or code != 0)
    return 1 if failed else 0


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--farm":
        serve_farm(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long the daemon runs")
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--interval", type=int, default=20, help="poll interval of every feed, seconds")
    parser.add_argument("--item-every", type=float, default=45.0,
                        help="a new routine item per feed every N s")
    parser.add_argument("--sample-every", type=float, default=5.0, help="seconds between RSS/fd samples")
    parser.add_argument("--seed", type=int, default=7)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
