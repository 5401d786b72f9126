"""Spanish and Portuguese wire copy of wars no corpus covers (Nicaragua 1927, the Carlist wars,
Timor 1975, Bolivia 1946), on sentences written for these tests: a state dated to the news, verbs
that render no surrender, a clash that leaves dead, a town taken without a shot."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.detect_support import held_by

EDSN, NIC, CARL, FRET, UDT = "Sandinistas", "Nicaraguan government", "Carlists", "Fretilin", "UDT"
WATCHLIST: dict[str, Any] = {
    "places": [
        {"name": "Ocotal", "country": "NI"},
        {"name": "Jinotega", "country": "NI"},
        {"name": "Estella", "country": "ES"},
        {"name": "Baucau", "country": "TL"},
        {"name": "Maliana", "country": "TL"},
    ],
    "actors": [
        {"name": EDSN, "aliases": ["Sandino's forces", "sandinistas", "EDSN"], "countries": ["NI"],
         "opposes": [NIC]},
        {"name": NIC, "aliases": ["Nicaraguan army", "Adolfo Díaz"], "countries": ["NI"], "government": True,
         "opposes": [EDSN]},
        {"name": CARL, "aliases": ["carlistas"], "countries": ["ES"], "opposes": ["Spanish government"]},
        {"name": "Spanish government", "aliases": ["Spanish army"], "countries": ["ES"], "government": True,
         "opposes": [CARL]},
        {"name": FRET, "aliases": ["FRETILIN"], "countries": ["TL"], "opposes": [UDT]},
        {"name": UDT, "aliases": ["União Democrática Timorense"], "countries": ["TL"], "opposes": [FRET]},
    ],
}
MAY_1927 = datetime(1927, 5, 20, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los sandinistas controlan Ocotal desde la madrugada, según un despacho de Managua.",
         {("Ocotal", EDSN)}),
        ("Los carlistas controlaban a primera hora de este martes la ciudad de Estella.",
         {("Estella", CARL)}),
        ("La Fretilin controla Baucau desde as quatro da madrugada.", {("Baucau", FRET)}),
        ("Los sandinistas ya controlan Jinotega.", {("Jinotega", EDSN)}),
        # a state of months, a side described by a relative clause, an imperfect with no day: before
        ("Los sandinistas controlan Ocotal desde hace meses.", set()),
        ("Los sandinistas, que ya controlan Jinotega, avanzan hacia el sur.", set()),
        ("A Fretilin, que já controla Baucau, avança para oeste.", set()),
        ("Os carlistas tomaram Estella. O grupo já controlava Baucau.", {("Estella", CARL)}),
    ],
)
def test_control_dated_to_the_news(text: str, expected: set[tuple[str, str]]) -> None:
    """"Controlan X desde la madrugada", "controlaban este martes X", "ya controlan X": a state the
    sentence dates to the news (as the French "contrôlent X depuis ce matin"); not "que ya
    controla X", a relative clause describing the side."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jinotega pasó anoche a manos de los sandinistas.", {("Jinotega", EDSN)}),
        ("Estella pasó esta madrugada a manos de los carlistas.", {("Estella", CARL)}),
        ("Baucau passou ontem à noite para as mãos da Fretilin.", {("Baucau", FRET)}),
        ("Maliana passou hoje para o controlo da UDT.", {("Maliana", UDT)}),
    ],
)
def test_a_night_or_today_between_passing_and_hands(text: str, expected: set[tuple[str, str]]) -> None:
    """"Pasó anoche a manos de", "passou ontem à noite para as mãos de": the night or today between
    the verb and the hands, as "pasó el domingo a manos de" already read."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Los jefes sandinistas de Ocotal rindieron protesta como alcaldes ante el gobernador.",
        "Los carlistas rindieron homenaje en Estella a sus muertos.",
        "Os chefes da Fretilin renderam homenagem em Baucau aos mortos.",
        "Un choque entre sandinistas y marines en Ocotal dejó tres muertos.",
        "Na segunda-feira, um confronto entre militares e sandinistas em Ocotal deixou ao menos três mortos.",
        "Uma emboscada da UDT perto de Maliana deixou dois feridos.",
    ],
)
def test_no_surrender_and_no_departure(text: str) -> None:
    """"Rindieron protesta" (took the oath), "renderam homenagem" render no surrender; a clash that
    "deixou três mortos" left dead, not the town."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los sandinistas entraron en Ocotal. Ocotal cayó sin que se disparara un solo tiro.",
         {("Ocotal", EDSN)}),
        ("Os sandinistas entraram em Ocotal. Ocotal caiu sem que se disparasse um único tiro.",
         {("Ocotal", EDSN)}),
        ("The Sandinistas entered Ocotal. Ocotal fell without a single shot being fired.",
         {("Ocotal", EDSN)}),
        ("Les sandinistes sont entrés à Ocotal. Ocotal est tombée sans qu'un seul coup de feu soit tiré.",
         {("Ocotal", EDSN)}),
        ("I sandinisti sono entrati a Ocotal. Ocotal è caduta senza che fosse sparato un solo colpo.",
         {("Ocotal", EDSN)}),
        # a negation that is no "without"
        ("Los sandinistas entraron en Ocotal. Ocotal no cayó.", set()),
    ],
)
def test_without_a_shot_in_a_clause(text: str, expected: set[tuple[str, str]]) -> None:
    """"Sin que se disparara un solo tiro", "sem que se disparasse um único tiro": how the town
    changed hands, in a clause of its own, not a negation of the change."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tropas sublevadas contra el presidente Adolfo Díaz tomaron Ocotal.", {("Ocotal", EDSN)}),
        ("Rebel units in revolt against the president Adolfo Díaz seized Jinotega.", {("Jinotega", EDSN)}),
        ("Des unités soulevées contre le président Adolfo Díaz ont pris Ocotal.", {("Ocotal", EDSN)}),
        ("Reparti insorti contro il presidente Adolfo Díaz hanno preso Jinotega.", {("Jinotega", EDSN)}),
        ("Tropas revoltadas contra o presidente Adolfo Díaz tomaram Ocotal.", {("Ocotal", EDSN)}),
    ],
)
def test_the_side_right_after_against_is_no_subject(text: str, expected: set[tuple[str, str]]) -> None:
    """"Sublevadas contra el presidente X tomaron Y": X, right before the verb, is whom the revolt is
    against, not who took Y (as "the operation against PKK militants … retook" already read): his
    opponent took it."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Noticias del norte",
         "ESTELLA, 18 de mayo.- Los carlistas, que habían sitiado Jinotega, tomaron ayer esta ciudad.",
         {("Estella", CARL)}),
        ("Notícias do leste",
         "BAUCAU, 18 (Lusa) - A Fretilin, que na véspera atacara Maliana, ocupou hoje esta cidade.",
         {("Baucau", FRET)}),
        ("Dispaccio", "OCOTAL, 18 maggio - I sandinisti hanno conquistato questa città martedì.",
         {("Ocotal", EDSN)}),
        # no dateline: "esta ciudad" has nothing to stand for
        ("Noticias", "Los carlistas tomaron ayer esta ciudad.", set()),
    ],
)
def test_this_city_is_the_datelines(title: str, text: str, expected: set[tuple[str, str]]) -> None:
    """"ESTELLA, 18 de mayo.- … tomaron esta ciudad": "this city" in a datelined report is where it
    is written, even when another town was named in between."""
    assert held_by(WATCHLIST, title, text, MAY_1927) == expected
