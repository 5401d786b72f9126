"""Who holds a town when the state's police takes it, with armed men beside it, or when the
watchlist follows two wars of one country.

Sentences of our own. The Zapatista rising in Chiapas (1994): the police is a force of the
government side, and the armed men who storm a town beside it ("police and paramilitaries")
are its own, not its enemies. Russia under Catherine II (Pugachev's revolt, 1774) watched
beside a war of the 1990s: in an article about the Cossack rising, "the insurgents" are not
the Chechen rebels, nor is a town "retaken" by the government of the other war.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

EZLN, MEXICO = "EZLN", "Mexican government"
CHIAPAS = {
    "places": [{"name": "Ocosingo", "country": "MX"}, {"name": "Altamirano", "country": "MX"}],
    "actors": [
        {"name": EZLN, "aliases": ["Zapatistas", "Zapatista Army of National Liberation"],
         "countries": ["MX"], "opposes": [MEXICO]},
        {"name": MEXICO, "aliases": ["Salinas government"], "countries": ["MX"], "government": True,
         "opposes": [EZLN]},
    ],
}
JANUARY_1994 = datetime(1994, 1, 12, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The police stormed Ocosingo on Tuesday and arrested dozens of Zapatistas.",
        "La police a pris d'assaut Ocosingo mardi et arrêté des dizaines de zapatistes.",
        "La policía tomó Ocosingo el martes y detuvo a decenas de zapatistas.",
        "Die Polizei hat Ocosingo am Dienstag gestürmt und Dutzende Zapatisten festgenommen.",
        "La polizia ha preso Ocosingo martedì e arrestato decine di zapatisti.",
        "A polícia tomou Ocosingo na terça-feira e prendeu dezenas de zapatistas.",
    ],
)
def test_the_police_takes_a_town_for_the_government(text: str) -> None:
    """"The police stormed X": a security force of the government side, which holds X now."""
    found = held_by(CHIAPAS, "Chiapas", text, JANUARY_1994)
    assert found == {("Ocosingo", MEXICO)}


@pytest.mark.parametrize(
    "text",
    [
        "The police and masked pro-government gunmen stormed Altamirano on Tuesday.",
        "La police et les paramilitaires ont repris le contrôle d'Altamirano mardi.",
        "La policía y grupos paramilitares tomaron Altamirano el martes.",
        "Die Polizei und regierungstreue Milizen haben Altamirano am Dienstag gestürmt.",
        "La polizia e i paramilitari hanno preso Altamirano martedì.",
        "A polícia e grupos paramilitares tomaram Altamirano na terça-feira.",
    ],
)
def test_armed_men_beside_the_police_are_the_governments(text: str) -> None:
    """"Police and paramilitaries took X": one subject, the armed men are not the rebels."""
    found = held_by(CHIAPAS, "Chiapas", text, JANUARY_1994)
    assert found == {("Altamirano", MEXICO)}


def test_who_surrendered_before_the_entry_did_not_enter() -> None:
    """"The troops surrendered, and the columns entered X": who surrendered lost X (read back from
    the verb, the subject of the surrender was met first)."""
    text = ("Las tropas del gobierno se rindieron el viernes, y las columnas que sitiaban el pueblo "
            "entraron en Ocosingo.")
    found = held_by(CHIAPAS, "Chiapas", text, JANUARY_1994)
    assert ("Ocosingo", MEXICO) not in found


PUGACHEV, CATHERINE = "Pugachev's Cossacks", "Imperial army"
CHECHENS, RUSSIA = "Chechen rebels", "Russian government"
TWO_WARS = {
    "places": [{"name": "Kazan", "country": "RU"}, {"name": "Grozny", "country": "RU"}],
    "actors": [
        {"name": PUGACHEV, "aliases": ["Pugachev", "Cossack rebels"], "countries": ["RU"],
         "opposes": [CATHERINE]},
        {"name": CATHERINE, "aliases": ["Mikhelson", "Catherine's army"], "countries": ["RU"],
         "opposes": [PUGACHEV]},
        {"name": CHECHENS, "aliases": ["Chechen separatists"], "countries": ["RU"], "opposes": [RUSSIA]},
        {"name": RUSSIA, "aliases": ["Russian federal forces"], "countries": ["RU"], "government": True,
         "opposes": [CHECHENS]},
    ],
}
JULY_1774 = datetime(1774, 7, 20, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Pugachev's Cossacks reached the walls at dawn. By evening the insurgents had taken Kazan.",
        "Les cosaques de Pougatchev ont atteint les remparts à l'aube. "
        "Le soir, les insurgés se sont emparés de Kazan.",
    ],
)
def test_insurgents_of_another_war_are_not_the_governments_enemy(text: str) -> None:
    """The article names Pugachev's side only: "the insurgents" are not the Chechen rebels."""
    found = held_by(TWO_WARS, "Kazan", text, JULY_1774)
    assert found == {("Kazan", PUGACHEV)}


def test_a_recapture_in_another_war_is_not_the_governments() -> None:
    """"X has been retaken", in an article about Pugachev and Mikhelson: not the government of 1999."""
    text = ("Mikhelson's hussars came up two days later and routed Pugachev's Cossacks. "
            "Kazan has been retaken.")
    found = held_by(TWO_WARS, "Kazan", text, JULY_1774)
    assert ("Kazan", RUSSIA) not in found
