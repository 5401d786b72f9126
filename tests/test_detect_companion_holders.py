"""Who took a city when the subject fought alongside another side.

Sentences of our own about the Angolan civil war (1975-2002), where UNITA fought beside
South African troops and the government army beside Cuban units: "UNITA, alongside South
African troops, took X" is UNITA's capture. Read back from the verb, the companion is met
first; the subject named before it is still who took the town.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

UNITA, MPLA, CUBA, SA = "UNITA", "Angolan government", "Cuba", "South Africa"
WATCHLIST = {
    "places": [{"name": "Mavinga", "country": "AO"}, {"name": "Menongue", "country": "AO"}],
    "actors": [
        {"name": UNITA, "aliases": ["Savimbi's rebels"], "countries": ["AO"], "opposes": [MPLA, CUBA]},
        {"name": MPLA, "aliases": ["FAPLA", "government troops"], "countries": ["AO"], "government": True,
         "opposes": [UNITA, SA]},
        {"name": CUBA, "aliases": ["Cuban troops"], "countries": ["CU", "AO"], "opposes": [UNITA, SA]},
        {"name": SA, "aliases": ["South African troops", "SADF"], "countries": ["ZA", "AO"],
         "opposes": [MPLA, CUBA]},
    ],
}
PUBLISHED = datetime(1987, 10, 5, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("UNITA fighters, alongside SADF units, captured Mavinga on Sunday.", UNITA),
        ("UNITA fighters, together with SADF units, captured Mavinga on Sunday.", UNITA),
        ("FAPLA troops, along with Cuban troops, retook Mavinga on Sunday.", MPLA),
        ("Les rebelles de l'UNITA, aux côtés de la SADF, se sont emparés de Mavinga dimanche.", UNITA),
        ("Los rebeldes de UNITA, junto a la SADF, tomaron Mavinga el domingo.", UNITA),
        ("Os rebeldes da UNITA, ao lado de unidades da SADF, tomaram Mavinga no domingo.", UNITA),
        ("Os combatentes da UNITA, juntamente com a SADF, tomaram Mavinga no domingo.", UNITA),
    ],
)
def test_the_companion_of_the_subject_is_not_who_took_the_city(text: str, holder: str) -> None:
    """The side after "alongside", "aux côtés de", "junto a", "ao lado de" fought with the subject."""
    found = held_by(WATCHLIST, "Angola", text, PUBLISHED)
    assert ("Mavinga", holder) in found
    assert ("Mavinga", SA) not in found and ("Mavinga", CUBA) not in found



# A West African force of the Liberian civil war (1989-97), made up largely of Nigerian troops.
ECOMOG, NIGERIA, NPFL = "ECOMOG", "Nigeria", "NPFL"
FORCE_WATCHLIST = {
    "places": [{"name": "Buchanan", "country": "LR"}],
    "actors": [
        {"name": ECOMOG, "aliases": ["West African force"], "countries": ["LR"], "opposes": [NPFL]},
        {"name": NIGERIA, "aliases": ["Nigerian troops"], "countries": ["NG", "LR"], "opposes": [NPFL]},
        {"name": NPFL, "aliases": ["Taylor's rebels"], "countries": ["LR"], "opposes": [ECOMOG, NIGERIA]},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "Columns of the West African force, made up largely of Ghanaian and Nigerian troops, took Buchanan.",
        "The West African force, consisting of Ghanaian and Nigerian troops, captured Buchanan on Monday.",
    ],
)
def test_what_a_force_is_made_of_is_not_who_took_the_city(text: str) -> None:
    """"The force, made up largely of Nigerian troops, captured X": the force took X, not Nigeria."""
    found = held_by(FORCE_WATCHLIST, "Liberia", text, datetime(1990, 9, 24, 8, tzinfo=UTC))
    assert found == {("Buchanan", ECOMOG)}
