"""A city taken and left again in the same sentence is a raid, not a change (issue 10, false alarms).

"Briefly seized", "captured X but withdrew hours later", "avant d'en être chassés", "zogen sich
aber wieder zurück": nobody alerts for a city back where it was. A departure by another side
("and government troops withdrew") or a few hours of fighting before a capture are not raids.
Sentences written for these tests about Cameroon's Anglophone conflict.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held
from tests.test_detect_armies_holders import ADF, CMR, WATCHLIST


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)



@pytest.mark.parametrize(
    "text",
    [
        "ADF fighters briefly seized Batibo on Sunday.",
        "Separatist fighters captured Batibo in a dawn raid but withdrew hours later.",
        "The ADF overran Batibo, only to be driven out by soldiers two days later.",
        "Les séparatistes ont pris Batibo avant d'en être chassés par l'armée.",
        "Los separatistas tomaron Batibo, pero se retiraron horas después.",
        "Die Separatisten eroberten Batibo, zogen sich aber am Abend wieder zurück.",
        "I separatisti hanno preso Batibo, ma si sono ritirati in serata.",
        "Die ADF hat Batibo kurzzeitig eingenommen.",
    ],
)
def test_a_city_taken_and_left_again_is_no_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ADF fighters seized Batibo and government troops withdrew to Bamenda.", ("Batibo", ADF)),
        ("A few hours after fighting began, ADF fighters captured Batibo.", ("Batibo", ADF)),
        ("Quelques heures après avoir pris Batibo, les séparatistes ont attaqué Bali.", ("Batibo", ADF)),
        ("Soldiers retook Batibo after the separatists withdrew.", ("Batibo", CMR)),
    ],
)
def test_another_sides_departure_or_hours_of_fighting_are_no_raid(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert expected in held(detector, text)
