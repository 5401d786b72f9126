"""Two names equally close to a word: the same one wins in every process, whatever the hash seed.

The candidates came from a set of bucket keys, so a tie ("Bachar": Béchar or Bhakkar at 10,000
places) went one way or the other from one run to the next.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
from monitor.match.fuzzy import FuzzyIndex
index = FuzzyIndex()
for name in ("bechar", "bhakkar", "bachra", "bashar", "bacharo"):
    index.add(name, name)
print(index.lookup("bachar"), index.lookup("bakkar"))
"""


def test_a_tie_between_names_goes_the_same_way_whatever_the_hash_seed() -> None:
    answers = set()
    for seed in range(1, 9):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT,
                              env=env, check=True)
        answers.add(done.stdout)
    assert len(answers) == 1, answers
