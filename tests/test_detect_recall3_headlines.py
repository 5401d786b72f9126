"""Recall on unseen conflicts (issue 10): a verbless headline with a participle ("X occupied by
Y", "X, ocupada", "X libérée !") reports a change; the holder it does not name is the side the
next sentence has entering the city, even after a liberation with a government in the war.

Sentences of our own about South Kordofan, against the watchlist of
`test_detect_recall3_opponents` (the army fights the RSF and the SPLM-N there).
"""

from __future__ import annotations

import pytest

from tests.detect_support import held_by
from tests.test_detect_recall3_opponents import WATCHLIST, WHEN


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kadugli occupied by SPLM-N", ""),
        ("Kadugli occupée par le SPLM-N", ""),
        ("Kadugli ocupada por el SPLM-N tras dos días de combates", ""),
        ("Kadugli occupata dallo SPLM-N", ""),
        ("Kadugli ocupada pelo SPLM-N", ""),
        ("Kadugli occupée", "Les combattants du SPLM-N sont entrés dans la ville dimanche."),
        ("Kadugli, ocupada", "Los combatientes del SPLM-N entraron en la ciudad el domingo."),
        # liberated: the side that entered, not the government by default
        ("Kadugli liberated", "SPLM-N fighters entered the town on Sunday after the army withdrew."),
        ("Kadugli libérée !", "Les combattants du SPLM-N sont entrés dans la ville dimanche."),
        ("Kadugli liberata", "I combattenti del SPLM-N sono entrati in città domenica."),
        ("Kadugli liberada", "Los combatientes del SPLM-N entraron en la ciudad el domingo."),
        ("Kadugli libertada", "Os combatentes do SPLM-N entraram na cidade no domingo."),
    ],
)
def test_a_headline_participle_reports_a_change(title: str, text: str) -> None:
    assert held_by(WATCHLIST, title, text, WHEN) == {("Kadugli", "SPLM-N")}


@pytest.mark.parametrize(
    "text",
    [
        # an apposition: the city was already held, the news is the shelling
        "Kadugli, occupied by the SPLM-N since March, was shelled on Monday.",
        "Kadugli, occupée par le SPLM-N, a été bombardée lundi.",
        "Kadugli, ocupada por el SPLM-N, fue bombardeada el lunes.",
        "Kadugli, occupata dallo SPLM-N, è stata bombardata lunedì.",
    ],
)
def test_an_occupied_city_in_apposition_is_no_news(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == set()
