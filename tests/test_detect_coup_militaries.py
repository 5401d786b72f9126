"""In a coup, "the military" is the watched junta when no government is flagged in the country.

The watchlist of a coup names the soldiers who seized power ("Malian military junta") and the
deposed government, neither flagged as the government side; articles call the putschists "the
army", "les militaires", "das Militär". Only a side named as a military or a junta is read so:
"the government" stays the deposed one, and a rebel "X Army" is never "the army". Soldiers named
by their trade alone who take power in a city ("Soldiers seized power in X", "des militaires
prennent le pouvoir à X") are the junta too.
Sentences and the watchlist are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

JUNTA, TOURE = "CNRDR", "Touré government"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Bamako", "country": "ML"}, {"name": "Kati", "country": "ML"}],
    "actors": [
        {"name": JUNTA, "aliases": ["Malian military junta", "Amadou Sanogo"], "countries": ["ML"],
         "opposes": [TOURE]},
        {"name": TOURE, "aliases": ["Amadou Toumani Touré"], "countries": ["ML"], "opposes": [JUNTA]},
    ],
}
REBEL_ARMY: dict[str, Any] = {
    "places": [{"name": "Kati", "country": "ML"}],
    "actors": [
        {"name": "Azawad Liberation Army", "aliases": [], "countries": ["ML"], "opposes": [TOURE]},
        {"name": TOURE, "aliases": [], "countries": ["ML"], "opposes": ["Azawad Liberation Army"]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "The military took control of Bamako on Thursday after mutineers stormed the palace.",
        "Les militaires ont pris le contrôle de Bamako jeudi après avoir attaqué le palais.",
        "Los militares tomaron el control de Bamako el jueves tras asaltar el palacio.",
        "Das Militär hat am Donnerstag die Kontrolle über Bamako übernommen.",
        "I militari hanno preso il controllo di Bamako giovedì dopo l'assalto al palazzo.",
        "Os militares assumiram o controle de Bamako na quinta-feira após o ataque ao palácio.",
    ],
)
def test_the_military_in_a_coup_is_the_watched_junta(detector: Detector, text: str) -> None:
    assert ("Bamako", JUNTA) in held(detector, text)


def test_the_government_is_never_the_junta(detector: Detector) -> None:
    text = "The government regained control of Kati on Friday, a minister said."
    assert ("Kati", JUNTA) not in held(detector, text)


def test_a_rebel_army_is_not_the_army() -> None:
    text = "The army took control of Kati on Thursday after heavy fighting."
    assert ("Kati", "Azawad Liberation Army") not in held(detector_for(REBEL_ARMY), text)



@pytest.mark.parametrize(
    "text",
    [
        "The putschists took control of Bamako on Thursday after storming the palace.",
        "Les putschistes ont pris le contrôle de Bamako jeudi après l'assaut du palais.",
        "Los golpistas tomaron el control de Bamako el jueves tras asaltar el palacio.",
        "Die Putschisten haben am Donnerstag die Kontrolle über Bamako übernommen.",
        "I golpisti hanno preso il controllo di Bamako giovedì dopo l'assalto al palazzo.",
        "Os golpistas assumiram o controle de Bamako na quinta-feira após o ataque ao palácio.",
    ],
)
def test_the_putschists_are_the_junta(text: str) -> None:
    assert ("Bamako", JUNTA) in held(detector_for(WATCHLIST), text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized power in Bamako on Wednesday.",
        "Army officers seized power in Bamako on Wednesday, toppling President Amadou Toumani Touré.",
        "Coup d'État au Mali : des militaires prennent le pouvoir à Bamako",
        "Des militaires ont pris le pouvoir mercredi à Bamako.",
        "Militares tomaram o poder em Bamako na quarta-feira.",
        "Militari hanno preso il potere a Bamako mercoledì.",
        "Um grupo de militares tomou hoje de madrugada o poder em Bamako.",
        "Des militaires ont pris le pouvoir mercredi à l'aube à Bamako.",
        "Soldiers seized power today in Bamako.",
    ],
)
def test_soldiers_who_seize_power_in_the_capital_are_the_junta(detector: Detector, text: str) -> None:
    """Soldiers named by their trade alone who take power in a city are the coup's side: the one
    watched side named as the country's military, never the president they toppled."""
    assert held(detector, text) == {("Bamako", JUNTA)}


def test_soldiers_taking_power_need_a_watched_junta() -> None:
    """Without a side named as the military, bare soldiers give the city to no one."""
    assert held(detector_for(REBEL_ARMY), "Soldiers seized power in Kati on Wednesday.") == set()
