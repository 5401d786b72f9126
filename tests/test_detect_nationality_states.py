"""Nationality adjectives of states at war abroad: Japanese, Dutch, Lithuanian, Yugoslav troops.

A country missing from `demonyms` loses its adjectives ("japanische Truppen", "Dutch
paratroopers"), and the side named after it is then never found under them. Where the watchlist
makes one country's side the government of another (Poland in Lithuania, Chad in Libya), the
adjective still means the side named after the country: "Lithuanian troops" are Lithuania's,
"libysche Truppen" Libya's, "i nordcoreani" North Korea's. Our own sentences, against
`tests/data/conflicts_watchlist7.json` (Korea: `tests/data/precision_watchlist.json`).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes
from tests.precision_kit import held

WATCHLIST = "conflicts_watchlist7.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japanische Truppen haben Tianjin eingenommen.", {("Tianjin", "Japan")}),
        ("Japanese troops captured Tianjin on Friday.", {("Tianjin", "Japan")}),
        ("Les troupes japonaises ont pris Shanghai.", {("Shanghai", "Japan")}),
        ("Niederländische Truppen haben Yogyakarta besetzt.", {("Yogyakarta", "Netherlands")}),
        ("Dutch paratroopers seized Yogyakarta.", {("Yogyakarta", "Netherlands")}),
        # the Netherlands' single opponent holds the city it left
        (
            "Niederländische Truppen haben sich aus Yogyakarta zurückgezogen.",
            {("Yogyakarta", "Republic of Indonesia")},
        ),
        ("Litauische Truppen haben Vilnius besetzt.", {("Vilnius", "Lithuania")}),
        ("Lithuanian troops took Vilnius.", {("Vilnius", "Lithuania")}),
        ("Libysche Truppen haben Aouzou eingenommen.", {("Aouzou", "Libya")}),
        ("Libyan forces recaptured Aouzou.", {("Aouzou", "Libya")}),
    ],
)
def test_a_state_at_war_abroad_is_found_under_its_adjective(text: str, expected: set[tuple[str, str]]
                                                            ) -> None:
    """Japanese, Dutch, Lithuanian and Libyan troops are the sides named after their countries."""
    assert corpus_changes(text, WATCHLIST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government side keeps its own adjective
        ("Die polnische Armee hat Vilnius eingenommen.", {("Vilnius", "Poland")}),
        ("Tschadische Truppen haben Aouzou eingenommen.", {("Aouzou", "Chad")}),
        # an adjective alone changes nothing: diplomats arriving, a siege
        ("Japanische Diplomaten sind in Tianjin eingetroffen.", set()),
        ("Japanese troops besieged Tianjin on Friday.", set()),
        ("Dutch troops are advancing on Yogyakarta.", set()),
        ("Litauische Truppen stehen vor Vilnius.", set()),
    ],
)
def test_the_adjectives_keep_their_limits(text: str, expected: set[tuple[str, str]]) -> None:
    """The government side is still read under its own adjective; a presence is no change."""
    assert corpus_changes(text, WATCHLIST) == expected


@pytest.mark.parametrize(
    ("lang_text", "expected"),
    [
        # the North Koreans are North Korea's, though South Korea is the government in both Koreas
        ("Seoul è stata conquistata dai nordcoreani.", {("Seoul", "North Korea")}),
        ("I nordcoreani hanno conquistato Seoul all'alba.", {("Seoul", "North Korea")}),
        # the city of today against the one taken long ago: no news
        ("La Daejeon di oggi è lontana da quella presa dai nordcoreani.", set()),
        ("Pyongyang oggi è diversa da quella liberata dai sudcoreani.", set()),
    ],
)
def test_a_nationality_noun_names_its_state(lang_text: str, expected: set[tuple[str, str]]) -> None:
    """"i nordcoreani" are North Korea; a comparison with the city they once took is no change."""
    assert held(lang_text) == expected
