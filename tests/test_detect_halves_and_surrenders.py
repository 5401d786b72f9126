"""Divided countries, cities that give in, and articles that name no side (issue 10).

- "North Vietnamese troops" are North Vietnam's when the watchlist watches a half of Vietnam, not
  the government of the country the city is in; so are the one-word forms of the other languages
  ("nord-vietnamiennes", "norvietnamitas", "nordvietnamesische", "Vietnam del Norte").
- A city that surrenders ("Antwerp surrendered yesterday") has fallen; a garrison that "laid down
  its arms" gave the city up, so the troops that enter hold it.
Sentences and the watchlist are written for these tests (Korea 1950, Yemen 1994, Belgium 1914).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

NK, SK = "North Korea", "South Korea"
NY, SY = "North Yemen", "South Yemen"
GER, BEL = "Germany", "Belgium"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Kaesong", "country": "KP"}, {"name": "Chuncheon", "country": "KR"},
               {"name": "Ataq", "country": "YE"}, {"name": "Namur", "country": "BE"},
               {"name": "Liege", "country": "BE"}],
    "actors": [
        {"name": NK, "aliases": [], "countries": ["KR", "KP"], "opposes": [SK]},
        {"name": SK, "aliases": ["ROK"], "countries": ["KR", "KP"], "government": True, "opposes": [NK]},
        {"name": NY, "aliases": [], "countries": ["YE"], "government": True, "opposes": [SY]},
        {"name": SY, "aliases": [], "countries": ["YE"], "opposes": [NY]},
        {"name": GER, "aliases": [], "countries": ["BE"], "opposes": [BEL]},
        {"name": BEL, "aliases": [], "countries": ["BE"], "government": True, "opposes": [GER]},
    ],
}
DAY = datetime(1994, 6, 30, 8, tzinfo=UTC)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)



@pytest.mark.parametrize(
    "text,expected",
    [
        ("South Yemeni forces recaptured Ataq on Sunday.", ("Ataq", SY)),
        ("North Yemeni troops captured Ataq after a week of shelling.", ("Ataq", NY)),
        ("The North Yemeni army entered Ataq unopposed.", ("Ataq", NY)),
        # one word in the other languages: "nord-yéménites", "noryemeníes", "nordjemenitischen"…
        ("Les troupes nord-yéménites ont pris Ataq.", ("Ataq", NY)),
        ("Las tropas noryemeníes tomaron Ataq.", ("Ataq", NY)),
        ("Die nordjemenitischen Truppen eroberten Ataq.", ("Ataq", NY)),
        ("Le truppe nordyemenite hanno conquistato Ataq.", ("Ataq", NY)),
        ("As tropas norte-iemenitas tomaram Ataq.", ("Ataq", NY)),
        ("Les forces sud-yéménites ont repris Ataq.", ("Ataq", SY)),
        ("Les forces du Sud-Yémen ont repris Ataq.", ("Ataq", SY)),
        ("Las fuerzas del Yemen del Sur recuperaron Ataq.", ("Ataq", SY)),
    ],
)
def test_a_half_of_a_divided_country_is_its_own_side(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text, DAY) == {expected}


def test_a_country_with_no_half_watched_keeps_its_nationality(detector: Detector) -> None:
    """Korea: the watchlist names North Korea but not a "North Korean" half-state of another code;
    "South Korean troops" stay the government's."""
    assert held(detector, "South Korean troops retook Chuncheon on Tuesday.", DAY) == {("Chuncheon", SK)}


@pytest.mark.parametrize(
    "text",
    [
        "Namur surrendered yesterday after a four-day bombardment by German siege guns.",
        "Namur capitulated on Tuesday, the German war office said.",
    ],
)
def test_a_city_that_surrenders_has_fallen_to_its_besieger(detector: Detector, text: str) -> None:
    assert held(detector, text, DAY) == {("Namur", GER)}


def test_an_entry_after_the_garrison_laid_down_its_arms_is_a_change(detector: Detector) -> None:
    text = "German troops entered Liege this morning after the garrison laid down its arms."
    assert held(detector, text, DAY) == {("Liege", GER)}


def test_a_city_that_surrenders_something_has_not_fallen(detector: Detector) -> None:
    text = "Namur surrendered its wounded to the Red Cross, German officers said."
    assert held(detector, text, DAY) == set()
