"""D3, long version: five CLI writers beside the running daemon; count lock errors that reach them.

    .venv/bin/python bench/writers.py                # 10 minutes, 100 feeds polled every second
    .venv/bin/python bench/writers.py --minutes 1

Starts `monitor run` as a subprocess against a loopback farm (every feed polled every second, so
the daemon keeps writing feed state), and five threads that each run `monitor feeds add/remove` and
`monitor articles search` as subprocesses in a loop. Prints commands run, failures, lock errors
seen by the user, and the store's integrity at the end. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load_farm() -> type:
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "ingest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Farm  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--writers", type=int, default=5)
    args = parser.parse_args(argv)
    farm_class = _load_farm()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    counts: Counter[str] = Counter()
    lock_errors: list[str] = []
    lock = threading.Lock()
    with tempfile.TemporaryDirectory(prefix="monitor-writers-") as tmp, \
            farm_class(args.feeds, 20, 10).running() as farm:
        store = Path(tmp) / "store.db"
        feeds = "".join(f'\n[[feeds]]\nurl = "{farm.url(n)}"\ninterval = "1s"\nallow_private = true\n'
                        for n in range(args.feeds))
        config = Path(tmp) / "monitor.toml"
        config.write_text(f'[store]\npath = "{store}"\n[poll]\ninterval = "1s"\nmin_interval = "1s"\n'
                          f'tick = "1s"\n[http]\naddress = ""\n{feeds}', encoding="utf-8")
        daemon = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True)
        deadline = time.monotonic() + args.minutes * 60

        def writer(n: int) -> None:
            k = 0
            while time.monotonic() < deadline:
                url = f"https://writer{n}.example/{k}.xml"
                for cmd in (["feeds", "add", url, "--no-fetch"], ["articles", "search", "Kandahar"],
                            ["feeds", "remove", url]):
                    done = subprocess.run([sys.executable, "-m", "monitor", "--db", str(store), *cmd],
                                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
                    with lock:
                        counts["commands"] += 1
                        if done.returncode != 0:
                            counts["failed"] += 1
                        if "locked" in done.stderr or "busy" in done.stderr:
                            lock_errors.append(done.stderr.strip().splitlines()[-1])
                k += 1

        time.sleep(2)
        with ThreadPoolExecutor(args.writers) as pool:
            list(pool.map(writer, range(args.writers)))
        daemon.send_signal(signal.SIGTERM)
        _, err = daemon.communicate(timeout=30)
        conn = sqlite3.connect(store)
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
    print(f"{args.writers} writers for {args.minutes:g} min beside the daemon ({args.feeds} feeds): "
          f"{counts['commands']} commands, {counts['failed']} failed, {len(lock_errors)} lock errors "
          f"reached the user; daemon exit {daemon.returncode}, daemon log lock errors: "
          f"{err.count('locked')}; {articles} articles; integrity_check {integrity}")
    for line in lock_errors[:5]:
        print(f"  {line}")
    return 0 if not lock_errors and integrity == "ok" and daemon.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
