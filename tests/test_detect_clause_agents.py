"""A side named inside a clause about something else is not the main verb's subject (corpus 16).

"The army retook the airport, which had been seized by supporters of General X, and hours later
took the town": X's side is the agent of the relative clause's passive, through the people it is
"of"; "la guarnición, que estuvo rodeada por la Guardia Nacional, asumió el control de X": the
side is inside a relative clause closing right before the verb, whatever the subject is.
Sentences written for these tests, about the Nicaraguan revolution.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

FSLN, SOMOZA = "Sandinistas", "Somoza government"
WATCHLIST = {
    "places": [{"name": "Masaya", "country": "NI"}, {"name": "Estelí", "country": "NI"}],
    "actors": [
        {"name": FSLN, "aliases": ["FSLN", "Sandinista National Liberation Front"], "countries": ["NI"],
         "opposes": [SOMOZA]},
        {"name": SOMOZA, "aliases": ["Anastasio Somoza", "National Guard", "Guardia Nacional"],
         "countries": ["NI"], "government": True, "opposes": [FSLN]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "Los sandinistas recuperaron el cuartel de Masaya, que había sido ocupado por partidarios del "
        "general Anastasio Somoza, y horas después tomaron el control de la ciudad.",
        "Les sandinistes ont repris la caserne de Masaya, qui avait été occupée par des partisans du "
        "général Anastasio Somoza, et quelques heures plus tard ont pris le contrôle de la ville.",
    ],
)
def test_the_agent_of_an_earlier_passive_is_not_the_subject(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Masaya", FSLN)}


@pytest.mark.parametrize(
    "text",
    [
        "La guarnición de la policía, que durante tres días resistió los ataques de la Guardia Nacional, "
        "asumió el control de Estelí.",
        "La garnison de la police, qui avait résisté trois jours aux assauts de la Garde nationale, "
        "a pris le contrôle d'Estelí.",
        "The police garrison, which had held out for three days against attacks by the National Guard, "
        "took control of Estelí.",
    ],
)
def test_a_side_inside_a_relative_clause_before_the_verb_is_not_its_subject(
    detector: Detector, text: str
) -> None:
    assert ("Estelí", SOMOZA) not in held(detector, text)
