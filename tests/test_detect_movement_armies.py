"""A movement's army, a duration after a fall, and where an advance set out from (issue 10).

"L'armée congressiste", "el ejército maderista": an army named by a movement's adjective in -iste,
-ista is that side's, not the state's (a loyalist or national army still is); "três meses após a
queda de X" counts time from an old fall, as "two months after" does in the other languages; and
"avançaram a partir de Y e ocuparam a cidade" takes the town the story is about, not Y, where the
columns set out from. Sentences written for these tests about Chile in 1891 and Indonesia in 1958.
"""

# ruff: noqa: E501 -- one case a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

CHL, CONG = "Chilean government", "Congressional army"
IDN, PRRI = "Indonesian government", "PRRI"
WATCHLIST = {
    "places": [
        {"name": "Santiago", "country": "CL"}, {"name": "Valparaíso", "country": "CL"},
        {"name": "Tondano", "country": "ID"}, {"name": "Manado", "country": "ID"}, {"name": "Padang", "country": "ID"},
    ],
    "actors": [
        {"name": CHL, "aliases": ["Balmaceda government", "Chilean army"], "countries": ["CL"], "government": True, "opposes": [CONG]},
        {"name": CONG, "aliases": ["Congressionalists"], "countries": ["CL"], "opposes": [CHL]},
        {"name": IDN, "aliases": ["Indonesian army", "central government"], "countries": ["ID"], "government": True, "opposes": [PRRI]},
        {"name": PRRI, "aliases": ["PRRI rebels"], "countries": ["ID"], "opposes": [IDN]},
    ],
}
PUBLISHED = datetime(1891, 9, 2, 12, tzinfo=UTC)
LATER = datetime(1958, 7, 22, 12, tzinfo=UTC)

CASES: list[tuple[str, str, str, datetime, set[tuple[str, str]]]] = [
    # a movement's army is not the state's: no government holder for its entry
    ("fr", "Chili", "L'armée congressiste est entrée lundi à Santiago sans rencontrer de résistance.", PUBLISHED, set()),
    ("es", "Chile", "El ejército constitucionalista entró el lunes en Santiago.", PUBLISHED, set()),
    # the state's army, by its nation or its loyalty, still is
    ("fr", "Chili", "L'armée chilienne a repris Valparaíso lundi.", PUBLISHED, {("Valparaíso", CHL)}),
    ("fr", "Chili", "L'armée loyaliste a repris Valparaíso lundi.", PUBLISHED, {("Valparaíso", CHL)}),
    # months after a fall count time from it
    ("pt", "Indonésia", "Três meses após a queda de Padang, os rebeldes do PRRI continuam ativos nas montanhas.", LATER, set()),
    # the town the columns set out from is not "the city" they took
    ("pt", "Tropas governamentais entram em Tondano", "As forças do governo central avançaram em duas colunas, a partir de Manado e da costa, e ocuparam a cidade depois de dois dias de combates.", LATER, {("Tondano", IDN)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "published", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_movement_armies_durations_and_departures(lang: str, title: str, text: str, published: datetime, expected: set[tuple[str, str]]) -> None:
    """Each article reports the change it tells, with the side that made it."""
    assert held_by(WATCHLIST, title, text, published) == expected
