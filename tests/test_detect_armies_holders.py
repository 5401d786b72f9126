"""Who holds a city when an army takes it (issue 10, "who holds it now").

- Soldiers named without saying whose ("Troops have captured X, the separatists' stronghold") are
  an army's: the one the article names, else the country's government, never the group the
  sentence also names. So are tanks, infantry and paratroopers ("Tanks entered X").
- An army at war with a country's government can hold that country's cities, although the
  watchlist says it fights at home ("Indian troops captured Burki" in Pakistan, 1965).
- "freed X", "cleared X of the militants" are captures, and recaptures.
Sentences and the watchlist are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

CMR, ADF = "Cameroonian government", "Ambazonia Defence Forces"
IND, PAK = "India", "Pakistan"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Batibo", "country": "CM"}, {"name": "Bali", "country": "CM"},
               {"name": "Burki", "country": "PK"}, {"name": "Khem Karan", "country": "IN"}],
    "actors": [
        {"name": ADF, "aliases": ["ADF"], "countries": ["CM"], "opposes": [CMR]},
        {"name": CMR, "aliases": [], "countries": ["CM"], "government": True, "opposes": [ADF]},
        {"name": IND, "aliases": [], "countries": ["IN"], "government": True, "opposes": [PAK]},
        {"name": PAK, "aliases": [], "countries": ["PK"], "government": True, "opposes": [IND]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)



@pytest.mark.parametrize(
    "text",
    [
        "Troops have captured Batibo, the separatists' main stronghold, a military spokesman said.",
        "Soldiers took Batibo from the Ambazonia Defence Forces on Friday.",
        "Les soldats ont repris Batibo, fief des séparatistes de l'ADF.",
        "Die Soldaten haben Batibo eingenommen, eine Hochburg der ADF.",
        "Las tropas recuperaron Batibo, bastión de las ADF.",
    ],
)
def test_soldiers_named_without_their_side_are_the_governments(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Batibo", CMR)}


@pytest.mark.parametrize(
    "text",
    [
        "Tanks entered Batibo on Friday, driving out the separatists of the ADF.",
        "Les chars ont repris Batibo, fief des séparatistes de l'ADF.",
        "Panzer und Infanterie haben Batibo eingenommen, eine Hochburg der ADF.",
        "Los paracaidistas recuperaron Batibo, bastión de las ADF.",
        "I carri armati hanno conquistato Batibo, roccaforte dell'ADF.",
    ],
)
def test_tanks_and_paratroopers_named_without_their_side_are_an_armys(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Batibo", CMR)}


@pytest.mark.parametrize(
    "text",
    [
        # a long first clause of theirs, then a verb whose words span a side ("nach Angaben der
        # Regierung", read as one trigger with the side in it)
        "Panzer und Infanterie rückten im Morgengrauen in den westlichen Bezirk ein und übernahmen nach"
        " Angaben der Regierung binnen weniger Stunden die Kontrolle über Batibo.",
        "Chars et fantassins ont pris le contrôle de Batibo en quelques heures.",
        "Les chars et l'infanterie sont entrés à l'aube et ont pris le contrôle de Batibo.",
        "Tanques e infantería tomaron el control de Batibo en pocas horas.",
        "Carri armati e fanteria hanno preso il controllo di Batibo in poche ore.",
    ],
)
def test_infantry_and_a_long_first_clause_still_name_an_armys_soldiers(detector: Detector, text: str) -> None:
    assert held(detector, text) == {("Batibo", CMR)}


def test_soldiers_are_the_army_the_article_names_when_it_names_one(detector: Detector) -> None:
    text = "Indian armour crossed the border at dawn. Troops captured Burki by the evening."
    assert held(detector, text) == {("Burki", IND)}


def test_fighters_of_the_group_are_not_soldiers(detector: Detector) -> None:
    assert held(detector, "ADF fighters captured Bali on Sunday.") == {("Bali", ADF)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Indian troops captured Burki, twelve miles from Lahore.", ("Burki", IND)),
        ("Indische Truppen haben Burki erobert.", ("Burki", IND)),
        ("Pakistani forces seized Khem Karan on Tuesday.", ("Khem Karan", PAK)),
        ("Pakistani troops withdrew from Burki under heavy shelling.", ("Burki", IND)),
    ],
)
def test_an_army_at_war_with_a_countrys_government_holds_what_it_takes_there(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The army has freed Batibo from the separatists.", {("Batibo", CMR)}),
        ("Troops cleared Bali of ADF fighters after a week-long operation.", {("Bali", CMR)}),
        ("The army cleared the road to Bali of mines.", set()),
        ("Separatists freed hostages held near Batibo.", set()),
    ],
)
def test_freeing_and_clearing_a_city_are_captures(
    detector: Detector, text: str, expected: set[tuple[str, str]]
) -> None:
    assert held(detector, text) == expected


def test_a_dropped_subject_is_not_the_side_that_just_left(detector: Detector) -> None:
    """The side that has just abandoned a city is not who the next verb, without a subject, is about."""
    text = ("El ejército tomó Batibo el sábado. Los combatientes de las ADF abandonaron la ciudad durante "
            "la noche. Al día siguiente entraron en Bali.")
    assert held(detector, text) == {("Batibo", CMR), ("Bali", CMR)}


@pytest.mark.parametrize(
    "text",
    [
        "Church mediators are pressing the ADF to withdraw from Batibo before the rains.",
        "Elders have called on the separatists to leave Bali, a spokesman said.",
        "Diplomats are trying to persuade the ADF to pull out of Batibo.",
    ],
)
def test_pressing_a_side_to_leave_a_city_is_no_change(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()
