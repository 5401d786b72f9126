"""A census of the clauses that name both the loser and the winner of a capture, in six languages.

The press often names the side that lost a town in the same clause as the side that took it:
"X was wrested from the rebels by the army", "the rebels lost X to the army", "the army ousted
the rebels from X", "X, held by the rebels since March, fell to the army", "the rebels' loss of
X", "rebel-held X fell", "die Armee hat den Rebellen X entrissen", "X è stata sottratta ai
ribelli". Read backwards, such a clause names the loser as the new holder: a false alarm and a
miss at once. Each construction here is one sentence written for this battery in en, fr, es,
de, it and pt, with the (place, holder) pairs it reports; the wars are Chechnya 1995-1996,
Bosnia 1994-1995, Myanmar's Karen war 1995, Chad 2008, El Salvador 1989 and Nagorno-Karabakh
1992-1993, and no sentence comes from an evaluation item. A pair the detector cannot read
without a larger change is a strict xfail in `GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

RUS, CHE = "Russian government", "Chechen separatists"
BIH, VRS = "Bosnian government", "Bosnian Serbs"
MMR, KNU = "Myanmar government", "Karen National Union"
TCD, UFDD, RFC = "Chadian government", "UFDD", "RFC"
SLV, FMLN = "Salvadoran government", "FMLN"
AZE, ARM = "Azerbaijani government", "Karabakh Armenians"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "RU": ("Grozny", "Gudermes", "Argun", "Shali"),
            "BA": ("Jajce", "Kupres", "Donji Vakuf"),
            "MM": ("Myawaddy", "Hpa-An"),
            "TD": ("Abeche", "Adre", "Biltine"),
            "SV": ("Chalatenango", "Zacatecoluca"),
            "AZ": ("Shusha", "Lachin", "Kalbajar"),
        }.items()
        for name in names
    ],
    "actors": [
        side(RUS, ["Russian army", "Russian forces", "federal forces", "federal troops"], "RU", CHE, True),
        side(CHE, ["Chechen rebels", "Chechen fighters", "separatistes tchétchènes", "separatistas chechenos", "tschetschenische Separatisten", "separatisti ceceni", "separatistas chechenos"], "RU", RUS),
        side(BIH, ["Bosnian army", "Bosnian government forces", "ARBiH"], "BA", VRS, True),
        side(VRS, ["Bosnian Serb forces", "VRS", "Serbes de Bosnie", "serbobosnios", "bosnische Serben", "serbo-bosniaci", "sérvios bósnios"], "BA", BIH),
        side(MMR, ["Burmese army", "Myanmar army", "Tatmadaw"], "MM", KNU, True),
        side(KNU, ["KNU", "KNLA", "Karen rebels"], "MM", MMR),
        {"name": TCD, "aliases": ["Chadian army", "Déby's forces", "ANT"], "countries": ["TD"], "opposes": [UFDD, RFC], "government": True},
        side(UFDD, ["Union of Forces for Democracy and Development"], "TD", TCD),
        side(RFC, ["Rally of Forces for Change"], "TD", TCD),
        side(SLV, ["Salvadoran army"], "SV", FMLN, True),
        side(FMLN, ["Farabundo Martí National Liberation Front"], "SV", SLV),
        side(AZE, ["Azerbaijani army", "Azerbaijani forces"], "AZ", ARM, True),
        side(ARM, ["Armenian forces", "Karabakh Armenian forces", "forces arméniennes", "fuerzas armenias", "armenische Kräfte", "forze armene", "forças armênias"], "AZ", AZE),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("X was wrested from the rebels by the army", {("Gudermes", RUS)}, (
        "Gudermes was wrested from the Chechen rebels by federal troops on Tuesday.",
        "Gudermes a été arrachée aux séparatistes tchétchènes par l'armée russe mardi.",
        "Gudermes fue arrebatada a los separatistas chechenos por el ejército ruso el martes.",
        "Gudermes wurde den tschetschenischen Separatisten am Dienstag von der russischen Armee entrissen.",
        "Gudermes è stata strappata ai separatisti ceceni dall'esercito russo martedì.",
        "Gudermes foi arrancada aos separatistas chechenos pelo exército russo na terça-feira.",
    )),
    ("X was captured from the rebels by the army", {("Shali", RUS)}, (
        "Shali was captured from the Chechen fighters by federal troops on Monday.",
        "Shali a été prise aux séparatistes tchétchènes par les forces russes lundi.",
        "Shali fue tomada a los separatistas chechenos por las fuerzas rusas el lunes.",
        "Shali wurde den tschetschenischen Separatisten am Montag von der russischen Armee entrissen.",
        "Shali è stata presa ai separatisti ceceni dalle forze russe lunedì.",
        "Shali foi tomada aos separatistas chechenos pelas forças russas na segunda-feira.",
    )),
    ("X was seized from the army, no agent", {("Lachin", ARM)}, (
        "Lachin was seized from the Azerbaijani army on Sunday.",
        "Lachin a été prise à l'armée azerbaïdjanaise dimanche.",
        "Lachin fue arrebatada al ejército azerí el domingo.",
        "Lachin wurde der aserbaidschanischen Armee am Sonntag entrissen.",
        "Lachin è stata strappata all'esercito azero domenica.",
        "Lachin foi tomada ao exército azeri no domingo.",
    )),
    ("the army has wrested X from the rebels, a perfect", {("Shali", RUS)}, (
        "Federal troops have wrested Shali from the Chechen fighters.",
        "Les forces russes ont arraché Shali aux séparatistes tchétchènes.",
        "Las fuerzas rusas han arrebatado Shali a los separatistas chechenos.",
        "Die russische Armee hat den tschetschenischen Separatisten Shali entrissen.",
        "Le forze russe hanno strappato Shali ai separatisti ceceni.",
        "As forças russas arrancaram Shali aos separatistas chechenos.",
    )),
    ("the rebels have wrested X from the army, a perfect", {("Kalbajar", ARM)}, (
        "Armenian forces have wrested Kalbajar from the Azerbaijani army.",
        "Les forces arméniennes ont arraché Kalbajar à l'armée azerbaïdjanaise.",
        "Las fuerzas armenias han arrebatado Kalbajar al ejército azerí.",
        "Armenische Kräfte haben der aserbaidschanischen Armee Kalbajar entrissen.",
        "Le forze armene hanno strappato Kalbajar all'esercito azero.",
        "As forças armênias arrancaram Kalbajar ao exército azeri.",
    )),
    ("the army routed the rebels at X and took the town", {("Chalatenango", SLV)}, (
        "The Salvadoran army routed the FMLN at Chalatenango and took the town.",
        "L'armée salvadorienne a mis en déroute le FMLN à Chalatenango et a pris la ville.",
        "El ejército salvadoreño derrotó al FMLN en Chalatenango y tomó la ciudad.",
        "Die salvadorianische Armee schlug die FMLN in Chalatenango und nahm die Stadt ein.",
        "L'esercito salvadoregno ha sconfitto l'FMLN a Chalatenango e ha preso la città.",
        "O exército salvadorenho derrotou a FMLN em Chalatenango e tomou a cidade.",
    )),
    ("the army recaptured X from the rebels", {("Jajce", BIH)}, (
        "The Bosnian army recaptured Jajce from the Bosnian Serbs on Friday.",
        "L'armée bosniaque a repris Jajce aux Serbes de Bosnie vendredi.",
        "El ejército bosnio reconquistó Jajce a los serbobosnios el viernes.",
        "Die bosnische Armee eroberte Jajce am Freitag von den bosnischen Serben zurück.",
        "L'esercito bosniaco ha ripreso Jajce ai serbo-bosniaci venerdì.",
        "O exército bósnio retomou Jajce aos sérvios bósnios na sexta-feira.",
    )),
    ("the rebels lost X to the army", {("Myawaddy", MMR)}, (
        "The Karen rebels lost Myawaddy to the Burmese army on Sunday.",
        "Les rebelles karens ont perdu Myawaddy face à l'armée birmane dimanche.",
        "Los rebeldes karen perdieron Myawaddy a manos del ejército birmano el domingo.",
        "Die Karen-Rebellen verloren Myawaddy am Sonntag an die birmanische Armee.",
        "I ribelli karen hanno perso Myawaddy a vantaggio dell'esercito birmano domenica.",
        "Os rebeldes karen perderam Myawaddy para o exército birmanês no domingo.",
    )),
    ("the army lost X to the rebels", {("Biltine", UFDD)}, (
        "The Chadian army lost Biltine to the UFDD on Monday.",
        "L'armée tchadienne a perdu Biltine face à l'UFDD lundi.",
        "El ejército chadiano perdió Biltine a manos de la UFDD el lunes.",
        "Die tschadische Armee verlor Biltine am Montag an die UFDD.",
        "L'esercito ciadiano ha perso Biltine a vantaggio dell'UFDD lunedì.",
        "O exército chadiano perdeu Biltine para a UFDD na segunda-feira.",
    )),
    ("the rebels were driven out of X by the army", {("Argun", RUS)}, (
        "Chechen fighters were driven out of Argun by Russian forces on Wednesday.",
        "Les séparatistes tchétchènes ont été chassés d'Argun par les forces russes mercredi.",
        "Los separatistas chechenos fueron expulsados de Argun por las fuerzas rusas el miércoles.",
        "Die tschetschenischen Separatisten wurden am Mittwoch von russischen Truppen aus Argun vertrieben.",
        "I separatisti ceceni sono stati cacciati da Argun dalle forze russe mercoledì.",
        "Os separatistas chechenos foram expulsos de Argun pelas forças russas na quarta-feira.",
    )),
    ("the army pushed the rebels out of X", {("Hpa-An", MMR)}, (
        "The Burmese army pushed the Karen rebels out of Hpa-An on Monday.",
        "L'armée birmane a poussé les rebelles karens hors de Hpa-An lundi.",
        "El ejército birmano empujó a los rebeldes karen fuera de Hpa-An el lunes.",
        "Die birmanische Armee drängte die Karen-Rebellen am Montag aus Hpa-An.",
        "L'esercito birmano ha spinto i ribelli karen fuori da Hpa-An lunedì.",
        "O exército birmanês empurrou os rebeldes karen para fora de Hpa-An na segunda-feira.",
    )),
    ("the rebels were pushed out of X by the army", {("Kupres", BIH)}, (
        "The Bosnian Serb forces were pushed out of Kupres by the Bosnian army on Thursday.",
        "Les Serbes de Bosnie ont été poussés hors de Kupres par l'armée bosniaque jeudi.",
        "Los serbobosnios fueron empujados fuera de Kupres por el ejército bosnio el jueves.",
        "Die bosnischen Serben wurden am Donnerstag von der bosnischen Armee aus Kupres gedrängt.",
        "I serbo-bosniaci sono stati spinti fuori da Kupres dall'esercito bosniaco giovedì.",
        "Os sérvios bósnios foram empurrados para fora de Kupres pelo exército bósnio na quinta-feira.",
    )),
    ("the army ousted the rebels from X", {("Zacatecoluca", SLV)}, (
        "The Salvadoran army ousted the FMLN from Zacatecoluca on Saturday.",
        "L'armée salvadorienne a délogé le FMLN de Zacatecoluca samedi.",
        "El ejército salvadoreño desalojó al FMLN de Zacatecoluca el sábado.",
        "Die salvadorianische Armee vertrieb die FMLN am Samstag aus Zacatecoluca.",
        "L'esercito salvadoregno ha scacciato l'FMLN da Zacatecoluca sabato.",
        "O exército salvadorenho expulsou a FMLN de Zacatecoluca no sábado.",
    )),
    ("the rebels wrested X from the army", {("Kalbajar", ARM)}, (
        "Armenian forces wrested Kalbajar from the Azerbaijani army on Sunday.",
        "Les forces arméniennes ont arraché Kalbajar à l'armée azerbaïdjanaise dimanche.",
        "Las fuerzas armenias arrebataron Kalbajar al ejército azerí el domingo.",
        "Armenische Kräfte entrissen der aserbaidschanischen Armee am Sonntag Kalbajar.",
        "Le forze armene hanno strappato Kalbajar all'esercito azero domenica.",
        "As forças armênias arrancaram Kalbajar ao exército azeri no domingo.",
    )),
    ("X, held by the rebels since March, fell to the army", {("Kupres", BIH)}, (
        "Kupres, held by the Bosnian Serbs since March, fell to the Bosnian army on Thursday.",
        "Kupres, tenue par les Serbes de Bosnie depuis mars, est tombée aux mains de l'armée bosniaque jeudi.",
        "Kupres, controlada por los serbobosnios desde marzo, cayó en manos del ejército bosnio el jueves.",
        "Kupres, seit März von den bosnischen Serben gehalten, fiel am Donnerstag an die bosnische Armee.",
        "Kupres, controllata dai serbo-bosniaci da marzo, è caduta in mano all'esercito bosniaco giovedì.",
        "Kupres, controlada pelos sérvios bósnios desde março, caiu nas mãos do exército bósnio na quinta-feira.",
    )),
    ("a side-held X was captured, no agent", {("Shali", RUS)}, (
        "Chechen rebel-held Shali was captured on Monday.",
        "Shali, tenue par les séparatistes tchétchènes, a été prise lundi.",
        "Shali, controlada por los separatistas chechenos, fue tomada el lunes.",
        "Das von den tschetschenischen Separatisten gehaltene Shali wurde am Montag eingenommen.",
        "Shali, controllata dai separatisti ceceni, è stata presa lunedì.",
        "Shali, controlada pelos separatistas chechenos, foi tomada na segunda-feira.",
    )),
    ("the town of X, held by the army, was taken, no agent", {("Zacatecoluca", FMLN)}, (
        "The Salvadoran army-held town of Zacatecoluca was overrun on Saturday.",
        "La ville de Zacatecoluca, tenue par l'armée salvadorienne, a été prise samedi.",
        "La ciudad de Zacatecoluca, controlada por el ejército salvadoreño, fue tomada el sábado.",
        "Die von der salvadorianischen Armee gehaltene Stadt Zacatecoluca wurde am Samstag eingenommen.",
        "La città di Zacatecoluca, controllata dall'esercito salvadoregno, è stata presa sabato.",
        "A cidade de Zacatecoluca, controlada pelo exército salvadorenho, foi tomada no sábado.",
    )),
    ("after the rebels' defeat at X, the army took control of the town", {("Argun", RUS)}, (
        "After the Chechen rebels' defeat at Argun, Russian forces took control of the town.",
        "Après la défaite des séparatistes tchétchènes à Argun, l'armée russe a pris le contrôle de la ville.",
        "Tras la derrota de los separatistas chechenos en Argun, el ejército ruso tomó el control de la ciudad.",
        "Nach der Niederlage der tschetschenischen Separatisten in Argun übernahm die russische Armee die Kontrolle über die Stadt.",
        "Dopo la sconfitta dei separatisti ceceni ad Argun, l'esercito russo ha preso il controllo della città.",
        "Após a derrota dos separatistas chechenos em Argun, o exército russo assumiu o controle da cidade.",
    )),
    ("the army's recapture of X from the rebels", {("Adre", TCD)}, (
        "The Chadian army's recapture of Adre from the UFDD was announced on Tuesday.",
        "La reprise d'Adre à l'UFDD par l'armée tchadienne a été annoncée mardi.",
        "La reconquista de Adre a la UFDD por el ejército chadiano fue anunciada el martes.",
        "Die Rückeroberung von Adre durch die tschadische Armee von der UFDD wurde am Dienstag gemeldet.",
        "La riconquista di Adre dall'UFDD da parte dell'esercito ciadiano è stata annunciata martedì.",
        "A reconquista de Adre à UFDD pelo exército chadiano foi anunciada na terça-feira.",
    )),
    ("the rebels' loss of X", {("Shali", RUS)}, (
        "The Chechen rebels' loss of Shali was confirmed on Monday.",
        "La perte de Shali par les séparatistes tchétchènes a été confirmée lundi.",
        "La pérdida de Shali por los separatistas chechenos fue confirmada el lunes.",
        "Der Verlust von Shali durch die tschetschenischen Separatisten wurde am Montag bestätigt.",
        "La perdita di Shali da parte dei separatisti ceceni è stata confermata lunedì.",
        "A perda de Shali pelos separatistas chechenos foi confirmada na segunda-feira.",
    )),
    ("rebel-held X fell", {("Chalatenango", SLV)}, (
        "Rebel-held Chalatenango fell to the Salvadoran army on Sunday.",
        "Chalatenango, tenue par les rebelles, est tombée aux mains de l'armée salvadorienne dimanche.",
        "Chalatenango, en manos de los rebeldes, cayó en poder del ejército salvadoreño el domingo.",
        "Das von Rebellen gehaltene Chalatenango fiel am Sonntag an die salvadorianische Armee.",
        "Chalatenango, in mano ai ribelli, è caduta nelle mani dell'esercito salvadoregno domenica.",
        "Chalatenango, em poder dos rebeldes, caiu nas mãos do exército salvadorenho no domingo.",
    )),
    ("the rebels abandoned X to advancing troops", {("Hpa-An", MMR)}, (
        "The Karen rebels abandoned Hpa-An to advancing Burmese troops on Friday.",
        "Les rebelles karens ont abandonné Hpa-An à l'armée birmane qui avançait vendredi.",
        "Los rebeldes karen abandonaron Hpa-An al ejército birmano que avanzaba el viernes.",
        "Die Karen-Rebellen überließen Hpa-An am Freitag der vorrückenden birmanischen Armee.",
        "I ribelli karen hanno abbandonato Hpa-An all'esercito birmano che avanzava venerdì.",
        "Os rebeldes karen abandonaram Hpa-An ao exército birmanês que avançava na sexta-feira.",
    )),
    ("the rebels' stronghold X was taken", {("Abeche", TCD)}, (
        "The UFDD's stronghold of Abeche was taken by the Chadian army on Monday.",
        "Le fief de l'UFDD, Abeche, est tombé aux mains de l'armée tchadienne lundi.",
        "El bastión de la UFDD, Abeche, cayó en manos del ejército chadiano el lunes.",
        "Die UFDD-Hochburg Abeche wurde am Montag von der tschadischen Armee eingenommen.",
        "La roccaforte dell'UFDD, Abeche, è stata conquistata dall'esercito ciadiano lunedì.",
        "O reduto da UFDD, Abeche, foi tomado pelo exército chadiano na segunda-feira.",
    )),
    ("a headline: X, rebels routed, army in control", {("Grozny", RUS)}, (
        "Grozny: Chechen rebels routed, Russian army in control",
        "Grozny : les séparatistes tchétchènes en déroute, l'armée russe contrôle la ville",
        "Grozni: los separatistas chechenos en desbandada, el ejército ruso controla la ciudad",
        "Grosny: Tschetschenische Separatisten geschlagen, russische Armee kontrolliert die Stadt",
        "Grozny: separatisti ceceni in rotta, l'esercito russo controlla la città",
        "Grozny: separatistas chechenos em debandada, exército russo controla a cidade",
    )),
    ("the army, which lost X in 1992, retook it", {("Shusha", AZE)}, (
        "The Azerbaijani army, which lost Shusha to Armenian forces in 1992, retook the town on Sunday.",
        "L'armée azerbaïdjanaise, qui avait perdu Shusha face aux forces arméniennes en 1992, a repris la ville dimanche.",
        "El ejército azerí, que perdió Shusha a manos de las fuerzas armenias en 1992, recuperó la ciudad el domingo.",
        "Die aserbaidschanische Armee, die Shusha 1992 an armenische Kräfte verloren hatte, eroberte die Stadt am Sonntag zurück.",
        "L'esercito azero, che aveva perso Shusha a vantaggio delle forze armene nel 1992, ha ripreso la città domenica.",
        "O exército azeri, que perdeu Shusha para as forças armênias em 1992, retomou a cidade no domingo.",
    )),
    ("a leader's men took X from the rebels", {("Biltine", TCD)}, (
        "Déby's men retook Biltine from the UFDD on Wednesday.",
        "Les hommes de Déby ont repris Biltine à l'UFDD mercredi.",
        "Los hombres de Déby recuperaron Biltine de la UFDD el miércoles.",
        "Débys Truppen eroberten Biltine am Mittwoch von der UFDD zurück.",
        "Gli uomini di Déby hanno ripreso Biltine all'UFDD mercoledì.",
        "Os homens de Déby retomaram Biltine à UFDD na quarta-feira.",
    )),
    ("a people's fighters lost X to the army by its name", {("Myawaddy", MMR)}, (
        "Karen fighters lost Myawaddy to the Tatmadaw after a week of shelling.",
        "Les combattants karens ont perdu Myawaddy face à la Tatmadaw après une semaine de bombardements.",
        "Los combatientes karen perdieron Myawaddy a manos de la Tatmadaw tras una semana de bombardeos.",
        "Karen-Kämpfer verloren Myawaddy nach einer Woche Beschuss an die Tatmadaw.",
        "I combattenti karen hanno perso Myawaddy a vantaggio della Tatmadaw dopo una settimana di bombardamenti.",
        "Os combatentes karen perderam Myawaddy para a Tatmadaw após uma semana de bombardeios.",
    )),
    ("they took X, after a sentence naming both sides", {("Lachin", ARM)}, (
        "Armenian forces attacked Azerbaijani positions overnight. By dawn they had taken Lachin.",
        "Les forces arméniennes ont attaqué les positions azerbaïdjanaises dans la nuit. À l'aube, elles avaient pris Lachin.",
        "Las fuerzas armenias atacaron las posiciones azeríes durante la noche. Al amanecer habían tomado Lachin.",
        "Armenische Kräfte griffen in der Nacht aserbaidschanische Stellungen an. Im Morgengrauen hatten sie Lachin eingenommen.",
        "Le forze armene hanno attaccato le posizioni azere durante la notte. All'alba avevano preso Lachin.",
        "As forças armênias atacaram as posições azeris durante a noite. Ao amanhecer tinham tomado Lachin.",
    )),
    ("a nationality's rebels took X, their group unnamed among two", set(), (
        "Chadian rebels seized Abeche on Monday.",
        "Des rebelles tchadiens ont pris Abeche lundi.",
        "Rebeldes chadianos tomaron Abeche el lunes.",
        "Tschadische Rebellen haben Abeche am Montag eingenommen.",
        "Ribelli ciadiani hanno conquistato Abeche lunedì.",
        "Rebeldes chadianos tomaram Abeche na segunda-feira.",
    )),
    ("X fell; the army vowed to retake the town", {("Kalbajar", ARM)}, (
        "Kalbajar fell on Friday. The Azerbaijani army vowed to retake the town.",
        "Kalbajar est tombée vendredi. L'armée azerbaïdjanaise a promis de reprendre la ville.",
        "Kalbajar cayó el viernes. El ejército azerí prometió recuperar la ciudad.",
        "Kalbajar ist am Freitag gefallen. Die aserbaidschanische Armee kündigte an, die Stadt zurückzuerobern.",
        "Kalbajar è caduta venerdì. L'esercito azero ha promesso di riprendere la città.",
        "Kalbajar caiu na sexta-feira. O exército azeri prometeu retomar a cidade.",
    )),
    ("X was taken from the rebels, no agent", {("Donji Vakuf", BIH)}, (
        "Donji Vakuf was taken from the Bosnian Serbs on Wednesday.",
        "Donji Vakuf a été reprise aux Serbes de Bosnie mercredi.",
        "Donji Vakuf fue arrebatada a los serbobosnios el miércoles.",
        "Donji Vakuf wurde den bosnischen Serben am Mittwoch entrissen.",
        "Donji Vakuf è stata sottratta ai serbo-bosniaci mercoledì.",
        "Donji Vakuf foi arrancada aos sérvios bósnios na quarta-feira.",
    )),
    ("X fell to the army after the rebels fled", {("Argun", RUS)}, (
        "Argun fell to Russian forces after the Chechen fighters fled.",
        "Argun est tombée aux mains des forces russes après la fuite des séparatistes tchétchènes.",
        "Argun cayó en poder de las fuerzas rusas tras la huida de los separatistas chechenos.",
        "Argun ging nach der Flucht der tschetschenischen Separatisten an die russischen Truppen verloren.",
        "Argun è caduta nelle mani delle forze russe dopo la fuga dei separatisti ceceni.",
        "Argun caiu nas mãos das forças russas após a fuga dos separatistas chechenos.",
    )),
    ("the army had to leave X to the rebels", {("Jajce", VRS)}, (
        "The Bosnian army had to leave Jajce to the Bosnian Serbs on Sunday.",
        "L'armée bosniaque a dû abandonner Jajce aux Serbes de Bosnie dimanche.",
        "El ejército bosnio tuvo que ceder Jajce a los serbobosnios el domingo.",
        "Die bosnische Armee musste Jajce am Sonntag den bosnischen Serben überlassen.",
        "L'esercito bosniaco ha dovuto cedere Jajce ai serbo-bosniaci domenica.",
        "O exército bósnio teve de ceder Jajce aos sérvios bósnios no domingo.",
    )),
]

# (construction, language) -> why the detector cannot read it yet
_HEADLINE = (
    "a headline of two verbless phrases, 'rebels routed, army in control': 'in control' and"
    " 'controls the town' are states without a trigger of change, and the rout is no capture"
)
GAPS: dict[tuple[str, str], str] = {
    **{("a headline: X, rebels routed, army in control", lang): _HEADLINE for lang in ("en", "fr", "es", "de", "it", "pt")},
}


test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)
