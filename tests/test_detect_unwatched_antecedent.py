"""A pronoun takes the nearest plural subject, even an unwatched foreign force.

"Ethiopian troops held the town for a week. Then Sudanese militias crossed the border. They
overran X": "they" are the militias, whom the watchlist does not follow, so no watched side
took X; the sentence between names no watched side but still sets the pronoun's antecedent.
A force of a watched side's nationality ("Ethiopian tanks") stays that side's. Articles written
for these tests about the Eritrean war in 1988.
"""

# ruff: noqa: E501 -- one article a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

EPLF, ETHIOPIA = "EPLF", "Ethiopian government"
WATCHLIST = {
    "places": [{"name": "Barentu", "country": "ER"}],
    "actors": [
        {"name": ETHIOPIA, "aliases": ["Ethiopian army", "Ethiopian troops", "troupes éthiopiennes"],
         "countries": ["ER"], "government": True, "opposes": [EPLF]},
        {"name": EPLF, "aliases": ["Eritrean People's Liberation Front", "FPLE"], "countries": ["ER"],
         "opposes": [ETHIOPIA]},
    ],
}
THURSDAY = datetime(1988, 4, 28, 12, tzinfo=UTC)

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("en", "Ethiopian troops held the town for a week. Then Sudanese militias crossed the border. They overran Barentu on Tuesday.", set()),
    ("fr", "Les troupes éthiopiennes tenaient la ville depuis une semaine. Des milices soudanaises ont alors franchi la frontière. Elles ont pris Barentu mardi.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_pronoun_after_an_unwatched_force(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    """Barentu is not given to the last watched side named before the foreign force."""
    assert held_by(WATCHLIST, "Barentu", text, THURSDAY) == expected


def test_a_force_of_a_watched_nationality_stays_that_side() -> None:
    """'Ethiopian tanks' are the Ethiopian army's: the pronoun after them is still that side (a guard)."""
    text = "The EPLF withdrew from the town on Monday. Ethiopian tanks crossed the river at dawn. They took Barentu on Tuesday."
    assert held_by(WATCHLIST, "Barentu", text, THURSDAY) == {("Barentu", ETHIOPIA)}


@pytest.mark.parametrize(
    "text",
    [
        "The EPLF held the town for a month. Since Sunday Ethiopian tanks have stood in the valley. They overran Barentu on Tuesday.",
        "Die EPLF hielt die Stadt einen Monat lang. Seit Sonntag stehen äthiopische Panzer im Tal. Sie haben Barentu am Dienstag überrollt.",
        "Le FPLE tenait la ville depuis un mois. Des chars éthiopiens sont dans la vallée depuis dimanche. Ils ont pris Barentu mardi.",
    ],
)
def test_a_pronoun_after_a_watched_nationalitys_armour_is_that_side(text: str) -> None:
    """The sentence before names only "Ethiopian tanks": the pronoun is their side, not the side
    named last before them (the EPLF)."""
    assert held_by(WATCHLIST, "Barentu", text, THURSDAY) == {("Barentu", ETHIOPIA)}
