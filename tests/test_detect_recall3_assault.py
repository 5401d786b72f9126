"""Recall on unseen conflicts (issue 10): a city taken by assault ("stormed X", "pris d'assaut",
"asaltaron", "preso d'assalto", "assaltaram") changed hands; an attempt did not.

Sentences of our own about Sudan, against the watchlist of `test_detect_recall3_capitals`.
"""

from __future__ import annotations

import pytest

from tests.detect_support import held_by
from tests.test_detect_recall3_capitals import RSF, WATCHLIST, WHEN


@pytest.mark.parametrize(
    "text",
    [
        "The RSF stormed Khartoum on Saturday after a week of fighting.",
        "RSF fighters stormed the city of Khartoum at dawn.",
        "Les RSF ont pris d'assaut Khartoum samedi.",
        "Les combattants des RSF ont pris d'assaut la ville de Khartoum samedi.",
        "Las RSF asaltaron Jartum el sábado tras una semana de combates.",
        "Le RSF hanno preso d'assalto Khartoum sabato.",
        "As RSF assaltaram Cartum no sábado.",
    ],
)
def test_a_city_taken_by_assault_changed_hands(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == {("Khartoum", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF tried to storm Khartoum on Saturday.",
        "Les RSF ont tenté de prendre d'assaut Khartoum samedi.",
        "Las RSF asaltaron un banco en Jartum el sábado.",
    ],
)
def test_an_attempt_or_a_robbery_is_no_change(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == set()
