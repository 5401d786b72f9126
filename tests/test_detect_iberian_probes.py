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
    ],
    "actors": [
        {"name": EDSN, "aliases": ["Sandino's forces", "sandinistas"], "countries": ["NI"], "opposes": [NIC]},
        {"name": NIC, "aliases": ["Nicaraguan army"], "countries": ["NI"], "government": True,
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
