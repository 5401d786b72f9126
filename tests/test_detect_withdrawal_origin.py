"""A withdrawal's city is the one left, not where the others came from.

"Los serbios se retiraron ante la llegada de una columna procedente de X": X is the column's
origin, not the town the Serbs left. Our own sentences about Croatia (1991-95).
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import detector_for, held, side

CRO, SRB = "Croatia", "Krajina Serbs"

WATCHLIST = {
    "places": [{"name": name, "country": "HR"} for name in ("Knin", "Gospić")],
    "actors": [
        side(CRO, ["Croatian army", "kroatische Armee"], "HR", SRB, True),
        side(SRB, ["Serb forces", "serbios", "Serbes"], "HR", CRO),
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "Los serbios se retiraron sin combatir ante la llegada de una columna procedente de Knin.",
        "Les Serbes se sont retirés à l'arrivée d'une colonne venant de Knin.",
        "Serb forces withdrew as a column coming from Knin arrived.",
    ],
)
def test_where_the_others_came_from_is_not_left(text: str) -> None:
    assert held(detector_for(WATCHLIST), text) == set()


def test_the_town_left_is_still_read() -> None:
    text = "Los serbios se retiraron de Gospić ante la llegada de una columna procedente de Knin."
    assert held(detector_for(WATCHLIST), text) == {("Gospić", CRO)}
