"""A fall the defender reports, or its defenders leaving, gives the city to the enemy (issue 10).

"X fell on Friday, the Somali army admitted", "X est tombée, a reconnu l'état-major somalien",
"X ist gefallen, räumte die somalische Armee ein": who reports the loss of its own city lost it,
and its one opponent holds it. An insurgent side that reports a fall is not read so. A city its
"garrison" or "defenders" left went to the one side the article names, if that side is no
government. Sentences written for these tests, about Somalia and Afghanistan.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

SOMALIA, SHABAAB = "Somali government", "al-Shabaab"
WATCHLIST = {
    "places": [{"name": "Baidoa", "country": "SO"}, {"name": "Kunduz", "country": "AF"}],
    "actors": [
        {"name": SOMALIA, "countries": ["SO"], "government": True, "opposes": [SHABAAB]},
        {"name": SHABAAB, "countries": ["SO"], "opposes": [SOMALIA]},
        {"name": "Afghan government", "countries": ["AF"], "government": True, "opposes": ["Taliban"]},
        {"name": "Taliban", "countries": ["AF"], "opposes": ["Afghan government"]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "Baidoa fell on Friday, the Somali military said.",
        "Baidoa fell on Friday, Somalia's defence ministry admitted.",
        "Baidoa est tombée vendredi, a reconnu l'état-major somalien.",
        "Baidoa cayó el viernes, admitió el ejército somalí.",
        "Baidoa è caduta venerdì, ha ammesso l'esercito somalo.",
        "Baidoa caiu na sexta-feira, admitiu o exército somali.",
        "Baidoa ist am Freitag gefallen, räumte die somalische Armee ein.",
    ],
)
def test_a_fall_the_defender_reports_goes_to_its_enemy(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Baidoa", SHABAAB)}


def test_a_fall_an_insurgent_side_reports_is_not_read_as_its_loss(detector: Detector) -> None:
    assert held(detector, "Kunduz fell on Monday, a Taliban spokesman said.") == {("Kunduz", "Taliban")}


def test_a_fall_with_nobody_reporting_it_names_no_holder(detector: Detector) -> None:
    assert held(detector, "Baidoa fell on Friday after heavy fighting.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters surrounded Kunduz on Monday. The garrison withdrew from the city overnight.",
        "The defenders abandoned Kunduz on Tuesday as the Taliban closed in.",
        "Die Verteidiger haben Kunduz aufgegeben, nachdem die Taliban die Stadt eingeschlossen hatten.",
        "La garnison a évacué Kunduz dans la nuit, alors que les talibans encerclaient la ville.",
        "La guarnición abandonó Kunduz durante la noche, mientras los talibanes cercaban la ciudad.",
    ],
)
def test_a_city_its_defenders_leave_goes_to_the_one_side_named(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Kunduz", "Taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "The garrison withdrew from Kunduz overnight, the Afghan army said.",
        "The garrison withdrew from Kunduz overnight.",
        "Afghan troops besieged the Taliban in Kunduz. The defenders withdrew from the city overnight.",
    ],
)
def test_defenders_leaving_name_nobody_when_the_article_does_not(detector: Detector, text: str) -> None:
    """A government named alone may be the garrison's own side; two sides named leave it open."""
    assert held(detector, text) == set()
