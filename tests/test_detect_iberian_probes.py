"""Spanish and Portuguese wire copy of wars no corpus covers (Nicaragua 1927, the Carlist wars,
Timor 1975), on sentences written for these tests: how the Iberian press says a town changed hands."""

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
        {"name": "Cabinda", "country": "AO"},
        {"name": "Tolosa", "country": "ES"},
    ],
    "actors": [
        {"name": EDSN, "aliases": ["Sandino's forces", "sandinistas", "EDSN"], "countries": ["NI"],
         "opposes": [NIC]},
        {"name": NIC, "aliases": ["Nicaraguan army"], "countries": ["NI"], "government": True,
         "opposes": [EDSN]},
        {"name": CARL, "aliases": ["carlistas"], "countries": ["ES"], "opposes": ["Spanish government"]},
        {"name": "Spanish government", "aliases": ["Spanish army"], "countries": ["ES"], "government": True,
         "opposes": [CARL]},
        {"name": "FLEC", "aliases": [], "countries": ["AO"], "opposes": ["MPLA"]},
        {"name": "MPLA", "aliases": ["FAPLA"], "countries": ["AO"], "government": True, "opposes": ["FLEC"]},
        {"name": FRET, "aliases": ["FRETILIN"], "countries": ["TL"], "opposes": [UDT]},
        {"name": UDT, "aliases": ["União Democrática Timorense"], "countries": ["TL"], "opposes": [FRET]},
    ],
}
MAY_1927 = datetime(1927, 5, 20, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los hombres de Sandino se hicieron el domingo con Ocotal tras seis horas de combate.",
         ("Ocotal", EDSN)),
        ("Los carlistas se hicieron anoche con Estella, según un despacho de Pamplona.", ("Estella", CARL)),
        ("Los sandinistas se hicieron ayer con Jinotega.", ("Jinotega", EDSN)),
    ],
)
def test_a_day_between_se_hicieron_and_con(text: str, expected: tuple[str, str]) -> None:
    """"Se hicieron el domingo con X" is "se hicieron con X" with its day in between, as "se
    apoderaron el domingo de X" already read."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Fretilin domina agora Baucau, disse um porta-voz da UDT em Díli.", {("Baucau", FRET)}),
        ("A UDT já domina Maliana.", {("Maliana", UDT)}),
        ("Los sandinistas dominan ya Jinotega.", {("Jinotega", EDSN)}),
        ("Los sandinistas ya dominan Ocotal, según el corresponsal.", {("Ocotal", EDSN)}),
        # the bare present is a standing state, no news of a change
        ("A Fretilin domina Baucau.", set()),
        ("Los sandinistas dominan el norte del país desde Ocotal.", set()),
    ],
)
def test_a_side_now_dominates_a_town(text: str, expected: set[tuple[str, str]]) -> None:
    """"Domina agora X", "dominan ya X" say a side holds the town now, as "controla agora X" and
    "controlan ya X" do; the bare present does not."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Fretilin fez a sua entrada em Baucau sem encontrar resistência.", {("Baucau", FRET)}),
        ("Os homens da UDT fizeram entrada em Maliana depois da retirada da Fretilin.", {("Maliana", UDT)}),
        ("Los sandinistas hicieron su entrada en Jinotega sin encontrar resistencia.", {("Jinotega", EDSN)}),
    ],
)
def test_made_their_entry_into_a_town_given_up(text: str, expected: set[tuple[str, str]]) -> None:
    """"Fez a sua entrada em X" is an entry like "entrou em X", in Portuguese as in Spanish ("hicieron su
    entrada en"): a change when the other side gave the town up."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ocotal capitulated to the EDSN on Sunday.",
        "Ocotal a capitulé devant l'EDSN dimanche.",
        "Ocotal capituló ante el EDSN el domingo.",
        "Ocotal kapitulierte am Sonntag vor der EDSN.",
        "Ocotal capitulou perante o EDSN no domingo.",
        "La guarnición de Ocotal capituló el domingo ante los sandinistas.",
        "La guarnición de Ocotal se entregó a los sandinistas.",
        "A guarnição de Ocotal entregou-se aos sandinistas.",
    ],
)
def test_a_town_capitulated_or_gave_itself_up_to_a_side(text: str) -> None:
    """"Capituló ante", "capitulou perante" and the reflexive "se entregó a", "entregou-se aos" (the
    garrison gave itself up) are a fall to the side named, as "capitulated to" and "capitule devant"."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == {("Ocotal", EDSN)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jinotega se halla en poder de los sandinistas desde el lunes.", {("Jinotega", EDSN)}),
        ("Jinotega se halla ya en manos de los sandinistas.", {("Jinotega", EDSN)}),
        ("A cidade de Cabinda ficou ontem sob o controlo da FLEC.", {("Cabinda", "FLEC")}),
        ("A queda de Cabinda diante das FAPLA pôs fim à resistência.", {("Cabinda", "MPLA")}),
        ("A FLEC ficou senhora de Cabinda.", {("Cabinda", "FLEC")}),
        ("A FLEC assenhoreou-se de Cabinda.", {("Cabinda", "FLEC")}),
        ("Los carlistas se enseñorearon de Tolosa.", {("Tolosa", CARL)}),
    ],
)
def test_older_and_other_wordings_of_holding(text: str, expected: set[tuple[str, str]]) -> None:
    """"Se halla en poder de" as "está en poder de", "ficou ontem sob o controlo" with its day, "a queda
    de X diante de" a side, "ficou senhora de", "assenhoreou-se de", "se enseñorearon de"."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Los sandinistas ocuparon la estación de ferrocarril de Jinotega.",
        "A FLEC ocupou a estação de caminhos de ferro de Cabinda.",
    ],
)
def test_a_railway_station_is_not_the_town(text: str) -> None:
    """A station taken ("la estación de ferrocarril de X", "a estação de X") is a building, as an
    airport is."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == set()


