"""A city its clause gives to nobody goes to the opponent of the side the article says held it.

"Gwoza was captured on Friday. Boko Haram's stronghold of Gwoza …": the capture names no taker,
and the side the article names most is the one that lost the town. Its stronghold, a town held by
it, its garrison that surrendered: that side lost the city, and its one opponent holds it.
Sentences written for this test (Nigeria, Somalia), against the battery's watchlist.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import NGA, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gwoza was captured on Friday. Boko Haram's stronghold of Gwoza had been the seat of its caliphate. Boko Haram still holds villages in the Sambisa forest.", {("Gwoza", NGA)}),
        ("Baidoa was taken on Monday. The al-Shabaab garrison surrendered after a two-day battle.", {("Baidoa", SOM)}),
        ("Gwoza a été prise vendredi. Gwoza, fief de Boko Haram, était assiégée depuis des semaines.", {("Gwoza", NGA)}),
        ("Gwoza fue tomada el viernes. Gwoza, bastión de Boko Haram desde 2014, estaba cercada desde hacía semanas.", {("Gwoza", NGA)}),
    ],
)
def test_the_side_that_held_the_city_lost_it(text: str, expected: set[tuple[str, str]]) -> None:
    """Its stronghold, its garrison: the holder is its one opponent, not the side named most."""
    assert held(text) == expected

