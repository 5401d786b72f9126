"""Recall on unseen conflicts (issue 10): "<fighters> of <side>" names the side as the subject
("i partigiani dell'Esercito democratico", "os paraquedistas do exército"), whatever the word
for its fighters; "of" is not "from whom the city was taken".

Sentences of our own about the Greek civil war, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Konitsa", "country": "GR"}, {"name": "Karpenisi", "country": "GR"}],
    "actors": [
        {"name": "Greek government", "aliases": ["Hellenic Army", "Greek National Army", "Greek army"],
         "countries": ["GR"], "government": True, "opposes": ["Democratic Army of Greece"]},
        {"name": "Democratic Army of Greece", "aliases": ["DSE", "Democratic Army"], "countries": ["GR"],
         "opposes": ["Greek government"]},
    ],
}
WHEN = datetime(1948, 12, 27, tzinfo=UTC)
DSE = "Democratic Army of Greece"


@pytest.mark.parametrize(
    "text",
    [
        "I partigiani dell'Esercito democratico hanno conquistato Konitsa domenica.",
        "I volontari dell'Esercito democratico hanno conquistato Konitsa domenica.",
        "I battaglioni dell'Esercito democratico hanno conquistato Konitsa.",
        "Gli uomini dell'Esercito democratico hanno conquistato Konitsa all'alba.",
        "Le brigate dell'Esercito democratico hanno preso Konitsa dopo due giorni di combattimenti.",
        # an adjective between the fighters and "of"
        "I partigiani comunisti dell'Esercito democratico hanno conquistato Konitsa.",
        "I volontari greci dell'Esercito democratico hanno conquistato Konitsa.",
    ],
)
def test_fighters_of_a_side_are_that_side(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == {("Konitsa", DSE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side the city was taken from still reads as such
        ("L'Esercito democratico ha strappato Konitsa all'esercito greco.", {("Konitsa", DSE)}),
        ("I paracadutisti dell'esercito greco hanno ripreso Konitsa.", {("Konitsa", "Greek government")}),
    ],
)
def test_the_side_named_after_its_fighters_or_as_the_loser(text: str, expected: set[tuple[str, str]]) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == expected


def test_fighters_named_like_another_side_are_still_fighters() -> None:
    # "partisans" is the alias of a side of another war: here it is the word for the DSE's fighters
    watchlist = {
        **WATCHLIST,
        "actors": [
            *WATCHLIST["actors"],
            {"name": "Italian partisans", "aliases": ["partisans"], "countries": ["IT"],
             "opposes": ["Germany"]},
            {"name": "Germany", "aliases": ["Wehrmacht"], "countries": ["IT"],
             "opposes": ["Italian partisans"]},
        ],
    }
    text = "I partigiani comunisti dell'Esercito democratico hanno conquistato Karpenisi."
    assert held_by(watchlist, "", text, WHEN) == {("Karpenisi", DSE)}
