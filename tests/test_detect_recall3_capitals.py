"""Recall on unseen conflicts (issue 10): a capital named by its country ("the Somali capital",
"la capitale libyenne", "la capital de Sudán", "die sudanesische Hauptstadt", "die Hauptstadt
Somalias") is that city.

Sentences of our own about Somalia, Libya and Sudan, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [
        {"name": "Mogadishu", "country": "SO"},
        {"name": "Kismayo", "country": "SO"},
        {"name": "Tripoli", "country": "LY"},
        {"name": "Khartoum", "country": "SD"},
    ],
    "actors": [
        {"name": "al-Shabaab", "aliases": ["Shabaab", "al-Shabab"], "countries": ["SO"],
         "opposes": ["Somali government"]},
        {"name": "Somali government", "aliases": ["Somali army", "Somali forces"], "countries": ["SO"],
         "government": True, "opposes": ["al-Shabaab"]},
        {"name": "Libyan National Army", "aliases": ["LNA", "Haftar's forces"], "countries": ["LY"],
         "opposes": ["Government of National Accord"]},
        {"name": "Government of National Accord", "aliases": ["GNA"], "countries": ["LY"],
         "government": True, "opposes": ["Libyan National Army"]},
        {"name": "Rapid Support Forces", "aliases": ["RSF"], "countries": ["SD"],
         "opposes": ["Sudanese Armed Forces"]},
        {"name": "Sudanese Armed Forces", "aliases": ["SAF", "Sudanese army"], "countries": ["SD"],
         "government": True, "opposes": ["Rapid Support Forces"]},
    ],
}
WHEN = datetime(2024, 3, 2, tzinfo=UTC)
SB, LNA, RSF = "al-Shabaab", "Libyan National Army", "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab fighters captured the Somali capital on Sunday after government troops fled.",
         {("Mogadishu", SB)}),
        ("Les combattants shebab se sont emparés de la capitale somalienne dimanche.", {("Mogadishu", SB)}),
        ("Los milicianos de al Shabab tomaron la capital de Somalia el domingo.", {("Mogadishu", SB)}),
        ("I miliziani di al-Shabaab hanno conquistato la capitale somala domenica.", {("Mogadishu", SB)}),
        ("Os combatentes do al-Shabaab tomaram a capital da Somália no domingo.", {("Mogadishu", SB)}),
        ("The LNA says it has seized Libya's capital after a week of street fighting.",
         {("Tripoli", LNA)}),
        ("La capitale libyenne est tombée aux mains de l'ANL de Haftar, l'LNA.", {("Tripoli", LNA)}),
        ("The Sudanese capital fell to the RSF on Saturday.", {("Khartoum", RSF)}),
        ("Die RSF haben die sudanesische Hauptstadt eingenommen.", {("Khartoum", RSF)}),
        # German names the country by its genitive or by "von"
        ("Die RSF haben die Hauptstadt des Sudans eingenommen.", {("Khartoum", RSF)}),
        ("Die Shabaab-Milizen haben die Hauptstadt Somalias eingenommen.", {("Mogadishu", SB)}),
        ("Die Shabaab-Milizen haben die Hauptstadt von Somalia eingenommen.", {("Mogadishu", SB)}),
        ("Die LNA hat Libyens Hauptstadt am Sonntag erobert.", {("Tripoli", LNA)}),
    ],
)
def test_a_capital_named_by_its_country_is_that_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another city than the capital: a former one
        "Al-Shabaab fighters captured the former Somali capital of the region on Sunday.",
        # the capital of a province of the country
        "Al-Shabaab seized the capital of Somalia's Jubaland region on Sunday.",
        "Die Shabaab-Milizen haben die Hauptstadt der Provinz Jubaland eingenommen.",
        # part of the capital, or the capital as a reference point, not the object
        "The RSF seized the Sudanese capital's airport on Saturday.",
        "Les FSR ont pris l'aéroport de la capitale soudanaise samedi.",
        "Al-Shabaab fighters captured a town near the Somali capital on Sunday.",
    ],
)
def test_other_capitals_and_reference_points_are_not_the_capital(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == set()


def test_the_named_capital_is_one_mention_not_two() -> None:
    text = "The RSF seized Khartoum, the Sudanese capital, on Saturday; the army withdrew."
    assert held_by(WATCHLIST, "", text, WHEN) == {("Khartoum", RSF)}
