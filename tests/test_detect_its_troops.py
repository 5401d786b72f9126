"""A side's forces named by a possessive: "its troops", "ses troupes" (issue 10).

Sentences of our own about Ethiopia and Sudan, read against `tests/data/conflicts_watchlist.json`.
"The government declared a ceasefire and its troops left X": the troops are the side named before
the possessive, so the side left and its one enemy holds the town. "The TPLF said its fighters
had entered X": the TPLF's fighters.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes


@pytest.mark.parametrize(
    "text",
    [
        "The government declared a ceasefire and its troops left Mekelle.",
        "The government declared a ceasefire and its forces withdrew from Mekelle.",
        "Le gouvernement a décrété un cessez-le-feu et ses troupes ont quitté Mekele.",
        "The TPLF said its fighters had entered Mekelle.",
    ],
)
def test_the_possessive_names_whose_forces(text: str) -> None:
    """The side the possessive stands for left (or entered): the TPLF holds Mekelle."""
    assert corpus_changes(text) == {("Mekelle", "TPLF")}


def test_a_possessive_of_another_thing_is_no_subject() -> None:
    """ "its people", "their homes": not forces, no side said to leave."""
    assert corpus_changes("The government declared a ceasefire and its people left Mekelle.") == set()
