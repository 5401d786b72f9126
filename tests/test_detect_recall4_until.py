"""A negation that dates a change ("did not fall until Thursday") is no denial; a contracted
negation ("didn't", "haven't", "won't") is one.

"Les talibans n'ont pris X que jeudi", "X no cayó hasta el jueves", "Os talibãs não tomaram X
até quinta-feira", "non hanno preso X fino a giovedì": the city fell, on that day. Not a future
("won't fall until the spring", "no tomarán X hasta el jueves"), a condition ("ne prendront X que
si…"), a denial ("n'ont pas pris X, que l'armée tient"), nor "hasta" in the next clause.
Sentences of our own (`monitor.match.until`).
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

GHAZNI = {("Ghazni", "Taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghazni did not fall to the Taliban until Thursday morning.",
        "Ghazni didn't fall to the Taliban until Thursday morning.",
        "The Taliban did not take Ghazni until Thursday.",
        "Ghazni n'est tombée aux mains des talibans que jeudi matin.",
        "Les talibans n'ont pris Ghazni que jeudi.",
        "Ghazni no cayó en manos de los talibanes hasta el jueves.",
        "Los talibanes no tomaron Ghazni hasta el jueves.",
        "Os talibãs não tomaram Ghazni até quinta-feira.",
        "I talebani non hanno preso Ghazni fino a giovedì.",
    ],
)
def test_not_until_a_day_is_a_change_on_that_day(text: str) -> None:
    assert changes(text) == GHAZNI


@pytest.mark.parametrize(
    "text",
    [
        "Ghazni did not fall to the Taliban.",
        "Ghazni didn't fall to the Taliban.",
        "The Taliban haven't taken Ghazni.",
        "The Taliban hasn't taken Ghazni yet.",
        "Ghazni won't fall to the Taliban.",
        "Ghazni won't fall to the Taliban until the spring.",
        "The Taliban will not take Ghazni until the army leaves.",
        "Ghazni n'est pas tombée aux mains des talibans.",
        "Les talibans n'ont pas pris Ghazni, que l'armée tient toujours.",
        "Les talibans ne prendront Ghazni que si l'armée se retire.",
        "Los talibanes no tomarán Ghazni hasta el jueves.",
        "Ghazni no caerá en manos de los talibanes hasta la primavera.",
        "Los talibanes no tomaron Ghazni, y los combates siguieron hasta el jueves.",
    ],
)
def test_a_denial_a_forecast_or_a_condition_is_no_change(text: str) -> None:
    assert changes(text) == set()
