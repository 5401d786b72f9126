"""German states begun today and captures of buildings in a town, on our own sentences.

About the Russian Civil War on the Volga (1918), which no corpus covers. A town "in der Hand"
of a side since this morning or the forenoon, with the report's source or a manner between
("ist nach Meldungen aus Y seit dem Vormittag in der Hand der Legion", "ist die Stadt seit
heute früh vollständig in der Hand der Roten Armee", "ist damit endgültig in der Hand …"), and
a headline "X wieder in der Hand der Y", tell a change even told late in the article. A side
that occupies the railway stations or the town halls in X, or in the districts of X and Y,
takes buildings, not the town. The parity table compares the state in six languages.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

RED, LEG = "Red Army", "Czechoslovak Legion"

WATCHLIST = {
    "places": [{"name": name, "country": "RU"} for name in ("Kazan", "Samara", "Simbirsk", "Ufa", "Syzran")],
    "actors": [
        side(RED, ["Rote Armee", "Bolsheviks", "Bolschewiki"], "RU", LEG, True),
        side(LEG, ["Czech Legion", "Tschechoslowakische Legion", "Legion"], "RU", RED),
    ],
}

# Five body sentences before the state: told late, after a lead about something else.
_LATE = (
    "Der Stab der Legion hat seinen Sitz nach Tscheljabinsk verlegt. Die Ernte ist eingebracht. "
    "Die Eisenbahn verkehrt wieder. Die Preise für Brot sind gestiegen. Die Zeitungen erscheinen wieder. "
)

CHANGES: list[tuple[str, Pairs]] = [
    ("Kasan wieder in der Hand der Roten Armee", {("Kazan", RED)}),
    ("Simbirsk, 12. September. Nach schweren Kämpfen ist die Stadt seit heute früh vollständig in der Hand der Roten Armee.", {("Simbirsk", RED)}),
    ("Die Stadt Samara ist nach Meldungen aus Moskau seit dem Vormittag in der Hand der Legion.", {("Samara", LEG)}),
    ("Samara ist seit gestern Abend in der Hand der Legion.", {("Samara", LEG)}),
    ("Die Legion hatte Samara von Norden her angegriffen. Die Stadt ist damit endgültig in der Hand der Roten Armee.", {("Samara", RED)}),
    # told late: a present state, not an undated past; a forenoon is a recent time
    ("Neue Lage an der Wolga. " + _LATE + "Die Stadt Ufa ist nach Meldungen aus Moskau seit dem Vormittag in der Hand der Legion.", {("Ufa", LEG)}),
    ("Neue Lage an der Wolga. " + _LATE + "Die Legion griff Ufa von Süden an. Die Stadt ist damit endgültig in der Hand der Legion.", {("Ufa", LEG)}),
    # a building's object does not hide the town that is itself the object
    ("Die Legion hat den Bahnhof und die Stadt Samara besetzt.", {("Samara", LEG)}),
    ("Die Legion hat nach Kämpfen mit der Polizei in Samara die Stadt besetzt.", {("Samara", LEG)}),
]

NO_CHANGES = [
    "Samara ist seit 1918 in der Hand der Legion.",
    "Samara ist seit Monaten in der Hand der Legion.",
    "Samara ist noch in der Hand der Legion.",
    # the report's source is another watched town: no reading of which is held
    "Die Stadt Samara ist nach Meldungen aus Syzran seit dem Vormittag in der Hand der Legion.",
    # buildings in the towns, not the towns
    "Die Legion hat am Donnerstag die Bahnhöfe in Samara, Syzran und Ufa besetzt.",
    "Die Legion hat in den Kreisen Samara und Ufa die Bahnhöfe und Postämter besetzt.",
    "Die Legion hat am Donnerstag die Stadtverwaltung in Samara besetzt.",
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_a_state_begun_today(text: str, expected: Pairs) -> None:
    """A town in a side's hands since today, or at last, has changed hands to that side."""
    assert held(detector_for(WATCHLIST), text) == expected


@pytest.mark.parametrize("text", NO_CHANGES)
def test_no_change(text: str) -> None:
    """An old or lasting state, a state read from another watched town, buildings taken: no change."""
    assert held(detector_for(WATCHLIST), text) == set()


CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("in a side's hands since this morning", {("Simbirsk", RED)}, (
        "Simbirsk has been in the hands of the Red Army since this morning.",
        "Simbirsk est depuis ce matin aux mains de l'Armée rouge.",
        "Simbirsk está desde esta mañana en manos del Ejército Rojo.",
        "Simbirsk ist seit heute früh in der Hand der Roten Armee.",
        "Simbirsk è da stamattina nelle mani dell'Armata Rossa.",
        "Simbirsk está desde esta manhã nas mãos do Exército Vermelho.",
    )),
    ("railway stations occupied in two towns", set(), (
        "On Thursday the Legion occupied the railway stations in Samara and Ufa.",
        "Jeudi, la Légion a occupé les gares de Samara et d'Oufa.",
        "El jueves la Legión ocupó las estaciones de tren de Samara y Ufá.",
        "Die Legion hat am Donnerstag die Bahnhöfe in Samara und Ufa besetzt.",
        "Giovedì la Legione ha occupato le stazioni ferroviarie di Samara e Ufa.",
        "Na quinta-feira a Legião ocupou as estações ferroviárias de Samara e Ufa.",
    )),
]

GAPS = {
    ("railway stations occupied in two towns", "it"): "a building noun in two words ('stazioni ferroviarie') is read as the towns",
}

test_reads_alike, test_has_its_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, GAPS)
