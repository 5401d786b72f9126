"""Which rising "the rebels" are when the government fights two: the one whose leader the article
names, even by his name alone (issue 10, "a group named generically").

The bare name is the man, not his side ("Getúlio Vargas signed a manifesto" holds nothing), but an
article that names him is about his side's rising. Sentences and watchlist written for this test,
about Brazil's risings of 1924 and 1930.
"""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

GOV, VARGAS, TENENTES = "Brazilian government", "Vargas forces", "Tenentista rebels"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Porto Alegre", "country": "BR"}, {"name": "Recife", "country": "BR"}],
    "actors": [
        {"name": GOV, "aliases": ["federal government"], "countries": ["BR"], "government": True,
         "opposes": [VARGAS, TENENTES]},
        {"name": VARGAS, "aliases": ["Getúlio Vargas' forces"], "countries": ["BR"], "opposes": [GOV]},
        {"name": TENENTES, "aliases": ["Isidoro Dias Lopes' forces"], "countries": ["BR"], "opposes": [GOV]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Os revolucionários tomaram Porto Alegre. O dr. Getúlio Vargas lançou um manifesto ao povo.",
         {("Porto Alegre", VARGAS)}),
        ("The rebels seized Recife on Friday. Isidoro Dias Lopes issued a proclamation.",
         {("Recife", TENENTES)}),
        ("Los rebeldes tomaron Recife. Getulio Vargas firmó un manifiesto.", {("Recife", VARGAS)}),
    ],
)
def test_the_rebels_are_the_named_leaders(
    detector: Detector, text: str, expected: set[tuple[str, str]]
) -> None:
    assert held(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no leader named, or both: which rising is not said
        "Os revolucionários tomaram Porto Alegre na sexta-feira.",
        "The rebels seized Recife. Getúlio Vargas and Isidoro Dias Lopes issued a joint proclamation.",
        # the man alone is not his side
        "Getúlio Vargas reached Porto Alegre on Friday.",
    ],
)
def test_no_leader_or_both_leaders_name_no_rising(detector: Detector, text: str) -> None:
    assert held(detector, text) == set()
