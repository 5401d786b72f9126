"""English "handed X to Y" is a handover like "handed X over to Y"; "refused to hand X" is none.

Only "handed over", "handed X over" were handovers (corpus 7: "an agreement that handed the town
to the Yugoslav federal army" was no change); the object and its recipient now suffice. A
demand or a refusal ("urged the RSF to hand X back", "refused to surrender X") is no change:
"to hand" is an infinitive, "refuse" governs like "fail". Our own sentences about Sudan and
Ethiopia (`tests/data/conflicts_watchlist.json`) and Croatia 1991 (`conflicts_watchlist7.json`).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, C7 = "Rapid Support Forces", "conflicts_watchlist7.json"


@pytest.mark.parametrize(
    ("text", "watchlist", "expected"),
    [
        ("The army handed Wad Madani to the RSF.", "conflicts_watchlist.json", {("Wad Madani", RSF)}),
        ("The army handed the town of Mekelle to the TPLF on Sunday.", "conflicts_watchlist.json",
         {("Mekelle", "TPLF")}),
        ("Croats left Ilok under an agreement that handed the town to the Yugoslav federal army.", C7,
         {("Ilok", "Yugoslav People's Army")}),
        ("The army refused to talk, and handed Wad Madani to the RSF on Sunday.", "conflicts_watchlist.json",
         {("Wad Madani", RSF)}),
    ],
)
def test_handed_to_a_side(text: str, watchlist: str, expected: set[tuple[str, str]]) -> None:
    """The recipient after "to" holds the city handed."""
    assert corpus_changes(text, watchlist) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The RSF refused to hand Wad Madani back to the army.",
        "The army refused to surrender Wad Madani to the RSF.",
        "Mediators urged the RSF to hand Wad Madani back to the army.",
        "The RSF handed prisoners to the army in Wad Madani.",
    ],
)
def test_no_handover_in_a_refusal_a_demand_or_a_prisoner_exchange(text: str) -> None:
    """Refusing, urging, handing over prisoners: no change."""
    assert corpus_changes(text) == set()
