"""A clause after "and" whose subject is a force the watchlist does not name (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. In "The RSF
seized the army headquarters in Singa and soldiers fled the town", the soldiers left, not the RSF:
the search for who left stops at "and" before them, so the RSF is not read as leaving (which made
the army the holder). Forces joined to a side ("The RSF and allied troops took X") and a pronoun
("and its fighters entered X") still carry the side.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The RSF seized the army headquarters in Singa and soldiers fled the town.",
        "The RSF surrounded Singa, and soldiers abandoned the town on Saturday.",
        "Les FSR ont encerclé Singa et les soldats ont quitté la ville samedi.",
        "Las FAR cercaron Singa y los soldados abandonaron la ciudad el sábado.",
    ],
)
def test_the_side_before_and_is_not_who_left(text: str) -> None:
    """Whoever the soldiers are, the side named before "and" did not leave: no holder is its enemy."""
    assert ("Singa", SAF) not in corpus_changes(text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The RSF and allied troops took Singa on Saturday.", RSF),
        ("RSF fighters and allied militiamen took Singa on Saturday.", RSF),
        ("The RSF, backed by Arab militias and tribal fighters, took Singa on Saturday.", RSF),
        ("The army and allied militias retook Singa.", SAF),
        ("The RSF shelled the town for weeks and its fighters finally entered Singa on Saturday.", RSF),
        ("The RSF besieged Singa for a month and the army finally withdrew from the town.", RSF),
        ("The army withdrew from Singa and RSF fighters moved in.", RSF),
    ],
)
def test_forces_joined_to_a_side_still_carry_it(text: str, holder: str) -> None:
    """A side, its allies or its own fighters before the verb are still its subject."""
    assert corpus_changes(text) == {("Singa", holder)}
