"""A small watchlist and a shared detector for the detection tests (built once per run)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist

WATCHLIST = {
    "places": [
        {"name": "Kabul", "country": "AF"},
        {"name": "Kandahar", "country": "AF"},
        {"name": "Herat", "country": "AF"},
        {"name": "Ghazni", "country": "AF"},
        {"name": "Kunduz", "country": "AF"},
        {"name": "Kherson", "country": "UA"},
        {"name": "Bakhmut", "country": "UA"},
        {"name": "Aleppo", "country": "SY"},
    ],
    "actors": [
        {
            "name": "Taliban",
            "aliases": ["Islamic Emirate"],
            "countries": ["AF"],
            "opposes": ["Afghan government"],
        },
        {
            "name": "Afghan government",
            "aliases": ["Afghan forces", "Afghan army"],
            "countries": ["AF"],
            "government": True,
            "opposes": ["Taliban"],
        },
        {
            "name": "Russia",
            "aliases": ["Russian forces", "Russian army"],
            "countries": ["UA"],
            "opposes": ["Ukraine"],
        },
        {
            "name": "Ukraine",
            "aliases": ["Ukrainian forces", "Ukrainian army"],
            "countries": ["UA"],
            "government": True,
            "opposes": ["Russia"],
        },
        {
            "name": "Hayat Tahrir al-Sham",
            "aliases": ["HTS"],
            "countries": ["SY"],
            "opposes": ["Syrian government"],
        },
        {
            "name": "Syrian government",
            "aliases": ["Syrian army"],
            "countries": ["SY"],
            "government": True,
            "opposes": ["Hayat Tahrir al-Sham"],
        },
    ],
}
PUBLISHED = datetime(2021, 8, 13, tzinfo=UTC)


@lru_cache(maxsize=1)
def detector() -> Detector:
    """Return the detector for WATCHLIST (the gazetteer loads once)."""
    return make_detector(load_watchlist(WATCHLIST, gazetteer=get_gazetteer()))


def changes(text: str, lang: str | None = None, published: datetime = PUBLISHED) -> set[tuple[str, str]]:
    """Return the (place, controller) pairs detected in `text`, treated as one article body."""
    return {
        (e.place, e.controller or "")
        for e in detector().detect("", text, published, lang=lang)
        if e.controller
    }


@lru_cache(maxsize=8)
def _detector_of(watchlist_json: str) -> Detector:
    return make_detector(load_watchlist(json.loads(watchlist_json), gazetteer=get_gazetteer()))


def watchlist_detector(watchlist: Mapping[str, Any]) -> Detector:
    """Return the detector of a SCHEMA.md watchlist written for a test (built once per watchlist)."""
    return _detector_of(json.dumps(watchlist, sort_keys=True))


def held_by(watchlist: Mapping[str, Any], title: str, text: str, published: datetime) -> set[tuple[str, str]]:
    """Return the (place, controller) pairs an article reports, with the watchlist's detector."""
    events = watchlist_detector(watchlist).detect(title, text, published)
    return {(e.place, e.controller or "") for e in events if e.controller}
