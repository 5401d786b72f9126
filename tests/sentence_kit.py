"""A detector for a watchlist written in a test, and the (place, holder) pairs it reads in a sentence.

The rule tests of issue 10 each bring a small watchlist of their own war; this builds its
detector (with the real gazetteer) and reads sentences published on `DAY`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

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


# The six languages of a parity battery, in the order of each construction's sentences.
LANGS = ("en", "fr", "es", "de", "it", "pt")
Pairs = set[tuple[str, str]]


def parity_cases(
    constructions: Sequence[tuple[str, Pairs, Sequence[str]]], gaps: dict[tuple[str, str], str],
    langs: Sequence[str] = LANGS,
) -> list[Any]:
    """Return one pytest case per (construction, language) of a parity battery: (text, expected),
    a known gap of `gaps` marked as a strict xfail with its reason."""
    cases: list[Any] = []
    for name, expected, sentences in constructions:
        for lang, text in zip(langs, sentences, strict=True):
            gap = gaps.get((name, lang))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(text, expected, id=f"{name}-{lang}", marks=marks))
    return cases


def side(name: str, aliases: list[str], countries: str | list[str], opposes: str,
         government: bool = False) -> dict[str, object]:
    """Return one actor of a battery's watchlist, with its one opponent."""
    where = [countries] if isinstance(countries, str) else countries
    return {"name": name, "aliases": aliases, "countries": where, "opposes": [opposes],
            "government": government}


def parity_battery(
    watchlist: dict[str, Any], constructions: Sequence[tuple[str, Pairs, Sequence[str]]],
    gaps: dict[tuple[str, str], str], langs: Sequence[str] = LANGS,
) -> tuple[Callable[[str, Pairs], None], Callable[[], None]]:
    """Return a parity battery's two tests: each (construction, language) reads its pairs, and
    every construction has its languages (the six, or the `langs` a battery compares). The
    detector is built once, on first use."""
    built: list[Detector] = []

    @pytest.mark.parametrize(("text", "expected"), parity_cases(constructions, gaps, langs))
    def reads_alike(text: str, expected: Pairs) -> None:
        """A construction reports the same places and holders whatever its language."""
        if not built:
            built.append(detector_for(watchlist))
        assert held(built[0], text) == expected

    def has_six_languages() -> None:
        """The table stays a parity table: no construction without one of its languages."""
        assert all(len(sentences) == len(langs) for _, _, sentences in constructions)

    return reads_alike, has_six_languages
