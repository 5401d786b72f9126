"""A German passive handover told in indirect speech: "X sei am Morgen kampflos übergeben worden".

The auxiliary "worden" follows the participle and "sei" is no indicative auxiliary, so the
handover read as one whose giver the sentence should name ("no watched side is said to leave");
like "X wurde kampflos übergeben", the article says who took it. Our own sentences about
Georgia 2008; a handover only announced stays no change.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russische Truppen haben die Provinz Schida Kartli besetzt. Die Stadt Gori sei am Morgen kampflos"
            " übergeben worden, teilte das Verteidigungsministerium in Moskau mit.",
            {("Gori", "Russia")},
        ),
        (
            "Russische Truppen stehen vor Gori. Die Stadt Gori solle am Morgen kampflos übergeben werden,"
            " teilte das Verteidigungsministerium in Moskau mit.",
            set(),
        ),
    ],
)
def test_a_reported_passive_handover(text: str, expected: set[tuple[str, str]]) -> None:
    """The reported passive is a handover to the side the article names."""
    assert corpus_changes(text, C1) == expected
