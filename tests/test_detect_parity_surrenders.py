"""Surrenders and handovers in six languages: who gives a town up, and to whom.

A garrison that surrenders gives its town to the other side, not to the side it belongs to ("the
rebel garrison of X surrendered"); a town handed over goes to its recipient, whatever the giver
is called ("entregaram X às forças federais", with the Portuguese "às" that joins "a" and
"as"); a town that fell goes to the side the same sentence says entered it after a semicolon or
a colon ("X cayó el jueves; las tropas del gobierno entraron en la ciudad"); a side that
surrendered to another "in X" gives X to it, the city after the verb or opening the sentence; and a Spanish or
Italian sentence may open on the reflexive pronoun that is "if" in another language ("Se rindió
X", "Si è arresa X"); and a side controlling the city since a recent time in the next sentence
holds a town that fell ("È caduta X. Le truppe federali controllano la città dal mattino").
Each construction is one sentence written for this battery in en, fr, es,
de, it and pt, about Guatemala 1954, Brazil 1932 and Paraguay 1947; no sentence comes from an
evaluation item. A pair the detector cannot read without a larger change is a strict xfail in
`GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

GTM, ELN = "Guatemalan government", "Liberation Army"
BRA, CON = "Brazilian federal government", "Constitutionalists"
PRY, FEB = "Paraguayan government", "Febreristas"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "GT": ("Chiquimula", "Zacapa", "Puerto Barrios"),
            "BR": ("Campinas", "Cruzeiro", "Itapetininga"),
            "PY": ("Concepción", "Pedro Juan Caballero"),
        }.items()
        for name in names
    ],
    "actors": [
        side(GTM, ["Guatemalan army"], "GT", ELN, True),
        side(ELN, ["Ejército de Liberación", "Armée de libération", "Befreiungsarmee", "Esercito di Liberazione", "Exército de Libertação"], "GT", GTM),
        side(BRA, ["federal forces", "federal troops"], "BR", CON, True),
        side(CON, ["constitutionnalistes", "constitucionalistas", "Konstitutionalisten", "costituzionalisti"], "BR", BRA),
        side(PRY, ["Paraguayan army", "government troops"], "PY", FEB, True),
        side(FEB, ["Febrerista rebels"], "PY", PRY),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("the rebel garrison of X surrendered: the government holds X", {("Zacapa", GTM)}, (
        "The rebel garrison of Zacapa surrendered on Monday.",
        "La garnison rebelle de Zacapa s'est rendue lundi.",
        "La guarnición rebelde de Zacapa se rindió el lunes.",
        "Die Besatzung der Rebellen in Zacapa hat sich am Montag ergeben.",
        "La guarnigione ribelle di Zacapa si è arresa lunedì.",
        "A guarnição rebelde de Zacapa rendeu-se na segunda-feira.",
    )),
    ("the garrison of side S in X surrendered: S's opponent holds X", {("Cruzeiro", BRA)}, (
        "The Constitutionalist garrison of Cruzeiro surrendered on Monday.",
        "La garnison constitutionnaliste de Cruzeiro s'est rendue lundi.",
        "La guarnición constitucionalista de Cruzeiro se rindió el lunes.",
        "Die Besatzung der Konstitutionalisten in Cruzeiro hat sich am Montag ergeben.",
        "La guarnigione dei costituzionalisti di Cruzeiro si è arresa lunedì.",
        "A guarnição constitucionalista de Cruzeiro rendeu-se na segunda-feira.",
    )),
    ("S handed X over to T: T holds X, whatever S is called", {("Cruzeiro", BRA)}, (
        "After three days of fighting, the Paulistas handed Cruzeiro over to federal forces.",
        "Après trois jours de combats, les Paulistes ont remis Cruzeiro aux forces fédérales.",
        "Tras tres días de combates, los paulistas entregaron Cruzeiro a las fuerzas federales.",
        "Nach dreitägigen Kämpfen übergaben die Paulistas Cruzeiro den Bundestruppen.",
        "Dopo tre giorni di combattimenti, i paulisti hanno consegnato Cruzeiro alle forze federali.",
        "Depois de três dias de combates, os paulistas entregaram Cruzeiro às forças federais.",
    )),
    ("X fell; T entered the city (the same sentence)", {("Concepción", PRY)}, (
        "Concepción fell on Thursday; government troops entered the city at dawn.",
        "Concepción est tombée jeudi : l'armée paraguayenne est entrée dans la ville à l'aube.",
        "Concepción cayó el jueves; las tropas del gobierno entraron en la ciudad al amanecer.",
        "Concepción ist am Donnerstag gefallen; die paraguayische Armee rückte im Morgengrauen in die Stadt ein.",
        "Concepción è caduta giovedì: l'esercito paraguaiano è entrato in città all'alba.",
        "Concepción caiu na quinta-feira; as tropas do governo entraram na cidade ao amanhecer.",
    )),
    ("X surrendered to T (a reflexive verb first in es and it)", {("Zacapa", ELN)}, (
        "Zacapa surrendered to the Liberation Army on Thursday.",
        "Zacapa s'est rendue jeudi à l'Armée de libération.",
        "Se rindió Zacapa ante el Ejército de Liberación.",
        "Zacapa hat sich am Donnerstag der Befreiungsarmee ergeben.",
        "Si è arresa Zacapa all'Esercito di Liberazione.",
        "Rendeu-se Zacapa ao Exército de Libertação.",
    )),
    ("X surrendered to T's forces: the recipient after 'às'", {("Cruzeiro", BRA)}, (
        "Cruzeiro surrendered to federal forces on Monday.",
        "Cruzeiro s'est rendue lundi aux forces fédérales.",
        "Cruzeiro se rindió el lunes a las fuerzas federales.",
        "Cruzeiro hat sich am Montag den Bundestruppen ergeben.",
        "Cruzeiro si è arresa lunedì alle forze federali.",
        "Cruzeiro rendeu-se às forças federais na segunda-feira.",
    )),
    ("X fell. T has held the city since this morning (the next sentence)", {("Campinas", BRA)}, (
        "Campinas has fallen. Federal troops have controlled the city since the morning.",
        "Campinas est tombée. Les troupes fédérales contrôlent la ville depuis le matin.",
        "Cayó Campinas. Las tropas federales controlan la ciudad desde la mañana.",
        "Campinas ist gefallen. Die Bundestruppen kontrollieren die Stadt seit dem Morgen.",
        "È caduta Campinas. Le truppe federali controllano la città dal mattino.",
        "Caiu Campinas. As tropas federais controlam a cidade desde a manhã.",
    )),
    ("S surrendered to T in X: T holds X (the city after whom it surrendered to)", {("Campinas", BRA)}, (
        "The Constitutionalists surrendered to federal troops in Campinas on Monday.",
        "Les constitutionnalistes se sont rendus aux troupes fédérales à Campinas lundi.",
        "Los constitucionalistas se rindieron a las tropas federales en Campinas el lunes.",
        "Die Konstitutionalisten haben sich am Montag in Campinas den Bundestruppen ergeben.",
        "I costituzionalisti si sono arresi alle truppe federali a Campinas lunedì.",
        "Os constitucionalistas renderam-se às tropas federais em Campinas na segunda-feira.",
    )),
    ("In X, S surrendered to T: T holds X (the city opening the sentence)", {("Campinas", BRA)}, (
        "In Campinas, the Constitutionalists surrendered to federal troops on Monday.",
        "À Campinas, les constitutionnalistes se sont rendus aux troupes fédérales lundi.",
        "En Campinas, los constitucionalistas se rindieron a las tropas federales el lunes.",
        "In Campinas haben sich die Konstitutionalisten am Montag den Bundestruppen ergeben.",
        "A Campinas, i costituzionalisti si sono arresi alle truppe federali lunedì.",
        "Em Campinas, os constitucionalistas renderam-se às tropas federais na segunda-feira.",
    )),
    ("T has controlled X since a weekday (a compound one in pt)", {("Itapetininga", BRA)}, (
        "Federal troops have controlled Itapetininga since Monday, according to local radio.",
        "Les troupes fédérales contrôlent Itapetininga depuis lundi, selon la radio locale.",
        "Las tropas federales controlan Itapetininga desde el lunes, según la radio local.",
        "Die Bundestruppen kontrollieren Itapetininga seit Montag, wie das örtliche Radio meldet.",
        "Le truppe federali controllano Itapetininga da lunedì, secondo la radio locale.",
        "As tropas federais controlam Itapetininga desde segunda-feira, segundo a rádio local.",
    )),
]

# (construction, language) -> why the detector cannot read it yet
GAPS: dict[tuple[str, str], str] = {
}


test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)


@pytest.mark.parametrize(
    "text",
    [
        # prisoners: the surrender is told of the people a relative clause describes
        "Constitutionalist fighters who surrendered to federal troops in Campinas were released on Monday.",
        # a thing handed over, not the side
        "In Campinas, the Constitutionalists surrendered their weapons to federal troops on Monday.",
        "The Constitutionalists surrendered their weapons in Campinas on Monday.",
    ],
)
def test_a_surrender_that_gives_no_city(text: str) -> None:
    assert held(detector_for(WATCHLIST), text) == set()
