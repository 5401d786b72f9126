"""A dateline whose town has an abbreviation's stop ("ST. LOUIS, June 3 (Reuters) -") is found
now, and is no town a later "it" can stand for: "landed on the island of X and took control of it"
is X's capture. Our own sentence about a made-up landing in Senegal.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "St. Louis", "country": "SN"}, {"name": "Gorée", "country": "SN"}],
    "actors": [
        {"name": "MFDC", "aliases": ["Casamance rebels"], "countries": ["SN"], "opposes": ["Senegal"]},
        {"name": "Senegal", "aliases": ["Senegalese army"], "countries": ["SN"], "government": True},
    ],
}


def test_it_is_not_the_dateline() -> None:
    """The pronoun stands for the one other town the sentence names."""
    text = (
        "ST. LOUIS, June 3 (Reuters) - MFDC fighters landed on the island of Gorée at dawn today and"
        " took control of it without firing a shot, a spokesman said."
    )
    assert held_by(WATCHLIST, "", text, datetime(2024, 6, 3, 12, tzinfo=UTC)) == {("Gorée", "MFDC")}


def test_it_is_the_dateline_when_alone() -> None:
    """With no other town in the sentence, the dateline's town is the one "it" stands for."""
    text = "ST. LOUIS, June 3 (Reuters) - MFDC fighters attacked at dawn today and took control of it."
    assert held_by(WATCHLIST, "", text, datetime(2024, 6, 3, 12, tzinfo=UTC)) == {("St. Louis", "MFDC")}
