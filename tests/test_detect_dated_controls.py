"""A side controlling a city on a day of the news holds it now (issue 10, "time anchored").

"Los alzados dominaban esta noche X", "les insurgés contrôlaient mardi matin X": a control verb
with the city for object, dated by today, tonight or a day of this week, is the morning report of
who holds the city, in each language (Spanish alone read it). A control that lasts ("toujours"),
one told in a relative clause about the side, or a day that belongs to another clause is not.
So is a control told right after the other side's leaving ("control X after the army pulled out").
Sentences of our own (Chiapas, January 1994).
"""

from __future__ import annotations

import pytest

from tests.chiapas_kit import CHIAPAS, EZLN, JANUARY_1994
from tests.detect_support import held_by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel Zapatista units hold Ocosingo and the market town of Altamirano this morning, residents "
         "said.", {("Ocosingo", EZLN), ("Altamirano", EZLN)}),
        ("Les zapatistes contrôlaient mardi matin Ocosingo, selon des habitants.", {("Ocosingo", EZLN)}),
        ("Los zapatistas dominaban esta noche Ocosingo, según los corresponsales.", {("Ocosingo", EZLN)}),
        ("Die Zapatisten kontrollieren heute Ocosingo, berichten Bewohner.", {("Ocosingo", EZLN)}),
        ("I zapatisti controllavano martedì mattina Ocosingo, secondo gli abitanti.", {("Ocosingo", EZLN)}),
        ("Os zapatistas controlavam na manhã desta terça-feira Ocosingo.", {("Ocosingo", EZLN)}),
    ],
)
def test_control_on_a_day_of_the_news_is_who_holds_the_city(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'armée contrôlait toujours Ocosingo mardi, selon des habitants.",
        "Los zapatistas dominaban Ocosingo, donde llegaron el martes, según los corresponsales.",
        "The Zapatistas hold talks in Ocosingo this morning.",
    ],
)
def test_a_lasting_control_or_another_clauses_day_is_no_news(text: str) -> None:
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zapatistas control Ocosingo after army pulls out",
        "Les zapatistes contrôlent Ocosingo après le retrait de l'armée.",
        "Los zapatistas controlan Ocosingo tras la retirada del ejército.",
        "Die Zapatisten kontrollieren Ocosingo nach dem Abzug der Armee.",
        "Gli zapatisti controllano Ocosingo dopo il ritiro dell'esercito.",
        "Os zapatistas controlam Ocosingo após a retirada do exército.",
    ],
)
def test_control_after_the_other_side_left_is_who_holds_the_city(text: str) -> None:
    """"control X after the army pulled out": the control is what the withdrawal left."""
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == {("Ocosingo", EZLN)}


@pytest.mark.parametrize(
    "text",
    [
        "Los zapatistas controlan Ocosingo tras meses de combates.",
        "The Zapatistas control Ocosingo after civilians fled.",
        "The Zapatistas still control Ocosingo after the army's withdrawal in 1993.",
    ],
)
def test_control_after_fighting_civilians_or_an_old_withdrawal_is_no_news(text: str) -> None:
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged in Ocosingo on Tuesday. By evening, the Zapatistas controlled the town.",
        "Fighting raged in Ocosingo on Tuesday. By nightfall the Zapatistas held Ocosingo.",
        "De violents combats ont eu lieu mardi à Ocosingo. En fin de journée, les zapatistes contrôlaient "
        "la ville.",
        "Hubo intensos combates el martes en Ocosingo. Al caer la noche, los zapatistas controlaban la "
        "ciudad.",
        "In Ocosingo wurde am Dienstag heftig gekämpft. Am Abend kontrollierten die Zapatisten die Stadt.",
        "Violenti combattimenti martedì a Ocosingo. In serata gli zapatisti controllavano la città.",
        "Combates intensos na terça-feira em Ocosingo. Ao fim do dia, os zapatistas controlavam a cidade.",
    ],
)
def test_control_by_the_end_of_the_day_is_who_holds_the_city(text: str) -> None:
    """"By evening, the Zapatistas controlled the town": the fighting just told ended with them in it."""
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == {("Ocosingo", EZLN)}


@pytest.mark.parametrize(
    "text",
    [
        "By evening, the Salinas government still controlled Ocosingo.",
        "By 1993, the Zapatistas controlled Ocosingo.",
    ],
)
def test_control_kept_or_dated_long_ago_is_no_news(text: str) -> None:
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == set()
