"""An armed opposition named by its head noun, in the six languages (corpus 16's holders).

A user watches "Tajik opposition"; reports say "the opposition", "l'opposition tadjike", "la
oposición", "die Opposition", "a oposição", "l'opposizione". The head noun names the group, as
"coalition" and "alliance" do (`name_parts.head_aliases`), and the name is translated word by
word (`translate`). Sentences written for these tests, about the Tajik civil war.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

OPPOSITION, GOVERNMENT = "Tajik opposition", "Tajik government"
WATCHLIST = {
    "places": [{"name": "Tavildara", "country": "TJ"}, {"name": "Garm", "country": "TJ"}],
    "actors": [
        {"name": OPPOSITION, "aliases": ["United Tajik Opposition"], "countries": ["TJ"],
         "opposes": [GOVERNMENT]},
        {"name": GOVERNMENT, "aliases": ["Rakhmonov government"], "countries": ["TJ"], "government": True,
         "opposes": [OPPOSITION]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The police withdrew and the opposition took control of Tavildara on Sunday.",
         ("Tavildara", OPPOSITION)),
        ("Opposition fighters captured Garm after a week of shelling.", ("Garm", OPPOSITION)),
        ("L'opposition tadjike a pris dimanche le contrôle de Tavildara.", ("Tavildara", OPPOSITION)),
        ("La oposición tomó Tavildara el domingo.", ("Tavildara", OPPOSITION)),
        ("Die Opposition übernahm am Sonntag die Kontrolle über Tavildara.", ("Tavildara", OPPOSITION)),
        ("A oposição tomou Tavildara no domingo.", ("Tavildara", OPPOSITION)),
        ("L'opposizione ha conquistato Tavildara domenica.", ("Tavildara", OPPOSITION)),
    ],
)
def test_an_opposition_is_named_by_its_head_noun(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


def test_the_opposition_as_a_reporter_is_not_the_taker(detector: Detector) -> None:
    text = "Government troops retook Garm on Sunday, the opposition said."
    assert held(detector, text) == {("Garm", GOVERNMENT)}


INTERIM = "Tajik interim government"
INTERIM_WATCHLIST = {
    "places": [{"name": "Tavildara", "country": "TJ"}],
    "actors": [
        {"name": INTERIM, "aliases": ["interim government"], "countries": ["TJ"], "opposes": [GOVERNMENT]},
        {"name": GOVERNMENT, "countries": ["TJ"], "government": True, "opposes": [INTERIM]},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "Die Übergangsregierung übernahm am Sonntag die Kontrolle über Tavildara.",
        "Le gouvernement intérimaire a pris dimanche le contrôle de Tavildara.",
        "El gobierno interino tomó Tavildara el domingo.",
        "Il governo ad interim ha conquistato Tavildara domenica.",
    ],
)
def test_an_interim_government_is_named_in_the_other_languages(text: str) -> None:
    assert held(detector_for(INTERIM_WATCHLIST), text) == {("Tavildara", INTERIM)}
