"""German ways of telling a town changed hands, found by probing with wars no corpus covers.

Our own sentences in wire style about Eritrea (1977-91), Sierra Leone (1998-2000) and Angola
(1992-93): the dative of a fighters' word ("von eritreischen Kämpfern eingenommen"), an unnamed
liberation front, "Rebellen der EPLF" as one agent, "zogen … in X ein" after the other side
left, "in ihrer Hand", "in Rebellenhand", the Konjunktiv I of a state ("sei wieder in der
Hand"), surrender to a side ("sich der EPLF ergeben"), a national flag hoisted, "im Handstreich
genommen", "hält X seit Freitag". The second table holds what the same words say when nothing
changed hands, and the third compares "fighters of <the side>" as a passive's agent and a
surrender to a side in English, French and German.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

ETH, EPLF = "Ethiopian government", "EPLF"
SLE, RUF = "Sierra Leone government", "RUF"
AGO, UNITA = "MPLA", "UNITA"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "ER": ("Keren", "Afabet", "Barentu", "Tessenei"),
            "SL": ("Makeni", "Koidu", "Kenema", "Kailahun"),
            "AO": ("Huambo", "Luena", "Caxito"),
        }.items()
        for name in names
    ],
    "actors": [
        side(ETH, ["Ethiopian army", "Derg"], ["ET", "ER"], EPLF, True),
        side(EPLF, ["Eritrean People's Liberation Front", "FPLE"], "ER", ETH),
        side(SLE, ["Sierra Leone army", "ECOMOG"], "SL", RUF, True),
        side(RUF, ["Revolutionary United Front"], "SL", SLE),
        side(AGO, ["Angolan government", "Angolan army"], "AO", UNITA, True),
        side(UNITA, ["Unita"], "AO", AGO),
    ],
}

CHANGES: list[tuple[str, Pairs]] = [
    ("Die Stadt Barentu ist von eritreischen Kämpfern eingenommen worden.", {("Barentu", EPLF)}),
    ("Afabet wurde am Montag von Freischärlern erobert.", {("Afabet", EPLF)}),
    ("Am Montag haben die Aufrührer die Stadt Afabet nach kurzem Gefecht eingenommen.", {("Afabet", EPLF)}),
    # masters of the town again, the subject before a German date ("am 13.")
    ("Nach einem Straßenkampf sind die Rebellen der EPLF am 13. früh wieder Herren der Stadt Afabet.",
     {("Afabet", EPLF)}),
    ("Eritreische Befreiungsfront nimmt Tessenei ein", {("Tessenei", EPLF)}),
    ("Barentu wurde am Montag von Rebellen der EPLF eingenommen.", {("Barentu", EPLF)}),
    ("Die Kämpfer der RUF zogen am Samstag in Kailahun ein, nachdem die Armee abgezogen war.", {("Kailahun", RUF)}),
    ("Nach Darstellung der Unita ist Luena seit Samstag in ihrer Hand.", {("Luena", UNITA)}),
    ("Die Stadt Kailahun ist nun in Rebellenhand.", {("Kailahun", RUF)}),
    ("Luena in Rebellenhand\nDie Regierungstruppen haben sich nach tagelangen Gefechten zurückgezogen.", {("Luena", UNITA)}),
    ("Wie ein Sprecher der Regierung mitteilte, sei Kenema wieder in der Hand der Armee.", {("Kenema", SLE)}),
    ("Die Garnison von Tessenei hat sich der EPLF ergeben.", {("Tessenei", EPLF)}),
    ("Soldaten der ECOMOG hissten am Sonntag in Makeni die Nationalflagge.", {("Makeni", SLE)}),
    ("Die RUF hat Koidu im Handstreich genommen.", {("Koidu", RUF)}),
    ("Die Unita hält Caxito seit Freitag.", {("Caxito", UNITA)}),
    ("Seit Freitag hält die Unita Caxito.", {("Caxito", UNITA)}),
]

NO_CHANGES = [
    # "ergeben" that results, not a garrison that surrenders
    "Für die Bewohner von Afabet hat sich daraus am Montag nichts Neues ergeben.",
    "Die Unita will Caxito einnehmen.",
    "Die Unita hält Caxito seit Monaten.",
    "Die Stadt Luena ist seit 1992 in Rebellenhand.",
    "Die Stadt Luena ist in Rebellenhand.",
    "Die Armee beschoss Afabet in Rebellenhand.",
    "Die Kämpfer der EPLF drangen am Samstag in Keren ein.",
    "In Barentu haben sich die Soldaten der Armee ergeben.",
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_a_german_change(text: str, expected: Pairs) -> None:
    """Each way the German press tells the change gives the town to the side that took it."""
    assert held(detector_for(WATCHLIST), text) == expected


@pytest.mark.parametrize("text", NO_CHANGES)
def test_the_same_words_without_a_change(text: str) -> None:
    """An aim, a state of long standing, a place that is only shelled, a bare entry, no change."""
    assert held(detector_for(WATCHLIST), text) == set()


LANGS3 = ("en", "fr", "de")

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str]]] = [
    ("taken by fighters of the side", {("Barentu", EPLF)}, (
        "Barentu was taken on Monday by fighters of the EPLF.",
        "Barentu a été prise lundi par des combattants du FPLE.",
        "Barentu wurde am Montag von Kämpfern der EPLF eingenommen.",
    )),
    ("the garrison surrendered to the side", {("Tessenei", EPLF)}, (
        "The garrison of Tessenei surrendered to the EPLF.",
        "La garnison de Tessenei s'est rendue au FPLE.",
        "Die Garnison von Tessenei hat sich der EPLF ergeben.",
    )),
]

GAPS: dict[tuple[str, str], str] = {}

test_reads_alike, test_has_its_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, GAPS, LANGS3)
