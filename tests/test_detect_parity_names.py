"""A census of the forms in which the press of six languages names a side.

Watchlists give a side's canonical name and a few aliases; the press writes the acronym with
dots ("E.L.N."), the name translated ("Union patriotique du Kurdistan", "FPLE"), the leader's
supporters under his name spelt the local way ("Anhänger Gamsachurdias"), or the adjective of a
state that no longer exists ("preußische Truppen"). Each form is one sentence written for this
battery in en, fr, es, de, it and pt, about wars other than the evaluation sets' (Colombia,
Georgia 1992, Iraqi Kurdistan 1996, Eritrea 1990, Liberia 1990, France 1870), with the (place,
holder) pairs it reports. A pair the detector cannot read without a larger change is a strict
xfail in `GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from functools import cache

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

ELN, COL = "National Liberation Army", "Colombian government"
UNITA, AGO = "UNITA", "Angolan government"
FLN, FRA_DZ = "FLN", "French army"
FSLN, NIC = "Sandinista National Liberation Front", "Nicaraguan government"
ZVI, GEO = "Zviadists", "Georgian government"
PUK, KDP = "PUK", "KDP"
EPLF, ETH = "Eritrean People's Liberation Front", "Ethiopian government"
NPFL, LBR = "NPFL", "Liberian government"
PRU, FRA = "Prussia", "France"
PSP, LF = "Progressive Socialist Party", "Lebanese Forces"
PMF, ADF = "Popular Mobilization Forces", "Arab Deterrent Force"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "CO": ("Saravena", "Arauca"),
            "GE": ("Zugdidi", "Senaki"),
            "IQ": ("Koya", "Erbil", "Kirkuk"),
            "ER": ("Massawa", "Keren"),
            "LR": ("Buchanan", "Gbarnga"),
            "FR": ("Metz", "Sedan"),
            "LB": ("Damour", "Aley"),
            "AO": ("Huambo", "Kuito"),
            "DZ": ("Batna", "Tizi Ouzou"),
            "NI": ("Matagalpa", "Esteli"),
        }.items()
        for name in names
    ],
    "actors": [
        side(ELN, ["ELN"], "CO", COL),
        side(COL, ["Colombian army"], "CO", ELN, True),
        side(ZVI, ["Gamsakhurdia loyalists"], "GE", GEO),
        side(GEO, ["Georgian army"], "GE", ZVI, True),
        side(PUK, ["Patriotic Union of Kurdistan"], "IQ", KDP),
        side(KDP, ["Kurdistan Democratic Party"], "IQ", PUK),
        side(EPLF, ["EPLF"], "ER", ETH),
        side(ETH, ["Derg"], "ER", EPLF, True),
        side(NPFL, ["National Patriotic Front of Liberia"], "LR", LBR),
        side(LBR, ["Armed Forces of Liberia"], "LR", NPFL, True),
        side(PRU, ["German army"], "FR", FRA),
        side(FRA, [], "FR", PRU, True),
        side(FSLN, ["FSLN"], "NI", NIC),
        side(NIC, ["National Guard"], "NI", FSLN, True),
        side(FLN, ["Front de libération nationale"], "DZ", FRA_DZ),
        side(FRA_DZ, ["French forces"], "DZ", FLN, True),
        side(UNITA, [], "AO", AGO),
        side(AGO, ["MPLA", "FAPLA"], "AO", UNITA, True),
        side(PSP, ["PSP"], "LB", LF),
        side(LF, ["Kataeb"], "LB", PSP),
        side(PMF, ["PMF"], "IQ", KDP),
        side(ADF, ["ADF"], "LB", PSP),
    ],
}

# (form, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("an acronym written with dots", {("Saravena", ELN)}, (
        "Saravena fell to the E.L.N. on Sunday.",
        "Saravena est tombée aux mains de l'E.L.N. dimanche.",
        "Saravena cayó en manos del E.L.N. el domingo.",
        "Die E.L.N. hat am Sonntag Saravena erobert.",
        "Saravena è caduta nelle mani dell'E.L.N. domenica.",
        "Saravena caiu nas mãos do E.L.N. no domingo.",
    )),
    ("a leader's supporters, his name spelt the local way", {("Zugdidi", ZVI)}, (
        "Supporters of Zviad Gamsakhurdia seized Zugdidi on Sunday.",
        "Les partisans de Zviad Gamsakhourdia se sont emparés de Zugdidi dimanche.",
        "Los partidarios de Zviad Gamsajurdia tomaron Zugdidi el domingo.",
        "Anhänger Gamsachurdias eroberten am Sonntag Zugdidi.",
        "I seguaci di Gamsakhurdia hanno conquistato Zugdidi domenica.",
        "Os seguidores de Gamsakhurdia tomaram Zugdidi no domingo.",
    )),
    ("a group named after its country, the country last", {("Massawa", EPLF)}, (
        "Massawa fell to the E.P.L.F. on Sunday.",
        "Le Front populaire de libération de l'Érythrée a pris Massawa dimanche.",
        "El FPLE tomó Massawa el domingo.",
        "Die E.P.L.F. hat am Sonntag Massawa erobert.",
        "Il FPLE ha conquistato Massawa domenica.",
        "A FPLE tomou Massawa no domingo.",
    )),
    ("a name '... of <place>' translated, or its Romance acronym", {("Koya", PUK)}, (
        "Koya fell to the P.U.K. on Sunday.",
        "L'Union patriotique du Kurdistan s'est emparée de Koya dimanche.",
        "La UPK tomó Koya el domingo.",
        "Die Patriotische Union Kurdistans eroberte am Sonntag Koya.",
        "L'Unione patriottica del Kurdistan ha conquistato Koya domenica.",
        "A União Patriótica do Curdistão tomou Koya no domingo.",
    )),
    ("a party's name translated", {("Damour", PSP)}, (
        "Damour fell to the P.S.P. on Sunday.",
        "Le Parti socialiste progressiste s'est emparé de Damour dimanche.",
        "El Partido Socialista Progresista tomó Damour el domingo.",
        "Die Progressive Sozialistische Partei eroberte am Sonntag Damour.",
        "Il Partito socialista progressista ha conquistato Damour domenica.",
        "O Partido Socialista Progressista tomou Damour no domingo.",
    )),
    ("a state of the past named by its adjective", {("Metz", PRU)}, (
        "Prussian troops occupied Metz on Sunday.",
        "Les troupes prussiennes ont occupé Metz dimanche.",
        "Las tropas prusianas ocuparon Metz el domingo.",
        "Preußische Truppen besetzten am Sonntag Metz.",
        "Le truppe prussiane hanno occupato Metz domenica.",
        "As tropas prussianas ocuparam Metz no domingo.",
    )),
    ("a state of the past named by its people", {("Sedan", PRU)}, (
        "The Prussians took Sedan on Sunday.",
        "Les Prussiens ont pris Sedan dimanche.",
        "Los prusianos tomaron Sedan el domingo.",
        "Die Preußen nahmen am Sonntag Sedan ein.",
        "I prussiani hanno preso Sedan domenica.",
        "Os prussianos tomaram Sedan no domingo.",
    )),
    ("the government's one opponent under another word for rebels", {("Arauca", ELN)}, (
        "The insurrectionists seized Arauca on Sunday.",
        "La guérilla s'est emparée d'Arauca dimanche.",
        "Los alzados en armas tomaron Arauca el domingo.",
        "Freischärler eroberten am Sonntag Arauca.",
        "La guerriglia ha conquistato Arauca domenica.",
        "Os insurretos tomaram Arauca no domingo.",
    )),
    ("the government's one opponent as mutineers or rebels in revolt", {("Arauca", ELN)}, (
        "Mutineers seized Arauca on Sunday.",
        "Les mutins se sont emparés d'Arauca dimanche.",
        "Los revoltosos tomaron Arauca el domingo.",
        "Meuterer eroberten am Sonntag Arauca.",
        "Gli ammutinati hanno conquistato Arauca domenica.",
        "As forças revoltosas tomaram Arauca no domingo.",
    )),
    ("the government side as loyalists or legalists, leaving to its one opponent", {("Saravena", ELN)}, (
        "The loyalist garrison abandoned Saravena on Sunday.",
        "La garnison loyaliste a abandonné Saravena dimanche.",
        "La guarnición gobiernista abandonó Saravena el domingo.",
        "Regierungstreue Truppen haben Saravena am Sonntag geräumt.",
        "Le truppe lealiste hanno abbandonato Saravena domenica.",
        "As tropas legalistas abandonaram Saravena no domingo.",
    )),
    ("a force's name translated word by word (a singular 'Force', a modifying noun)", {("Kirkuk", PMF), ("Aley", ADF)}, (
        "Kirkuk fell to the Popular Mobilization Forces on Monday. The Arab Deterrent Force took control of Aley on Tuesday.",
        "Les Forces de mobilisation populaire se sont emparées de Kirkouk lundi. La Force arabe de dissuasion a pris mardi le contrôle d'Aley.",
        "Las Fuerzas de Movilización Popular tomaron Kirkuk el lunes. La Fuerza Árabe de Disuasión tomó el martes el control de Aley.",
        "Die Volksmobilisierungskräfte haben am Montag Kirkuk eingenommen. Die Arabische Abschreckungstruppe hat am Dienstag die Kontrolle über Aley übernommen.",
        "Le Forze di mobilitazione popolare hanno conquistato Kirkuk lunedì. La Forza araba di dissuasione ha preso martedì il controllo di Aley.",
        "As Forças de Mobilização Popular tomaram Kirkuk na segunda-feira. A Força Árabe de Dissuasão assumiu na terça-feira o controle de Aley.",
    )),
    ("the government's one opponent as revolutionaries or putschists", {("Arauca", ELN), ("Saravena", ELN)}, (
        "The revolutionaries seized Arauca on Sunday. On Monday the putschists took Saravena.",
        "Les révolutionnaires se sont emparés d'Arauca dimanche. Lundi, les putschistes ont pris Saravena.",
        "Los revolucionarios tomaron Arauca el domingo. El lunes los golpistas tomaron Saravena.",
        "Revolutionäre Truppen eroberten am Sonntag Arauca. Am Montag nahmen die Putschisten Saravena ein.",
        "I rivoluzionari hanno conquistato Arauca domenica. Lunedì i golpisti hanno preso Saravena.",
        "Os revolucionários tomaram Arauca no domingo. Na segunda-feira, os golpistas tomaram Saravena.",
    )),
    ("a leader the article ties to his side, then his men", {("Erbil", KDP)}, (
        "The PUK accused Massoud Barzani, the leader of the KDP, of treason. On Saturday Barzani's men took Erbil.",
        "Massoud Barzani, le chef du PDK, accuse l'UPK de trahison. Samedi, les combattants de Barzani ont pris Erbil.",
        "El PDK, dirigido por Massud Barzani, acusa a la UPK de traición. El sábado los combatientes de Barzani tomaron Erbil.",
        "Der KDP-Chef Massud Barsani wirft der PUK Verrat vor. Am Samstag eroberten Barsanis Kämpfer Erbil.",
        "Il leader del PDK, Massoud Barzani, accusa l'UPK di tradimento. Sabato i combattenti di Barzani hanno conquistato Erbil.",
        "O líder do PDK, Massoud Barzani, acusa a UPK de traição. No sábado, os combatentes de Barzani tomaram Erbil.",
    )),
    ("a movement's members by the -ista word of its name", {("Matagalpa", FSLN)}, (
        "The Sandinistas captured Matagalpa on Sunday.",
        "Les sandinistes se sont emparés de Matagalpa dimanche.",
        "Los sandinistas tomaron Matagalpa el domingo.",
        "Die Sandinisten eroberten am Sonntag Matagalpa.",
        "I sandinisti hanno conquistato Matagalpa domenica.",
        "Os sandinistas tomaram Matagalpa no domingo.",
    )),
    ("a name the watchlist gives in French, in the other languages", {("Batna", FLN)}, (
        "Batna fell to the National Liberation Front on Sunday.",
        "Batna est tombée aux mains du F.L.N. dimanche.",
        "Batna cayó en manos del Frente de Liberación Nacional el domingo.",
        "Die Nationale Befreiungsfront hat am Sonntag Batna erobert.",
        "Batna è caduta nelle mani del Fronte di liberazione nazionale domenica.",
        "Batna caiu nas mãos da Frente de Libertação Nacional no domingo.",
    )),
]

GAPS: dict[tuple[str, str], str] = {
    ("a name '... of <place>' translated, or its Romance acronym", "pt"): (
        "a place inside a name is translated only when it is a country's ('Curdistão' is not 'Kurdistan')"
    ),
}


test_each_form_reads_alike_in_six_languages, test_every_form_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)


@pytest.mark.parametrize("text", [
    "Le forze ribelli hanno conquistato Arauca domenica.",
    "A guerrilha tomou Arauca no domingo.",
    "Il gruppo armato ha conquistato Arauca domenica.",
])
def test_an_article_opening_the_sentence_is_no_groups_name(text: str) -> None:
    """"Le", "A", "Il" before a word for rebels are articles, not a group of that name: the
    rebels are the government's one opponent."""
    assert held(_detector(), text) == {("Arauca", ELN)}


@cache
def _detector() -> Detector:
    return detector_for(WATCHLIST)
