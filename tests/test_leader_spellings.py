"""A leader's name is looked for in the spellings of each language's press."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.leaders import spellings
from tests.sentence_kit import detector_for, held


def test_a_leaders_name_is_spelt_the_french_spanish_and_german_ways() -> None:
    forms = spellings("gamsakhurdia")
    assert forms[0] == "gamsakhurdia"
    assert {"gamsakhourdia", "gamsajurdia", "gamsachurdia"} <= set(forms)


def test_a_name_spelt_from_russian_is_spelt_the_german_and_french_ways() -> None:
    """ "Prigozhin" is "Prigoschin" in German and "Prigojine" in French; "Huseynov" is
    "Husseinow" and "Housseïnov"; each rule in its place ("Kolchak" is "Koltschak", not "Kolzchak")."""
    assert {"prigoschin", "prigojine"} <= set(spellings("prigozhin"))
    assert {"husseinow", "housseinov"} <= set(spellings("huseynov"))
    assert {"koltschak", "koltchak"} <= set(spellings("kolchak"))
    assert {"chruschtschew", "khrouchtchev"} <= set(spellings("khrushchev"))
    assert "kolzchak" not in spellings("kolchak")


REBELS = "Huseynov's rebels"
AZERBAIJAN: dict[str, Any] = {
    "places": [{"name": "Ganja", "country": "AZ"}, {"name": "Yevlakh", "country": "AZ"}],
    "actors": [
        {"name": REBELS, "aliases": ["Surat Huseynov's forces"], "countries": ["AZ"],
         "opposes": ["Azerbaijani government"]},
        {"name": "Azerbaijani government", "aliases": ["Azerbaijani army"], "countries": ["AZ"],
         "government": True, "opposes": [REBELS]},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "Die Truppen von Oberst Husseinow haben am Montag Ganja besetzt.",
        "Les troupes du colonel Housseïnov ont pris Ganja lundi.",
        "The forces of Colonel Huseynov took Ganja on Monday.",
    ],
)
def test_a_leaders_forces_are_found_under_the_press_spelling(text: str) -> None:
    assert held(detector_for(AZERBAIJAN), text) == {("Ganja", REBELS)}


SAINTS, REPUBLIC = "Army of the Faith", "Neapolitan Republic"
NAPLES: dict[str, Any] = {
    "places": [{"name": "Naples", "country": "IT"}],
    "actors": [
        {"name": SAINTS, "aliases": ["Cardinal Ruffo"], "countries": ["IT"], "opposes": [REPUBLIC]},
        {"name": REPUBLIC, "aliases": ["the republicans"], "countries": ["IT"], "opposes": [SAINTS]},
        {"name": "General Staff", "aliases": ["General Command"], "countries": ["IT"], "opposes": []},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "Neapel wurde von der Armee des Kardinals Ruffo eingenommen.",
        "Ruffo's army took Naples on Thursday.",
        "L'armée du cardinal Ruffo a pris Naples jeudi.",
    ],
)
def test_a_title_and_a_surname_name_the_leader(text: str) -> None:
    """An alias of a title and a surname ("Cardinal Ruffo") names the leader: his army, with the
    title in another language or none, is the side ("die Armee des Kardinals Ruffo")."""
    assert held(detector_for(NAPLES), text) == {("Naples", SAINTS)}


def test_a_body_named_with_a_rank_names_no_leader() -> None:
    from monitor.match.leaders import leader_names

    assert leader_names(("General Staff", "General Command", "Cardinal Ruffo")) == ("ruffo",)
