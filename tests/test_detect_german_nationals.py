"""German nationality nouns: "die Russen", "den Libyern", "die Ukrainer" are their country's side.

French, Spanish, Italian and Portuguese had "les Russes", "los rusos"; German had none, so
"Die Russen haben X eingenommen" had no holder. The nouns are made from the adjective in -isch
("russisch": "Russen", "libysch": "Libyer", "Libyern"), with their article only ("der Maler" is a
painter). Our own sentences about Chechnya, Georgia, Ukraine and Chad, each beside what is no change.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.corpus_kit import corpus_changes
from tests.detect_support import WATCHLIST, held_by

C7 = "conflicts_watchlist7.json"
DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "watchlist", "expected"),
    [
        ("Die Russen haben Grosny eingenommen.", "conflicts_watchlist.json", {("Grozny", "Russia")}),
        ("Grosny wird nun von den Russen kontrolliert.", "conflicts_watchlist.json", {("Grozny", "Russia")}),
        # the Russians left: their single opponent there holds the town
        (
            "Die Russen haben sich aus Gori zurückgezogen.",
            "conflicts_watchlist.json",
            {("Gori", "Georgian government")},
        ),
        ("Die Libyer haben Aouzou eingenommen.", C7, {("Aouzou", "Libya")}),
        ("Die Libyer haben Faya geräumt.", C7, {("Faya-Largeau", "Chad")}),
    ],
)
def test_a_nationality_noun_is_its_side(text: str, watchlist: str, expected: set[tuple[str, str]]) -> None:
    """Taking, holding and leaving a city, told of "die Russen" or "die Libyer"."""
    assert corpus_changes(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "watchlist"),
    [
        ("Die Russen haben Grosny belagert.", "conflicts_watchlist.json"),
        ("Die Russen stehen vor Grosny.", "conflicts_watchlist.json"),
        ("Die Libyer haben Aouzou nicht eingenommen.", C7),
        ("Die Maler haben Gori verlassen.", "conflicts_watchlist.json"),
    ],
)
def test_a_nationality_noun_changes_no_more_than_a_name(text: str, watchlist: str) -> None:
    """A siege, a position before the city, a negation, painters leaving: no change."""
    assert corpus_changes(text, watchlist) == set()


def test_ukrainians_and_russians_in_kherson() -> None:
    """The support watchlist: "die Ukrainer" are Ukraine, "den Russen" Russia."""
    def held(text: str) -> set[tuple[str, str]]:
        return held_by(WATCHLIST, "", text, DAY)

    assert held("Die Ukrainer haben Cherson befreit.") == {("Kherson", "Ukraine")}
    assert held("Die Ukrainer haben Bachmut geräumt.") == {("Bakhmut", "Russia")}
    assert held("Cherson wurde von den Russen erobert.") == {("Kherson", "Russia")}
