""""The rebels" beside a foreign state at war with the same government.

A government may fight a foreign state and a rebellion at once (a republic against the old
colonial power and a communist uprising, 1948). "The rebels", "les insurgés", "die Aufständischen"
are never the foreign state: with it left out, the one rebellion is who took the town. With two
rebellions and neither named, "the rebels" still name nobody. Our own sentences, about invented
sides.
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, side

GOV, RED, KINGDOM, HILL = "Republic of Meridia", "Lantau rebels", "Kingdom of Ostmark", "Hill clans"

# The sides are invented; the towns carry Indonesia's code, and the kingdom is a state because
# the watchlist also calls it by a country's name ("Netherlands").
WATCHLIST = {
    "places": [{"name": name, "country": "ID"} for name in ("Madiun", "Kediri", "Blitar")],
    "actors": [
        {"name": GOV, "aliases": ["republican army"], "countries": ["ID"], "government": True,
         "opposes": [KINGDOM, RED]},
        {"name": KINGDOM, "aliases": ["Netherlands", "Dutch army"], "countries": ["ID"], "opposes": [GOV]},
        {"name": RED, "aliases": ["Lantau communists"], "countries": ["ID"], "opposes": [GOV]},
    ],
}

# The same, with a second rebellion watched beside the first.
TWO_REBELLIONS = {
    "places": WATCHLIST["places"],
    "actors": [
        {**WATCHLIST["actors"][0], "opposes": [KINGDOM, RED, HILL]},
        *WATCHLIST["actors"][1:],
        side(HILL, ["hill fighters"], "ID", GOV),
    ],
}

CHANGES: list[tuple[str, Pairs]] = [
    ("The rebels seized Madiun on Sunday.", {("Madiun", RED)}),
    ("Les insurgés se sont emparés de Madiun dimanche.", {("Madiun", RED)}),
    ("Los rebeldes tomaron Madiun el domingo.", {("Madiun", RED)}),
    ("Die Aufständischen haben Madiun am Sonntag eingenommen.", {("Madiun", RED)}),
    ("Gli insorti hanno conquistato Madiun domenica.", {("Madiun", RED)}),
    ("Os rebeldes tomaram Madiun no domingo.", {("Madiun", RED)}),
    # the foreign state's own troops are still its own
    ("Dutch troops captured Kediri on Sunday.", {("Kediri", KINGDOM)}),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_the_rebels_are_the_one_rebellion(text: str, expected: Pairs) -> None:
    """With the foreign state left out, "the rebels" are the one rebellion the government fights."""
    assert held(detector_for(WATCHLIST), text) == expected


@pytest.mark.parametrize("text", [text for text, _pairs in CHANGES[:6]])
def test_two_rebellions_unnamed_name_nobody(text: str) -> None:
    """Two rebellions watched and neither named in the article: "the rebels" are nobody yet."""
    assert held(detector_for(TWO_REBELLIONS), text) == set()


def test_two_rebellions_the_named_one() -> None:
    """Two rebellions, one named in the article: "the rebels" are that one."""
    text = "Hill fighters ambushed a convoy near Blitar. The rebels seized Madiun on Sunday."
    assert held(detector_for(TWO_REBELLIONS), text) == {("Madiun", HILL)}
