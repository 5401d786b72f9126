"""Spanish and Portuguese states dated to the news by a "since" between the verb and the hands or
the city ("está desde hoy en manos de", "quedó desde el mediodía en poder de", "controlam desde
hoje X", "controlam desde hoje a capital do distrito, X"; French and Italian "today" too), and the
nineteenth-century "facciosos" for the rebels, on sentences written for these tests about wars no
corpus covers (Nicaragua 1927, the Carlist wars, Timor 1975)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.detect_support import held_by
from tests.test_detect_iberian_wire_states import CARL, EDSN, FRET, MAY_1927, UDT
from tests.test_detect_iberian_wire_states import WATCHLIST as WIRE_WATCHLIST

SPAIN = "Spanish government"
# The wire-states watchlist (Nicaragua 1927, the Carlist wars, Timor 1975) and one more Carlist town.
WATCHLIST: dict[str, Any] = {
    **WIRE_WATCHLIST,
    "places": [*WIRE_WATCHLIST["places"], {"name": "Tolosa", "country": "ES"}],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ocotal está desde hoy en manos de los sandinistas.", {("Ocotal", EDSN)}),
        ("La ciudad de Estella quedó desde el mediodía en poder de los carlistas.", {("Estella", CARL)}),
        ("Jinotega se halla desde esta madrugada en manos de los sandinistas.", {("Jinotega", EDSN)}),
        ("Baucau está desde hoje nas mãos da Fretilin.", {("Baucau", FRET)}),
        ("Maliana ficou desde o meio-dia em poder da UDT.", {("Maliana", UDT)}),
        ("Baucau está já nas mãos da Fretilin.", {("Baucau", FRET)}),
        ("Los sandinistas controlan desde esta madrugada Jinotega.", {("Jinotega", EDSN)}),
        ("A Fretilin controla desde hoje Baucau.", {("Baucau", FRET)}),
        # the city named after an apposition, past the "since"; French and Italian "today"
        ("A Fretilin controla desde hoje a capital do distrito, Baucau.", {("Baucau", FRET)}),
        ("Los sandinistas controlan desde hoy la cabecera departamental, Jinotega.", {("Jinotega", EDSN)}),
        ("Les sandinistes contrôlent depuis aujourd'hui Jinotega.", {("Jinotega", EDSN)}),
        ("I sandinisti controllano da oggi Jinotega.", {("Jinotega", EDSN)}),
        ("Les sandinistes contrôlent depuis des mois Jinotega.", set()),
        # a state of months or years, a negation: no news
        ("Ocotal está desde hace meses en manos de los sandinistas.", set()),
        ("Baucau está desde 1974 nas mãos da Fretilin.", set()),
        ("Los sandinistas controlan desde hace un año Jinotega.", set()),
        ("Ocotal no está desde hoy en manos de los sandinistas.", set()),
    ],
)
def test_a_since_between_the_state_and_the_hands(text: str, expected: set[tuple[str, str]]) -> None:
    """"Está desde hoy en manos de", "controlam desde hoje X": the hour dates the state to the news
    as "está ya en manos de" and "controlan X desde la madrugada" already did."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baucau está inteiramente em poder da Fretilin.", {("Baucau", FRET)}),
        ("Baucau está em poder da Fretilin.", {("Baucau", FRET)}),
    ],
)
def test_an_adverb_of_degree_before_the_power(text: str, expected: set[tuple[str, str]]) -> None:
    """"X está inteiramente em poder de": the adverb says how wholly, not whether."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La plaza de Estella ha caído en poder de los facciosos.", {("Estella", CARL)}),
        ("Los facciosos tomaron Tolosa al amanecer.", {("Tolosa", CARL)}),
        ("Os facciosos tomaram Tolosa de madrugada.", {("Tolosa", CARL)}),
    ],
)
def test_the_factious_are_the_rebels(text: str, expected: set[tuple[str, str]]) -> None:
    """"Los facciosos", the word of nineteenth- and twentieth-century papers for rebels, names the
    single opponent of the government there, as "los sublevados" does."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected
