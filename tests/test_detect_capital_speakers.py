"""A capital that speaks is its government, watched or not (issue 10, "who holds it now").

"Baku announced the capture of Hadrut": nobody watches Baku, but Azerbaijan's government is a
watched side, so the announcement is its claim and it is the holder. Sentences written for
these tests, against the precision battery's watchlist (Azerbaijan, Russia, Ethiopia, Somalia,
Mozambique…; none of their capitals is a watched place).
"""

from __future__ import annotations

import pytest

from tests.precision_kit import AZ, ETH, MOZ, RU, SOM, held

SPEAKING_CAPITALS = [
    ("Baku announced the capture of Hadrut on Saturday.", ("Hadrut", AZ)),
    ("Bakou annonce la prise de Hadrout.", ("Hadrut", AZ)),
    ("Moskau meldet die Einnahme von Argun.", ("Argun", RU)),
    ("Addis Abeba anuncia la toma de Dessie.", ("Dessie", ETH)),
    ("Mogadiscio annuncia la conquista di Kismayo.", ("Kismayo", SOM)),
    ("Maputo anuncia a reconquista de Palma.", ("Palma", MOZ)),
]


@pytest.mark.parametrize("text,expected", SPEAKING_CAPITALS)
def test_an_unwatched_capital_announcing_a_capture_names_its_government(
    text: str, expected: tuple[str, str]
) -> None:
    assert held(text) == {expected}


def test_a_capital_named_as_a_place_speaks_for_no_one() -> None:
    """Without a reporting verb after it, the capital is a place: no holder comes from it."""
    assert held("Fighters who had left Baku last year captured Hadrut on Saturday.") != {("Hadrut", AZ)}


def test_a_capital_written_in_lower_case_is_a_common_word() -> None:
    """Only a capitalised name is the capital; "maputo" in running text is not read as Maputo."""
    assert held("the capture of Palma, maputo announced.") == set()
