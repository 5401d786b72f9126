"""Street fighting is no street: "nach einer Woche Straßenkämpfen eingenommen" dates the capture.

The German words for places that are not the city ("die Straße nach X", "die Straßen von X") ended
the search for the object before a verb-final participle, and their pattern also took the compounds
of fighting ("Straßenkämpfe", "Straßenschlachten"), so the town before them was lost. The other
languages read the same sentence already: parity rows. Our own sentences about Somalia and Georgia.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kämpfer von al-Shabaab haben Kismayo nach einer Woche Straßenkämpfen erobert.",
         {("Kismayo", "al-Shabaab")}),
        ("Kämpfer von al-Shabaab haben Kismayo nach tagelangen Straßenschlachten eingenommen.",
         {("Kismayo", "al-Shabaab")}),
        ("Al-Shabaab fighters captured Kismayo after a week of street fighting.",
         {("Kismayo", "al-Shabaab")}),
        ("Les combattants shebab ont pris Kismayo après une semaine de combats de rue.",
         {("Kismayo", "al-Shabaab")}),
        # a street is still not the town
        ("Kämpfer von al-Shabaab haben die Straße nach Kismayo erobert.", set()),
        ("Kämpfer von al-Shabaab haben die Straßen von Kismayo unter ihre Kontrolle gebracht.", set()),
    ],
)
def test_street_fighting_before_the_participle_keeps_the_town(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """A fight's compound is no place that is not the city; a street still is."""
    assert corpus_changes(text, C1) == expected
