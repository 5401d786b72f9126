"""The model case: the seed article, read against the seed watchlist."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.cli.detect import read_watchlist
from monitor.match.control import make_detector
from tests.conftest import ROOT, SHARED


def test_seed_article_reports_exactly_the_four_fallen_cities() -> None:
    """Kandahar, Lashkar Gah, Ghazni and Herat pass to the Taliban; Kabul, Mazar and Logar do not."""
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if not seeds:
        pytest.skip(f"no seed article under {SHARED / 'seeds'}")
    detector = make_detector(read_watchlist(ROOT / "seeds" / "watchlist.json"))
    text = Path(seeds[0]).read_text(encoding="utf-8")
    events = detector.detect("", text, datetime(2021, 8, 13, tzinfo=UTC))
    assert {(e.place, e.controller) for e in events} == {
        ("Kandahar", "Taliban"),
        ("Lashkar Gah", "Taliban"),
        ("Ghazni", "Taliban"),
        ("Herat", "Taliban"),
    }
    assert all(e.lang == "fr" and e.evidence and 0 < e.confidence <= 1 for e in events)
