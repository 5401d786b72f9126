"""A state's army named by its proper name is that state's side ("Tsahal", "die Wehrmacht")."""

from __future__ import annotations

import pytest

from tests.sentence_kit import detector_for, held

WATCHLIST = {
    "places": [{"name": "Quneitra", "country": "SY"}, {"name": "Tobruk", "country": "LY"},
               {"name": "Berlin", "country": "DE"}, {"name": "Timbuktu", "country": "ML"},
               {"name": "Bunia", "country": "CD"}],
    "actors": [
        {"name": "Israel", "countries": ["SY"], "opposes": ["Syria"]},
        {"name": "Syria", "countries": ["SY"], "government": True, "opposes": ["Israel"]},
        {"name": "Germany", "countries": ["LY", "DE"], "government": True,
         "opposes": ["Soviet Union", "United Kingdom"]},
        {"name": "Soviet Union", "countries": ["DE"], "opposes": ["Germany"]},
        {"name": "United Kingdom", "countries": ["LY"], "opposes": ["Germany"]},
        {"name": "Ansar Dine", "countries": ["ML"], "opposes": ["Malian government"]},
        {"name": "Malian government", "countries": ["ML"], "government": True, "opposes": ["Ansar Dine"]},
        {"name": "CODECO", "countries": ["CD"], "opposes": ["Congolese government"]},
        {"name": "Congolese government", "countries": ["CD"], "government": True, "opposes": ["CODECO"]},
    ],
}


@pytest.fixture(scope="module")
def detector():  # type: ignore[no-untyped-def]
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tsahal a pris le contrôle de Quneitra dans la nuit de samedi.", ("Quneitra", "Israel")),
    ("The IDF captured Quneitra after a two-day battle.", ("Quneitra", "Israel")),
    ("Die Wehrmacht hat Tobruk am Freitag erobert.", ("Tobruk", "Germany")),
    ("Einheiten der Roten Armee haben Berlin erobert.", ("Berlin", "Soviet Union")),
    ("El Ejército Rojo tomó Berlín tras duros combates.", ("Berlin", "Soviet Union")),
    ("L'Afrika Korps s'est emparé de Tobrouk dimanche.", ("Tobruk", "Germany")),
    ("Les FAMa ont pris le contrôle de Tombouctou samedi, selon des habitants.",
     ("Timbuktu", "Malian government")),
    ("The FARDC took control of Bunia on Tuesday.", ("Bunia", "Congolese government")),
])
def test_an_army_by_its_name_is_its_country_side(detector, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert held(detector, text) == {expected}


@pytest.mark.parametrize("text", [
    # An acronym is the army only as written: "the idf" in lower case is no one.
    "the idf took Quneitra on Saturday.",
    # An army nobody watches names nobody: no Italian side is watched.
    "Il Regio Esercito ha occupato Tobruk.",
])
def test_an_army_name_out_of_case_or_of_an_unwatched_country_names_nobody(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    assert held(detector, text) == set()
