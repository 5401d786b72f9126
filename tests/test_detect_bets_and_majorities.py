"""A bet on a recapture, and most of a city retaken, are no change of the city.

Sentences of our own about the Yemeni war, with Taiz: "the optimists were betting on a
recapture of X within hours" tells a hope ("pariaient sur", "apostaban por", "apostavam
numa"); "retook control of the majority of the city" ("la mayoría de", "a maioria de", "la
majorité de") tells part of it, as "most of" and "la mayor parte de" already do.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

HOUTHIS, GOVERNMENT = "Houthis", "Yemeni government"
WATCHLIST = {
    "places": [{"name": "Taiz", "country": "YE"}],
    "actors": [
        {"name": HOUTHIS, "aliases": ["Ansar Allah"], "countries": ["YE"], "opposes": [GOVERNMENT]},
        {"name": GOVERNMENT, "countries": ["YE"], "government": True, "opposes": [HOUTHIS],
         "aliases": ["government forces", "fuerzas gubernamentales", "forças governamentais"]},
    ],
}
PUBLISHED = datetime(2016, 3, 14, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The most optimistic were betting on a recapture of Taiz within hours. They were wrong.",
        "Les partisans du régime pariaient alors sur une reconquête rapide de Taiz. Ils ont eu tort.",
        "Los más optimistas apostaban por una reconquista de Taiz en pocas horas. Se equivocaron.",
        "Os mais otimistas apostavam numa reconquista de Taiz em poucas horas. Enganaram-se.",
    ],
)
def test_a_bet_on_a_recapture_is_no_change(text: str) -> None:
    """Who bets on a recapture tells what they hoped, not what happened."""
    assert held_by(WATCHLIST, "Yemen", text, PUBLISHED) == set()


@pytest.mark.parametrize(
    "text",
    [
        "El ejército yemení dice haber recuperado la mayoría de la ciudad de Taiz tras duros combates.",
        "As forças governamentais conseguiram retomar o controlo da maioria da cidade de Taiz.",
    ],
)
def test_the_majority_of_a_city_is_part_of_it(text: str) -> None:
    """"La mayoría de la ciudad de X": part of X, not X."""
    assert held_by(WATCHLIST, "Yemen", text, PUBLISHED) == set()
