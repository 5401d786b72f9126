"""Article-level holder resolution (issue 10): the next sentence's taker, armies the sentence names,
and the side that lost a city.

Sentences of our own about Sudan (the army and the RSF) and Myanmar (the junta and the MNDAA).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

import pytest

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist

SUDAN, RSF = "Sudanese government", "RSF"
PLACES = [{"name": "Nyala", "country": "SD"}, {"name": "Wad Madani", "country": "SD"},
          {"name": "Lashio", "country": "MM"}]
BOTH_SIDES = {
    "places": PLACES,
    "actors": [
        {"name": SUDAN, "aliases": ["Sudanese army"], "countries": ["SD"], "government": True,
         "opposes": [RSF]},
        {"name": RSF, "aliases": ["Rapid Support Forces"], "countries": ["SD"], "opposes": [SUDAN]},
        {"name": "Myanmar junta", "aliases": ["Tatmadaw"], "countries": ["MM"], "government": True,
         "opposes": ["MNDAA"]},
        {"name": "MNDAA", "countries": ["MM"], "opposes": ["Myanmar junta"]},
    ],
}
# A watchlist that follows the insurgents alone: the fallback has only them to name.
INSURGENTS_ONLY = {
    "places": PLACES,
    "actors": [
        {"name": RSF, "aliases": ["Rapid Support Forces"], "countries": ["SD"], "opposes": []},
        {"name": "MNDAA", "countries": ["MM"], "opposes": []},
    ],
}
PUBLISHED = datetime(2024, 1, 10, 8, tzinfo=UTC)


@lru_cache(maxsize=2)
def _detector(insurgents_only: bool) -> Detector:
    data = INSURGENTS_ONLY if insurgents_only else BOTH_SIDES
    return make_detector(load_watchlist(data, gazetteer=get_gazetteer()))


def _changes(text: str, insurgents_only: bool = False) -> set[tuple[str, str]]:
    events = _detector(insurgents_only).detect("", text, PUBLISHED)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize(
    "text",
    [
        "Nyala has fallen. The Sudanese army entered the city on Monday morning.",
        "Nyala est tombée. L'armée soudanaise est entrée dans la ville à l'aube.",
        "Nyala cayó el domingo. El ejército sudanés entró en la ciudad al amanecer.",
        "Nyala ist gefallen. Die sudanesische Armee ist am Morgen in die Stadt eingerückt.",
        "Nyala è caduta. L'esercito sudanese è entrato nella città all'alba.",
        "Nyala caiu no domingo. O exército sudanês entrou na cidade ao amanhecer.",
    ],
)
def test_fall_takes_the_next_sentence_entering_subject(text: str) -> None:
    """A fall with no holder goes to whoever enters the city in the next sentence."""
    assert _changes(text) == {("Nyala", SUDAN)}


def test_next_sentence_about_another_place_gives_no_holder() -> None:
    """An entry into another watched city says nothing about who holds the fallen one."""
    text = "Nyala has fallen. The Sudanese army entered Wad Madani on Monday morning."
    assert ("Nyala", SUDAN) not in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Au lendemain de la chute de Nyala, le chef de l'armée soudanaise a promis de poursuivre "
        "l'offensive. Les Forces de soutien rapide ont appelé à la résistance.",
        "Lashio fell on Monday, a week after the Myanmar army launched its offensive. The MNDAA had "
        "held the town for months. MNDAA leaders vowed to fight on.",
    ],
)
def test_fallback_does_not_give_rebels_a_city_whose_sentence_names_an_army(text: str) -> None:
    """A sentence that names the army, in any role, does not let the fallback name the rebels."""
    assert not {holder for _place, holder in _changes(text)} & {RSF, "MNDAA"}


@pytest.mark.parametrize(
    "text",
    [
        "Nyala has fallen. The RSF pulled out of the city overnight after weeks of fighting.",
        "Nyala est tombée dimanche. Les Forces de soutien rapide se sont retirées de la ville.",
        "Nyala cayó el domingo. Las Fuerzas de Apoyo Rápido se retiraron de la ciudad.",
        "Nyala ist gefallen. Die RSF haben die Stadt in der Nacht verlassen.",
        "Lashio has fallen. The MNDAA withdrew from the town after weeks of fighting.",
    ],
)
def test_fallback_never_names_the_side_that_withdrew(text: str) -> None:
    """When the only side named is the one that left the city, the city is not given to it."""
    assert _changes(text, insurgents_only=True) == set()


def test_withdrawal_from_another_place_does_not_bar_a_side() -> None:
    """A side that left a different watched city can still be named as the holder of this one."""
    text = "The RSF withdrew from Wad Madani. Nyala fell on Sunday, and the RSF now patrol its streets."
    assert ("Nyala", RSF) in _changes(text, insurgents_only=True)
