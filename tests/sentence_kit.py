"""A detector for a watchlist written in a test, and the (place, holder) pairs it reads in a sentence.

The rule tests of issue 10 each bring a small watchlist of their own war; this builds its
detector (with the real gazetteer) and reads sentences published on `DAY`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist

DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)


def detector_for(watchlist: dict[str, Any]) -> Detector:
    """Return the detector of a watchlist given as JSON data."""
    return make_detector(load_watchlist(watchlist, gazetteer=get_gazetteer()))


def held(detector: Detector, text: str, published: datetime = DAY) -> set[tuple[str, str]]:
    """Return the (place, holder) pairs the detector reads in `text`."""
    return {(e.place, e.controller) for e in detector.detect("", text, published) if e.controller}
