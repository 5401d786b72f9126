"""To reoccupy a city is to take it back, in the five languages (corpus 7).

"Brusa was reoccupied by the Turkish Nationalists today" was no change: "occupied" alone is an
entry (a change only when the other side left), and "reoccupied", "réoccupé", "reocuparon",
"rioccupato", "reocupou" were no verb of the lexicon. Now they take a city back, with a named
holder or, unnamed, the government side as other recaptures. Our own sentences against the
battery's watchlist (`tests/precision_kit.py`), with failures, a year and intent next to them.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, LNA, MOZ, NAT, SHB, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops reoccupied Baidoa on Sunday.", {("Baidoa", SOM)}),
        ("Baidoa was reoccupied by al-Shabaab fighters on Sunday.", {("Baidoa", SHB)}),
        ("Les troupes gouvernementales ont réoccupé Palma.", {("Palma", MOZ)}),
        ("Los nacionales reocuparon Bilbao.", {("Bilbao", NAT)}),
        ("L'ANL ha rioccupato Derna.", {("Derna", LNA)}),
        ("O Boko Haram reocupou Maiduguri.", {("Maiduguri", BH)}),
    ],
)
def test_a_reoccupation_is_a_change(text: str, expected: set[tuple[str, str]]) -> None:
    """Reoccupied by a named side: it holds the city again."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab failed to reoccupy Baidoa.",
        "Al-Shabaab reoccupied Baidoa in 2019.",
        "Les troupes gouvernementales veulent réoccuper Palma.",
        "Los nacionales no lograron reocupar Bilbao.",
    ],
)
def test_a_reoccupation_keeps_the_limits_of_a_change(text: str) -> None:
    """A failure, an old year, an intent: no change."""
    assert held(text) == set()
