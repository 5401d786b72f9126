"""Groups of a conflict the rules were not written for: northern Mali, 2012 (issue 10).

Sentences of our own in four languages, read against a watchlist of our own: the Malian
government and three armed groups, MNLA and MUJAO with English names only. What it checks:
- German writes a "movement for the liberation of X" out as well as in one compound: "Nationale
  Bewegung für die Befreiung des Azawad" names the MNLA, as "nationale Befreiungsbewegung" does;
- "Die Islamisten von Ansar Dine haben …": after the noun that opens the clause, "von" says whose
  men they are (the subject), not from whom;
- "islamists", "islamistes", "islamistas", "islamisti" are words for armed men: "les islamistes
  d'Ansar Eddine" are Ansar Dine's, not whom the town was taken from.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.translate import translate_name
from tests.detect_support import held_by

MALI = {
    "places": [{"name": n, "country": "ML"} for n in ("Gao", "Timbuktu", "Kidal", "Konna")],
    "actors": [
        {"name": "Malian government", "aliases": ["Malian army"], "countries": ["ML"],
         "government": True, "opposes": ["MNLA", "Ansar Dine", "MUJAO"]},
        {"name": "MNLA", "aliases": ["National Movement for the Liberation of Azawad"],
         "countries": ["ML"], "opposes": ["Malian government", "MUJAO"]},
        {"name": "Ansar Dine", "countries": ["ML"], "opposes": ["Malian government"]},
        {"name": "MUJAO", "countries": ["ML"], "opposes": ["Malian government", "MNLA"]},
    ],
}
DAY = datetime(2012, 6, 30, 12, tzinfo=UTC)
ANSAR = "Ansar Dine"


def test_german_writes_a_liberation_movement_out() -> None:
    """Besides the compound, the written-out German name with "für die" or "zur"."""
    forms = translate_name("National Movement for the Liberation of Azawad")
    assert "nationale Bewegung für die Befreiung des azawad" in forms
    assert "nationalen Bewegung zur Befreiung von azawad" in forms
    assert not any(" für die " in f for f in translate_name("Rapid Support Forces"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Rebellen der Nationalen Bewegung für die Befreiung des Azawad haben Kidal eingenommen.",
            {("Kidal", "MNLA")},
        ),
        ("Les rebelles du Mouvement national de libération de l'Azawad ont pris Kidal.", {("Kidal", "MNLA")}),
        ("Die Islamisten von Ansar Dine haben die MNLA aus Timbuktu vertrieben.", {("Timbuktu", ANSAR)}),
        ("Kämpfer von Ansar Dine eroberten Timbuktu.", {("Timbuktu", ANSAR)}),
        ("Die Armee hat Timbuktu von Ansar Dine zurückerobert.", {("Timbuktu", "Malian government")}),
        ("Les islamistes d'Ansar Eddine ont chassé le MNLA de Tombouctou.", {("Timbuktu", ANSAR)}),
        ("Islamists of Ansar Dine drove the MNLA out of Timbuktu on Sunday.", {("Timbuktu", ANSAR)}),
    ],
)
def test_the_group_that_acts_holds_the_town(text: str, expected: set[tuple[str, str]]) -> None:
    """The group named as the subject holds the town, whichever way its name is written."""
    assert held_by(MALI, "Mali", text, DAY) == expected
