"""A census of how the wires and papers say a town changed hands, in six languages.

The two other parity batteries hold the detector's first constructions and a session's; this one
holds wordings of the modern press that neither covers: "wrested control of", "swept into",
"pushed X out of", "completed the capture", "secured", "is back under government control",
"fell without a fight", "were routed from", "gave up X", "took over", "passed into rebel hands",
"brought X under their control", "declared victory in the battle for X", headlines in the
present tense, and sides named by a people, a leader ("Gaddafi's forces"), "loyalist forces",
"government troops", "the regime", "jihadists". Each construction is one sentence written for
this battery in en, fr, es, de, it and pt, with the (place, holder) pairs it reports or none;
the wars are Sri Lanka 2009, South Sudan 2014, the Central African Republic 2013, Libya 2011,
north-east Nigeria, Georgia 2008 and Croatia 1995, and no sentence comes from an evaluation
item. A pair the detector cannot read without a larger change is a strict xfail in `GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import LANGS, Pairs, detector_for, held, parity_cases

LKA, LTTE = "Sri Lankan government", "LTTE"
SSD, IO = "South Sudanese government", "SPLA-IO"
CAR, SEL = "Central African government", "Seleka"
GAD, NTC = "Gaddafi forces", "National Transitional Council"
NGA, BH = "Nigerian government", "Boko Haram"
RUS, GEO = "Russia", "Georgian government"
HRV, RSK = "Croatian government", "Krajina Serbs"


def _side(name: str, aliases: list[str], country: str, opposes: str, government: bool = False) -> dict[str, object]:
    return {"name": name, "aliases": aliases, "countries": [country], "opposes": [opposes], "government": government}


WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "LK": ("Kilinochchi", "Mullaitivu"),
            "SS": ("Bor", "Malakal", "Bentiu"),
            "CF": ("Bangui", "Bambari"),
            "LY": ("Brega", "Ajdabiya", "Zawiya"),
            "NG": ("Baga", "Gwoza", "Damasak"),
            "GE": ("Gori",),
            "HR": ("Knin",),
        }.items()
        for name in names
    ],
    "actors": [
        _side(LKA, ["Sri Lankan army", "Sri Lankan military", "SLA"], "LK", LTTE, True),
        _side(LTTE, ["Tamil Tigers", "Liberation Tigers of Tamil Eelam", "Tigres tamouls", "Tigres tamiles", "Tamil-Tiger", "Tigri tamil", "Tigres tâmeis"], "LK", LKA),
        _side(SSD, ["SPLA", "South Sudanese army"], "SS", IO, True),
        _side(IO, ["SPLM-IO", "Machar's forces", "forces loyal to Riek Machar"], "SS", SSD),
        _side(CAR, ["FACA", "Central African army"], "CF", SEL, True),
        _side(SEL, ["Séléka"], "CF", CAR),
        _side(GAD, ["Gaddafi loyalists", "pro-Gaddafi forces", "forces loyales à Kadhafi", "fuerzas leales a Gadafi", "forze fedeli a Gheddafi", "Gaddafi-Truppen"], "LY", NTC, True),
        _side(NTC, ["NTC", "CNT", "Conseil national de transition", "Consejo Nacional de Transición", "Nationaler Übergangsrat", "Consiglio nazionale di transizione", "Conselho Nacional de Transição"], "LY", GAD),
        _side(NGA, ["Nigerian army", "Nigerian military"], "NG", BH, True),
        _side(BH, ["Boko-Haram"], "NG", NGA),
        {"name": RUS, "aliases": ["Russian forces", "Russian army"], "countries": ["RU", "GE"], "opposes": [GEO], "government": True},
        _side(GEO, ["Georgian army", "Georgian forces"], "GE", RUS, True),
        _side(HRV, ["Croatian army", "HV"], "HR", RSK, True),
        _side(RSK, ["Croatian Serb forces", "rebel Serbs"], "HR", HRV),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    # 1. verbs of taking the press prefers
    ("wrested control of X from", {("Bambari", SEL)}, (
        "Seleka rebels wrested control of Bambari from the army on Sunday.",
        "Les rebelles de la Seleka ont arraché le contrôle de Bambari à l'armée dimanche.",
        "Los rebeldes de la Seleka arrebataron el control de Bambari al ejército el domingo.",
        "Die Seleka-Rebellen entrissen der Armee am Sonntag die Kontrolle über Bambari.",
        "I ribelli della Seleka hanno strappato il controllo di Bambari all'esercito domenica.",
        "Os rebeldes da Seleka arrancaram o controle de Bambari ao exército no domingo.",
    )),
    ("a headline in the present, an army named by its country", {("Kilinochchi", LKA)}, (
        "Sri Lankan troops overrun Kilinochchi",
        "L'armée sri-lankaise s'empare de Kilinochchi",
        "El ejército de Sri Lanka toma Kilinochchi",
        "Sri-lankische Armee erobert Kilinochchi",
        "L'esercito dello Sri Lanka conquista Kilinochchi",
        "Exército do Sri Lanka toma Kilinochchi",
    )),
    ("pushed a side out of X, government troops", {("Gwoza", NGA)}, (
        "Government troops pushed Boko Haram out of Gwoza on Friday.",
        "Les troupes gouvernementales ont délogé Boko Haram de Gwoza vendredi.",
        "Las tropas gubernamentales expulsaron a Boko Haram de Gwoza el viernes.",
        "Regierungstruppen vertrieben Boko Haram am Freitag aus Gwoza.",
        "Le truppe governative hanno cacciato Boko Haram da Gwoza venerdì.",
        "As tropas governamentais expulsaram o Boko Haram de Gwoza na sexta-feira.",
    )),
    ("completed the capture of", {("Mullaitivu", LKA)}, (
        "Sri Lankan troops completed the capture of Mullaitivu on Sunday.",
        "Les troupes sri-lankaises ont achevé dimanche la prise de Mullaitivu.",
        "Las tropas esrilanquesas completaron el domingo la toma de Mullaitivu.",
        "Srilankische Truppen schlossen am Sonntag die Einnahme von Mullaitivu ab.",
        "Le truppe srilankesi hanno completato domenica la presa di Mullaitivu.",
        "As tropas cingalesas concluíram no domingo a tomada de Mullaitivu.",
    )),
    ("secured X", {("Brega", NTC)}, (
        "NTC fighters secured Brega on Saturday after two days of fighting.",
        "Les combattants du CNT ont sécurisé Brega samedi après deux jours de combats.",
        "Los combatientes del CNT aseguraron Brega el sábado tras dos días de combates.",
        "Kämpfer des Übergangsrats sicherten sich am Samstag nach zweitägigen Gefechten Brega.",
        "I combattenti del CNT hanno messo in sicurezza Brega sabato dopo due giorni di combattimenti.",
        "Os combatentes do CNT asseguraram Brega no sábado após dois dias de combates.",
    )),
    ("is back under government control", {("Bentiu", SSD)}, (
        "Bentiu is back under government control, the army said.",
        "Bentiu est repassée sous contrôle gouvernemental, a affirmé l'armée.",
        "Bentiu vuelve a estar bajo control gubernamental, afirmó el ejército.",
        "Bentiu ist wieder unter Regierungskontrolle, teilte die Armee mit.",
        "Bentiu è tornata sotto il controllo governativo, ha affermato l'esercito.",
        "Bentiu voltou ao controle do governo, afirmou o exército.",
    )),
    ("fell without a fight", {("Bangui", SEL)}, (
        "Bangui fell to the Seleka without a fight.",
        "Bangui est tombée aux mains de la Seleka sans combat.",
        "Bangui cayó en manos de la Seleka sin combatir.",
        "Bangui fiel kampflos an die Seleka.",
        "Bangui è caduta senza combattere nelle mani della Seleka.",
        "Bangui caiu sem combate nas mãos da Seleka.",
    )),
    ("a leader's forces were routed from X", {("Zawiya", NTC)}, (
        "Gaddafi's forces were routed from Zawiya on Friday.",
        "Les forces de Kadhafi ont été mises en déroute et chassées de Zawiya vendredi.",
        "Las fuerzas de Gadafi fueron derrotadas y expulsadas de Zawiya el viernes.",
        "Gaddafis Truppen wurden am Freitag aus Zawiya vertrieben.",
        "Le forze di Gheddafi sono state messe in rotta e cacciate da Zawiya venerdì.",
        "As forças de Kadhafi foram derrotadas e expulsas de Zawiya na sexta-feira.",
    )),
    ("gave up X", {("Baga", BH)}, (
        "The Nigerian army gave up Baga after a night of fighting.",
        "L'armée nigériane a abandonné Baga après une nuit de combats.",
        "El ejército nigeriano abandonó Baga tras una noche de combates.",
        "Die nigerianische Armee gab Baga nach einer Nacht voller Kämpfe auf.",
        "L'esercito nigeriano ha abbandonato Baga dopo una notte di combattimenti.",
        "O exército nigeriano abandonou Baga após uma noite de combates.",
    )),
    ("took over X", {("Bangui", SEL)}, (
        "Seleka fighters took over Bangui on Sunday.",
        "Les combattants de la Seleka ont pris le contrôle de Bangui dimanche.",
        "Los combatientes de la Seleka se hicieron con Bangui el domingo.",
        "Seleka-Kämpfer übernahmen am Sonntag die Kontrolle über Bangui.",
        "I combattenti della Seleka hanno preso il controllo di Bangui domenica.",
        "Os combatentes da Seleka assumiram o controle de Bangui no domingo.",
    )),
    ("a leader's fighters have seized X", {("Malakal", IO)}, (
        "Riek Machar's fighters have seized Malakal.",
        "Les combattants de Riek Machar se sont emparés de Malakal.",
        "Los combatientes de Riek Machar se han apoderado de Malakal.",
        "Die Kämpfer von Riek Machar haben Malakal eingenommen.",
        "I combattenti di Riek Machar si sono impadroniti di Malakal.",
        "Os combatentes de Riek Machar apoderaram-se de Malakal.",
    )),
    ("restored control over X", {("Bor", SSD)}, (
        "South Sudanese troops restored control over Bor on Saturday.",
        "Les troupes sud-soudanaises ont rétabli samedi leur contrôle sur Bor.",
        "Las tropas sursudanesas restablecieron el sábado su control sobre Bor.",
        "Südsudanesische Truppen stellten am Samstag die Kontrolle über Bor wieder her.",
        "Le truppe sudsudanesi hanno ristabilito sabato il controllo su Bor.",
        "As tropas sul-sudanesas restabeleceram no sábado o controle sobre Bor.",
    )),
    ("fell into the hands of", {("Damasak", BH)}, (
        "Damasak fell into the hands of Boko Haram on Monday.",
        "Damasak est tombée lundi aux mains de Boko Haram.",
        "Damasak cayó el lunes en manos de Boko Haram.",
        "Damasak fiel am Montag in die Hände von Boko Haram.",
        "Damasak è caduta lunedì nelle mani di Boko Haram.",
        "Damasak caiu na segunda-feira nas mãos do Boko Haram.",
    )),
    ("passed under the control of the rebels", {("Malakal", IO)}, (
        "Malakal passed under the control of the rebels on Monday.",
        "Malakal est passée lundi sous le contrôle des rebelles.",
        "Malakal quedó el lunes bajo control de los rebeldes.",
        "Malakal geriet am Montag unter die Kontrolle der Rebellen.",
        "Malakal è passata lunedì sotto il controllo dei ribelli.",
        "Malakal ficou na segunda-feira sob o controle dos rebeldes.",
    )),
    ("recaptured by a leader's forces", {("Ajdabiya", GAD)}, (
        "Ajdabiya was recaptured on Tuesday by Gaddafi's forces.",
        "Ajdabiya a été reprise mardi par les forces de Kadhafi.",
        "Ajdabiya fue reconquistada el martes por las fuerzas de Gadafi.",
        "Ajdabiya wurde am Dienstag von Gaddafis Truppen zurückerobert.",
        "Ajdabiya è stata riconquistata martedì dalle forze di Gheddafi.",
        "Ajdabiya foi reconquistada na terça-feira pelas forças de Kadhafi.",
    )),
    ("jihadists captured X", {("Gwoza", BH)}, (
        "Jihadists captured Gwoza on Wednesday.",
        "Les jihadistes ont conquis Gwoza mercredi.",
        "Los yihadistas conquistaron Gwoza el miércoles.",
        "Dschihadisten eroberten am Mittwoch Gwoza.",
        "I jihadisti hanno conquistato Gwoza mercoledì.",
        "Os jihadistas conquistaram Gwoza na quarta-feira.",
    )),
    ("fell into rebel hands", {("Bor", IO)}, (
        "Bor fell into rebel hands on Thursday.",
        "Bor est tombée jeudi entre les mains des rebelles.",
        "Bor cayó el jueves en manos rebeldes.",
        "Bor fiel am Donnerstag in die Hände der Rebellen.",
        "Bor è caduta giovedì in mano ai ribelli.",
        "Bor caiu na quinta-feira em mãos rebeldes.",
    )),
    ("the army wrested X from a side", {("Kilinochchi", LKA)}, (
        "The army wrested Kilinochchi from the Tamil Tigers after months of fighting.",
        "L'armée a arraché Kilinochchi aux Tigres tamouls après des mois de combats.",
        "El ejército arrebató Kilinochchi a los Tigres tamiles tras meses de combates.",
        "Die Armee entriss den Tamil-Tigern nach monatelangen Kämpfen Kilinochchi.",
        "L'esercito ha strappato Kilinochchi alle Tigri tamil dopo mesi di combattimenti.",
        "O exército arrancou Kilinochchi aos Tigres tâmeis após meses de combates.",
    )),
    ("loyalist forces retook X", {("Brega", GAD)}, (
        "Loyalist forces retook Brega on Wednesday.",
        "Les forces loyalistes ont repris Brega mercredi.",
        "Las fuerzas leales al régimen retomaron Brega el miércoles.",
        "Regimetreue Truppen eroberten Brega am Mittwoch zurück.",
        "Le forze lealiste hanno ripreso Brega mercoledì.",
        "As forças leais ao regime retomaram Brega na quarta-feira.",
    )),
    ("the regime recaptured X", {("Zawiya", GAD)}, (
        "The regime recaptured Zawiya on Friday.",
        "Le régime a repris Zawiya vendredi.",
        "El régimen recuperó Zawiya el viernes.",
        "Das Regime eroberte Zawiya am Freitag zurück.",
        "Il regime ha ripreso Zawiya venerdì.",
        "O regime retomou Zawiya na sexta-feira.",
    )),
    # 2. headlines
    ("headline: rebels seize X", {("Malakal", IO)}, (
        "Rebels seize Malakal",
        "Les rebelles s'emparent de Malakal",
        "Los rebeldes toman Malakal",
        "Rebellen erobern Malakal",
        "I ribelli conquistano Malakal",
        "Rebeldes tomam Malakal",
    )),
    ("headline: army retakes X from rebels", {("Bor", SSD)}, (
        "Army retakes Bor from rebels",
        "L'armée reprend Bor aux rebelles",
        "El ejército recupera Bor de manos rebeldes",
        "Armee erobert Bor von Rebellen zurück",
        "L'esercito riprende Bor ai ribelli",
        "Exército retoma Bor dos rebeldes",
    )),
    ("headline: X falls to jihadists", {("Baga", BH)}, (
        "Baga falls to jihadists",
        "Baga tombe aux mains des jihadistes",
        "Baga cae en manos de los yihadistas",
        "Baga fällt an Dschihadisten",
        "Baga cade in mano ai jihadisti",
        "Baga cai nas mãos dos jihadistas",
    )),
    # 3. sides named by a people, a leader, a nationality
    ("a people's rebels overran X", {("Mullaitivu", LTTE)}, (
        "Tamil rebels overran Mullaitivu on Thursday.",
        "Les rebelles tamouls se sont emparés jeudi de Mullaitivu.",
        "Los rebeldes tamiles tomaron por asalto Mullaitivu el jueves.",
        "Tamilische Rebellen überrannten am Donnerstag Mullaitivu.",
        "I ribelli tamil hanno espugnato Mullaitivu giovedì.",
        "Os rebeldes tâmeis tomaram de assalto Mullaitivu na quinta-feira.",
    )),
    ("entered X after the flight of a side", {("Knin", HRV)}, (
        "Croatian troops entered Knin after the flight of the rebel Serbs.",
        "Les troupes croates sont entrées à Knin après la fuite des forces serbes.",
        "Las tropas croatas entraron en Knin tras la huida de las fuerzas serbias.",
        "Kroatische Truppen rückten nach der Flucht der serbischen Einheiten in Knin ein.",
        "Le truppe croate sono entrate a Knin dopo la fuga delle forze serbe.",
        "As tropas croatas entraram em Knin após a fuga das forças sérvias.",
    )),
    ("a nation's flag was hoisted over X", {("Knin", HRV)}, (
        "The Croatian flag was hoisted over Knin on Saturday.",
        "Le drapeau croate a été hissé sur Knin samedi.",
        "La bandera croata fue izada sobre Knin el sábado.",
        "Über Knin wurde am Samstag die kroatische Flagge gehisst.",
        "La bandiera croata è stata issata su Knin sabato.",
        "A bandeira croata foi hasteada sobre Knin no sábado.",
    )),
    ("the people's plural took X", {("Knin", HRV)}, (
        "The Croats took Knin in a lightning offensive.",
        "Les Croates ont pris Knin lors d'une offensive éclair.",
        "Los croatas tomaron Knin en una ofensiva relámpago.",
        "Die Kroaten nahmen Knin in einer Blitzoffensive ein.",
        "I croati hanno preso Knin con un'offensiva lampo.",
        "Os croatas tomaram Knin numa ofensiva relâmpago.",
    )),
    ("was overrun by a side's fighters", {("Gwoza", BH)}, (
        "Gwoza was overrun by Boko Haram fighters on Sunday.",
        "Gwoza a été envahie dimanche par les combattants de Boko Haram.",
        "Gwoza fue invadida el domingo por combatientes de Boko Haram.",
        "Gwoza wurde am Sonntag von Boko-Haram-Kämpfern überrannt.",
        "Gwoza è stata invasa domenica dai miliziani di Boko Haram.",
        "Gwoza foi invadida no domingo por combatentes do Boko Haram.",
    )),
    ("marched into X unopposed", {("Gori", RUS)}, (
        "Russian troops marched into Gori unopposed on Wednesday.",
        "Les troupes russes sont entrées sans résistance dans Gori mercredi.",
        "Las tropas rusas entraron sin resistencia en Gori el miércoles.",
        "Russische Truppen marschierten am Mittwoch kampflos in Gori ein.",
        "Le truppe russe sono entrate senza incontrare resistenza a Gori mercoledì.",
        "As tropas russas entraram sem resistência em Gori na quarta-feira.",
    )),
    ("abandoned X as the enemy approached", {("Gori", RUS)}, (
        "Georgian troops abandoned Gori as Russian tanks approached.",
        "Les troupes géorgiennes ont abandonné Gori à l'approche des chars russes.",
        "Las tropas georgianas abandonaron Gori ante el avance de los tanques rusos.",
        "Georgische Truppen gaben Gori auf, als sich russische Panzer näherten.",
        "Le truppe georgiane hanno abbandonato Gori all'avvicinarsi dei carri armati russi.",
        "As tropas georgianas abandonaram Gori perante o avanço dos tanques russos.",
    )),
    ("handed X back to", {("Gori", GEO)}, (
        "Russian forces handed Gori back to Georgian police on Monday.",
        "Les forces russes ont rendu Gori à la police géorgienne lundi.",
        "Las fuerzas rusas devolvieron Gori a la policía georgiana el lunes.",
        "Russische Truppen übergaben Gori am Montag wieder an die georgische Polizei.",
        "Le forze russe hanno restituito Gori alla polizia georgiana lunedì.",
        "As forças russas devolveram Gori à polícia georgiana na segunda-feira.",
    )),
    # 4. nouns, participles, clauses
    ("the capture of X by a side was confirmed", {("Bambari", SEL)}, (
        "The capture of Bambari by the Seleka was confirmed on Monday.",
        "La prise de Bambari par la Seleka a été confirmée lundi.",
        "La toma de Bambari por la Seleka fue confirmada el lunes.",
        "Die Einnahme von Bambari durch die Seleka wurde am Montag bestätigt.",
        "La presa di Bambari da parte della Seleka è stata confermata lunedì.",
        "A tomada de Bambari pela Seleka foi confirmada na segunda-feira.",
    )),
    ("recovered X", {("Bentiu", SSD)}, (
        "The South Sudanese army recovered Bentiu on Friday.",
        "L'armée sud-soudanaise a récupéré Bentiu vendredi.",
        "El ejército sursudanés recuperó Bentiu el viernes.",
        "Die südsudanesische Armee holte sich Bentiu am Freitag zurück.",
        "L'esercito sudsudanese ha recuperato Bentiu venerdì.",
        "O exército sul-sudanês recuperou Bentiu na sexta-feira.",
    )),
    ("a side vacated X before the army came", {("Kilinochchi", LKA)}, (
        "The Tamil Tigers vacated Kilinochchi before the Sri Lankan army moved in.",
        "Les Tigres tamouls ont évacué Kilinochchi avant l'arrivée de l'armée sri-lankaise.",
        "Los Tigres tamiles desalojaron Kilinochchi antes de la llegada del ejército esrilanqués.",
        "Die Tamil-Tiger räumten Kilinochchi vor dem Einmarsch der srilankischen Armee.",
        "Le Tigri tamil hanno sgomberato Kilinochchi prima dell'arrivo dell'esercito srilankese.",
        "Os Tigres tâmeis desocuparam Kilinochchi antes da chegada do exército cingalês.",
    )),
    ("cleared X of a side's fighters", {("Gwoza", NGA)}, (
        "Nigerian troops cleared Gwoza of Boko Haram fighters on Tuesday.",
        "Les troupes nigérianes ont débarrassé Gwoza des combattants de Boko Haram mardi.",
        "Las tropas nigerianas limpiaron Gwoza de combatientes de Boko Haram el martes.",
        "Nigerianische Truppen säuberten Gwoza am Dienstag von Boko-Haram-Kämpfern.",
        "Le truppe nigeriane hanno ripulito Gwoza dai miliziani di Boko Haram martedì.",
        "As tropas nigerianas limparam Gwoza dos combatentes do Boko Haram na terça-feira.",
    )),
    ("reclaimed X", {("Damasak", NGA)}, (
        "The Nigerian army reclaimed Damasak on Monday.",
        "L'armée nigériane a reconquis Damasak lundi.",
        "El ejército nigeriano reconquistó Damasak el lunes.",
        "Die nigerianische Armee eroberte Damasak am Montag zurück.",
        "L'esercito nigeriano ha riconquistato Damasak lunedì.",
        "O exército nigeriano reconquistou Damasak na segunda-feira.",
    )),
    ("a side was ousted from X", {("Bambari", CAR)}, (
        "Seleka fighters were ousted from Bambari on Saturday.",
        "Les combattants de la Seleka ont été délogés de Bambari samedi.",
        "Los combatientes de la Seleka fueron desalojados de Bambari el sábado.",
        "Die Seleka-Kämpfer wurden am Samstag aus Bambari verdrängt.",
        "I combattenti della Seleka sono stati scacciati da Bambari sabato.",
        "Os combatentes da Seleka foram desalojados de Bambari no sábado.",
    )),
    ("the army lost X to the rebels", {("Malakal", IO)}, (
        "The army lost Malakal to the rebels on Tuesday.",
        "L'armée a perdu Malakal face aux rebelles mardi.",
        "El ejército perdió Malakal a manos de los rebeldes el martes.",
        "Die Armee verlor Malakal am Dienstag an die Rebellen.",
        "L'esercito ha perso Malakal a vantaggio dei ribelli martedì.",
        "O exército perdeu Malakal para os rebeldes na terça-feira.",
    )),
    ("claimed the capture of X in a video", {("Baga", BH)}, (
        "Boko Haram claimed the capture of Baga in a video.",
        "Boko Haram a revendiqué la prise de Baga dans une vidéo.",
        "Boko Haram reivindicó la toma de Baga en un vídeo.",
        "Boko Haram reklamierte in einem Video die Einnahme von Baga für sich.",
        "Boko Haram ha rivendicato la presa di Baga in un video.",
        "O Boko Haram reivindicou a tomada de Baga num vídeo.",
    )),
    ("control of X passed to", {("Bentiu", IO)}, (
        "Control of Bentiu passed to the rebels on Sunday.",
        "Le contrôle de Bentiu est passé aux rebelles dimanche.",
        "El control de Bentiu pasó a los rebeldes el domingo.",
        "Die Kontrolle über Bentiu ging am Sonntag an die Rebellen über.",
        "Il controllo di Bentiu è passato ai ribelli domenica.",
        "O controle de Bentiu passou para os rebeldes no domingo.",
    )),
    ("having taken X, the side advanced on Y", {("Bambari", SEL)}, (
        "Having taken Bambari, the Seleka advanced on Bangui.",
        "Après avoir pris Bambari, la Seleka a avancé vers Bangui.",
        "Tras tomar Bambari, la Seleka avanzó hacia Bangui.",
        "Nach der Einnahme von Bambari rückte die Seleka auf Bangui vor.",
        "Dopo aver preso Bambari, la Seleka è avanzata verso Bangui.",
        "Depois de tomar Bambari, a Seleka avançou em direção a Bangui.",
    )),
    ("brought X under their control", {("Bambari", CAR)}, (
        "Government troops brought Bambari under their control on Monday.",
        "Les troupes gouvernementales ont placé Bambari sous leur contrôle lundi.",
        "Las tropas gubernamentales pusieron Bambari bajo su control el lunes.",
        "Regierungstruppen brachten Bambari am Montag unter ihre Kontrolle.",
        "Le truppe governative hanno portato Bambari sotto il loro controllo lunedì.",
        "As tropas governamentais colocaram Bambari sob o seu controle na segunda-feira.",
    )),
    ("in the hands of a side since a day", {("Damasak", BH)}, (
        "Damasak has been in the hands of jihadists since Saturday.",
        "Damasak est aux mains des jihadistes depuis samedi.",
        "Damasak está en manos de los yihadistas desde el sábado.",
        "Damasak ist seit Samstag in der Hand der Dschihadisten.",
        "Damasak è in mano ai jihadisti da sabato.",
        "Damasak está nas mãos dos jihadistas desde sábado.",
    )),
    ("the rebels moved in as the army retreated", {("Bentiu", IO)}, (
        "The rebels moved into Bentiu as government troops retreated.",
        "Les rebelles sont entrés dans Bentiu alors que les troupes gouvernementales se repliaient.",
        "Los rebeldes entraron en Bentiu mientras las tropas gubernamentales se replegaban.",
        "Die Rebellen rückten in Bentiu ein, während sich die Regierungstruppen zurückzogen.",
        "I ribelli sono entrati a Bentiu mentre le truppe governative si ritiravano.",
        "Os rebeldes entraram em Bentiu enquanto as tropas governamentais recuavam.",
    )),
    ("declared victory in the battle for X", {("Mullaitivu", LKA)}, (
        "The Sri Lankan army declared victory in the battle for Mullaitivu.",
        "L'armée sri-lankaise a proclamé sa victoire dans la bataille de Mullaitivu.",
        "El ejército esrilanqués proclamó la victoria en la batalla de Mullaitivu.",
        "Die srilankische Armee erklärte den Sieg in der Schlacht um Mullaitivu.",
        "L'esercito srilankese ha proclamato la vittoria nella battaglia di Mullaitivu.",
        "O exército cingalês proclamou vitória na batalha de Mullaitivu.",
    )),
    ("won the battle for X", {("Bangui", SEL)}, (
        "Seleka rebels won the battle for Bangui on Sunday.",
        "Les rebelles de la Seleka ont remporté dimanche la bataille de Bangui.",
        "Los rebeldes de la Seleka ganaron el domingo la batalla de Bangui.",
        "Die Seleka-Rebellen gewannen am Sonntag die Schlacht um Bangui.",
        "I ribelli della Seleka hanno vinto domenica la battaglia di Bangui.",
        "Os rebeldes da Seleka venceram no domingo a batalha de Bangui.",
    )),
    ("chased government troops from X", {("Bor", IO)}, (
        "The rebels chased government troops from Bor on Tuesday.",
        "Les rebelles ont chassé les troupes gouvernementales de Bor mardi.",
        "Los rebeldes expulsaron a las tropas gubernamentales de Bor el martes.",
        "Die Rebellen jagten die Regierungstruppen am Dienstag aus Bor.",
        "I ribelli hanno cacciato le truppe governative da Bor martedì.",
        "Os rebeldes expulsaram as tropas governamentais de Bor na terça-feira.",
    )),
    ("X, which a side captured on a day,", {("Bor", IO)}, (
        "Bor, which the rebels captured on Sunday, is without power.",
        "Bor, que les rebelles ont prise dimanche, est privée d'électricité.",
        "Bor, que los rebeldes tomaron el domingo, está sin electricidad.",
        "Bor, das die Rebellen am Sonntag eingenommen haben, ist ohne Strom.",
        "Bor, che i ribelli hanno conquistato domenica, è senza elettricità.",
        "Bor, que os rebeldes tomaram no domingo, está sem eletricidade.",
    )),
    ("passed into rebel hands", {("Brega", NTC)}, (
        "Brega passed into rebel hands on Thursday.",
        "Brega est passée jeudi aux mains des rebelles.",
        "Brega pasó el jueves a manos rebeldes.",
        "Brega ging am Donnerstag in die Hände der Rebellen über.",
        "Brega è passata giovedì in mano ai ribelli.",
        "Brega passou na quinta-feira para as mãos dos rebeldes.",
    )),
    ("a colonel's troops pushed the rebels out of X", {("Brega", GAD)}, (
        "Colonel Gaddafi's troops pushed the rebels out of Brega on Sunday.",
        "Les troupes du colonel Kadhafi ont chassé les rebelles de Brega dimanche.",
        "Las tropas del coronel Gadafi expulsaron a los rebeldes de Brega el domingo.",
        "Die Truppen von Oberst Gaddafi vertrieben die Rebellen am Sonntag aus Brega.",
        "Le truppe del colonnello Gheddafi hanno cacciato i ribelli da Brega domenica.",
        "As tropas do coronel Kadhafi expulsaram os rebeldes de Brega no domingo.",
    )),
    ("are in control of X, residents said", {("Bangui", SEL)}, (
        "Seleka rebels are now in control of Bangui, residents said.",
        "Les rebelles de la Seleka contrôlent désormais Bangui, selon des habitants.",
        "Los rebeldes de la Seleka controlan ya Bangui, según vecinos.",
        "Die Seleka-Rebellen kontrollieren nun Bangui, berichteten Bewohner.",
        "I ribelli della Seleka controllano ormai Bangui, secondo alcuni abitanti.",
        "Os rebeldes da Seleka já controlam Bangui, segundo moradores.",
    )),
    # 5. negatives: attempt, siege, fighting, approach, denial, condition, part, people, talks
    ("tried to wrest control of", set(), (
        "Seleka rebels tried to wrest control of Bambari from the army.",
        "Les rebelles de la Seleka ont tenté d'arracher le contrôle de Bambari à l'armée.",
        "Los rebeldes de la Seleka intentaron arrebatar el control de Bambari al ejército.",
        "Die Seleka-Rebellen versuchten, der Armee die Kontrolle über Bambari zu entreißen.",
        "I ribelli della Seleka hanno tentato di strappare il controllo di Bambari all'esercito.",
        "Os rebeldes da Seleka tentaram arrancar o controle de Bambari ao exército.",
    )),
    ("laid siege to X", set(), (
        "Government troops have laid siege to Gwoza.",
        "Les troupes gouvernementales ont mis le siège devant Gwoza.",
        "Las tropas gubernamentales han puesto sitio a Gwoza.",
        "Regierungstruppen haben Gwoza belagert.",
        "Le truppe governative hanno posto l'assedio a Gwoza.",
        "As tropas governamentais cercaram Gwoza.",
    )),
    ("fighting raged in X", set(), (
        "Heavy fighting raged in Malakal on Tuesday between the army and the rebels.",
        "De violents combats ont opposé mardi l'armée et les rebelles à Malakal.",
        "Intensos combates enfrentaron el martes al ejército y a los rebeldes en Malakal.",
        "In Malakal lieferten sich die Armee und die Rebellen am Dienstag heftige Kämpfe.",
        "Violenti combattimenti hanno opposto martedì l'esercito e i ribelli a Malakal.",
        "Combates intensos opuseram na terça-feira o exército e os rebeldes em Malakal.",
    )),
    ("advanced toward X", set(), (
        "Russian troops advanced toward Gori on Wednesday.",
        "Les troupes russes ont avancé vers Gori mercredi.",
        "Las tropas rusas avanzaron hacia Gori el miércoles.",
        "Russische Truppen rückten am Mittwoch auf Gori vor.",
        "Le truppe russe sono avanzate verso Gori mercoledì.",
        "As tropas russas avançaram em direção a Gori na quarta-feira.",
    )),
    ("denied that X had fallen", set(), (
        "The army denied that Bor had fallen to the rebels.",
        "L'armée a démenti que Bor soit tombée aux mains des rebelles.",
        "El ejército negó que Bor hubiera caído en manos de los rebeldes.",
        "Die Armee bestritt, dass Bor an die Rebellen gefallen sei.",
        "L'esercito ha smentito che Bor sia caduta in mano ai ribelli.",
        "O exército negou que Bor tivesse caído nas mãos dos rebeldes.",
    )),
    ("if X falls", set(), (
        "If Kilinochchi falls, the Tamil Tigers will lose their capital.",
        "Si Kilinochchi tombe, les Tigres tamouls perdront leur capitale.",
        "Si Kilinochchi cae, los Tigres tamiles perderán su capital.",
        "Wenn Kilinochchi fällt, verlieren die Tamil-Tiger ihre Hauptstadt.",
        "Se Kilinochchi cade, le Tigri tamil perderanno la loro capitale.",
        "Se Kilinochchi cair, os Tigres tâmeis perderão a sua capital.",
    )),
    ("overran an army base near X", set(), (
        "Boko Haram fighters overran an army base near Baga.",
        "Des combattants de Boko Haram ont pris d'assaut une base militaire près de Baga.",
        "Combatientes de Boko Haram arrasaron una base militar cerca de Baga.",
        "Boko-Haram-Kämpfer überrannten einen Armeestützpunkt bei Baga.",
        "Miliziani di Boko Haram hanno travolto una base militare vicino a Baga.",
        "Combatentes do Boko Haram tomaram de assalto uma base militar perto de Baga.",
    )),
    ("secured the road to X", set(), (
        "Government troops secured the road to Bambari on Monday.",
        "Les troupes gouvernementales ont sécurisé la route de Bambari lundi.",
        "Las tropas gubernamentales aseguraron la carretera a Bambari el lunes.",
        "Regierungstruppen sicherten am Montag die Straße nach Bambari.",
        "Le truppe governative hanno messo in sicurezza la strada per Bambari lunedì.",
        "As tropas governamentais asseguraram a estrada para Bambari na segunda-feira.",
    )),
    ("handed over their weapons in X", set(), (
        "Seleka fighters handed over their weapons in Bambari on Monday.",
        "Des combattants de la Seleka ont remis leurs armes à Bambari lundi.",
        "Combatientes de la Seleka entregaron sus armas en Bambari el lunes.",
        "Seleka-Kämpfer übergaben am Montag in Bambari ihre Waffen.",
        "Combattenti della Seleka hanno consegnato le armi a Bambari lunedì.",
        "Combatentes da Seleka entregaram as armas em Bambari na segunda-feira.",
    )),
    ("vowed to retake X", set(), (
        "The army vowed to retake Malakal within days.",
        "L'armée a promis de reprendre Malakal d'ici quelques jours.",
        "El ejército prometió recuperar Malakal en cuestión de días.",
        "Die Armee kündigte an, Malakal binnen Tagen zurückzuerobern.",
        "L'esercito ha promesso di riprendere Malakal entro pochi giorni.",
        "O exército prometeu retomar Malakal dentro de dias.",
    )),
    ("poised to recapture X", set(), (
        "Government troops are poised to recapture Bentiu.",
        "Les troupes gouvernementales s'apprêtent à reprendre Bentiu.",
        "Las tropas gubernamentales se disponen a recuperar Bentiu.",
        "Regierungstruppen stehen kurz davor, Bentiu zurückzuerobern.",
        "Le truppe governative si apprestano a riprendere Bentiu.",
        "As tropas governamentais preparam-se para retomar Bentiu.",
    )),
    ("civilians fled X", set(), (
        "Thousands of civilians fled Malakal on Tuesday.",
        "Des milliers de civils ont fui Malakal mardi.",
        "Miles de civiles huyeron de Malakal el martes.",
        "Tausende Zivilisten flohen am Dienstag aus Malakal.",
        "Migliaia di civili sono fuggiti da Malakal martedì.",
        "Milhares de civis fugiram de Malakal na terça-feira.",
    )),
    ("talks on the handover of X postponed", set(), (
        "Talks on the handover of Gori to Georgian police were postponed.",
        "Les discussions sur la remise de Gori à la police géorgienne ont été reportées.",
        "Las conversaciones sobre la entrega de Gori a la policía georgiana se aplazaron.",
        "Die Gespräche über die Übergabe von Gori an die georgische Polizei wurden vertagt.",
        "I colloqui sulla consegna di Gori alla polizia georgiana sono stati rinviati.",
        "As conversações sobre a entrega de Gori à polícia georgiana foram adiadas.",
    )),
    ("seized weapons in X", set(), (
        "The army seized weapons and ammunition in Bentiu.",
        "L'armée a saisi des armes et des munitions à Bentiu.",
        "El ejército incautó armas y municiones en Bentiu.",
        "Die Armee beschlagnahmte in Bentiu Waffen und Munition.",
        "L'esercito ha sequestrato armi e munizioni a Bentiu.",
        "O exército apreendeu armas e munições em Bentiu.",
    )),
    ("convoy passed through X", set(), (
        "A convoy of Russian troops passed through Gori on Monday.",
        "Un convoi de troupes russes a traversé Gori lundi.",
        "Un convoy de tropas rusas atravesó Gori el lunes.",
        "Ein Konvoi russischer Truppen fuhr am Montag durch Gori.",
        "Un convoglio di truppe russe ha attraversato Gori lunedì.",
        "Um comboio de tropas russas atravessou Gori na segunda-feira.",
    )),
    ("the rebels threatened to march on X", set(), (
        "The rebels threatened to march on Bangui.",
        "Les rebelles ont menacé de marcher sur Bangui.",
        "Los rebeldes amenazaron con marchar sobre Bangui.",
        "Die Rebellen drohten mit einem Marsch auf Bangui.",
        "I ribelli hanno minacciato di marciare su Bangui.",
        "Os rebeldes ameaçaram marchar sobre Bangui.",
    )),
    ("pushed back from the outskirts of X", set(), (
        "The rebels were pushed back from the outskirts of Bor.",
        "Les rebelles ont été repoussés des abords de Bor.",
        "Los rebeldes fueron rechazados en las afueras de Bor.",
        "Die Rebellen wurden vom Stadtrand von Bor zurückgedrängt.",
        "I ribelli sono stati respinti dalla periferia di Bor.",
        "Os rebeldes foram repelidos dos arredores de Bor.",
    )),
    ("a battle for X still under way", set(), (
        "The battle for Mullaitivu is still under way, the army said.",
        "La bataille de Mullaitivu se poursuit, a indiqué l'armée.",
        "La batalla por Mullaitivu continúa, indicó el ejército.",
        "Die Schlacht um Mullaitivu dauert an, teilte die Armee mit.",
        "La battaglia per Mullaitivu è ancora in corso, ha detto l'esercito.",
        "A batalha por Mullaitivu continua, disse o exército.",
    )),
    ("control of X is disputed", set(), (
        "Control of Bentiu is disputed between the army and the rebels.",
        "Le contrôle de Bentiu est disputé entre l'armée et les rebelles.",
        "El control de Bentiu se lo disputan el ejército y los rebeldes.",
        "Die Kontrolle über Bentiu ist zwischen Armee und Rebellen umstritten.",
        "Il controllo di Bentiu è conteso tra l'esercito e i ribelli.",
        "O controle de Bentiu é disputado entre o exército e os rebeldes.",
    )),
    # 5. more of the press's ways: a side named before, a quote, a colon headline, a short name
    ("passive with no agent, the side named the sentence before", {("Bambari", SEL)}, (
        "The Seleka launched an assault on Monday. Bambari was captured after three days of fighting.",
        "La Seleka a lancé un assaut lundi. Bambari a été prise après trois jours de combats.",
        "La Seleka lanzó un asalto el lunes. Bambari fue tomada tras tres días de combates.",
        "Die Seleka startete am Montag einen Angriff. Bambari wurde nach dreitägigen Kämpfen eingenommen.",
        "La Seleka ha lanciato un assalto lunedì. Bambari è stata conquistata dopo tre giorni di combattimenti.",
        "A Seleka lançou um ataque na segunda-feira. Bambari foi tomada após três dias de combates.",
    )),
    ("retaken from a side, no agent", {("Bor", SSD)}, (
        "Bor was retaken from the rebels on Saturday.",
        "Bor a été reprise aux rebelles samedi.",
        "Bor fue recuperada de manos rebeldes el sábado.",
        "Bor wurde am Samstag den Rebellen wieder abgenommen.",
        "Bor è stata strappata ai ribelli sabato.",
        "Bor foi retomada aos rebeldes no sábado.",
    )),
    ("returned to government hands", {("Gwoza", NGA)}, (
        "Gwoza returned to government hands on Friday.",
        "Gwoza est revenue vendredi aux mains du gouvernement.",
        "Gwoza volvió el viernes a manos del gobierno.",
        "Gwoza kehrte am Freitag unter die Kontrolle der Regierung zurück.",
        "Gwoza è tornata venerdì nelle mani del governo.",
        "Gwoza voltou na sexta-feira às mãos do governo.",
    )),
    ("X has been liberated, a side's spokesman said", {("Kilinochchi", LKA)}, (
        "\"Kilinochchi has been liberated,\" a Sri Lankan army spokesman said.",
        "« Kilinochchi a été libérée », a déclaré un porte-parole de l'armée sri-lankaise.",
        "\"Kilinochchi ha sido liberada\", dijo un portavoz del ejército esrilanqués.",
        "„Kilinochchi ist befreit“, sagte ein Sprecher der srilankischen Armee.",
        "\"Kilinochchi è stata liberata\", ha detto un portavoce dell'esercito srilankese.",
        "\"Kilinochchi foi libertada\", disse um porta-voz do exército cingalês.",
    )),
    ("a colon headline: country, side takes X", {("Kilinochchi", LKA)}, (
        "Sri Lanka: army captures Kilinochchi",
        "Sri Lanka : l'armée prend Kilinochchi",
        "Sri Lanka: el ejército toma Kilinochchi",
        "Sri Lanka: Armee erobert Kilinochchi",
        "Sri Lanka: l'esercito conquista Kilinochchi",
        "Sri Lanka: exército toma Kilinochchi",
    )),
    ("X is now in the hands of a side (finds itself)", {("Bentiu", IO)}, (
        "Bentiu is now in the hands of the rebels.",
        "Bentiu se trouve désormais aux mains des rebelles.",
        "Bentiu se encuentra ahora en manos de los rebeldes.",
        "Bentiu befindet sich nun in der Hand der Rebellen.",
        "Bentiu si trova ora nelle mani dei ribelli.",
        "Bentiu encontra-se agora nas mãos dos rebeldes.",
    )),
    ("troops marched into X after a side withdrew", {("Damasak", NGA)}, (
        "Nigerian troops marched into Damasak after Boko Haram withdrew.",
        "Les troupes nigérianes sont entrées dans Damasak après le retrait de Boko Haram.",
        "Las tropas nigerianas entraron en Damasak tras la retirada de Boko Haram.",
        "Nigerianische Truppen sind in Damasak eingezogen, nachdem Boko Haram abgezogen war.",
        "Le truppe nigeriane sono entrate a Damasak dopo il ritiro di Boko Haram.",
        "As tropas nigerianas entraram em Damasak após a retirada do Boko Haram.",
    )),
    ("a leader's troops, the leader after them", {("Brega", GAD)}, (
        "The troops of Colonel Gaddafi took back Brega on Sunday.",
        "Les troupes de Mouammar Kadhafi ont repris Brega dimanche.",
        "Las tropas de Muamar Gadafi retomaron Brega el domingo.",
        "Die Truppen Gaddafis eroberten Brega am Sonntag zurück.",
        "Le truppe di Muammar Gheddafi hanno ripreso Brega domenica.",
        "As tropas de Muammar Kadhafi retomaram Brega no domingo.",
    )),
    ("a short name of a people's group", {("Kilinochchi", LKA)}, (
        "The Tamil Tigers retreated into the jungle. The Tigers abandoned Kilinochchi on Friday.",
        "Les Tigres tamouls se sont repliés dans la jungle. Les Tigres ont abandonné Kilinochchi vendredi.",
        "Los Tigres tamiles se replegaron a la selva. Los Tigres abandonaron Kilinochchi el viernes.",
        "Die Tamil-Tiger zogen sich in den Dschungel zurück. Die Tiger gaben Kilinochchi am Freitag auf.",
        "Le Tigri tamil si sono ritirate nella giungla. Le Tigri hanno abbandonato Kilinochchi venerdì.",
        "Os Tigres tâmeis recuaram para a selva. Os Tigres abandonaram Kilinochchi na sexta-feira.",
    )),
    ("retook X, which the rebels had seized in March", {("Malakal", SSD)}, (
        "Government troops retook Malakal, which the rebels had seized in March.",
        "Les troupes gouvernementales ont repris Malakal, dont les rebelles s'étaient emparés en mars.",
        "Las tropas gubernamentales recuperaron Malakal, que los rebeldes habían tomado en marzo.",
        "Regierungstruppen eroberten Malakal zurück, das die Rebellen im März eingenommen hatten.",
        "Le truppe governative hanno ripreso Malakal, che i ribelli avevano conquistato a marzo.",
        "As tropas governamentais retomaram Malakal, que os rebeldes tinham tomado em março.",
    )),
    ("the flag of a side now flies over X", {("Bambari", SEL)}, (
        "The flag of the Seleka now flies over Bambari.",
        "Le drapeau de la Seleka flotte désormais sur Bambari.",
        "La bandera de la Seleka ondea ahora sobre Bambari.",
        "Über Bambari weht nun die Fahne der Seleka.",
        "La bandiera della Seleka sventola ora su Bambari.",
        "A bandeira da Seleka tremula agora sobre Bambari.",
    )),
    # 6. more negatives
    ("a side's flag flies over its own X", set(), (
        "The Croatian flag flies over Knin every year on the anniversary.",
        "Le drapeau croate flotte sur Knin chaque année pour l'anniversaire.",
        "La bandera croata ondea sobre Knin cada año en el aniversario.",
        "Die kroatische Flagge weht jedes Jahr zum Jahrestag über Knin.",
        "La bandiera croata sventola su Knin ogni anno per l'anniversario.",
        "A bandeira croata tremula sobre Knin todos os anos no aniversário.",
    )),
    ("troops marched through X on parade", set(), (
        "Croatian troops marched through Knin in a military parade.",
        "Les troupes croates ont défilé dans Knin lors d'une parade militaire.",
        "Las tropas croatas desfilaron por Knin en un desfile militar.",
        "Kroatische Truppen marschierten bei einer Militärparade durch Knin.",
        "Le truppe croate hanno sfilato a Knin in una parata militare.",
        "As tropas croatas desfilaram em Knin numa parada militar.",
    )),
    ("won the battle for X, then threatened Y", {("Bambari", SEL)}, (
        "After winning the battle for Bambari, the Seleka threatened Bangui.",
        "Après avoir remporté la bataille de Bambari, la Seleka a menacé Bangui.",
        "Tras ganar la batalla de Bambari, la Seleka amenazó Bangui.",
        "Nach dem Sieg in der Schlacht um Bambari bedrohte die Seleka Bangui.",
        "Dopo aver vinto la battaglia di Bambari, la Seleka ha minacciato Bangui.",
        "Depois de vencer a batalha de Bambari, a Seleka ameaçou Bangui.",
    )),
    ("control restored over the roads around X", set(), (
        "The army restored control over the roads around Bor.",
        "L'armée a rétabli son contrôle sur les routes autour de Bor.",
        "El ejército restableció su control sobre las carreteras alrededor de Bor.",
        "Die Armee stellte die Kontrolle über die Straßen rund um Bor wieder her.",
        "L'esercito ha ristabilito il controllo sulle strade intorno a Bor.",
        "O exército restabeleceu o controle sobre as estradas em torno de Bor.",
    )),
    ("a side denies having lost X", set(), (
        "South Sudanese army denies losing Malakal",
        "L'armée sud-soudanaise nie avoir perdu Malakal",
        "El ejército sursudanés niega haber perdido Malakal",
        "Südsudanesische Armee bestreitet, Malakal verloren zu haben",
        "L'esercito sudsudanese nega di aver perso Malakal",
        "Exército sul-sudanês nega ter perdido Malakal",
    )),
    ("a short name denies having lost X", set(), (
        "The Tamil Tigers fought on. The Tigers deny losing Mullaitivu.",
        "Les Tigres tamouls résistent. Les Tigres nient avoir perdu Mullaitivu.",
        "Los Tigres tamiles resisten. Los Tigres niegan haber perdido Mullaitivu.",
        "Die Tamil-Tiger leisten Widerstand. Die Tiger bestreiten, Mullaitivu verloren zu haben.",
        "Le Tigri tamil resistono. Le Tigri negano di aver perso Mullaitivu.",
        "Os Tigres tâmeis resistem. Os Tigres negam ter perdido Mullaitivu.",
    )),
    # 7. a second round: states with a day, headlines' participles, adjectives before the town
    ("X is now controlled by a side", {("Bentiu", IO)}, (
        "Bentiu is now controlled by the rebels.",
        "Bentiu est désormais contrôlée par les rebelles.",
        "Bentiu está ahora controlada por los rebeldes.",
        "Bentiu wird nun von den Rebellen kontrolliert.",
        "Bentiu è ora controllata dai ribelli.",
        "Bentiu é agora controlada pelos rebeldes.",
    )),
    ("a side has held X since a day", {("Damasak", BH)}, (
        "Boko Haram has been in control of Damasak since Saturday.",
        "Boko Haram contrôle Damasak depuis samedi.",
        "Boko Haram controla Damasak desde el sábado.",
        "Boko Haram kontrolliert Damasak seit Samstag.",
        "Boko Haram controlla Damasak da sabato.",
        "O Boko Haram controla Damasak desde sábado.",
    )),
    ("headline: X taken by rebels", {("Bor", IO)}, (
        "Bor taken by rebels",
        "Bor prise par les rebelles",
        "Bor, tomada por los rebeldes",
        "Bor von Rebellen eingenommen",
        "Bor presa dai ribelli",
        "Bor tomada pelos rebeldes",
    )),
    ("headline: X back in government hands", {("Bentiu", SSD)}, (
        "Bentiu back in government hands",
        "Bentiu de nouveau aux mains du gouvernement",
        "Bentiu, de nuevo en manos del gobierno",
        "Bentiu wieder unter Regierungskontrolle",
        "Bentiu di nuovo in mano al governo",
        "Bentiu novamente nas mãos do governo",
    )),
    ("the rebel takeover of X", {("Malakal", IO)}, (
        "The rebel takeover of Malakal was confirmed on Monday.",
        "La prise de Malakal par les rebelles a été confirmée lundi.",
        "La toma de Malakal por los rebeldes fue confirmada el lunes.",
        "Die Einnahme von Malakal durch die Rebellen wurde am Montag bestätigt.",
        "La presa di Malakal da parte dei ribelli è stata confermata lunedì.",
        "A tomada de Malakal pelos rebeldes foi confirmada na segunda-feira.",
    )),
    ("entered X meeting no resistance", {("Bambari", SEL)}, (
        "Seleka fighters entered Bambari on Monday, meeting no resistance.",
        "Les combattants de la Seleka sont entrés dans Bambari lundi sans rencontrer de résistance.",
        "Los combatientes de la Seleka entraron en Bambari el lunes sin encontrar resistencia.",
        "Seleka-Kämpfer rückten am Montag ohne Gegenwehr in Bambari ein.",
        "I combattenti della Seleka sono entrati a Bambari lunedì senza incontrare resistenza.",
        "Os combatentes da Seleka entraram em Bambari na segunda-feira sem encontrar resistência.",
    )),
    ("recaptured the strategic town of X", {("Bor", SSD)}, (
        "Government troops recaptured the strategic town of Bor on Saturday.",
        "Les troupes gouvernementales ont repris samedi la ville stratégique de Bor.",
        "Las tropas gubernamentales recuperaron el sábado la estratégica ciudad de Bor.",
        "Regierungstruppen eroberten am Samstag die strategisch wichtige Stadt Bor zurück.",
        "Le truppe governative hanno ripreso sabato la strategica città di Bor.",
        "As tropas governamentais retomaram no sábado a estratégica cidade de Bor.",
    )),
    ("the army and allied militias retook X", {("Bor", SSD)}, (
        "The army and allied militias retook Bor on Saturday.",
        "L'armée et des milices alliées ont repris Bor samedi.",
        "El ejército y milicias aliadas recuperaron Bor el sábado.",
        "Die Armee und verbündete Milizen eroberten Bor am Samstag zurück.",
        "L'esercito e milizie alleate hanno ripreso Bor sabato.",
        "O exército e milícias aliadas retomaram Bor no sábado.",
    )),
    ("fell to jihadists after a week-long siege", {("Gwoza", BH)}, (
        "Gwoza fell to jihadists after a week-long siege.",
        "Gwoza est tombée aux mains des jihadistes après un siège d'une semaine.",
        "Gwoza cayó en manos de los yihadistas tras un asedio de una semana.",
        "Gwoza fiel nach einwöchiger Belagerung an die Dschihadisten.",
        "Gwoza è caduta in mano ai jihadisti dopo un assedio di una settimana.",
        "Gwoza caiu nas mãos dos jihadistas após um cerco de uma semana.",
    )),
    ("X, held by the rebels since March, was retaken by the army", {("Malakal", SSD)}, (
        "Malakal, held by the rebels since March, was retaken by the army on Sunday.",
        "Malakal, tenue par les rebelles depuis mars, a été reprise par l'armée dimanche.",
        "Malakal, en manos rebeldes desde marzo, fue recuperada por el ejército el domingo.",
        "Malakal, seit März in der Hand der Rebellen, wurde am Sonntag von der Armee zurückerobert.",
        "Malakal, in mano ai ribelli da marzo, è stata ripresa dall'esercito domenica.",
        "Malakal, nas mãos dos rebeldes desde março, foi retomada pelo exército no domingo.",
    )),
    ("rebels said they had taken full control of X", {("Malakal", IO)}, (
        "The rebels said on Sunday they had taken full control of Malakal.",
        "Les rebelles ont affirmé dimanche avoir pris le contrôle total de Malakal.",
        "Los rebeldes afirmaron el domingo haber tomado el control total de Malakal.",
        "Die Rebellen erklärten am Sonntag, sie hätten die vollständige Kontrolle über Malakal übernommen.",
        "I ribelli hanno affermato domenica di aver preso il pieno controllo di Malakal.",
        "Os rebeldes afirmaram no domingo ter assumido o controle total de Malakal.",
    )),
    ("the army announced X had been liberated", {("Mullaitivu", LKA)}, (
        "The Sri Lankan army announced that Mullaitivu had been liberated.",
        "L'armée sri-lankaise a annoncé que Mullaitivu avait été libérée.",
        "El ejército esrilanqués anunció que Mullaitivu había sido liberada.",
        "Die srilankische Armee gab bekannt, Mullaitivu sei befreit worden.",
        "L'esercito srilankese ha annunciato che Mullaitivu era stata liberata.",
        "O exército cingalês anunciou que Mullaitivu tinha sido libertada.",
    )),
    ("a side now holds X", {("Damasak", BH)}, (
        "Boko Haram now holds Damasak, residents said.",
        "Boko Haram tient désormais Damasak, selon des habitants.",
        "Boko Haram controla ya Damasak, según vecinos.",
        "Boko Haram hält nun Damasak, berichteten Bewohner.",
        "Boko Haram tiene ormai Damasak, secondo alcuni abitanti.",
        "O Boko Haram detém agora Damasak, segundo moradores.",
    )),
    # 8. their negatives
    ("X is still controlled by the army", set(), (
        "Bentiu is still controlled by the army.",
        "Bentiu est toujours contrôlée par l'armée.",
        "Bentiu sigue controlada por el ejército.",
        "Bentiu wird noch immer von der Armee kontrolliert.",
        "Bentiu è ancora controllata dall'esercito.",
        "Bentiu continua controlada pelo exército.",
    )),
    ("rebels said they would take X", set(), (
        "The rebels said they would take Malakal within a week.",
        "Les rebelles ont affirmé qu'ils prendraient Malakal d'ici une semaine.",
        "Los rebeldes afirmaron que tomarían Malakal en una semana.",
        "Die Rebellen erklärten, sie würden Malakal binnen einer Woche einnehmen.",
        "I ribelli hanno affermato che prenderanno Malakal entro una settimana.",
        "Os rebeldes afirmaram que tomariam Malakal dentro de uma semana.",
    )),
    ("a side has held X since long ago", set(), (
        "Boko Haram has controlled Damasak since 2014.",
        "Boko Haram contrôle Damasak depuis 2014.",
        "Boko Haram controla Damasak desde 2014.",
        "Boko Haram kontrolliert Damasak seit 2014.",
        "Boko Haram controlla Damasak dal 2014.",
        "O Boko Haram controla Damasak desde 2014.",
    )),
    # 9. a third round: a country's rebels, a head of state's flight
    ("a country's rebels seized X", {("Brega", NTC)}, (
        "Libya's rebels seized Brega on Sunday.",
        "Les rebelles libyens ont pris Brega dimanche.",
        "Los rebeldes de Libia tomaron Brega el domingo.",
        "Libyens Rebellen eroberten am Sonntag Brega.",
        "I ribelli della Libia hanno conquistato Brega domenica.",
        "Os rebeldes da Líbia tomaram Brega no domingo.",
    )),
    ("the rebels entered X and the president fled", {("Bangui", SEL)}, (
        "The rebels entered Bangui and President Bozize fled the capital.",
        "Les rebelles sont entrés dans Bangui et le président Bozizé a fui la capitale.",
        "Los rebeldes entraron en Bangui y el presidente Bozizé huyó de la capital.",
        "Die Rebellen rückten in Bangui ein, und Präsident Bozizé floh aus der Hauptstadt.",
        "I ribelli sono entrati a Bangui e il presidente Bozizé è fuggito dalla capitale.",
        "Os rebeldes entraram em Bangui e o presidente Bozizé fugiu da capital.",
    )),
    ("the president left X, the rebels still outside", set(), (
        "President Bozize left Bangui on Friday; the rebels were still thirty kilometres away.",
        "Le président Bozizé a quitté Bangui vendredi ; les rebelles étaient encore à trente kilomètres.",
        "El presidente Bozizé abandonó Bangui el viernes; los rebeldes seguían a treinta kilómetros.",
        "Präsident Bozizé verließ Bangui am Freitag; die Rebellen standen noch dreißig Kilometer entfernt.",
        "Il presidente Bozizé ha lasciato Bangui venerdì; i ribelli erano ancora a trenta chilometri.",
        "O presidente Bozizé deixou Bangui na sexta-feira; os rebeldes ainda estavam a trinta quilómetros.",
    )),
    ("headline: rebels take X, a split verb and no full stop", {("Malakal", IO)}, (
        "Rebels take Malakal",
        "Les rebelles prennent Malakal",
        "Los rebeldes toman Malakal",
        "Rebellen nehmen Malakal ein",
        "I ribelli prendono Malakal",
        "Os rebeldes tomam Malakal",
    )),
    ("a side said on a day that it controls X", {("Malakal", IO)}, (
        "The rebels said on Sunday that they control Malakal.",
        "Les rebelles ont affirmé dimanche contrôler Malakal.",
        "Los rebeldes afirmaron el domingo controlar Malakal.",
        "Die Rebellen erklärten am Sonntag, Malakal zu kontrollieren.",
        "I ribelli hanno affermato domenica di controllare Malakal.",
        "Os rebeldes afirmaram no domingo controlar Malakal.",
    )),
    ("a side has X in its power", {("Malakal", IO)}, (
        "The rebels now have Malakal in their power.",
        "Les rebelles ont désormais Malakal en leur pouvoir.",
        "Los rebeldes tienen Malakal en su poder.",
        "Die Rebellen haben Malakal nun in ihrer Gewalt.",
        "I ribelli hanno ora Malakal in loro potere.",
        "Os rebeldes têm agora Malakal em seu poder.",
    )),
    # 10. sides named by what they fight for, by an ally, by their creed
    ("anti-government rebels seized X", {("Bambari", SEL)}, (
        "Anti-government rebels seized Bambari on Sunday.",
        "Des rebelles antigouvernementaux ont pris Bambari dimanche.",
        "Rebeldes antigubernamentales tomaron Bambari el domingo.",
        "Regierungsfeindliche Rebellen eroberten am Sonntag Bambari.",
        "Ribelli antigovernativi hanno conquistato Bambari domenica.",
        "Rebeldes antigovernamentais tomaram Bambari no domingo.",
    )),
    ("forces allied to a leader seized X", {("Malakal", IO)}, (
        "Forces allied to Riek Machar seized Malakal on Sunday.",
        "Des forces alliées à Riek Machar ont pris Malakal dimanche.",
        "Fuerzas aliadas a Riek Machar tomaron Malakal el domingo.",
        "Mit Riek Machar verbündete Truppen eroberten am Sonntag Malakal.",
        "Forze alleate a Riek Machar hanno conquistato Malakal domenica.",
        "Forças aliadas a Riek Machar tomaram Malakal no domingo.",
    )),
    ("the Islamists seized X", {("Damasak", BH)}, (
        "The Islamists seized Damasak on Sunday.",
        "Les islamistes ont pris Damasak dimanche.",
        "Los islamistas conquistaron Damasak el domingo.",
        "Die Islamisten eroberten Damasak am Sonntag.",
        "Gli islamisti hanno conquistato Damasak domenica.",
        "Os islamitas conquistaram Damasak no domingo.",
    )),
]

# (construction, language) pairs the detector does not read yet, each with why.
GAPS: dict[tuple[str, str], str] = {
    ("anti-government rebels seized X", "de"): (
        "'Regierungsfeindliche Rebellen': a capitalised word opening the sentence before 'Rebellen' is read as a"
        " group's name unless it ends like an adjective in '-isch'; '-feindliche' does not"
    ),
    ("forces allied to a leader seized X", "de"): (
        "'Mit Riek Machar verbündete Truppen': the German phrase puts the leader before the ally word, which the"
        " leader phrases (leaders.py) do not read"
    ),
    ("the Islamists seized X", "pt"): (
        "'os islamitas' as the government's single opponent was tried and dropped: it cost a blind corpus a true"
        " detection and added a false alarm (another group called so there)"
    ),
    ("a side said on a day that it controls X", "de"): (
        "'erklärten am Sonntag, X zu kontrollieren': a German zu-infinitive is a change only after 'gelang es'"
        " (german.governor); after a verb of saying it is not read yet"
    ),
    ("a side has held X since a day", "it"): (
        "'Boko Haram controlla X da sabato': five words are guessed Portuguese, so the Italian 'da sabato' is not read"
        " (with a clause more, 'secondo fonti locali', it is)"
    ),
    ("X, held by the rebels since March, was retaken by the army", "it"): (
        "'X, in mano ai ribelli da marzo, è stata ripresa': a passive's city is not found across an apposition"
        " that opens with a preposition ('in mano'), only one that opens with a participle ('tenue par')"
    ),
    ("X, held by the rebels since March, was retaken by the army", "pt"): (
        "'X, nas mãos dos rebeldes desde março, foi retomada': as in Italian, the apposition opens with a preposition"
    ),
    ('marched into X unopposed', 'it'): (
        "'sono entrate senza incontrare resistenza a X': an Italian entry reaches its place over two words at most, here three"
    ),
    ('retaken from a side, no agent', 'de'): (
        "'wurde den Rebellen wieder abgenommen': 'abnehmen' (to take from) is no capture verb, its split forms ('nahm … ab') also mean 'decreased'"
    ),
    ('a colon headline: country, side takes X', 'en'): (
        "a bare 'army' with no article is never the government, by design (the 'Free Syrian Army', the 'Arakan Army'), and the country before a headline's colon is not read as the side"
    ),
    ('a colon headline: country, side takes X', 'de'): (
        "a bare 'army' with no article is never the government, by design (the 'Free Syrian Army', the 'Arakan Army'), and the country before a headline's colon is not read as the side"
    ),
    ('a colon headline: country, side takes X', 'pt'): (
        "a bare 'army' with no article is never the government, by design (the 'Free Syrian Army', the 'Arakan Army'), and the country before a headline's colon is not read as the side"
    ),
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(("text", "expected"), parity_cases(CONSTRUCTIONS, GAPS))
def test_each_construction_reads_alike_in_six_languages(detector: Detector, text: str, expected: Pairs) -> None:
    """A construction reports the same places and holders whatever its language."""
    assert held(detector, text) == expected


def test_every_construction_has_six_languages() -> None:
    """The table stays a parity table: no construction without one of the six languages."""
    assert all(len(sentences) == len(LANGS) for _, _, sentences in CONSTRUCTIONS)
