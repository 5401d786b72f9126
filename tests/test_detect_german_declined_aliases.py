"""A German alias declined as the sentence needs it: "der Libyschen Nationalarmee".

The watchlist writes "Libysche Nationalarmee" or "Rote Ruhrarmee" in the nominative; after "in
die Hände der", "Kämpfer der" or "von der" the adjective ends in -en. A long name was found by
its likeness; a short adjective ("Rote", "Roten") was not. Our own sentences about Libya and the
Ruhr of 1920 (its corpus-15 towns left out); an unwatched name stays nobody.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.german_aliases import declined_aliases
from tests.corpus_kit import corpus_changes

C1, C15 = "conflicts_watchlist.json", "conflicts_watchlist15.json"
LNA, RUHR = "Libyan National Army", "Red Ruhr Army"


def test_declined_forms_of_an_adjective_alias() -> None:
    """Each adjective before the noun takes the same ending; other aliases give nothing."""
    keys = declined_aliases(("Freie Syrische Armee", "LNA", "Haftar's forces", "Armée nationale libyenne"))
    assert "freien syrischen armee" in keys and "freier syrischer armee" in keys
    assert all("libyenne" not in k and "haftar" not in k for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gharyan ist am Montag in die Hände der Libyschen Nationalarmee gefallen.", {("Gharyan", LNA)}),
        ("Kämpfer der Libyschen Nationalarmee haben Gharyan eingenommen.", {("Gharyan", LNA)}),
        ("Gharyan wurde von der Libyschen Nationalarmee erobert.", {("Gharyan", LNA)}),
        # an unwatched army with a declined name: nobody
        ("Gharyan ist am Montag in die Hände der Tunesischen Nationalgarde gefallen.", set()),
    ],
)
def test_declined_alias_names_the_side(text: str, expected: set[tuple[str, str]]) -> None:
    """"der Libyschen Nationalarmee" is the "Libysche Nationalarmee" of the watchlist."""
    assert corpus_changes(text, C1) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Duisburg ist am Mittwoch in die Hände der Roten Ruhrarmee gefallen.",
        "Bewaffnete Kämpfer der Roten Ruhrarmee haben am Mittwoch Duisburg besetzt.",
    ],
)
def test_short_adjective_declined(text: str) -> None:
    """"der Roten Ruhrarmee": a four-letter adjective declined is the watchlist's "Rote Ruhrarmee"."""
    published = datetime(1920, 3, 20, 8, tzinfo=UTC)
    assert corpus_changes(text, C15, published) == {("Duisburg", RUHR)}
