"""The same watchlist gives the same detector in every process, whatever Python's hash seed.

Sets of strings are iterated in an order that changes with `PYTHONHASHSEED`; where the matcher took
the first alias to give a key from a set, one alias ("Zapatistas", a proper name) or another
("zapatistas", a description checked against longer names) won at random, and the same article was
read differently from one run to the next.
"""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
from monitor.match.actors import ActorMatcher
from monitor.model import Actor
matcher = ActorMatcher([
    Actor("EZLN", aliases=("zapatistas", "Zapatistas", "Zapatista Army"), countries=("MX",)),
    Actor("Mexican government", countries=("MX",), government=True),
])
print([m.actor.name for m in matcher.find("The Chiapas zapatistas entered the town.", country="MX")])
"""


def _run(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout.strip()


def test_the_matcher_reads_alike_under_every_hash_seed() -> None:
    """The proper-name alias decides its key's kind in every process: the side is found each time."""
    assert {_run(seed) for seed in range(8)} == {"['EZLN']"}
