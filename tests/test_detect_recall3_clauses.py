"""Issue 10: the side that leaves is the subject of its own clause; a side named before "as",
"while", "alors que", "mientras" belongs to another clause ("NTC fighters reached X as Gaddafi
fled the capital": Gaddafi the man fled, the NTC did not leave X).

Sentences of our own about Libya 2011, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Tripoli", "country": "LY"}, {"name": "Sirte", "country": "LY"}],
    "actors": [
        {"name": "National Transitional Council", "aliases": ["NTC"], "countries": ["LY"],
         "opposes": ["Gaddafi government"]},
        {"name": "Gaddafi government", "aliases": ["Gaddafi forces", "pro-Gaddafi forces"],
         "countries": ["LY"], "government": True, "opposes": ["National Transitional Council"]},
    ],
}
WHEN = datetime(2011, 8, 23, tzinfo=UTC)
NTC = "National Transitional Council"


@pytest.mark.parametrize(
    "text",
    [
        "NTC fighters reached the centre of Tripoli as Gaddafi fled the capital.",
        "Les combattants du CNT ont atteint le centre de Tripoli alors que Kadhafi fuyait la ville.",
        "NTC fighters reached the centre of Tripoli while Gaddafi left the city.",
    ],
)
def test_a_side_before_a_subordinate_clause_is_not_who_left(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Gaddafi forces fled Tripoli as NTC fighters advanced.",
        "As NTC fighters advanced, Gaddafi forces fled Tripoli.",
    ],
)
def test_the_side_that_left_in_its_own_clause_still_counts(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == {("Tripoli", NTC)}
