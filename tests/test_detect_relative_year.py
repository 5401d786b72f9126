"""A year in a relative clause between the city and its verb is the clause's, not the change's.

"La città, che fino al 1990 era stata la capitale del Sud, è ora interamente nelle mani del
governo" was dated 1990 (corpus 7): the year check read the relative clause too
(`asides.relative_aside`). Our own sentences against the battery's watchlist
(`tests/precision_kit.py`), with the year in the main clause next to them.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, LNA, NAT, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kismayo, che fino al 2012 era la roccaforte degli shebab, è ora nelle mani del governo.",
         {("Kismayo", SOM)}),
        ("Derna, qui avait été la capitale de l'émirat en 2015, est désormais aux mains de l'ANL.",
         {("Derna", LNA)}),
        ("Bilbao, que en 1936 había resistido el primer asalto, cayó el sábado en manos de los nacionales.",
         {("Bilbao", NAT)}),
        ("Gwoza, which Boko Haram had declared its capital in 2014, fell to the jihadists again on Sunday.",
         {("Gwoza", BH)}),
    ],
)
def test_a_relative_clause_year_leaves_it_news(text: str, expected: set[tuple[str, str]]) -> None:
    """The relative clause's year tells the city's past, not when it changed hands."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kismayo, che era la roccaforte degli shebab, è caduta nelle mani del governo nel 2012.",
        "Bilbao, que había resistido el primer asalto, cayó en manos de los nacionales en 1937.",
        "Kismayo è caduta nelle mani del governo nel 2012.",
    ],
)
def test_a_year_in_the_main_clause_still_dates_it(text: str) -> None:
    """The year of the fall itself: background."""
    assert held(text) == set()
