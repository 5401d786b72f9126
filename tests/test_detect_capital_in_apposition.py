"""A town named after "the state capital", "the capital of … state" or a side's stronghold (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. "The RSF
captured the state capital, Singa" takes Singa: "state" names whose capital it is, not a second
object as in "the province of X and its capital Y". "occupied" takes the same objects as
"captured" ("occupied the provincial capital, X"), and "X is now occupied by the RSF" is a change
as "is now held by" is.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The RSF captured the state capital, Singa, on Saturday.",
        "The RSF captured the capital of Sennar state, Singa, on Saturday.",
        "The RSF captured the district capital of Singa.",
        "The RSF occupied the state capital, Singa, on Saturday.",
        "RSF fighters occupied the state capital Singa on Saturday.",
        "The RSF occupied the provincial capital, Singa, on Saturday.",
        "RSF fighters occupied the town, Singa.",
        "Singa is now occupied by RSF fighters.",
    ],
)
def test_the_capital_named_after_its_state_is_taken(text: str) -> None:
    """The town after "the state capital" (or "the capital of … state") is the object."""
    assert corpus_changes(text) == {("Singa", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF captured the capital's airport on Saturday, Singa residents said.",
        "The RSF occupied the city hall, Singa residents said.",
        "The RSF have occupied the state's oil fields near Singa.",
    ],
)
def test_a_building_or_a_field_is_still_not_the_town(text: str) -> None:
    """An airport, a city hall or fields near the town are not the town."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The RSF captured the army's last stronghold in Sennar state, Singa, on Saturday.",
        "The RSF captured the army's stronghold of Singa on Saturday.",
        "The RSF captured the last army stronghold in Sennar, the town of Singa.",
        "The RSF captured the army's last stronghold, Singa, on Saturday.",
        "The RSF captured the last town in the state, Singa.",
    ],
)
def test_a_sides_stronghold_named_after_its_region(text: str) -> None:
    """ "the army's last stronghold in Sennar state, X": whose stronghold, then where, then X."""
    assert corpus_changes(text) == {("Singa", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF captured the army's base in Singa.",
        "The RSF captured the army's positions near Singa.",
        "The RSF captured a town in Sennar state, Abu Hujar, near Singa.",
    ],
)
def test_a_sides_base_in_the_town_is_not_the_town(text: str) -> None:
    """A base in the town, positions near it, another town named first: not the town."""
    assert corpus_changes(text) == set()