OCT_1975 = datetime(1975, 10, 5, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Os combates em Baucau duraram dois dias. Por fim, os combatentes da Fretilin tomaram-na.",
         {("Baucau", FRET)}),
        ("Os combates em Baucau duraram uma semana. No domingo, a Fretilin tomou-a.", {("Baucau", FRET)}),
        ("A UDT perdeu Maliana na semana passada, mas retomou-a no domingo.", {("Maliana", UDT)}),
        ("A Fretilin atacou a cidade de Baucau e ocupou-a.", {("Baucau", FRET)}),
        # two towns before the pronoun: it could be either
        ("A Fretilin atacou Baucau e Maliana e tomou-a.", set()),
        # the pronoun stands for the base, not the town
        ("A Fretilin atacou a base militar de Baucau e tomou-a.", set()),
    ],
)
def test_a_portuguese_enclitic_pronoun_stands_for_the_town(text: str, expected: set[tuple[str, str]]) -> None:
    """"Tomaram-na", "tomou-a", "retomou-a": the pronoun hung on the verb is the one town named
    before it, so it reads as "tomaram X"."""
    assert held_by(WATCHLIST, "", text, OCT_1975) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La guarnición de Jinotega depuso las armas ante los sandinistas.", {("Jinotega", EDSN)}),
        ("A guarnição de Baucau depôs as armas perante a Fretilin.", {("Baucau", FRET)}),
        ("El ejército nicaragüense recobró Jinotega.", {("Jinotega", NIC)}),
        ("A UDT recobrou Maliana.", {("Maliana", UDT)}),
        ("Jinotega ha pasado al control de los sandinistas.", {("Jinotega", EDSN)}),
        ("Maliana volta a estar nas mãos da UDT.", {("Maliana", UDT)}),
        # not the town: hills around it
        ("Los sandinistas tomaron los cerros que rodean Ocotal.", set()),
        ("A Fretilin ocupou os morros que cercam Baucau.", set()),
        # arms laid down is no fall when the garrison only threatens to
        ("La guarnición de Jinotega amenaza con deponer las armas ante los sandinistas.", set()),
    ],
)
def test_laying_down_arms_regaining_and_hills(text: str, expected: set[tuple[str, str]]) -> None:
    """"Depuso las armas ante", "depôs as armas perante": a garrison's surrender; "recobró",
    "recobrou" as "recuperó"; "pasado al control de", "volta a estar nas mãos de"; hills around a
    town ("los cerros", "os morros") are not the town."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ocotal queda bajo control de los sandinistas", {("Ocotal", EDSN)}),
        ("Jinotega ha quedado bajo el control de los sandinistas.", {("Jinotega", EDSN)}),
        ("Baucau fica sob controlo da Fretilin", {("Baucau", FRET)}),
        ("Los sandinistas han conseguido el control de Ocotal.", {("Ocotal", EDSN)}),
        ("A Fretilin conseguiu o controlo de Baucau.", {("Baucau", FRET)}),
        # an aim, not a result
        ("Los sandinistas luchan para conseguir el control de Ocotal.", set()),
    ],
)
def test_headline_present_of_staying_and_control_obtained(text: str, expected: set[tuple[str, str]]) -> None:
    """A headline's present "queda bajo control de", "fica sob controlo da" as the past "quedó",
    "ficou"; "han conseguido el control de", "conseguiu o controlo de" as "lograron el control"."""
    assert held_by(WATCHLIST, "", text, MAY_1927) == expected
