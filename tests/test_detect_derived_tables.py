"""A detector loaded from disk brings the tables derived from the code, instead of computing them."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from monitor.match import fuzzy, language_id
from tests.detect_support import detector

CHECK = """
import pickle, sys
from monitor.match import fuzzy, language_id
assert not fuzzy.BMP_CLASSES.ready and not language_id.WEIGHTS.ready  # nothing computed here yet
detector = pickle.loads(open(sys.argv[1], "rb").read())
assert fuzzy.BMP_CLASSES.ready and language_id.WEIGHTS.ready  # installed by the load
assert fuzzy.BMP_CLASSES.get() == fuzzy.fold_bmp() and language_id.WEIGHTS.get() == language_id.weigh_words()
events = detector.detect("Kunduz", "Taliban fighters seized the city of Kunduz on Sunday, residents said.")
print(sorted((e.place, e.controller) for e in events))
"""


def test_a_loaded_detector_installs_the_tables_it_was_saved_with(tmp_path: Path) -> None:
    """A fresh process that unpickles a detector has both tables at once, equal to computed ones."""
    path = tmp_path / "detector.pickle"
    path.write_bytes(pickle.dumps(detector()))
    done = subprocess.run([sys.executable, "-c", CHECK, str(path)], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[('Kunduz', 'Taliban')]"


def test_the_tables_are_the_ones_this_process_uses() -> None:
    """Pickling exports what the name scanner and the language guess read, not a copy to keep apart."""
    attributes, tables = detector().__getstate__()
    assert "place_matcher" in attributes
    assert tables["bmp_classes"] is fuzzy.BMP_CLASSES.get()
    assert tables["language_weights"] is language_id.WEIGHTS.get()
