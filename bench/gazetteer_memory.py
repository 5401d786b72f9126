"""Benchmark the gazetteer's memory: peak RSS of a fresh build, and of a detector over N places.

    .venv/bin/python bench/gazetteer_memory.py            # build + 1,000 and 10,000 places
    .venv/bin/python bench/gazetteer_memory.py --no-build # only the detectors (cache must exist)

Each figure comes from a fresh child process (`ru_maxrss` of that process alone), so one step
does not inherit another's peak. Issue 11's bars: the build <= 400 MB; the daemon <= 150 MB.
Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time

BUILD = """
from pathlib import Path
from monitor.match.gazetteer import Gazetteer
g = Gazetteer.load(cache_dir=Path({cache!r}))
print(len(g))
"""
DETECTOR = """
import json
from pathlib import Path
from monitor.match.control import make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist
from monitor.model import Watchlist
root = Path({root!r})
g = get_gazetteer()
seed = load_watchlist(json.loads((root / "seeds" / "watchlist.json").read_text()), gazetteer=g)
names = {{p.name for p in seed.places}}
extra = [p for p in g.places(0, {size} + len(seed.places)) if p.name not in names]
extra = extra[: {size} - len(seed.places)]
detector = make_detector(Watchlist(places=(*seed.places, *extra), actors=seed.actors))
get_gazetteer.cache_clear()
detector.detect("Taliban take Kandahar", "The Taliban captured Kandahar on Friday.")
print(len(detector.place_matcher.places))
"""


def measure(code: str) -> tuple[float, float, str]:
    """Run `code` in a fresh Python; return (seconds, peak RSS in MB, its output)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    return elapsed, peak, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true", help="skip the fresh build")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    args = parser.parse_args()
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    results = {}
    # RUSAGE_CHILDREN keeps the maximum over all children: run the smallest first.
    for size in sorted(args.sizes):
        seconds, peak, out = measure(DETECTOR.format(root=root, size=size))
        results[f"detector_{size}"] = {"seconds": round(seconds, 2), "peak_mb": round(peak, 1)}
        print(f"open gazetteer + detector over {out:>6} places: {seconds:5.2f} s, peak RSS {peak:6.1f} MB")
    if not args.no_build:
        with tempfile.TemporaryDirectory() as tmp:
            seconds, peak, out = measure(BUILD.format(cache=tmp))
            size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 2**20
        results["build"] = {"seconds": round(seconds, 2), "peak_mb": round(peak, 1)}
        print(f"fresh build of {int(out):,} cities: {seconds:5.2f} s, peak RSS {peak:6.1f} MB, "
              f"file {size_mb:.0f} MB")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
