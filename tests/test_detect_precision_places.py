"""Hard negatives about where and who (issue 10): a city as a reference point ('near X', '50 km
from X', 'on the road to X'), a part of a city (airport, district, base), a person or building
captured, an attack repulsed, a retreat towards a city, and the holder when a city is retaken;
each family with positives beside it.

Sentences of our own about conflicts outside the evaluation set, in six languages.
"""

# ruff: noqa: E501 -- one case a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import (
    ETH,
    IS,
    MNDAA,
    MOZ,
    NAT,
    SHB,
    SOM,
    SRB,
    TAT,
    TPLF,
    held,
)

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- a city as a reference point
    ("en", "Azerbaijani forces captured a village 10 km from Shusha on Tuesday.", set()),
    ("en", "Boko Haram fighters seized a military base on the road to Maiduguri.", set()),
    ("en", "Tigrayan forces took control of Kombolcha, 25 km south of Dessie.", set()),
    ("en", "Chechen rebels captured a checkpoint outside Argun.", set()),
    ("en", "Near Teruel, Nationalist troops took the heights that overlook the city.", set()),
    ("en", "The rebels overran a town halfway between Lashio and the Chinese border.", set()),
    ("fr", "Les forces azerbaïdjanaises ont pris un village à 10 km de Choucha.", set()),
    ("fr", "Boko Haram s'est emparé d'une base militaire sur la route de Maiduguri.", set()),
    ("fr", "Les rebelles ont pris Kombolcha, près de Dessie.", set()),
    ("es", "Los nacionales tomaron un pueblo a 20 kilómetros de Teruel.", set()),
    ("es", "Boko Haram tomó una base militar en la carretera de Maiduguri.", set()),
    ("es", "Las tropas tomaron las alturas cercanas a Oviedo.", set()),
    ("de", "Die Rebellen eroberten ein Dorf 15 Kilometer von Lashio entfernt.", set()),
    ("de", "Boko Haram überrannte einen Stützpunkt an der Straße nach Maiduguri.", set()),
    ("de", "Die Tigray-Kämpfer nahmen Kombolcha nahe Dessie ein.", set()),
    ("pt", "Os insurgentes tomaram uma aldeia a 30 quilómetros de Palma.", set()),
    ("pt", "O Boko Haram tomou uma base militar na estrada para Maiduguri.", set()),
    ("it", "I ribelli hanno conquistato un villaggio a 15 chilometri da Lashio.", set()),
    ("it", "Boko Haram ha preso una base militare sulla strada per Maiduguri.", set()),
    ("en", "Islamic State fighters landed on the airstrip west of Palma and seized it.", set()),
    ("en", "Islamic State fighters seized Palma, north of Pemba.", {("Palma", IS)}),
    ("en", "The port lies 50 km south of Palma, which Islamic State fighters captured on Sunday.", {("Palma", IS)}),
    # the city itself, with a reference point after it
    ("en", "Tigrayan forces captured Dessie, 400 km north of Addis Ababa, on Saturday.", {("Dessie", TPLF)}),
    ("es", "Los nacionales tomaron Teruel, a 300 kilómetros de Madrid.", {("Teruel", NAT)}),
    ("en", "Serb forces captured Bihać, near the Croatian border, on Tuesday.", {("Bihać", SRB)}),
    ("de", "Die MNDAA hat Lashio, 100 Kilometer von der chinesischen Grenze entfernt, erobert.", {("Lashio", MNDAA)}),
    ("de", "Die MNDAA hat ein Dorf, 20 Kilometer nördlich von Lashio, erobert.", set()),
    ("en", "The rebels seized a village 20 kilometer north of Lashio.", set()),
    # --- a part of a city
    ("en", "The Arakan Army captured the airport in Sittwe, but the town itself remained in junta hands.", set()),
    ("en", "Karen rebels overran a junta base on the outskirts of Myawaddy.", set()),
    ("en", "Serb forces took the northern district of Bihać after heavy shelling.", set()),
    ("en", "Al-Shabaab seized the port of Kismayo.", set()),
    ("fr", "Les rebelles ont pris le contrôle de l'aéroport de Sittwe.", set()),
    ("fr", "Les forces serbes ont pris un quartier du nord de Bihać.", set()),
    ("es", "Los rebeldes tomaron el aeropuerto de Sittwe.", set()),
    ("es", "Los republicanos tomaron el barrio de San Blas en Teruel.", set()),
    ("de", "Die Schabaab eroberten den Flughafen von Kismayo.", set()),
    ("de", "Die Rebellen nahmen einen Stützpunkt am Stadtrand von Myawaddy ein.", set()),
    ("pt", "Os insurgentes tomaram o aeródromo de Palma.", set()),
    ("pt", "Os rebeldes tomaram um bairro de Myawaddy.", set()),
    ("it", "I ribelli hanno preso l'aeroporto di Sittwe.", set()),
    ("it", "Le forze serbe hanno conquistato un quartiere di Bihać.", set()),
    ("en", "Islamic State fighters overran the airstrip of Palma.", set()),
    ("es", "Los rebeldes tomaron la comisaría de Sittwe.", set()),
    ("it", "I ribelli hanno preso il commissariato di Lashio.", set()),
    ("de", "Die Schabaab besetzten die Polizeiwache von Baidoa.", set()),
    ("fr", "Les shebab se sont emparés de Kismayo, ville portuaire du sud.", {("Kismayo", SHB)}),
    ("es", "El puerto de Kismayo quedó en manos de Al Shabab.", {("Kismayo", SHB)}),  # a port city
    ("es", "Al Shabab tomó Kismayo, el principal puerto del sur.", {("Kismayo", SHB)}),
    # a part retaken from a side that had taken it: the relative's subject is that side
    ("fr", "Les forces du GNA ont repris la base aérienne de Zintan aux troupes de l'ANL, qui s'en étaient emparées après de violents combats.", set()),
    ("en", "Somali troops retook the airport of Kismayo from al-Shabaab fighters, who had seized it on Friday.", set()),
    ("fr", "La ville de Baidoa, qui a été prise dimanche par les shebab, est privée d'eau.", {("Baidoa", SHB)}),
    # --- a person or a building captured
    ("en", "Boko Haram abducted the emir of Gwoza.", set()),
    ("en", "Chechen fighters seized the hospital in Urus-Martan and took hundreds hostage.", set()),
    ("en", "The mayor of Vukovar was captured by the JNA.", set()),
    ("fr", "Les rebelles tchétchènes ont pris le commissariat d'Argoun.", set()),
    ("fr", "Le gouverneur de Sabha a été capturé par l'ANL.", set()),
    ("es", "Los nacionales capturaron al alcalde de Málaga.", set()),
    ("es", "Los milicianos tomaron el cuartel de la Guardia Civil de Oviedo.", set()),
    ("de", "Die Rebellen nahmen den Bürgermeister von Lashio gefangen.", set()),
    ("de", "Die Schabaab besetzten das Rathaus von Baidoa.", set()),
    ("pt", "Os insurgentes capturaram o administrador de Palma.", set()),
    ("pt", "Os rebeldes ocuparam o hotel Amarula, em Palma.", set()),
    ("it", "I miliziani hanno catturato il sindaco di Baidoa.", set()),
    ("it", "Gli shabaab hanno occupato la sede del governo regionale a Kismayo.", set()),
    # --- an attack repulsed
    ("en", "Government forces repulsed an al-Shabaab attack on Baidoa overnight.", set()),
    ("en", "An LNA assault on Zintan was beaten back.", set()),
    ("en", "Chechen rebels tried to storm Argun but were driven off.", set()),
    ("fr", "L'attaque des shebab contre Kismayo a été repoussée.", set()),
    ("es", "El asalto republicano contra Oviedo fue rechazado.", set()),
    ("de", "Ein Angriff der Schabaab auf Baidoa wurde zurückgeschlagen.", set()),
    ("pt", "O ataque do Estado Islâmico contra Palma foi repelido.", set()),
    ("it", "L'attacco degli shabaab contro Baidoa è stato respinto.", set()),
    # --- a retreat towards a city
    ("en", "Ethiopian troops withdrew towards Gondar after losing the pass.", set()),
    ("en", "Nigerian soldiers fled to Maiduguri after the attack on their base.", set()),
    ("en", "Myanmar troops pulled back to Lashio as the offensive spread.", set()),
    ("fr", "Les forces arméniennes se sont repliées vers Latchine.", set()),
    ("es", "Los republicanos se retiraron hacia Santander.", set()),
    ("de", "Die armenischen Truppen zogen sich in Richtung Latschin zurück.", set()),
    ("pt", "As tropas moçambicanas recuaram em direção a Palma.", set()),
    ("it", "Le truppe etiopi si sono ritirate verso Gondar.", set()),
    ("en", "Republican troops fell back on Santander.", set()),
    ("en", "Republican troops fell back to Santander after losing the pass.", set()),
    ("en", "Ethiopian troops retreated into Gondar.", set()),
    ("en", "Government troops fled into Baidoa.", set()),
    ("fr", "Les troupes républicaines se sont repliées dans Santander.", set()),
    ("es", "Las tropas se replegaron a Santander.", set()),
    ("it", "Le truppe si sono ritirate a Gondar.", set()),
    ("pt", "As tropas retiraram-se para Palma.", set()),
    ("de", "Die Truppen zogen sich in die Stadt Gondar zurück.", set()),
    # a withdrawal from a city
    ("en", "Ethiopian troops withdrew from Mekelle on Monday.", {("Mekelle", TPLF)}),
    ("es", "Los republicanos se retiraron de Santander ante el avance franquista.", {("Santander", NAT)}),
    # --- the holder when a city is retaken
    ("en", "Tigrayan forces had taken Dessie in late October, but federal troops recaptured the town on Monday.", {("Dessie", ETH)}),
    ("en", "The junta retook Lashio from the MNDAA on Monday.", {("Lashio", TAT)}),
    ("en", "Somali troops regained control of Baidoa, three weeks after al-Shabaab seized it.", {("Baidoa", SOM)}),
    ("fr", "L'armée éthiopienne a repris Dessie aux forces tigréennes.", {("Dessie", ETH)}),
    ("es", "El ejército mozambiqueño recuperó Palma, tomada por los yihadistas en marzo.", {("Palma", MOZ)}),
    ("de", "Die Armee hat Dessie von den Tigray-Kämpfern zurückerobert.", {("Dessie", ETH)}),
    ("pt", "O exército moçambicano retomou Palma aos insurgentes do Estado Islâmico.", {("Palma", MOZ)}),
    ("it", "L'esercito etiope ha ripreso Dessie, conquistata dal TPLF a ottobre.", {("Dessie", ETH)}),
    ("en", "Government forces recaptured Palma from Islamic State militants.", {("Palma", MOZ)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_places(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held(text) == expected
