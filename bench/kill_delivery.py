"""Kill -9 the alert deliverer N times (D1), then the article processor M times (D2), and report.

    .venv/bin/python bench/kill_delivery.py                  # 50 delivery kills, 50 processing kills
    .venv/bin/python bench/kill_delivery.py --runs 10 --alerts 100 --process-runs 0

Each worker is a real subprocess SIGKILLed at a random moment; a last one finishes the job. The
receiver is a loopback webhook endpoint that verifies every signature. Not a test: it prints
figures (alerts lost, repeats and their ids, integrity_check, broken invariants).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.killkit import kill_delivery, kill_processing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="delivery workers to kill")
    parser.add_argument("--alerts", type=int, default=150, help="alerts queued before the first worker")
    parser.add_argument("--process-runs", type=int, default=50, help="processing workers to kill")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        if args.runs:
            r = kill_delivery(Path(tmp), runs=args.runs, alerts=args.alerts, seed=args.seed)
            print(f"delivery: {r.kills}/{r.runs} workers killed, {r.alerts} alerts, {r.received} received, "
                  f"{r.unique} distinct ids, lost {r.lost}, unknown ids {r.unknown_ids}, "
                  f"repeats {r.received - r.unique} (max {r.max_copies} copies of one id), "
                  f"bad signatures {r.bad_signatures}, integrity_check {r.integrity}, {r.elapsed_s:.1f} s")
            failed |= bool(r.lost or r.unknown_ids or r.integrity != "ok" or r.received - r.unique > r.kills)
        if args.process_runs:
            started = time.monotonic()
            kills, problems, changes = kill_processing(Path(tmp), runs=args.process_runs, cities=10,
                                                       outlets=60, seed=args.seed + 1)
            print(f"processing: {kills}/{args.process_runs} workers killed, {changes} changes recorded "
                  f"(10 expected), broken invariants: {problems or 'none'}, "
                  f"{time.monotonic() - started:.1f} s")
            failed |= bool(problems) or changes != 10
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
