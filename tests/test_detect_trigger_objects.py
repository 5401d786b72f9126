"""The city a trigger is about when words stand between them, in six languages.

A town noun described at length and then named ("took the main market town of the eastern region,
X"), a list of buildings ending with the city ("the hospital, the police station and finally X
itself"), a city whose apposition holds a relative clause with its own year ("X, the hill town
that the junta had held since 2016, fell on Sunday") or says who held it, how long the capture
took ("in a matter of hours"), from whom it was taken or an aside between the verb and the city,
a population in thousands ("una ciudad de 50.000 habitantes": its dot is no sentence stop), the
governor's seat, and "the town" named later by its people ("residents of X said") all report X;
a town named of its own before X ("the town of A, 80 km from X"), villages around X and buildings
in X do not. Sentences written for this battery about the Sahel, Cabo Delgado and northern Shan
state; none comes from an evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

JNIM, MLI = "JNIM", "Malian government"
ASA, MOZ = "Ansar al-Sunna", "Mozambican government"
MNDAA, MMR = "MNDAA", "Myanmar military"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "ML": ("Menaka", "Gao"),
            "MZ": ("Palma", "Macomia"),
            "MM": ("Lashio", "Laukkaing", "Hsenwi"),
        }.items()
        for name in names
    ],
    "actors": [
        side(JNIM, [], "ML", MLI),
        side(MLI, ["Malian army", "FAMa"], "ML", JNIM, True),
        side(ASA, [], "MZ", MOZ),
        side(MOZ, ["Mozambican army", "FADM"], "MZ", ASA, True),
        side(MNDAA, [], "MM", MMR),
        side(MMR, ["Tatmadaw", "junta", "junte", "junta militar", "giunta", "Junta"], "MM", MNDAA, True),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("a town noun described, then the city in apposition", {("Menaka", JNIM)}, (
        "JNIM fighters took the main market town of the eastern region, Menaka, on Sunday.",
        "Les combattants du JNIM ont pris le chef-lieu de la région, Menaka, après trois jours de combats.",
        "Los yihadistas del JNIM tomaron la cabecera de la región, Menaka, tras tres días de combates.",
        "Die Dschihadisten des JNIM eroberten am Sonntag die größte Stadt der Region, Menaka.",
        "Il JNIM ha conquistato il capoluogo della regione, Menaka, dopo tre giorni di combattimenti.",
        "Os combatentes do JNIM tomaram a capital da região, Menaka, após três dias de combates.",
    )),
    ("buildings, then the city itself", {("Palma", ASA)}, (
        "Ansar al-Sunna fighters seized the hospital, the police station and finally Palma itself after three days.",
        "Les insurgés d'Ansar al-Sunna ont pris l'hôpital, le commissariat puis Palma elle-même.",
        "Los insurgentes de Ansar al-Sunna tomaron el hospital, la comisaría y luego la propia Palma.",
        "Die Aufständischen von Ansar al-Sunna eroberten das Krankenhaus, die Polizeiwache und dann Palma selbst.",
        "Gli insorti di Ansar al-Sunna hanno conquistato l'ospedale, la caserma e poi la stessa Palma.",
        "Os insurgentes do Ansar al-Sunna tomaram o hospital, a esquadra e depois a própria Palma.",
    )),
    ("the city's apposition holds a relative clause with its year", {("Hsenwi", MNDAA)}, (
        "Hsenwi, the hill town that the junta had held since 2016, fell to the MNDAA on Sunday.",
        "Hsenwi, la ville que la junte tenait depuis 2016, est tombée dimanche aux mains du MNDAA.",
        "Hsenwi, la ciudad que la junta controlaba desde 2016, cayó el domingo en manos del MNDAA.",
        "Hsenwi, die Stadt, die die Junta seit 2016 gehalten hatte, fiel am Sonntag an die MNDAA.",
        "Hsenwi, la città che la giunta controllava dal 2016, è caduta domenica nelle mani del MNDAA.",
        "Hsenwi, a cidade que a junta controlava desde 2016, caiu no domingo nas mãos do MNDAA.",
    )),
    ("how long it took, between the verb and the city", {("Menaka", JNIM)}, (
        "JNIM fighters took in a matter of hours the town of Menaka.",
        "Les combattants du JNIM se sont emparés en quelques heures de Menaka.",
        "Los yihadistas del JNIM tomaron en pocas horas la ciudad de Menaka.",
        "Die Dschihadisten des JNIM haben innerhalb weniger Stunden Menaka eingenommen.",
        "I jihadisti del JNIM hanno conquistato in poche ore la città di Menaka.",
        "Os combatentes do JNIM tomaram em poucas horas a cidade de Menaka.",
    )),
    ("an aside between commas right after the verb", {("Menaka", JNIM)}, (
        "JNIM fighters on Sunday took, after three days of heavy fighting, the town of Menaka.",
        "Les combattants du JNIM ont pris, au terme de trois jours de combats, la ville de Menaka.",
        "Los yihadistas del JNIM tomaron, tras tres días de duros combates, la ciudad de Menaka.",
        "Die Dschihadisten des JNIM eroberten, nach drei Tagen heftiger Kämpfe, die Stadt Menaka.",
        "I jihadisti del JNIM hanno conquistato, dopo tre giorni di violenti combattimenti, la città di Menaka.",
        "Os combatentes do JNIM tomaram, após três dias de intensos combates, a cidade de Menaka.",
    )),
    ("the city's apposition says who held it", {("Menaka", JNIM)}, (
        "Menaka, one of the last towns in the region still held by the army, fell to JNIM on Sunday.",
        "Menaka, la dernière ville de la région encore tenue par l'armée, est tombée dimanche aux mains du JNIM.",
        "Menaka, la última ciudad de la región todavía en manos del ejército, cayó el domingo en manos del JNIM.",
        "Menaka, die letzte Stadt der Region in der Hand der Armee, fiel am Sonntag an den JNIM.",
        "Menaka, l'ultima città della regione ancora in mano all'esercito, è caduta domenica nelle mani del JNIM.",
        "Menaka, uma das últimas cidades da região ainda nas mãos do exército, caiu no domingo nas mãos do JNIM.",
    )),
    ("the town, then its people named", {("Menaka", JNIM)}, (
        "JNIM fighters captured the town on Sunday, residents of Menaka said.",
        "Les combattants du JNIM ont pris le contrôle de la ville dimanche, ont indiqué des habitants de Menaka.",
        "Los yihadistas del JNIM tomaron la ciudad el domingo, según vecinos de Menaka.",
        "Die Dschihadisten des JNIM eroberten die Stadt am Sonntag, berichteten Einwohner von Menaka.",
        "I jihadisti del JNIM hanno preso la città domenica, hanno riferito abitanti di Menaka.",
        "Os combatentes do JNIM tomaram a cidade no domingo, segundo moradores de Menaka.",
    )),
    ("after the fall of X, the side that now controls the region", {("Menaka", JNIM)}, (
        "After the fall of Menaka, JNIM controls the whole region.",
        "Après la chute de Ménaka, le JNIM contrôle toute la région.",
        "Tras la caída de Menaka, el JNIM controla toda la región.",
        "Nach dem Fall von Menaka kontrolliert der JNIM die ganze Region.",
        "Dopo la caduta di Menaka, il JNIM controlla tutta la regione.",
        "Após a queda de Menaka, o JNIM controla toda a região.",
    )),
    ("from whom it was taken, between the verb and the city", {("Menaka", JNIM)}, (
        "JNIM fighters seized from the army the town of Menaka.",
        "Les combattants du JNIM ont pris à l'armée malienne la ville de Ménaka.",
        "Los yihadistas del JNIM arrebataron al ejército la ciudad de Menaka.",
        "Die Dschihadisten des JNIM entrissen der Armee die Stadt Menaka.",
        "I jihadisti del JNIM hanno strappato all'esercito la città di Menaka.",
        "Os combatentes do JNIM tomaram ao exército a cidade de Menaka.",
    )),
    ("a population in thousands in the city's apposition", {("Menaka", JNIM)}, (
        "Menaka, a town of 50,000 people, fell to JNIM on Sunday.",
        "Ménaka, une ville de 50 000 habitants, est tombée dimanche aux mains du JNIM.",
        "Menaka, una ciudad de 50.000 habitantes, cayó el domingo en manos del JNIM.",
        "Menaka, eine Stadt mit 50.000 Einwohnern, ist am Sonntag an den JNIM gefallen.",
        "Menaka, una città di 50.000 abitanti, è caduta domenica nelle mani del JNIM.",
        "Menaka, uma cidade de 50.000 habitantes, caiu no domingo nas mãos do JNIM.",
    )),
    ("the governor's seat in the city", {("Menaka", JNIM)}, (
        "JNIM fighters took the governor's office in Menaka on Sunday.",
        "Les jihadistes du JNIM ont pris le siège du gouvernorat de Ménaka.",
        "Los yihadistas del JNIM tomaron la sede de la gobernación de Menaka.",
        "Die Dschihadisten des JNIM haben den Sitz des Gouverneurs in Menaka eingenommen.",
        "I jihadisti del JNIM hanno conquistato il palazzo del governatore di Menaka.",
        "Os combatentes do JNIM tomaram a residência do governador em Menaka.",
    )),
    ("how long it took, then villages around the city", set(), (
        "JNIM fighters took in a few hours three villages around Menaka.",
        "Les combattants du JNIM ont pris en quelques heures trois villages autour de Menaka.",
        "Los yihadistas del JNIM tomaron en pocas horas tres aldeas alrededor de Menaka.",
        "Die Dschihadisten des JNIM haben innerhalb weniger Stunden drei Dörfer bei Menaka eingenommen.",
        "I jihadisti del JNIM hanno conquistato in poche ore tre villaggi intorno a Menaka.",
        "Os combatentes do JNIM tomaram em poucas horas três aldeias em redor de Menaka.",
    )),
    ("a town named of its own, the city to say where it lies", set(), (
        "JNIM fighters took the town of Tessit, 80 km from Menaka.",
        "Les combattants du JNIM ont pris la ville de Tessit, à 80 km de Menaka.",
        "Los yihadistas del JNIM tomaron la ciudad de Tessit, a 80 km de Menaka.",
        "Die Dschihadisten des JNIM eroberten die Stadt Tessit, 80 Kilometer von Menaka entfernt.",
        "Il JNIM ha conquistato la città di Tessit, a 80 km da Menaka.",
        "Os combatentes do JNIM tomaram a vila de Tessit, a 80 km de Menaka.",
    )),
    ("buildings in the city", set(), (
        "Ansar al-Sunna fighters seized the airport, the barracks and the hospital in Palma.",
        "Les insurgés d'Ansar al-Sunna ont pris l'aéroport, la caserne et l'hôpital de Palma.",
        "Los insurgentes de Ansar al-Sunna tomaron el aeropuerto, el cuartel y el hospital de Palma.",
        "Die Aufständischen von Ansar al-Sunna eroberten den Flughafen, die Kaserne und das Krankenhaus in Palma.",
        "Gli insorti di Ansar al-Sunna hanno conquistato l'aeroporto, la caserma e l'ospedale di Palma.",
        "Os insurgentes do Ansar al-Sunna tomaram o aeroporto, o quartel e o hospital de Palma.",
    )),
]

GAPS: dict[tuple[str, str], str] = {}

test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The MNDAA seized control of the strategic northern district capital of Lashio.", {("Lashio", MNDAA)}),
        ("The MNDAA captured the border trading hub of Laukkaing after weeks of fighting.", {("Laukkaing", MNDAA)}),
        ("The MNDAA seized the largest city in northern Shan state, Lashio, on Saturday.", {("Lashio", MNDAA)}),
        ("Le JNIM a annoncé la prise de la principale ville de la région, Menaka.", {("Menaka", JNIM)}),
        ("JNIM fighters captured the airport, the army barracks and then Menaka itself.", {("Menaka", JNIM)}),
        # what stays no event: a part of the town, positions in it, a village near it, its town hall
        ("JNIM fighters took the outskirts of the town of Menaka.", set()),
        ("JNIM fighters took positions on Tuesday in the town of Menaka.", set()),
        ("JNIM fighters captured the main village of the district, near Menaka.", set()),
        ("JNIM fighters seized the town hall of Menaka.", set()),
        ("Ansar al-Sunna fighters seized the airport and then advanced on Palma.", set()),
        ("JNIM fighters captured the town on Sunday, 30 km from Menaka.", set()),
        ("JNIM fighters captured the regional capital Menaka on Sunday.", {("Menaka", JNIM)}),
        ("Los yihadistas del JNIM arrebataron al ejército tres vehículos en Menaka.", set()),
        ("JNIM fighters seized from the army a base near Menaka.", set()),
        # Italian keeps the accent of "città", "metà", "università" in a folded sentence
        ("I jihadisti del JNIM hanno conquistato l'università di Menaka.", set()),
        ("I jihadisti del JNIM hanno conquistato metà di Menaka.", set()),
        # German: a city opening the sentence, described between commas, then its verb
        ("Menaka, die größte Stadt der Region, ist am Sonntag an den JNIM gefallen.", {("Menaka", JNIM)}),
        ("After the fall of Menaka, the Malian army no longer controls the region.", {("Menaka", JNIM)}),
        # Italian: "messo le mani su", "sotto il pieno controllo"
        ("I jihadisti del JNIM hanno messo le mani su Menaka.", {("Menaka", JNIM)}),
        ("Menaka è ora sotto il pieno controllo del JNIM.", {("Menaka", JNIM)}),
        ("I jihadisti del JNIM hanno messo le mani sui depositi di armi di Menaka.", set()),
    ],
)
def test_a_town_noun_heads_the_object(text: str, expected: Pairs) -> None:
    """The noun that heads the object, not a modifier before it, says whether a town was taken."""
    assert held(detector_for(WATCHLIST), text) == expected
