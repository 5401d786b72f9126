"""A joint capture has two holders: each watched side the clause names with "and".

Sentences of our own about the War of the Triple Alliance (1864-1870), which no labelled set uses:
"Brazilian and Argentine troops occupied Humaitá" gives the town to Brazil and to Argentina, as the
labelled sets do ("a joint force of Tanzanian and Mozambican troops" names both controllers).
Sides at war with each other named together ("the war between Brazil and Paraguay") are no joint
holders.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

PARAGUAY, BRAZIL, ARGENTINA = "Paraguay", "Brazil", "Argentina"
WATCHLIST = {
    "places": [{"name": "Humaitá", "country": "PY"}, {"name": "Asunción", "country": "PY"}],
    "actors": [
        {"name": PARAGUAY, "countries": ["PY"], "government": True, "opposes": [BRAZIL, ARGENTINA]},
        {"name": BRAZIL, "aliases": ["Brazilian Empire"], "countries": ["PY"], "opposes": [PARAGUAY]},
        {"name": ARGENTINA, "countries": ["PY"], "opposes": [PARAGUAY]},
    ],
}
PUBLISHED = datetime(1868, 8, 6, 8, tzinfo=UTC)
BOTH = {("Humaitá", BRAZIL), ("Humaitá", ARGENTINA)}


@pytest.mark.parametrize(
    "text",
    [
        "A joint force of Brazilian and Argentine troops occupied Humaitá on Tuesday.",
        "Humaitá was occupied on Tuesday by Brazilian and Argentine troops.",
        "Les troupes brésiliennes et argentines ont occupé Humaitá mardi.",
        "Las tropas brasileñas y argentinas ocuparon Humaitá el martes.",
        "Brasilianische und argentinische Truppen haben am Dienstag Humaitá besetzt.",
        "Le truppe brasiliane e argentine hanno occupato Humaitá martedì.",
        "As tropas brasileiras e argentinas ocuparam Humaitá na terça-feira.",
    ],
)
def test_allies_named_together_both_hold_the_city(text: str) -> None:
    """Each side of "Brazilian and Argentine troops" is a controller of the town."""
    assert held_by(WATCHLIST, "", text, PUBLISHED) == BOTH


def test_the_ally_of_the_text_joins_a_headline_that_names_one_side() -> None:
    """The headline's capture wins for the place; the text's ally of the same holder still holds it."""
    title = "Argentine troops take Humaitá"
    text = "A joint force of Brazilian and Argentine troops occupied Humaitá on Tuesday."
    assert held_by(WATCHLIST, title, text, PUBLISHED) == BOTH


def test_foes_named_together_are_no_joint_holders() -> None:
    """"The war between Brazil and Paraguay": Paraguay, Brazil's foe, does not hold what Brazil took;
    the allies' joint capture in the same article still has its two holders."""
    foes = "The war between Brazil and Paraguay turned when Brazilian troops occupied Humaitá on Tuesday."
    assert held_by(WATCHLIST, "", foes, PUBLISHED) == {("Humaitá", BRAZIL)}
    joint = foes.replace("Brazilian troops", "Brazilian and Argentine troops")
    assert held_by(WATCHLIST, "", joint, PUBLISHED) == BOTH
