"""Score our cross-conflict corpora (tests/data/conflicts_corpus*.jsonl) with the library's Detector.

Each corpus is labelled like `shared/eval` (SCHEMA.md) against its own watchlist; the counts
follow score.py: an event is its (place, controller), compared without case.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist

DATA = Path(__file__).parent / "data"


def watchlist_data(name: str) -> dict[str, Any]:
    """Return a corpus watchlist file of tests/data as JSON."""
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=4)
def corpus_detector(watchlist: str) -> Detector:
    """Return the detector of a corpus watchlist (built once per test session)."""
    return make_detector(load_watchlist(watchlist_data(watchlist), gazetteer=get_gazetteer()))


SENTENCE_DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)  # when the rule tests' sentences are published


def corpus_changes(text: str, watchlist: str = "conflicts_watchlist.json",
                   published: datetime = SENTENCE_DAY, title: str = "") -> set[tuple[str, str]]:
    """Return the (place, holder) pairs the detector reads in `text` (under `title`) against a
    corpus watchlist."""
    events = corpus_detector(watchlist).detect(title, text, published)
    return {(e.place, e.controller) for e in events if e.controller}


def corpus_items(corpus: str) -> list[dict[str, Any]]:
    """Return the items of a corpus file of tests/data."""
    lines = (DATA / corpus).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _key(place: str, controller: str) -> tuple[str, str]:
    return place.strip().casefold(), controller.strip().casefold()


def score_corpus(corpus: str, watchlist: str) -> dict[str, Counter[str]]:
    """Count tp, fp, fn per language and overall ("all")."""
    stats: dict[str, Counter[str]] = {}
    for item in corpus_items(corpus):
        published = datetime.fromisoformat(str(item["published"]).replace("Z", "+00:00"))
        events = corpus_detector(watchlist).detect(str(item["title"]), str(item["text"]), published)
        got = {_key(e.place, e.controller) for e in events if e.controller}
        want = {_key(e["place"], e["controller"]) for e in item["expected"]}
        for bucket in (str(item["lang"]), "all"):
            count = stats.setdefault(bucket, Counter())
            count["tp"] += len(want & got)
            count["fp"] += len(got - want)
            count["fn"] += len(want - got)
    return stats


def assert_floors(stats: dict[str, Counter[str]], floors: dict[str, tuple[float, float]]) -> None:
    """Fail when a bucket's precision or recall is under its floor."""
    for bucket, (p_floor, r_floor) in floors.items():
        c = stats[bucket]
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        assert precision >= p_floor, f"{bucket}: precision {precision:.3f} < {p_floor} ({dict(c)})"
        assert recall >= r_floor, f"{bucket}: recall {recall:.3f} < {r_floor} ({dict(c)})"


def assert_labelled_against_watchlist(items: list[dict[str, Any]], watchlist: str) -> None:
    """Fail when an expected event names a place or an actor its watchlist lacks."""
    data = watchlist_data(watchlist)
    places = {p["name"] for p in data["places"]}
    actors = {a["name"] for a in data["actors"]}
    for item in items:
        for event in item["expected"]:
            assert event["place"] in places and event["controller"] in actors, item["id"]


def assert_balanced(items: list[dict[str, Any]], langs: dict[str, int], conflicts: int,
                    per_conflict: tuple[int, int], positives: tuple[float, float] = (0.45, 0.55)) -> None:
    """Fail unless a corpus has these counts per language, unique ids, `conflicts` conflicts of
    `per_conflict` items each (bounds included), and a share of positive items within `positives`."""
    assert Counter(str(it["lang"]) for it in items) == Counter(langs)
    assert len(items) == sum(langs.values())
    assert len({str(it["id"]) for it in items}) == len(items)
    sizes = Counter(str(it["conflict"]) for it in items)
    low, high = per_conflict
    assert len(sizes) == conflicts and all(low <= n <= high for n in sizes.values()), sizes
    share = sum(1 for it in items if it["expected"]) / len(items)
    assert positives[0] <= share <= positives[1], share


def assert_well_formed(items: list[dict[str, Any]], watchlist: str, prefix: str) -> None:
    """Fail when a label's country is not its place's in the watchlist, an actor opposes one the
    watchlist lacks, an id does not follow `prefix`-<lang>-NNN, a note does not say why, or a date
    is not ISO UTC."""
    data = watchlist_data(watchlist)
    country = {p["name"]: p["country"] for p in data["places"]}
    actors = {a["name"] for a in data["actors"]}
    for actor in data["actors"]:
        assert set(actor.get("opposes", [])) <= actors - {actor["name"]}, actor["name"]
    for item in items:
        for event in item["expected"]:
            assert event["country"] == country[event["place"]], item["id"]
        assert str(item["id"]).startswith(f"{prefix}-{item['lang']}-"), item["id"]
        assert len(str(item["note"])) > 20, item["id"]
        assert str(item["published"]).endswith("Z") and str(item["published"])[4] == "-", item["id"]


def assert_short_or_long(items: list[dict[str, Any]], long_share: tuple[float, float] = (0.35, 0.45)) -> None:
    """Fail unless every item has 50-150 or 250-450 words and the long ones' share is in `long_share`."""
    words = [len(str(item["text"]).split()) for item in items]
    assert all(50 <= n <= 150 or 250 <= n <= 450 for n in words), sorted(words)
    share = sum(1 for n in words if n >= 250) / len(words)
    assert long_share[0] <= share <= long_share[1], share
