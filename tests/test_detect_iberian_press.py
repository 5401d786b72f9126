"""Spanish and Portuguese wire copy of other wars (EFE, Lusa, Agência Brasil style), on sentences
written for these tests: Nicaragua 1979 and Mozambique in the 1980s."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

FSLN, SOMOZA, RENAMO, FRELIMO = "Sandinistas", "Somoza government", "RENAMO", "Mozambican government"
WATCHLIST = {
    "places": [
        {"name": "León", "country": "NI"},
        {"name": "Masaya", "country": "NI"},
        {"name": "Estelí", "country": "NI"},
        {"name": "Jinotepe", "country": "NI"},
        {"name": "Caia", "country": "MZ"},
        {"name": "Marromeu", "country": "MZ"},
        {"name": "Beira", "country": "MZ"},
    ],
    "actors": [
        {"name": FSLN, "aliases": ["FSLN"], "countries": ["NI"], "opposes": [SOMOZA]},
        {"name": SOMOZA, "aliases": ["National Guard"], "countries": ["NI"], "government": True,
         "opposes": [FSLN]},
        {"name": RENAMO, "aliases": ["Mozambican National Resistance"], "countries": ["MZ"],
         "opposes": [FRELIMO]},
        {"name": FRELIMO, "aliases": ["FRELIMO", "Mozambican army"], "countries": ["MZ"],
         "government": True, "opposes": [RENAMO]},
    ],
}
JULY_1979 = datetime(1979, 7, 5, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Según noticias llegadas por radio, los guerrilleros ocuparon hoy Jinotepe. "
        "El Gobierno no ha confirmado la noticia, pero tampoco la ha desmentido.",
        "The guerrillas occupied Jinotepe on Friday. "
        "The government has not confirmed the report, nor has it denied it.",
    ],
)
def test_a_denial_said_not_to_be_made_leaves_the_report(text: str) -> None:
    """"Has not confirmed it, but has not denied it either" ("tampoco la ha desmentido", "nor has
    it denied it") leaves the report standing, like "did not deny it"."""
    assert held_by(WATCHLIST, "", text, JULY_1979) == {("Jinotepe", FSLN)}


def test_a_denial_still_drops_the_report() -> None:
    """The plain denial after the same report still drops it."""
    text = "Según noticias llegadas por radio, los guerrilleros ocuparon hoy Jinotepe. El Gobierno lo niega."
    assert held_by(WATCHLIST, "", text, JULY_1979) == set()
