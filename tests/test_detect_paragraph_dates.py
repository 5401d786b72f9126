"""A date that opens a narrative paragraph dates the undated sentences after it.

An analysis piece retells how its story began: "It all began on March 17. … Within hours,
X falls to the guerrillas." The change, told in the historic present or an undated past weeks
after that date, is background. A sentence with a time of its own, a new paragraph, or a date
within the last days leaves the change the news. Articles written for these tests about the
Eritrean war in 1988.
"""

# ruff: noqa: E501 -- one article a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

EPLF, ETHIOPIA = "EPLF", "Ethiopian government"
WATCHLIST = {
    "places": [{"name": "Afabet", "country": "ER"}, {"name": "Keren", "country": "ER"}],
    "actors": [
        {"name": ETHIOPIA, "aliases": ["Ethiopian army", "armée éthiopienne"], "countries": ["ER"],
         "government": True, "opposes": [EPLF]},
        {"name": EPLF, "aliases": ["Eritrean People's Liberation Front", "FPLE", "Eritrean guerrillas"],
         "countries": ["ER"], "opposes": [ETHIOPIA]},
    ],
}
THURSDAY = datetime(1988, 4, 28, 12, tzinfo=UTC)
AFABET = {("Afabet", EPLF)}

OLD: list[tuple[str, str, str]] = [
    ("fr", "Érythrée : la guerre oubliée change de visage", "Analyse\n\nIl y a six semaines encore, l'armée éthiopienne se croyait à l'abri derrière ses lignes du Sahel. Mercredi, le régime a reconnu devant les diplomates que le front du nord était rompu.\n\nTout a commencé le 17 mars. Les maquisards descendent des montagnes de Nakfa et coupent la route de la vallée. L'état-major hésite. En quelques heures, Afabet passe sous le contrôle du FPLE. Des milliers de soldats se rendent."),
    ("en", "Eritrea: how the northern front broke", "Analysis\n\nSix weeks ago the Ethiopian army still believed its northern lines would hold. On Wednesday the government admitted to diplomats that the front had collapsed.\n\nIt all began on March 17. The guerrillas come down from the Nakfa hills and cut the valley road. The command hesitates. Within hours, Afabet falls to the Eritrean guerrillas. Thousands of soldiers surrender."),
]
NEWS: list[tuple[str, str, str]] = [
    # the change has a time of its own
    ("en", "Eritrea: the northern front", "Analysis\n\nIt all began on March 17, when the guerrillas came down from the Nakfa hills. The command hesitated for weeks. On Tuesday, Afabet fell to the Eritrean guerrillas."),
    # a new paragraph opens a new story
    ("fr", "Érythrée : le front du nord", "Tout a commencé le 17 mars, quand les maquisards sont descendus des montagnes de Nakfa.\n\nAfabet est tombée mardi aux mains du FPLE, selon des diplomates."),
]


@pytest.mark.parametrize(("lang", "title", "text"), OLD, ids=[f"{c[0]}-{i}" for i, c in enumerate(OLD)])
def test_a_change_under_an_old_date_is_background(lang: str, title: str, text: str) -> None:
    """Afabet's change, told weeks after the date its paragraph opened on, reports nothing now."""
    assert held_by(WATCHLIST, title, text, THURSDAY) == set()


@pytest.mark.parametrize(("lang", "title", "text"), NEWS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEWS)])
def test_a_change_dated_by_itself_stays_news(lang: str, title: str, text: str) -> None:
    """A change with its own day, or in a new paragraph, is not dated by an older sentence (a guard)."""
    assert held_by(WATCHLIST, title, text, THURSDAY) == AFABET
