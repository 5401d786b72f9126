""""Occupy" in its infinitives: after "after", the personal infinitive, the compound infinitive.

"Após os rebeldes ocuparem X", "tras ocupar X", "dopo aver occupato X" tell a capture as done, like
"tomarem" and "aver conquistato" already did; an attempt, a wish, a plan or an occupation that goes
on ("continuam a ocupar X") is no change. Sentences of our own about Angola's civil war.
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import detector_for, held

WATCHLIST = {
    "places": [{"name": "Huambo", "country": "AO"}, {"name": "Kuito", "country": "AO"}],
    "actors": [
        {"name": "UNITA", "countries": ["AO"], "opposes": ["Angolan government"]},
        {"name": "Angolan government", "aliases": ["FAA"], "countries": ["AO"], "government": True,
         "opposes": ["UNITA"]},
    ],
}


@pytest.fixture(scope="module")
def detector():  # type: ignore[no-untyped-def]
    return detector_for(WATCHLIST)


@pytest.mark.parametrize("text", [
    "Depois de os rebeldes da UNITA ocuparem Huambo no sábado, milhares de pessoas fugiram para o litoral.",
    "Tras ocupar Huambo el sábado, los rebeldes de la UNITA avanzaron hacia el este, según fuentes locales.",
    "Dopo aver occupato Huambo sabato, i ribelli dell'UNITA sono avanzati verso est, secondo fonti locali.",
])
def test_an_occupation_told_in_an_infinitive_is_a_capture(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    assert held(detector, text) == {("Huambo", "UNITA")}


@pytest.mark.parametrize("text", [
    "Os rebeldes da UNITA continuam a ocupar Huambo, segundo fontes locais, e não há sinais de retirada.",
    "Los rebeldes de la UNITA quieren ocupar Huambo antes de las lluvias, según fuentes locales.",
    "Os rebeldes da UNITA planeiam ocupar Huambo antes das chuvas, segundo fontes locais.",
    "I ribelli dell'UNITA minacciano di occupare Huambo prima delle piogge, secondo fonti locali.",
])
def test_an_occupation_wished_planned_or_going_on_is_no_change(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    assert held(detector, text) == set()
