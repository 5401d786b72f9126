"""Italian grammar read on sentences of its own in the style of the Italian wire and press.

Against `tests/data/conflicts_watchlist.json` (Sudan, Somalia, Nigeria): a second verb with its
own object ("e hanno occupato diversi nodi"), a clitic object after "and" ("e l'hanno presa"),
power or the administration taken in a city, an opening absolute participle ("Conquistata X,
l'esercito …"), a participle after the city's comma, a flag hoisted, a city left to a side, and
the hard negatives around them (a coup, an aim, a change dated "lo scorso anno").
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"
SHABAAB, SOMALIA = "al-Shabaab", "Somali government"
BOKO = "Boko Haram"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second verb after "e" with an object of its own: the cities before are the first verb's.
        (
            "Le RSF hanno circondato gli aeroporti di Nyala e di El Daein"
            " e hanno occupato diversi nodi stradali.",
            set(),
        ),
        ("Le RSF hanno bombardato El Obeid e hanno occupato due ponti sul fiume.", set()),
        ("Le RSF hanno attaccato Nyala e hanno occupato la città.", {("Nyala", RSF)}),
        ("Nyala è ora occupata dalle RSF.", {("Nyala", RSF)}),
        # "e l'hanno presa": a clause of its own, out of reach of the first verb's "per mesi".
        ("Gli shebab hanno assediato Baidoa per mesi e l'hanno conquistata ieri.", {("Baidoa", SHABAAB)}),
        ("Les shebab ont assiégé Baidoa pendant des mois et l'ont prise hier.", {("Baidoa", SHABAAB)}),
        ("Gli shebab hanno assediato Baidoa per mesi e non l'hanno mai presa.", set()),
        # "la presa di X" is a noun: the city before it is no subject of a participle.
        ("Le RSF puntano ora su El Obeid dopo la presa di Nyala.", set()),
        ("Dalla presa di Nyala lo scorso anno, le RSF controllano il Darfur meridionale.", set()),
        ("Le RSF, che hanno preso Nyala lo scorso ottobre, attaccano El Fasher.", set()),
    ],
)
def test_clauses_and_objects(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Power or the administration taken in a city: the city changed hands.
        ("Boko Haram ha preso il potere a Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram ha assunto il potere a Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram ha assunto l'amministrazione della città di Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram took power in Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram a pris le pouvoir à Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram tomó el poder en Maiduguri.", {("Maiduguri", BOKO)}),
        ("O Boko Haram tomou o poder em Maiduguri.", {("Maiduguri", BOKO)}),
        # seized with a reflexive verb and a partitive ("s'emparer du pouvoir"), or in German
        ("Boko Haram s'est emparé du pouvoir à Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram se apoderó del poder en Maiduguri.", {("Maiduguri", BOKO)}),
        ("O Boko Haram apoderou-se do poder em Maiduguri.", {("Maiduguri", BOKO)}),
        ("Boko Haram hat am Montag in Maiduguri die Macht ergriffen.", {("Maiduguri", BOKO)}),
        ("Boko Haram ergriff die Macht in Maiduguri.", {("Maiduguri", BOKO)}),
        # A coup takes power in the state; an aim is no change.
        ("L'esercito somalo ha preso il potere a Mogadiscio con un colpo di stato.", set()),
        ("The Somali army took power in Mogadishu in a coup.", set()),
        ("Boko Haram vuole prendere il potere a Maiduguri.", set()),
        ("Boko Haram ergriff die Gelegenheit und griff Maiduguri an.", set()),
    ],
)
def test_power_taken_in_a_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An absolute participle opening the sentence: who took the city is the main clause's subject.
        ("Conquistata Kismayo, l'esercito somalo avanza verso nord.", {("Kismayo", SOMALIA)}),
        ("Presa Baidoa, gli shebab puntano su Mogadiscio.", {("Baidoa", SHABAAB)}),
        # A participle after the city's comma, the city after "a": said of the city.
        ("I soldati festeggiano a Kismayo, conquistata ieri dall'esercito somalo.", {("Kismayo", SOMALIA)}),
        ("Nyala, conquistata dalle RSF lo scorso ottobre, vive nella paura.", set()),
        # A flag hoisted, a city left to a side.
        ("L'esercito somalo issa la bandiera su Kismayo.", {("Kismayo", SOMALIA)}),
        ("L'esercito sudanese ha cominciato a ritirarsi, lasciando Nyala alle RSF.", {("Nyala", RSF)}),
    ],
)
def test_participles_flags_and_leaving(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city in capitals opening the sentence is its dateline, not the city that fell.
        ("MOGADISCIO - È caduta Baidoa. Gli shebab hanno preso la città all'alba.", {("Baidoa", SHABAAB)}),
        # What a fall would mean, a fall feared: no fall.
        ("La caduta di Baidoa sarebbe un duro colpo per il governo.", set()),
        ("Il governo teme la caduta di Baidoa.", set()),
        # Held for two years: a state, not the news.
        ("Baidoa, in mano agli shebab da due anni, è allo stremo.", set()),
        ("Nyala è nelle mani delle RSF ormai da mesi.", set()),
        ("Dalla conquista di Nyala da parte delle RSF sono passati dodici mesi.", set()),
        # A hotel stormed in the city; an officer captured near it, after "di avere".
        ("Gli shebab hanno preso d'assalto un hotel di Mogadiscio.", set()),
        (
            "Gli shebab dicono di aver conquistato i posti avanzati attorno alla città di Baidoa"
            " e di avere catturato un tenente colonnello.",
            set(),
        ),
    ],
)
def test_hard_negatives(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected

