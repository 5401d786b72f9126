"""Recall on unseen conflicts (issue 10): a side that fights on two fronts leaves a city; the new
holder is the one of its opponents the article names, and nobody when it names both or neither.

Sentences of our own about South Kordofan (Sudan), where the army faces both the RSF and the
SPLM-N, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Kadugli", "country": "SD"}, {"name": "Dilling", "country": "SD"}],
    "actors": [
        {"name": "Rapid Support Forces", "aliases": ["RSF"], "countries": ["SD"],
         "opposes": ["Sudanese Armed Forces"]},
        {"name": "SPLM-N", "aliases": ["Sudan People's Liberation Movement-North"], "countries": ["SD"],
         "opposes": ["Sudanese Armed Forces"]},
        {"name": "Sudanese Armed Forces", "aliases": ["SAF", "Sudanese army"], "countries": ["SD"],
         "government": True, "opposes": ["Rapid Support Forces", "SPLM-N"]},
    ],
}
WHEN = datetime(2025, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army withdrew from Kadugli on Monday. SPLM-N fighters were seen in its streets.",
        "L'armée soudanaise s'est retirée de Kadugli lundi après l'avancée du SPLM-N.",
        "El ejército sudanés abandonó Kadugli el lunes ante el avance del SPLM-N.",
        "L'esercito sudanese si è ritirato da Kadugli lunedì; i combattenti del SPLM-N avanzano.",
        "O exército sudanês retirou-se de Kadugli na segunda-feira, diante do avanço do SPLM-N.",
    ],
)
def test_the_named_opponent_of_who_left_holds_the_city(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == {("Kadugli", "SPLM-N")}


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army withdrew from Kadugli on Monday.",
        "The Sudanese army withdrew from Kadugli on Monday as the RSF and the SPLM-N advanced.",
    ],
)
def test_no_holder_when_the_article_names_neither_or_both_opponents(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == set()
