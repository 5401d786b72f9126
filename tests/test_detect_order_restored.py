"""A town back under control, parts of it taken, an army surrendering in it (issue 10).

After a raid or a riot, the authorities say the town "is back under control", "ist wieder unter
Kontrolle", "è tornata sotto controllo": whoever held it still does. Read as a change, its holder
was guessed, often the raiders named in the same sentence. With a side named inside or after the
phrase ("back under government control", "wieder unter Kontrolle der Armee"), it is a change
as before. Sentences of our own (Chiapas, January 1994).
"""

from __future__ import annotations

import pytest

from tests.chiapas_kit import CHIAPAS, EZLN, JANUARY_1994, MEXICO
from tests.detect_support import held_by


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Ocosingo back under control after Zapatista raid",
         "A day after the Zapatista raid on Ocosingo, police killed the last gunmen in the town hall."),
        ("Ocosingo nach Angriff der Zapatisten wieder unter Kontrolle",
         "Einen Tag nach dem Überfall der Zapatisten haben Polizisten die letzten Angreifer getötet."),
        ("Chiapas", "Le gouverneur a annoncé que Ocosingo est de nouveau sous contrôle après l'attaque "
                    "des zapatistes."),
        ("Chiapas", "Ocosingo está de nuevo bajo control tras el ataque de los zapatistas, dijo el "
                    "gobernador."),
        ("Chiapas", "In serata il governatore ha annunciato che Ocosingo è tornata sotto controllo dopo "
                    "l'attacco degli zapatisti."),
        ("Chiapas", "Ocosingo está novamente sob controle após o ataque dos zapatistas, disse o governador."),
    ],
)
def test_a_town_back_under_control_with_no_side_named_changed_no_hands(title: str, text: str) -> None:
    assert held_by(CHIAPAS, title, text, JANUARY_1994) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ocosingo is back under government control after the Zapatistas withdrew.",
        "Ocosingo ist wieder unter Kontrolle der Armee, nachdem die Zapatisten abgezogen sind.",
        "Ocosingo est de nouveau sous le contrôle de l'armée après le retrait des zapatistes.",
        "Ocosingo volvió bajo control del ejército tras la retirada de los zapatistas.",
    ],
)
def test_a_town_back_under_a_named_sides_control_changed_hands(text: str) -> None:
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == {("Ocosingo", MEXICO)}


@pytest.mark.parametrize(
    "text",
    [
        "Two neighbourhoods on the eastern slope of Ocosingo were occupied by the Zapatistas.",
        "Dos vecindarios situados en la ladera oriental de Ocosingo fueron ocupados por los zapatistas.",
        "I quartieri periferici di Ocosingo sono stati occupati dagli zapatisti.",
    ],
)
def test_parts_of_a_town_taken_in_a_raid_are_not_the_town(text: str) -> None:
    """Neighbourhoods named a few words before "of X", as the passive's subject: parts of X."""
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == set()


def test_a_town_in_the_suburbs_of_another_is_still_the_subject() -> None:
    """"X, dans la banlieue est de Y, est tombé": the suburbs are an aside on X, which fell."""
    text = ("La bourgade d'Ocosingo, dans la banlieue est d'Altamirano, est tombée jeudi aux mains des "
            "zapatistes.")
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == {("Ocosingo", EZLN)}


@pytest.mark.parametrize(
    "text",
    [
        "The army surrendered in Ocosingo this afternoon, after three days of street fighting.",
        "L'armée s'est rendue cet après-midi à Ocosingo, après trois jours de combats de rue.",
        "El ejército se rindió esta tarde en Ocosingo, tras tres días de combates callejeros.",
        "O Exército rendeu-se esta tarde em Ocosingo, depois de três dias de combates de rua.",
        "L'esercito si è arreso questo pomeriggio a Ocosingo, dopo tre giorni di scontri in strada.",
    ],
)
def test_the_army_that_surrendered_in_a_town_lost_it(text: str) -> None:
    """"The army surrendered in X": the side inside gave the town up, to its one opponent."""
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == {("Ocosingo", EZLN)}


def test_soldiers_counted_who_surrendered_in_a_town_are_not_its_garrison() -> None:
    """"Two hundred soldiers surrendered in X": men who gave up there, not the town's holder."""
    assert held_by(CHIAPAS, "Chiapas", "Two hundred soldiers surrendered in Ocosingo.", JANUARY_1994) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The last Mexican soldier left Ocosingo on Tuesday.",
        "Le dernier soldat mexicain a quitté Ocosingo mardi.",
        "El último soldado mexicano abandonó Ocosingo el martes.",
        "Der letzte mexikanische Soldat hat Ocosingo am Dienstag verlassen.",
        "L'ultimo soldato messicano ha lasciato Ocosingo martedì.",
        "O último soldado mexicano deixou Ocosingo na terça-feira.",
    ],
)
def test_the_last_soldier_of_an_army_leaving_is_its_army_leaving(text: str) -> None:
    """"The last French soldier left X": one man for his army, which has left the town."""
    assert held_by(CHIAPAS, "Chiapas", text, JANUARY_1994) == {("Ocosingo", EZLN)}
