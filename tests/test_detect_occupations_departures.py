"""Occupations, departures, planned withdrawals and "X is ours" (issue 10).

"Les troupes ont occupé X" and "landed at X and occupied the city" are captures; "after the
departure of the garrison" ("le départ", "la partenza", "a saída") is a side leaving, like its
withdrawal; a withdrawal or a fall that "is planned", "est prévu", "è previsto", "ist für Montag
geplant" has not happened; "X is ours", "X est à nous" is the side's of who says it. Sentences
written for these tests, about Tripoli in 1911 and Port Arthur in 1904.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held
from tests.test_detect_sides_in_objects import STATES

ITALY = ("Tripoli", "Kingdom of Italy")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(STATES)


@pytest.mark.parametrize(
    "text",
    [
        "Les troupes italiennes ont occupé Tripoli jeudi.",
        "Les troupes italiennes ont débarqué à Tripoli et occupé la ville.",
        "Les Italiens occupèrent Tripoli au matin.",
        "Italian marines landed at Tripoli and occupied the city.",
    ],
)
def test_troops_that_occupy_a_city_take_it(detector: Detector, text: str) -> None:
    assert held(detector, text) == {ITALY}


@pytest.mark.parametrize(
    "text",
    [
        "Le général a occupé le poste de gouverneur de Tripoli.",
        "Des manifestants ont occupé la place centrale de Tripoli.",
        "Les Turcs ont occupé les hauteurs près de Tripoli.",
    ],
)
def test_occupying_a_post_a_square_or_heights_is_no_capture(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Italian troops entered Tripoli after the departure of the Turkish garrison.",
        "Les Italiens sont entrés dans Tripoli après le départ des Turcs.",
        "Gli italiani sono entrati a Tripoli dopo la partenza dei turchi.",
        "Os italianos entraram em Trípoli após a saída dos turcos.",
        "Die Italiener rückten nach dem Abzug der Türken in Tripolis ein.",
    ],
)
def test_an_entry_after_the_other_sides_departure_is_a_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == {ITALY}


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal of Turkish troops from Tripoli is planned for Monday.",
        "The withdrawal of Turkish troops from Tripoli is expected next week.",
        "Le retrait des Turcs de Tripoli est prévu pour lundi.",
        "Le départ des Turcs de Tripoli est prévu pour lundi.",
        "Il ritiro dei turchi da Tripoli è previsto per lunedì.",
        "Der Abzug der Türken aus Tripolis ist für Montag geplant.",
        "A retirada dos turcos de Trípoli está prevista para segunda-feira.",
        "La chute de Tripoli est attendue dans les prochains jours.",
    ],
)
def test_a_withdrawal_or_fall_still_planned_is_no_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal of the Turkish garrison from Tripoli was completed on Monday.",
        "Der Abzug der Türken aus Tripolis ist abgeschlossen.",
    ],
)
def test_a_withdrawal_done_still_counts(detector: Detector, text: str) -> None:
    assert held(detector, text) == {ITALY}


@pytest.mark.parametrize(
    "text",
    [
        "\"Tripoli is ours,\" an Italian officer said.",
        "« Tripoli est à nous », a déclaré un officier italien.",
        "„Tripolis gehört uns“, sagte ein italienischer Offizier.",
        "\"Tripoli es nuestra\", dijo un oficial italiano.",
    ],
)
def test_a_city_the_speaker_calls_ours_is_its_sides(detector: Detector, text: str) -> None:
    assert held(detector, text) == {ITALY}


def test_ours_without_a_speaker_names_nobody(detector: Detector) -> None:
    assert held(detector, "Tripoli is ours.") == set()
