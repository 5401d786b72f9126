"""Guerrillas, flags that fly and control held "now" (issue 10, words in six languages).

"Guerrillas"/"guérilleros"/"guerrilleros"/"Guerillas" are the side that fights the government when
the watchlist gives it one opponent, like "rebels"; "In X wehen die Fahnen der Rebellen" says who
holds X; "kontrollieren nun auch X" is control held now. "Resistance" is not among those words:
who resists depends on who rules ("the resistance" fought the Taliban after August 2021).
Sentences and the watchlist (Myanmar's Chin State) are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

PDF, JUNTA = "People's Defence Force", "Myanmar junta"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Falam", "country": "MM"}, {"name": "Hakha", "country": "MM"},
               {"name": "Mindat", "country": "MM"}],
    "actors": [
        {"name": PDF, "aliases": ["PDF"], "countries": ["MM"], "opposes": [JUNTA]},
        {"name": JUNTA, "aliases": ["Tatmadaw"], "countries": ["MM"], "government": True, "opposes": [PDF]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)



@pytest.mark.parametrize(
    "text,place",
    [
        ("Guerrilla fighters took Hakha after a week of clashes.", "Hakha"),
        ("Guerrillas overran Mindat on Sunday, residents said.", "Mindat"),
        ("Des guérilleros ont pris Falam dimanche.", "Falam"),
        ("Los guerrilleros tomaron Hakha el domingo.", "Hakha"),
        ("I guerriglieri hanno conquistato Mindat.", "Mindat"),
        ("Os guerrilheiros tomaram Falam no domingo.", "Falam"),
        ("Guerillas haben Hakha am Sonntag eingenommen.", "Hakha"),
        ("In Falam wehen seit Dienstag die Fahnen der Rebellen.", "Falam"),
        ("Die Aufständischen kontrollieren nun auch Mindat.", "Mindat"),
    ],
)
def test_guerrillas_flags_and_control_now_name_the_holder(detector: Detector, text: str, place: str) -> None:
    assert held(detector, text) == {(place, PDF)}


def test_resistance_is_not_a_word_for_the_governments_enemy(detector: Detector) -> None:
    """Who resists depends on who rules: the resistance names no side by itself."""
    assert held(detector, "Resistance fighters captured Mindat on Sunday.") == set()
