"""No tracked file repeats the evaluation set's wording (../shared/eval/dev.jsonl, ../shared/seeds).

Tests, examples and comments use sentences written for the project; a run of RUN words in common
with a development item means its text was copied, and the scores it yields would flatter us.
Words are lowercased `\\w+` tokens, so punctuation and case do not hide a copy; a run may cross a
line break (a string wrapped over two source lines is still one sentence).
"""

from __future__ import annotations

import bisect
import json
import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval" / "dev.jsonl"
SEEDS = SHARED / "seeds"
RUN = 8  # shorter runs are stock phrases any writer would use (a heritage site, a spokesman)

# (path, shared words) of hits that cannot be rewritten; none today. The blind corpora
# (conflicts_corpus3/4/6/8.jsonl) may not be edited: a hit in one of them would be listed here.
ALLOWED: frozenset[tuple[str, str]] = frozenset()

Run = tuple[str, ...]
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Return the lowercased word tokens of `text`."""
    return WORD.findall(text.lower())


def runs_of(texts: Iterable[str], size: int = RUN) -> frozenset[Run]:
    """Return every run of `size` consecutive words in `texts`."""
    found: set[Run] = set()
    for text in texts:
        tokens = words(text)
        found.update(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))
    return frozenset(found)


def shared_runs(text: str, reference: frozenset[Run], size: int = RUN) -> Iterator[tuple[int, str]]:
    """Yield (line number, words) for each stretch of `text` made of runs found in `reference`.

    Overlapping runs make one stretch, reported once, at the line where it starts.
    """
    lowered = text.lower()  # may be longer than `text` ("İ"): lines are counted in it
    matches = list(WORD.finditer(lowered))
    tokens = [m.group() for m in matches]
    hits = [i for i in range(len(tokens) - size + 1) if tuple(tokens[i:i + size]) in reference]
    line_starts = [0] + [i + 1 for i, c in enumerate(lowered) if c == "\n"]
    for k, first in enumerate(hits):
        if k and hits[k - 1] + size > first:
            continue  # inside the stretch already reported
        last = first
        for later in hits[k + 1:]:
            if later > last + size - 1:
                break
            last = later
        line = bisect.bisect_right(line_starts, matches[first].start())
        yield line, " ".join(tokens[first:last + size])


def evaluation_texts(eval_path: Path, seeds: Path) -> Iterator[str]:
    """Yield the titles and texts of the development items and the seed articles."""
    with eval_path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                item = json.loads(line)
                yield str(item.get("title", ""))
                yield str(item.get("text", ""))
    if seeds.is_dir():
        for path in sorted(seeds.iterdir()):
            if path.is_file():
                yield path.read_text(encoding="utf-8", errors="replace")


@lru_cache(maxsize=1)
def evaluation_runs() -> frozenset[Run]:
    """Return the runs of the shared evaluation texts (built once per session)."""
    return runs_of(evaluation_texts(EVAL, SEEDS))


def tracked_files() -> list[str]:
    """Return the repository's tracked files, relative to its root."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    return [name for name in listed.stdout.decode("utf-8").split("\0") if name]


def read_any(path: Path) -> str:
    """Return a file's text; undecodable bytes (stores, archives) become U+FFFD, their words stay."""
    return path.read_text(encoding="utf-8", errors="replace")


def test_the_checker_finds_a_shared_run_and_ignores_a_shorter_one() -> None:
    """A made-up source: eight words in common are reported with their line, seven are not."""
    source = "Rebels say they entered the old port of Kismayo before dawn on Tuesday."
    reference = runs_of([source])
    copied = "Intro line.\nToday rebels say they entered the old port of\nKismayo, witnesses added."
    near = "Rebels say they entered the old port at first light."
    assert list(shared_runs(copied, reference)) == [(2, "rebels say they entered the old port of kismayo")]
    assert list(shared_runs(near, reference)) == []
    assert list(shared_runs(near, runs_of([source], size=7), size=7)) == [
        (1, "rebels say they entered the old port")
    ]


def test_no_tracked_file_shares_a_run_of_words_with_the_evaluation_set() -> None:
    """Every tracked file (blind corpora included) is checked; each hit names file, line and words."""
    if not EVAL.is_file():
        reason = f"{EVAL} is absent (the shared evaluation set is not beside the repository)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    reference = evaluation_runs()
    hits = [
        f"{name}:{line}: {shared}"
        for name in tracked_files()
        if (ROOT / name).is_file()  # a file deleted but not yet committed
        for line, shared in shared_runs(read_any(ROOT / name), reference)
        if (name, shared) not in ALLOWED
    ]
    assert not hits, f"{len(hits)} passages repeat the evaluation set's wording:\n" + "\n".join(hits)
