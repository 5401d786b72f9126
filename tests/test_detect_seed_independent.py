"""Detection gives the same answer in every process, whatever Python's hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Written for this test: a town falls with no taker in its sentence, and the article names two
# foreign sides only by a nationality word each, as often as each other ("Libyan and Sudanese
# traders"): the guess from the whole article is a tie.
WATCHLIST = {
    "places": [{"name": "Faya-Largeau", "country": "TD"}],
    "actors": [
        {"name": "Chad", "countries": ["TD"], "government": True, "opposes": ["Libya", "Sudan"]},
        {"name": "Libya", "countries": ["TD"], "opposes": ["Chad"]},
        {"name": "Sudan", "countries": ["TD"], "opposes": ["Chad"]},
    ],
}
ARTICLES = [
    {"id": "1", "published": "1983-08-11T12:00:00Z", "title": "Faya-Largeau falls",
     "text": "Faya-Largeau fell on Wednesday after ten days of shelling. Libyan and Sudanese traders "
             "were seen on the road north of the oasis, travellers said."},
    {"id": "2", "published": "1983-08-11T12:00:00Z", "title": "Faya-Largeau falls",
     "text": "Faya-Largeau fell on Wednesday after ten days of shelling. Sudanese and Libyan traders "
             "were seen on the road north of the oasis, travellers said."},
]


def holders(tmp_path: Path, seed: int) -> list[tuple[str, str | None]]:
    watchlist = tmp_path / "watchlist.json"
    watchlist.write_text(json.dumps(WATCHLIST), encoding="utf-8")
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run([sys.executable, "-m", "monitor", "detect", "--watchlist", str(watchlist)],
                          input="".join(json.dumps(a) + "\n" for a in ARTICLES), capture_output=True,
                          text=True, env=env, cwd=Path(__file__).parent.parent, check=True)
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return sorted((e["id"], e["controller"]) for e in events)


def test_a_tie_between_two_sides_goes_to_the_one_named_first_in_every_process(tmp_path: Path) -> None:
    """The holder guessed from the article is the side named first, in four processes of four seeds
    (the nationality words were counted in a set's order, which the hash seed sets)."""
    answers = {tuple(holders(tmp_path, seed)) for seed in (0, 1, 2, 3)}
    assert answers == {(("1", "Libya"), ("2", "Sudan"))}
