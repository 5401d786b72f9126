"""Benchmark the gazetteer's memory: peak RSS of a fresh build, and of a detector over N places.

    .venv/bin/python bench/gazetteer_memory.py            # build + 1,000 and 10,000 places
    .venv/bin/python bench/gazetteer_memory.py --no-build # only the detectors (cache must exist)

Each figure comes from a fresh child process (`ru_maxrss` of that process alone, and its
resident size at the end), so one step does not inherit another's peak. The detector reads
one article in each supported language and one in Dutch, and lemmatises words of each.
Issue 11's bars: the build <= 400 MB; the daemon <= 150 MB.
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
from monitor.match.lemmas import lemmatize
for title, text in ARTICLES:  # one article in each supported language, one in Dutch
    detector.detect(title, text)
    lemmatize(text.split()[2], "de")
for word, lang in [("nahm", "de"), ("hizo", "es"), ("fez", "pt"), ("prit", "fr"), ("fecero", "it")]:
    lemmatize(word, lang)
import resource, os
steady = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(detector.place_matcher.places), round(steady, 1), round(peak, 1))
"""
# Written for this benchmark: a lede in each supported language and one in Dutch.
ARTICLES = [
    ("Taliban take Kandahar", "The Taliban captured Kandahar on Friday after government forces withdrew "
     "from the city, officials said, adding that fighting continued in two districts."),
    ("Les talibans à Kunduz", "Des habitants affirment que Kunduz est tombée lundi aux mains des talibans, "
     "après trois jours de combats autour de l'aéroport."),
    ("Caída de Ghazni", "El ministerio confirmó la caída de Ghazni, a 150 kilómetros de Kabul, "
     "después de que las tropas se retiraran durante la noche."),
    ("Taliban vor Kabul", "Die Taliban stehen vor Kabul, haben die Hauptstadt aber nicht eingenommen, "
     "sagte ein Sprecher des Verteidigungsministeriums am Sonntag."),
    ("Talibãs tomam Herat", "Os talibãs tomaram a cidade de Herat na quinta-feira, segundo as "
     "autoridades locais, depois de semanas de combates nos arredores."),
    ("I talebani a Lashkar Gah", "I talebani hanno conquistato Lashkar Gah venerdì, secondo fonti "
     "locali, dopo che l'esercito si era ritirato dalla città."),
    ("Taliban nemen Mazar-i-Sharif in", "De taliban hebben zaterdag de stad Mazar-i-Sharif ingenomen, "
     "meldden inwoners, nadat het leger zich zonder slag of stoot had teruggetrokken."),
]


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
        code = DETECTOR.replace("ARTICLES", repr(ARTICLES)).format(root=root, size=size)
        seconds, _peak, out = measure(code)
        places, steady, peak = out.split()
        results[f"detector_{size}"] = {"seconds": round(seconds, 2), "peak_mb": float(peak),
                                       "steady_mb": float(steady)}
        print(f"open gazetteer + detector over {places:>6} places, articles in 7 languages: "
              f"{seconds:5.2f} s, peak RSS {float(peak):6.1f} MB, steady {float(steady):6.1f} MB")
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
