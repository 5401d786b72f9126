"""German "abfallen": a region that falls away from the state is no town that fell.

Our own sentences about the Russian Civil War on the Volga (1918). "fällt", "fiel" with a
separable particle closing the clause ("Der Süden fällt ab", "fiel zur Legion ab") is another
verb: a defection, not a fall, so the watched town in the next clause has not changed hands.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, side

RED, LEG = "Red Army", "Czechoslovak Legion"

WATCHLIST = {
    "places": [{"name": name, "country": "RU"} for name in ("Kazan", "Samara", "Simbirsk", "Ufa")],
    "actors": [
        side(RED, ["Rote Armee", "Bolschewiki"], "RU", LEG, True),
        side(LEG, ["Tschechoslowakische Legion", "Legion"], "RU", RED),
    ],
}

FALLS: list[tuple[str, Pairs]] = [
    ("Samara fiel am Montag an die Legion.", {("Samara", LEG)}),
    ("Samara fällt an die Legion", {("Samara", LEG)}),
    ("Samara fiel am Sonntag, die Rote Armee zog ab.", {("Samara", LEG)}),
]

DEFECTIONS = [
    "Analyse: Der Süden fällt ab – und Samara schaut zu\nDie Anhänger der Legion haben im Süden die Ämter übernommen. Die Legion spricht von einem Volksaufstand.",
    "Der Osten fiel am Montag ab, und Samara blieb ruhig.\nDie Legion spricht von einem Volksaufstand.",
]


@pytest.mark.parametrize(("text", "expected"), FALLS)
def test_a_fall(text: str, expected: Pairs) -> None:
    """A town that fell to a side, with no particle after the verb, changed hands."""
    assert held(detector_for(WATCHLIST), text) == expected


@pytest.mark.parametrize("text", DEFECTIONS)
def test_a_region_falling_away(text: str) -> None:
    """"fällt ab": a region's defection, not the fall of the town named beside it."""
    assert held(detector_for(WATCHLIST), text) == set()
