"""A city that fell after the withdrawal of a side ("Kandahar est tombée après le retrait de
l'armée afghane", "tras la retirada del ejército afgano", "nach dem Abzug der afghanischen Armee")
went to that side's single opponent; the army named is the one that left, not a taker. A fall
with no side named stays without a holder. The flight of a side's troops ("la huida de las
tropas", "la fuite de l'armée", "la fuga dell'esercito") is its withdrawal; that of civilians is
not. Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kandahar est tombée vendredi après le retrait de l'armée afghane.", {("Kandahar", "Taliban")}),
        ("Kandahar cayó el viernes tras la retirada del ejército afgano.", {("Kandahar", "Taliban")}),
        ("Kandahar fell on Friday after the withdrawal of Afghan forces.", {("Kandahar", "Taliban")}),
        ("Kandahar ist nach dem Abzug der afghanischen Armee gefallen.", {("Kandahar", "Taliban")}),
        ("Kandahar è caduta venerdì dopo il ritiro dell'esercito afghano.", {("Kandahar", "Taliban")}),
        ("Kandahar caiu na sexta-feira após a retirada do exército afegão.", {("Kandahar", "Taliban")}),
        ("Kherson fell on Friday after the withdrawal of the Russian army.", {("Kherson", "Ukraine")}),
        ("Kandahar fell on Friday after the withdrawal of the Taliban.", {("Kandahar", "Afghan government")}),
        ("Kandahar est tombée vendredi.", set()),
        # a headline's army without its article is the army of the side it fights (the government)
        ("Armee erobert Kandahar", {("Kandahar", "Afghan government")}),
        ("Freie Armee erobert Kandahar", set()),
    ],
)
def test_a_fall_after_a_sides_withdrawal(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los talibanes entraron en Kandahar tras la huida de las tropas gubernamentales.",
            {("Kandahar", "Taliban")},
        ),
        (
            "Les talibans sont entrés dans Kandahar après la fuite de l'armée afghane.",
            {("Kandahar", "Taliban")},
        ),
        ("I talebani sono entrati a Kandahar dopo la fuga dell'esercito afghano.", {("Kandahar", "Taliban")}),
        ("Os talibãs entraram em Kandahar após a fuga do exército afegão.", {("Kandahar", "Taliban")}),
        ("Kandahar cayó tras la huida del ejército afgano.", {("Kandahar", "Taliban")}),
        ("La fuite des habitants de Kandahar se poursuit.", set()),
        ("La huida de civiles de Kandahar continúa.", set()),
        ("Los talibanes desembarcaron en Kandahar.", set()),
    ],
)
def test_the_flight_of_a_sides_troops_is_a_withdrawal(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
