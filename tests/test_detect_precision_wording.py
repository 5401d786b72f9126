"""The families of the other batteries in other words (issue 10): background ("weeks after X
changed hands", "held since 2014"), claims denied by a bare verb ("La junte dément"), hopes,
attacks fended off, retreats onto a city ("zogen sich nach X zurück", "ripiegato su X"), old
anniversaries; with positives beside them.

Sentences of our own about conflicts outside the evaluation set, in six languages.
"""

# ruff: noqa: E501 -- one case a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import (
    ETH,
    HV,
    NAT,
    SOM,
    TAT,
    TPLF,
    held,
)

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # the holder of a city retaken, lost or left; parts, people and datelines
    ("en", "Government forces retook Baidoa on Sunday, a week after al-Shabaab overran it.", {("Baidoa", SOM)}),
    ("en", "The junta recaptured Lashio, which the MNDAA had held since August.", {("Lashio", TAT)}),
    ("en", "Lashio was retaken by the Myanmar army from the MNDAA on Monday.", {("Lashio", TAT)}),
    ("en", "The MNDAA lost Lashio to the junta on Monday.", {("Lashio", TAT)}),
    ("en", "Tigrayan forces were driven out of Dessie by the Ethiopian army.", {("Dessie", ETH)}),
    ("en", "After two weeks under TPLF control, Dessie was retaken by federal troops.", {("Dessie", ETH)}),
    ("fr", "L'armée somalienne a repris Baidoa, une semaine après que les shebab s'en furent emparés.", {("Baidoa", SOM)}),
    ("fr", "Le MNDAA a perdu Lashio au profit de la junte.", {("Lashio", TAT)}),
    ("es", "El ejército somalí recuperó Baidoa una semana después de que Al Shabab la tomara.", {("Baidoa", SOM)}),
    ("es", "Las fuerzas tigrayanas fueron expulsadas de Dessie por el ejército etíope.", {("Dessie", ETH)}),
    ("de", "Die somalische Armee hat Baidoa zurückerobert, eine Woche nachdem die Schabaab die Stadt eingenommen hatten.", {("Baidoa", SOM)}),
    ("de", "Die MNDAA hat Lashio an die Junta verloren.", {("Lashio", TAT)}),
    ("pt", "O exército somali retomou Baidoa uma semana depois de o al-Shabaab a ter tomado.", {("Baidoa", SOM)}),
    ("it", "L'esercito somalo ha ripreso Baidoa, una settimana dopo che gli shabaab l'avevano conquistata.", {("Baidoa", SOM)}),
    ("it", "Il MNDAA ha perso Lashio a favore della giunta.", {("Lashio", TAT)}),
    ("en", "The MNDAA took control of the centre of Lashio on Monday.", set()),
    ("en", "Rebels seized the governor's compound in Lashio.", set()),
    ("en", "Al-Shabaab fighters entered the outskirts of Baidoa.", set()),
    ("en", "The army captured the main market and the bus station in Gwoza.", set()),
    ("en", "The rebels captured a general in Lashio.", set()),
    ("en", "The rebels captured hundreds of soldiers in Lashio.", set()),
    ("en", "The rebels captured the Lashio-Muse highway.", set()),
    ("en", "Tigrayan forces captured Dessie's airport.", set()),
    ("fr", "Le MNDAA a pris le contrôle du centre de Lashio lundi.", set()),
    ("fr", "Les rebelles ont capturé des centaines de soldats à Lashio.", set()),
    ("es", "Los rebeldes capturaron a cientos de soldados en Lashio.", set()),
    ("es", "El MNDAA tomó el control del centro de Lashio.", set()),
    ("de", "Die Rebellen nahmen in Lashio Hunderte Soldaten gefangen.", set()),
    ("de", "Die MNDAA übernahm die Kontrolle über das Zentrum von Lashio.", set()),
    ("pt", "Os rebeldes capturaram centenas de soldados em Lashio.", set()),
    ("it", "I ribelli hanno catturato centinaia di soldati a Lashio.", set()),
    ("it", "Il MNDAA ha preso il controllo del centro di Lashio.", set()),
    ("en", "LASHIO, Myanmar (Reuters) - The MNDAA captured a junta base in the hills on Monday.", set()),
    ("en", "BAIDOA - Al-Shabaab fighters seized two villages on Sunday, officials said.", set()),
    ("fr", "BAIDOA (AFP) - Les shebab se sont emparés de deux villages dimanche.", set()),
    ("en", "From Lashio, MNDAA fighters pushed on and captured Hsipaw.", set()),
    ("en", "MNDAA fighters advancing from Lashio captured Hsipaw on Monday.", set()),
    ("es", "Desde Lashio, los combatientes del MNDAA avanzaron y tomaron Hsipaw.", set()),
    ("en", "Azerbaijani forces shelled Stepanakert on Monday. Shusha, the cultural capital of the region, was taken by Armenian forces in 1992. Its recapture remains Baku's main goal.", set()),
    ("en", "Boko Haram fighters attacked Damasak on Sunday. The town was overrun by the group in 2014 and retaken by Chadian troops a year later.", set()),
    ("en", "Karen rebels said they now control all roads into Myawaddy, but the junta's garrison remains inside the town.", set()),
    ("en", "Government troops have been besieged in Sittwe since the Arakan Army took the surrounding townships.", set()),
    ("en", "Serb forces entered Srebrenica in July 1995, and the massacre followed.", set()),
    ("en", "Residents of Mekelle recalled the day federal troops entered the city in 2020.", set()),
    ("en", "The fall of Lashio in August was the junta's worst defeat.", set()),
    ("en", "Lashio, captured in August, is now the MNDAA's headquarters.", set()),
    ("en", "The MNDAA has held Lashio for months.", set()),
    ("en", "The Arakan Army, which captured Paletwa earlier this year, is now attacking Sittwe.", set()),
    ("en", "Government forces lost Gwoza to Boko Haram in 2014.", set()),
    ("en", "Last week's capture of Dessie by Tigrayan forces alarmed Addis Ababa.", set()),
    ("en", "It has been a month since Tigrayan forces took Dessie.", set()),
    ("en", "Dessie has been in Tigrayan hands for a month.", set()),
    ("en", "The TPLF took Dessie on Saturday, a month after it had taken Gondar's outskirts.", {("Dessie", TPLF)}),
    ("fr", "La chute de Lashio en août a été la pire défaite de la junte.", set()),
    ("fr", "Lashio, prise en août par le MNDAA, est devenue son quartier général.", set()),
    ("fr", "Cela fait un mois que les forces tigréennes ont pris Dessie.", set()),
    ("fr", "Dessie est aux mains des forces tigréennes depuis un mois.", set()),
    ("es", "La caída de Lashio en agosto fue la peor derrota de la junta.", set()),
    ("es", "Lashio, tomada en agosto por el MNDAA, es hoy su cuartel general.", set()),
    ("es", "Hace un mes que las fuerzas tigrayanas tomaron Dessie.", set()),
    ("es", "Dessie está en manos del TPLF desde hace un mes.", set()),
    ("de", "Der Fall von Lashio im August war die schwerste Niederlage der Junta.", set()),
    ("de", "Lashio, im August von der MNDAA erobert, ist heute ihr Hauptquartier.", set()),
    ("de", "Seit einem Monat ist Dessie in der Hand der TPLF.", set()),
    ("pt", "A queda de Lashio em agosto foi a pior derrota da junta.", set()),
    ("pt", "Lashio, tomada em agosto pelo MNDAA, é hoje o seu quartel-general.", set()),
    ("pt", "Faz um mês que o TPLF tomou Dessie.", set()),
    ("it", "La caduta di Lashio ad agosto è stata la peggior sconfitta della giunta.", set()),
    ("it", "Lashio, conquistata ad agosto dal MNDAA, è oggi il suo quartier generale.", set()),
    ("it", "È passato un mese da quando il TPLF ha preso Dessie.", set()),
    ("en", "Weeks after Shusha changed hands, Azerbaijani engineers began clearing mines.", set()),
    ("en", "Zintan has been held by GNA forces since 2014, when they drove out the LNA.", set()),
    ("en", "The LNA, which seized Sabha in January, now controls most of the south.", set()),
    ("en", "Boko Haram has controlled Gwoza since August.", set()),
    ("en", "Residents who fled Derna when the LNA took it in 2018 are returning.", set()),
    ("en", "The MNDAA says it took Lashio. The junta rejected that.", set()),
    ("en", "The TPLF claims to have captured Dessie, a claim Addis Ababa has rejected.", set()),
    ("en", "Tigrayan forces were said to be nearing Dessie.", set()),
    ("en", "Karen rebels hope to take Myawaddy by the end of the month.", set()),
    ("en", "Analysts expect the fall of Sittwe within weeks.", set()),
    ("en", "Republican troops retreated to Santander after losing the pass.", set()),
    ("en", "Nationalist troops were pushed back from Oviedo.", set()),
    ("en", "The Somali army fended off an al-Shabaab assault on Baidoa.", set()),
    ("en", "Boko Haram fighters stormed a barracks in Maiduguri but were repelled.", set()),
    ("en", "Chechen rebels held Argun for two days before federal forces drove them out.", set()),
    ("en", "Fighting raged on the road between Lashio and Hsipaw.", set()),
    ("en", "Russian troops captured the centre of Argun on Tuesday, but rebels still hold the outskirts.", set()),
    ("en", "On this day in 1995, Croatian forces recaptured Knin.", set()),
    ("en", "Thirty years ago, Serb forces overran Srebrenica.", set()),
    ("en", "Croatian forces retook Knin on Saturday, ending four years of Serb rule.", {("Knin", HV)}),
    ("fr", "Des semaines après la prise de Chouchi, les démineurs azerbaïdjanais sont au travail.", set()),
    ("fr", "L'ANL, qui s'est emparée de Sabha en janvier, contrôle désormais le sud.", set()),
    ("fr", "Le MNDAA dit avoir pris Lashio. La junte dément.", set()),
    ("fr", "Les rebelles karens espèrent prendre Myawaddy d'ici la fin du mois.", set()),
    ("fr", "L'armée somalienne a repoussé un assaut des shebab contre Baidoa.", set()),
    ("fr", "Les forces républicaines se sont repliées sur Santander.", set()),
    ("fr", "Il y a trente ans, les forces serbes s'emparaient de Srebrenica.", set()),
    ("es", "Semanas después de la caída de Shusha, los zapadores azerbaiyanos limpian minas.", set()),
    ("es", "El ELN, que tomó Sabha en enero, controla ahora el sur.", set()),
    ("es", "El MNDAA dice haber tomado Lashio. La junta lo niega.", set()),
    ("es", "Los rebeldes karen esperan tomar Myawaddy antes de fin de mes.", set()),
    ("es", "El ejército somalí repelió un asalto de Al Shabab contra Baidoa.", set()),
    ("es", "Las tropas republicanas se replegaron sobre Santander.", set()),
    ("es", "Hace treinta años, las fuerzas serbias tomaron Srebrenica.", set()),
    ("de", "Wochen nach dem Fall von Shusha räumen aserbaidschanische Pioniere Minen.", set()),
    ("de", "Die MNDAA will Lashio eingenommen haben. Die Junta bestreitet das.", set()),
    ("de", "Die Karen-Rebellen hoffen, Myawaddy bis Monatsende einzunehmen.", set()),
    ("de", "Die somalische Armee wehrte einen Angriff der Schabaab auf Baidoa ab.", set()),
    ("de", "Die republikanischen Truppen zogen sich nach Santander zurück.", set()),
    ("de", "Vor dreißig Jahren überrannten serbische Truppen Srebrenica.", set()),
    ("pt", "Semanas depois da queda de Shusha, os sapadores azeris limpam minas.", set()),
    ("pt", "O MNDAA diz ter tomado Lashio. A junta nega.", set()),
    ("pt", "Os rebeldes karen esperam tomar Myawaddy até ao fim do mês.", set()),
    ("pt", "O exército somali repeliu um ataque do al-Shabaab contra Baidoa.", set()),
    ("pt", "Há trinta anos, as forças sérvias tomaram Srebrenica.", set()),
    ("it", "Settimane dopo la caduta di Shusha, gli sminatori azeri sono al lavoro.", set()),
    ("it", "L'MNDAA afferma di aver preso Lashio. La giunta smentisce.", set()),
    ("it", "I ribelli karen sperano di prendere Myawaddy entro fine mese.", set()),
    ("it", "L'esercito somalo ha respinto un assalto degli shabaab contro Baidoa.", set()),
    ("it", "Trent'anni fa le forze serbe conquistarono Srebrenica.", set()),
    ("it", "Le truppe repubblicane hanno ripiegato su Santander.", set()),
    ("de", "Die republikanischen Truppen zogen sich nach Santander zurück.", set()),
    ("it", "Le truppe repubblicane hanno ripiegato su Santander.", set()),
    ("de", "Die republikanischen Truppen zogen sich aus Santander zurück.", {("Santander", NAT)}),
    ("it", "Le truppe repubblicane si sono ritirate da Santander.", {("Santander", NAT)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_wording(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held(text) == expected


# What the detector still reads wrong: strict, so that a fix shows and the case moves up.
GAPS: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("en", "Al-Shabaab had overrun Baidoa a week earlier; on Sunday the army drove the militants out.", {("Baidoa", SOM)}),
    ("en", "The MNDAA now controls Lashio, the regional command's headquarters, which it seized in August. On Tuesday, its fighters advanced towards Hsipaw.", set()),
    ("it", "Dessie è nelle mani del TPLF da un mese.", set()),
    ("en", "The Arakan Army's capture of Sittwe would cut the junta off from the coast.", set()),
]


@pytest.mark.xfail(strict=True, reason="a known gap (see the report of the precision battery)")
@pytest.mark.parametrize(("lang", "text", "expected"), GAPS, ids=[f"{c[0]}-gap{i}" for i, c in enumerate(GAPS)])
def test_wording_gap(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held(text) == expected
