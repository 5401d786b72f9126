"""A side's forces named by a possessive ("its troops", "ses troupes"); a parade once the other
side left (issue 10).

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tigrayan fighters paraded through Mekelle after government troops left.", {("Mekelle", "TPLF")}),
        ("Tigrayan fighters paraded through Mekelle on Monday.", set()),
        ("Soldiers paraded through Mekelle to celebrate the anniversary of the army.", set()),
    ],
)
def test_a_parade_is_an_entry_once_the_other_side_left(text: str, expected: set[tuple[str, str]]) -> None:
    """ "paraded through X" enters it, a change only when the other side is said to have left."""
    assert corpus_changes(text) == expected
