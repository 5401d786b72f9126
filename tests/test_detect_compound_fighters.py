"""Fighters named by a German compound with a side ("YPG-Kämpfer") are that side's, not "the rebels".

A bare word for fighters ("Kämpfer", "rebels") stands for the government's one opponent; joined by a
hyphen to a watched side's name it is that side's own. Sentences of our own about the war against
the Islamic State in Syria.
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import detector_for, held

WATCHLIST = {
    "places": [{"name": "Tell Abyad", "country": "SY"}],
    "actors": [
        {"name": "YPG", "countries": ["SY"], "opposes": ["Islamic State"]},
        {"name": "Islamic State", "aliases": ["IS"], "countries": ["SY"],
         "opposes": ["YPG", "Syrian government"]},
        {"name": "Syrian government", "countries": ["SY"], "government": True, "opposes": ["Islamic State"]},
    ],
}


@pytest.fixture(scope="module")
def detector():  # type: ignore[no-untyped-def]
    return detector_for(WATCHLIST)


def test_fighters_joined_to_a_side_are_its_own(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Kurdische YPG-Kämpfer haben die Grenzstadt Tell Abyad vom IS erobert, teilte die Miliz mit."
    assert held(detector, text) == {("Tell Abyad", "YPG")}


def test_bare_fighters_are_still_the_governments_one_opponent(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Die Kämpfer haben Tell Abyad erobert, teilte die Armee am Dienstag mit."
    assert held(detector, text) == {("Tell Abyad", "Islamic State")}
