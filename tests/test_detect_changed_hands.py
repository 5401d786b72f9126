"""Wire phrasings of a change in English and French: "changed hands", "a changé de mains", a
commander's "X is under our control", a port named with a modifier ("the Red Sea port of X", a town, not its harbour) and the French
press's "maquisards" for guerrillas. Sentences written for these tests about the wars in
Eritrea (1988) and Sierra Leone (1998).
"""

# ruff: noqa: E501 -- one article a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

EPLF, ETHIOPIA, RUF, SLG = "EPLF", "Ethiopian government", "RUF", "Sierra Leone government"
WATCHLIST = {
    "places": [{"name": "Massawa", "country": "ER"}, {"name": "Agordat", "country": "ER"},
               {"name": "Kenema", "country": "SL"}],
    "actors": [
        {"name": ETHIOPIA, "aliases": ["Ethiopian army", "Ethiopian troops"], "countries": ["ER"],
         "government": True, "opposes": [EPLF]},
        {"name": EPLF, "aliases": ["Eritrean People's Liberation Front", "FPLE", "Eritrean rebels"],
         "countries": ["ER"], "opposes": [ETHIOPIA]},
        {"name": SLG, "aliases": ["government troops"], "countries": ["SL"], "government": True, "opposes": [RUF]},
        {"name": RUF, "aliases": ["Revolutionary United Front", "RUF rebels"], "countries": ["SL"], "opposes": [SLG]},
    ],
}
MONDAY = datetime(1998, 6, 15, 12, tzinfo=UTC)

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("en", "Kenema changed hands on Saturday after government troops fled in the face of a RUF advance, residents said.", {("Kenema", RUF)}),
    ("fr", "Kenema a changé de mains samedi : les rebelles du RUF contrôlent la ville, selon des habitants.", {("Kenema", RUF)}),
    ("en", "The Red Sea port of Massawa fell to Eritrean rebels on Saturday, diplomats said.", {("Massawa", EPLF)}),
    ("fr", "Les maquisards du FPLE ont pris Agordat samedi, selon des diplomates.", {("Agordat", EPLF)}),
    # a commander's quote
    ("en", '"Kenema is under our control," a RUF spokesman said on Saturday.', {("Kenema", RUF)}),
    ("fr", "« Kenema est sous notre contrôle », a affirmé samedi un porte-parole du RUF.", {("Kenema", RUF)}),
]
HISTORIES: list[tuple[str, str]] = [
    ("en", "Kenema, which has changed hands several times since 1991, was calm on Saturday, residents said."),
    ("fr", "Kenema, qui a changé plusieurs fois de mains depuis 1991, était calme samedi, selon des habitants."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_wire_phrasings_of_a_change(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    """Each sentence reports the change to its side."""
    assert held_by(WATCHLIST, "", text, MONDAY) == expected


@pytest.mark.parametrize(("lang", "text"), HISTORIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(HISTORIES)])
def test_a_history_of_changes_is_no_change(lang: str, text: str) -> None:
    """A city that "has changed hands several times" reports no change now (a guard)."""
    assert held_by(WATCHLIST, "", text, MONDAY) == set()
