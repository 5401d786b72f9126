"""Recall on unseen conflicts (issue 10): a change whose sentence names no holder ("Jenin had
fallen earlier") goes to the side the article names, by name or by nationality ("Israeli
armoured columns"), never to one it says gave ground ("Jordanian units were pulling back", "se
repliaient", "se retiraban": the imperfect is a withdrawal too).

Sentences of our own about the 1967 war, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Jenin", "country": "PS"}, {"name": "Hebron", "country": "PS"}],
    "actors": [
        {"name": "Israel", "aliases": ["Israeli army", "IDF"], "countries": ["IL", "PS"],
         "opposes": ["Jordan"]},
        {"name": "Jordan", "aliases": ["Jordanian army", "Arab Legion"], "countries": ["JO", "PS"],
         "opposes": ["Israel"]},
    ],
}
WHEN = datetime(1967, 6, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli armoured columns reached the hills on Wednesday. Hebron fell in the evening after a short "
        "battle. Jordanian units were pulling back across the river.",
        "Des colonnes blindées israéliennes ont atteint les collines mercredi. Hébron est tombée dans la "
        "soirée. Les unités jordaniennes se repliaient vers le fleuve.",
        "Columnas blindadas israelíes alcanzaron las colinas el miércoles. Hebrón cayó por la tarde. "
        "Las unidades jordanas se retiraban hacia el río.",
    ],
)
def test_the_side_named_by_nationality_holds_not_the_one_pulling_back(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == {("Hebron", "Israel")}
