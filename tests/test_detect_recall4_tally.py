"""A city counted into a side's tally of cities changed hands: "With X, the Taliban have captured
16 of the 34 provincial capitals", "Mit X haben die Taliban … zwölf Provinzhauptstädte
erobert". Not a city under siege or in sight, nor a tally of villages or districts.
Sentences of our own (`monitor.match.tally`).
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mit Kunduz haben die Taliban seit Freitag zwölf Provinzhauptstädte erobert.",
            {("Kunduz", "Taliban")},
        ),
        (
            "With Kunduz, the Taliban have captured 16 of the 34 provincial capitals in a week.",
            {("Kunduz", "Taliban")},
        ),
        (
            "With the fall of Kunduz, the Taliban now control ten provincial capitals.",
            {("Kunduz", "Taliban")},
        ),
        (
            "Avec Kunduz, les talibans ont pris dix capitales provinciales en une semaine.",
            {("Kunduz", "Taliban")},
        ),
        ("Con Kunduz, los talibanes ya han tomado doce capitales provinciales.", {("Kunduz", "Taliban")}),
        ("Con Kunduz i talebani hanno conquistato dodici capoluoghi.", {("Kunduz", "Taliban")}),
        ("Com Kunduz, os talibãs já tomaram doze capitais provinciais.", {("Kunduz", "Taliban")}),
        ("With Aleppo, HTS has taken four cities in a week.", {("Aleppo", "Hayat Tahrir al-Sham")}),
        ("With Kunduz in sight, the Taliban have taken ten districts.", set()),
        ("With Kunduz under siege, the Taliban have captured three cities in the north.", set()),
        ("Mit Kunduz haben die Taliban viele Dörfer eingenommen.", set()),
    ],
)
def test_a_city_counted_in_a_tally_of_cities(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
