"""This session's constructions in six languages: each one read in English is read in the others.

A side inside a capture's object ("the rebel stronghold of X"), a city taken "from" a side, a
side's departure, a withdrawal still planned, "X is ours", a fall the defender admits in the next
clause, "A routed B and took X", older wordings ("made themselves masters of X", "the
capitulation of X", "X is again in Y's hands") and "occupied X". Each construction is one
sentence written for this battery in en, fr, es, de, it and pt, with the (place, holder) pairs it
reports or none; the wars are Mali, Syria, Kursk and Donbas, Kivu, Afghanistan and Shan State,
and no sentence comes from an evaluation item. A pair the detector cannot read without a larger
change is marked xfail (strict) in `GAPS`, with the reason.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

MALI, CSP = "Malian government", "CSP"
SNA, SDF = "Syrian National Army", "SDF"
RUS, UKR = "Russia", "Ukraine"
DRC, M23 = "Congolese government", "M23"
AFG, TAL = "Afghan government", "Taliban"
JUNTA, MNDAA = "Myanmar junta", "MNDAA"



WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "ML": ("Tessalit", "Anefis"),
            "SY": ("Manbij", "Tabqa"),
            "RU": ("Sudzha",),
            "UA": ("Avdiivka",),
            "CD": ("Goma", "Bukavu"),
            "AF": ("Kunduz", "Ghazni"),
            "MM": ("Lashio",),
        }.items()
        for name in names
    ],
    "actors": [
        side(MALI, ["Malian army", "FAMa"], ["ML"], CSP, True),
        side(CSP, ["Permanent Strategic Framework"], ["ML"], MALI),
        side(SNA, ["SNA", "Armée nationale syrienne", "ANS", "Ejército Nacional Sirio", "ENS", "Syrische Nationalarmee", "Esercito nazionale siriano", "Exército Nacional Sírio"], ["SY"], SDF),
        side(SDF, ["Syrian Democratic Forces", "FDS", "Forces démocratiques syriennes", "Fuerzas Democráticas Sirias", "Forze democratiche siriane", "Forças Democráticas Sírias"], ["SY"], SNA),
        side(RUS, ["Russian forces", "Russian army"], ["RU", "UA"], UKR, True),
        side(UKR, ["Ukrainian forces", "Ukrainian army"], ["UA", "RU"], RUS, True),
        side(DRC, ["FARDC", "Congolese army"], ["CD"], M23, True),
        side(M23, ["March 23 Movement", "Mouvement du 23 mars"], ["CD"], DRC),
        side(AFG, ["Afghan army", "Afghan forces"], ["AF"], TAL, True),
        side(TAL, ["talibans", "talibanes", "talebani", "talibãs"], ["AF"], AFG),
        side(JUNTA, ["Tatmadaw", "Myanmar army"], ["MM"], MNDAA, True),
        side(MNDAA, ["Myanmar National Democratic Alliance Army"], ["MM"], JUNTA),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    # 1. a side inside the capture's object
    ("the rebel stronghold of", {("Tessalit", MALI)}, (
        "Malian troops captured the rebel stronghold of Tessalit on Tuesday.",
        "Les troupes maliennes ont pris le bastion rebelle de Tessalit mardi.",
        "Las tropas malienses tomaron el bastión rebelde de Tessalit el martes.",
        "Malische Truppen eroberten am Dienstag die Rebellenhochburg Tessalit.",
        "Le truppe maliane hanno conquistato la roccaforte ribelle di Tessalit martedì.",
        "As tropas malianas tomaram o reduto rebelde de Tessalit na terça-feira.",
    )),
    ("the rebel-held town of", {("Anefis", MALI)}, (
        "Malian troops captured the rebel-held town of Anefis on Tuesday.",
        "Les troupes maliennes ont pris mardi la ville d'Anefis, tenue par les rebelles.",
        "Las tropas malienses tomaron el martes la ciudad de Anefis, en manos rebeldes.",
        "Malische Truppen eroberten am Dienstag die von Rebellen gehaltene Stadt Anefis.",
        "Le truppe maliane hanno conquistato martedì la città di Anefis, controllata dai ribelli.",
        "As tropas malianas tomaram na terça-feira a cidade de Anefis, controlada pelos rebeldes.",
    )),
    ("the side-controlled city of, vague subject", {("Manbij", SNA)}, (
        "The SNA launched an offensive. Fighters captured the SDF-controlled city of Manbij on Sunday.",
        "L'ANS a lancé une offensive. Des combattants ont pris dimanche la ville de Manbij, contrôlée par les FDS.",
        "El ENS lanzó una ofensiva. Unos combatientes tomaron el domingo la ciudad de Manbij, controlada por las FDS.",
        "Die SNA startete eine Offensive. Kämpfer eroberten am Sonntag die von der SDF kontrollierte Stadt Manbij.",
        "L'SNA ha lanciato un'offensiva. Alcuni combattenti hanno conquistato domenica la città di Manbij, controllata dalle SDF.",
        "O ENS lançou uma ofensiva. Combatentes tomaram no domingo a cidade de Manbij, controlada pelas FDS.",
    )),
    ("the Russian border town of", {("Sudzha", UKR)}, (
        "Ukrainian forces captured the Russian border town of Sudzha.",
        "Les forces ukrainiennes ont pris la ville frontalière russe de Sudzha.",
        "Las fuerzas ucranianas tomaron la ciudad fronteriza rusa de Sudzha.",
        "Ukrainische Truppen eroberten die russische Grenzstadt Sudzha.",
        "Le forze ucraine hanno conquistato la città di confine russa di Sudzha.",
        "As forças ucranianas tomaram a cidade fronteiriça russa de Sudzha.",
    )),
    ("the side-occupied town of", {("Avdiivka", UKR)}, (
        "Ukrainian forces recaptured the Russian-occupied town of Avdiivka.",
        "Les forces ukrainiennes ont repris la ville d'Avdiivka, occupée par les Russes.",
        "Las fuerzas ucranianas recuperaron la ciudad de Avdiivka, ocupada por los rusos.",
        "Ukrainische Truppen eroberten die von Russland besetzte Stadt Avdiivka zurück.",
        "Le forze ucraine hanno riconquistato la città di Avdiivka, occupata dai russi.",
        "As forças ucranianas retomaram a cidade de Avdiivka, ocupada pelos russos.",
    )),
    ("a crossing near a side's town is not the town", set(), (
        "Ukrainian forces seized the border crossing near the Russian town of Sudzha.",
        "Les forces ukrainiennes ont pris le poste-frontière près de la ville russe de Sudzha.",
        "Las fuerzas ucranianas tomaron el paso fronterizo cerca de la ciudad rusa de Sudzha.",
        "Ukrainische Truppen eroberten den Grenzübergang bei der russischen Stadt Sudzha.",
        "Le forze ucraine hanno conquistato il valico di frontiera vicino alla città russa di Sudzha.",
        "As forças ucranianas tomaram o posto fronteiriço perto da cidade russa de Sudzha.",
    )),
    # 2. taken from a side
    ("seized from a side", {("Tabqa", SNA)}, (
        "SNA fighters seized Tabqa from the SDF on Tuesday.",
        "Les combattants de l'ANS ont pris Tabqa aux FDS mardi.",
        "Los combatientes del ENS arrebataron Tabqa a las FDS el martes.",
        "Kämpfer der SNA entrissen den SDF am Dienstag Tabqa.",
        "I combattenti dell'SNA hanno strappato Tabqa alle SDF martedì.",
        "Os combatentes do ENS tomaram Tabqa às FDS na terça-feira.",
    )),
    ("seized from a side, vague subject", {("Tabqa", SNA)}, (
        "The SNA launched an offensive on Sunday. Fighters seized Tabqa from the SDF on Tuesday.",
        "L'ANS a lancé une offensive dimanche. Des combattants ont pris Tabqa aux FDS mardi.",
        "El ENS lanzó una ofensiva el domingo. Unos combatientes arrebataron Tabqa a las FDS el martes.",
        "Die SNA startete am Sonntag eine Offensive. Kämpfer entrissen den SDF am Dienstag Tabqa.",
        "L'SNA ha lanciato un'offensiva domenica. Alcuni combattenti hanno strappato Tabqa alle SDF martedì.",
        "O ENS lançou uma ofensiva no domingo. Combatentes tomaram Tabqa às FDS na terça-feira.",
    )),
    ("taken from a side by nobody named", set(), (
        "Fighters seized Tabqa from the SDF on Tuesday.",
        "Des combattants ont pris Tabqa aux FDS mardi.",
        "Unos combatientes arrebataron Tabqa a las FDS el martes.",
        "Kämpfer entrissen den SDF am Dienstag Tabqa.",
        "Alcuni combattenti hanno strappato Tabqa alle SDF martedì.",
        "Combatentes tomaram Tabqa às FDS na terça-feira.",
    )),
    # 3. a side's departure is its withdrawal
    ("entered after the departure of", {("Bukavu", M23)}, (
        "M23 fighters entered Bukavu after the departure of the Congolese army.",
        "Les combattants du M23 sont entrés dans Bukavu après le départ de l'armée congolaise.",
        "Los combatientes del M23 entraron en Bukavu tras la salida del ejército congoleño.",
        "Die M23-Kämpfer rückten nach dem Abzug der kongolesischen Armee in Bukavu ein.",
        "I combattenti dell'M23 sono entrati a Bukavu dopo la partenza dell'esercito congolese.",
        "Os combatentes do M23 entraram em Bukavu após a saída do exército congolês.",
    )),
    ("entered after the departure of the garrison", {("Avdiivka", RUS)}, (
        "Russian troops entered Avdiivka after the departure of the Ukrainian garrison.",
        "Les troupes russes sont entrées dans Avdiivka après le départ de la garnison ukrainienne.",
        "Las tropas rusas entraron en Avdiivka tras la salida de la guarnición ucraniana.",
        "Russische Truppen rückten nach dem Abzug der ukrainischen Garnison in Avdiivka ein.",
        "Le truppe russe sono entrate ad Avdiivka dopo la partenza della guarnigione ucraina.",
        "As tropas russas entraram em Avdiivka após a saída da guarnição ucraniana.",
    )),
    ("the departure of a delegation", set(), (
        "The departure of the delegation from Bukavu was delayed by rain.",
        "Le départ de la délégation de Bukavu a été retardé par la pluie.",
        "La salida de la delegación de Bukavu se retrasó por la lluvia.",
        "Die Abreise der Delegation aus Bukavu verzögerte sich wegen des Regens.",
        "La partenza della delegazione da Bukavu è stata ritardata dalla pioggia.",
        "A saída da delegação de Bukavu foi atrasada pela chuva.",
    )),
    # 4. a withdrawal or fall still planned
    ("a withdrawal still planned", set(), (
        "The withdrawal of Ukrainian troops from Avdiivka is planned for Monday.",
        "Le retrait des troupes ukrainiennes d'Avdiivka est prévu pour lundi.",
        "La retirada de las tropas ucranianas de Avdiivka está prevista para el lunes.",
        "Der Abzug der ukrainischen Truppen aus Avdiivka ist für Montag geplant.",
        "Il ritiro delle truppe ucraine da Avdiivka è previsto per lunedì.",
        "A retirada das tropas ucranianas de Avdiivka está prevista para segunda-feira.",
    )),
    ("a departure still scheduled", set(), (
        "The departure of Ukrainian troops from Avdiivka is scheduled for Monday.",
        "Le départ des troupes ukrainiennes d'Avdiivka est programmé pour lundi.",
        "La salida de las tropas ucranianas de Avdiivka está programada para el lunes.",
        "Der Abzug der ukrainischen Truppen aus Avdiivka ist für Montag vorgesehen.",
        "La partenza delle truppe ucraine da Avdiivka è programmata per lunedì.",
        "A saída das tropas ucranianas de Avdiivka está programada para segunda-feira.",
    )),
    ("a fall still expected", set(), (
        "The fall of Avdiivka is expected within days.",
        "La chute d'Avdiivka est attendue dans les prochains jours.",
        "La caída de Avdiivka se espera en los próximos días.",
        "Der Fall von Avdiivka wird in den nächsten Tagen erwartet.",
        "La caduta di Avdiivka è attesa nei prossimi giorni.",
        "A queda de Avdiivka é esperada nos próximos dias.",
    )),
    ("a withdrawal completed", {("Avdiivka", RUS)}, (
        "The withdrawal of Ukrainian troops from Avdiivka was completed on Saturday.",
        "Le retrait des troupes ukrainiennes d'Avdiivka s'est achevé samedi.",
        "La retirada de las tropas ucranianas de Avdiivka se completó el sábado.",
        "Der Abzug der ukrainischen Truppen aus Avdiivka ist abgeschlossen.",
        "Il ritiro delle truppe ucraine da Avdiivka è stato completato sabato.",
        "A retirada das tropas ucranianas de Avdiivka foi concluída no sábado.",
    )),
    # 5. "X is ours"
    ("X is ours, a side's speaker said", {("Lashio", MNDAA)}, (
        "\"Lashio is ours,\" an MNDAA commander said.",
        "« Lashio est à nous », a déclaré un commandant du MNDAA.",
        "\"Lashio es nuestra\", dijo un comandante del MNDAA.",
        "„Lashio gehört uns“, sagte ein Kommandeur der MNDAA.",
        "\"Lashio è nostra\", ha detto un comandante dell'MNDAA.",
        "\"Lashio é nossa\", disse um comandante do MNDAA.",
    )),
    ("X is ours again, a side's speaker said", {("Lashio", MNDAA)}, (
        "\"Lashio is ours again,\" an MNDAA commander said.",
        "« Lashio est de nouveau à nous », a déclaré un commandant du MNDAA.",
        "\"Lashio vuelve a ser nuestra\", dijo un comandante del MNDAA.",
        "„Lashio gehört wieder uns“, sagte ein Kommandeur der MNDAA.",
        "\"Lashio è di nuovo nostra\", ha detto un comandante dell'MNDAA.",
        "\"Lashio é novamente nossa\", disse um comandante do MNDAA.",
    )),
    ("X is ours with no speaker", set(), (
        "Lashio is ours.",
        "Lashio est à nous.",
        "Lashio es nuestra.",
        "Lashio gehört uns.",
        "Lashio è nostra.",
        "Lashio é nossa.",
    )),
    ("the future is ours, said in X", set(), (
        "\"The future is ours,\" an MNDAA commander said in Lashio.",
        "« L'avenir est à nous », a déclaré un commandant du MNDAA à Lashio.",
        "\"El futuro es nuestro\", dijo un comandante del MNDAA en Lashio.",
        "„Die Zukunft gehört uns“, sagte ein Kommandeur der MNDAA in Lashio.",
        "\"Il futuro è nostro\", ha detto un comandante dell'MNDAA a Lashio.",
        "\"O futuro é nosso\", disse um comandante do MNDAA em Lashio.",
    )),
    # 6. a fall the defender admits in the next clause
    ("X fell, the defender admitted", {("Avdiivka", RUS)}, (
        "Avdiivka fell on Saturday, the Ukrainian army admitted.",
        "Avdiivka est tombée samedi, a admis l'armée ukrainienne.",
        "Avdiivka cayó el sábado, reconoció el ejército ucraniano.",
        "Avdiivka ist am Samstag gefallen, gab die ukrainische Armee zu.",
        "Avdiivka è caduta sabato, ha riconosciuto l'esercito ucraino.",
        "Avdiivka caiu no sábado, reconheceu o exército ucraniano.",
    )),
    ("a rebel side admits a fall: it lost the city", {("Goma", DRC), ("Bukavu", DRC)}, (
        "The M23 admitted on Monday that Goma had fallen. Bukavu fell on Tuesday, the M23 conceded.",
        "Le M23 a reconnu lundi que Goma était tombée. Bukavu est tombée mardi, a admis le M23.",
        "El M23 reconoció el lunes que Goma había caído. Bukavu cayó el martes, admitió el M23.",
        "Die M23 räumte am Montag ein, dass Goma gefallen sei. Bukavu ist am Dienstag gefallen, räumte die M23 ein.",
        "L'M23 ha ammesso lunedì che Goma è caduta. Bukavu è caduta martedì, ha riconosciuto l'M23.",
        "O M23 admitiu na segunda-feira que Goma tinha caído. Bukavu caiu na terça-feira, reconheceu o M23.",
    )),
    ("A ended its operation against B in X and retook the city: A holds it, B was its target", {("Goma", DRC)}, (
        "The Congolese army ended its operation against M23 fighters in Goma and regained full control of the city.",
        "L'armée congolaise a achevé son opération contre les combattants du M23 à Goma et a repris le contrôle total de la ville.",
        "El ejército congoleño concluyó la operación contra los combatientes del Movimiento 23 de Marzo (M23) en Goma, en el este del país, y recuperó el control total de la ciudad.",
        "Die kongolesische Armee hat ihren Einsatz gegen die M23 in Goma beendet und die Stadt wieder eingenommen.",
        "L'esercito congolese ha concluso l'operazione contro i combattenti dell'M23 a Goma e ha ripreso il controllo della città.",
        "O exército congolês concluiu a operação contra os combatentes do M23 em Goma e retomou o controlo total da cidade.",
    )),
    ("the town of X, south of Y, was occupied on a day by S: X only, with the day before the agent", {("Bukavu", M23)}, (
        "The town of Bukavu, south of Goma, was occupied on Thursday by the M23.",
        "La ville de Bukavu, au sud de Goma, a été occupée jeudi par le M23.",
        "La ciudad de Bukavu, al sur de Goma, fue ocupada el jueves por el M23.",
        "Die Stadt Bukavu südlich von Goma wurde am Donnerstag von der M23 eingenommen.",
        "La città di Bukavu, a sud di Goma, è stata occupata giovedì dall'M23.",
        "A cidade de Bukavu, a sul de Goma, foi ocupada na quinta-feira pelo M23.",
    )),
    ("X fell, the defender confirmed", {("Avdiivka", RUS)}, (
        "Avdiivka fell on Saturday, the Ukrainian army confirmed.",
        "Avdiivka est tombée samedi, a confirmé l'armée ukrainienne.",
        "Avdiivka cayó el sábado, confirmó el ejército ucraniano.",
        "Avdiivka ist am Samstag gefallen, bestätigte die ukrainische Armee.",
        "Avdiivka è caduta sabato, ha confermato l'esercito ucraino.",
        "Avdiivka caiu no sábado, confirmou o exército ucraniano.",
    )),
    ("X fell, the defender conceded", {("Avdiivka", RUS)}, (
        "Avdiivka fell on Saturday, the Ukrainian army conceded.",
        "Avdiivka est tombée samedi, a concédé l'armée ukrainienne.",
        "Avdiivka cayó el sábado, admitió el ejército ucraniano.",
        "Avdiivka ist am Samstag gefallen, gestand die ukrainische Armee ein.",
        "Avdiivka è caduta sabato, hanno ammesso i militari ucraini.",
        "Avdiivka caiu no sábado, admitiu o exército ucraniano.",
    )),
    ("X fell, the defender said", {("Avdiivka", RUS)}, (
        "Avdiivka fell on Saturday, the Ukrainian defence ministry said.",
        "Avdiivka est tombée samedi, a indiqué le ministère ukrainien de la Défense.",
        "Avdiivka cayó el sábado, informó el ministerio de Defensa ucraniano.",
        "Avdiivka ist am Samstag gefallen, teilte das ukrainische Verteidigungsministerium mit.",
        "Avdiivka è caduta sabato, ha comunicato il ministero della Difesa ucraino.",
        "Avdiivka caiu no sábado, informou o ministério da Defesa ucraniano.",
    )),
    ("X fell, the insurgents said", {("Kunduz", TAL)}, (
        "Kunduz fell on Monday, a Taliban spokesman said.",
        "Kunduz est tombée lundi, a déclaré un porte-parole des talibans.",
        "Kunduz cayó el lunes, dijo un portavoz de los talibanes.",
        "Kunduz ist am Montag gefallen, sagte ein Sprecher der Taliban.",
        "Kunduz è caduta lunedì, ha detto un portavoce dei talebani.",
        "Kunduz caiu na segunda-feira, disse um porta-voz dos talibãs.",
    )),
    ("X fell, nobody reporting", set(), (
        "Ghazni fell on Monday after heavy fighting.",
        "Ghazni est tombée lundi après de violents combats.",
        "Ghazni cayó el lunes tras intensos combates.",
        "Ghazni ist am Montag nach schweren Kämpfen gefallen.",
        "Ghazni è caduta lunedì dopo violenti combattimenti.",
        "Ghazni caiu na segunda-feira após intensos combates.",
    )),
    # 7. "A routed B and took X"
    ("A repelled B and retook X", {("Ghazni", AFG)}, (
        "The Afghan army repelled the Taliban and retook Ghazni.",
        "L'armée afghane a repoussé les talibans et repris Ghazni.",
        "El ejército afgano repelió a los talibanes y recuperó Ghazni.",
        "Die afghanische Armee schlug die Taliban zurück und eroberte Ghazni zurück.",
        "L'esercito afghano ha respinto i talebani e ha ripreso Ghazni.",
        "O exército afegão repeliu os talibãs e retomou Ghazni.",
    )),
    ("A repelled B and took X", {("Ghazni", TAL)}, (
        "The Taliban repelled the Afghan army and took Ghazni.",
        "Les talibans ont repoussé l'armée afghane et pris Ghazni.",
        "Los talibanes repelieron al ejército afgano y tomaron Ghazni.",
        "Die Taliban schlugen die afghanische Armee zurück und nahmen Ghazni ein.",
        "I talebani hanno respinto l'esercito afghano e hanno preso Ghazni.",
        "Os talibãs repeliram o exército afegão e tomaram Ghazni.",
    )),
    ("A defeated B and seized X", {("Ghazni", TAL)}, (
        "The Taliban defeated the Afghan army and seized Ghazni.",
        "Les talibans ont battu l'armée afghane et se sont emparés de Ghazni.",
        "Los talibanes derrotaron al ejército afgano y tomaron Ghazni.",
        "Die Taliban besiegten die afghanische Armee und eroberten Ghazni.",
        "I talebani hanno sconfitto l'esercito afghano e conquistato Ghazni.",
        "Os talibãs derrotaram o exército afegão e tomaram Ghazni.",
    )),
    ("A routed B and took X", {("Goma", M23)}, (
        "The M23 routed the Congolese army and took Goma.",
        "Le M23 a mis en déroute l'armée congolaise et pris Goma.",
        "El M23 derrotó al ejército congoleño y tomó Goma.",
        "Die M23 schlug die kongolesische Armee in die Flucht und nahm Goma ein.",
        "L'M23 ha messo in rotta l'esercito congolese e ha preso Goma.",
        "O M23 desbaratou o exército congolês e tomou Goma.",
    )),
    ("A repelled B, who tried to take X", set(), (
        "The Afghan army repelled the Taliban, who had tried to take Ghazni.",
        "L'armée afghane a repoussé les talibans, qui tentaient de prendre Ghazni.",
        "El ejército afgano repelió a los talibanes, que intentaban tomar Ghazni.",
        "Die afghanische Armee schlug die Taliban zurück, die Ghazni einnehmen wollten.",
        "L'esercito afghano ha respinto i talebani, che cercavano di prendere Ghazni.",
        "O exército afegão repeliu os talibãs, que tentavam tomar Ghazni.",
    )),
    ("A failed to repel B and retake X", set(), (
        "The Afghan army failed to repel the Taliban and retake Ghazni.",
        "L'armée afghane n'a pas réussi à repousser les talibans et à reprendre Ghazni.",
        "El ejército afgano no logró repeler a los talibanes y recuperar Ghazni.",
        "Die afghanische Armee konnte die Taliban nicht zurückschlagen und Ghazni nicht zurückerobern.",
        "L'esercito afghano non è riuscito a respingere i talebani e a riprendere Ghazni.",
        "O exército afegão não conseguiu repelir os talibãs e retomar Ghazni.",
    )),
    ("A repelled B near X", set(), (
        "The Afghan army repelled the Taliban near Ghazni.",
        "L'armée afghane a repoussé les talibans près de Ghazni.",
        "El ejército afgano repelió a los talibanes cerca de Ghazni.",
        "Die afghanische Armee schlug die Taliban bei Ghazni zurück.",
        "L'esercito afghano ha respinto i talebani vicino a Ghazni.",
        "O exército afegão repeliu os talibãs perto de Ghazni.",
    )),
    # 8. older and other wordings
    ("made themselves masters of", {("Kunduz", TAL)}, (
        "The Taliban made themselves masters of Kunduz on Monday.",
        "Les talibans se rendirent maîtres de Kunduz lundi.",
        "Los talibanes se adueñaron de Kunduz el lunes.",
        "Die Taliban bemächtigten sich am Montag der Stadt Kunduz.",
        "I talebani si impadronirono di Kunduz lunedì.",
        "Os talibãs apoderaram-se de Kunduz na segunda-feira.",
    )),
    ("made themselves masters of, another verb", {("Kunduz", TAL)}, (
        "The Taliban have made themselves masters of Kunduz.",
        "Les talibans se sont rendus maîtres de Kunduz.",
        "Los talibanes se hicieron dueños de Kunduz.",
        "Die Taliban haben sich der Stadt Kunduz bemächtigt.",
        "I talebani si resero padroni di Kunduz.",
        "Os talibãs tornaram-se senhores de Kunduz.",
    )),
    ("are now masters of", {("Kunduz", TAL)}, (
        "The Taliban are now masters of Kunduz.",
        "Les talibans sont désormais maîtres de Kunduz.",
        "Los talibanes son ahora dueños de Kunduz.",
        "Die Taliban sind nun Herren von Kunduz.",
        "I talebani sono ora padroni di Kunduz.",
        "Os talibãs são agora senhores de Kunduz.",
    )),
    ("carried by assault", {("Kunduz", TAL)}, (
        "Kunduz was carried by assault by the Taliban on Monday.",
        "Kunduz fut enlevée d'assaut par les talibans lundi.",
        "Kunduz fue tomada al asalto por los talibanes el lunes.",
        "Kunduz wurde am Montag von den Taliban im Sturm genommen.",
        "Kunduz fu presa d'assalto dai talebani lunedì.",
        "Kunduz foi tomada de assalto pelos talibãs na segunda-feira.",
    )),
    ("the capitulation of X to a side", {("Kunduz", TAL)}, (
        "The capitulation of Kunduz to the Taliban was signed on Monday.",
        "La capitulation de Kunduz devant les talibans a été signée lundi.",
        "La capitulación de Kunduz ante los talibanes se firmó el lunes.",
        "Die Kapitulation von Kunduz vor den Taliban wurde am Montag unterzeichnet.",
        "La capitolazione di Kunduz davanti ai talebani è stata firmata lunedì.",
        "A capitulação de Kunduz perante os talibãs foi assinada na segunda-feira.",
    )),
    ("the capitulation of X still expected", set(), (
        "The capitulation of Kunduz is expected within days.",
        "La capitulation de Kunduz est attendue dans les prochains jours.",
        "La capitulación de Kunduz se espera en los próximos días.",
        "Die Kapitulation von Kunduz wird in den nächsten Tagen erwartet.",
        "La capitolazione di Kunduz è attesa nei prossimi giorni.",
        "A capitulação de Kunduz é esperada nos próximos dias.",
    )),
    ("X is again in a side's hands", {("Kunduz", TAL)}, (
        "Kunduz is once again in Taliban hands.",
        "Kunduz est de nouveau aux mains des talibans.",
        "Kunduz vuelve a estar en manos de los talibanes.",
        "Kunduz ist wieder in der Hand der Taliban.",
        "Kunduz è di nuovo in mano ai talebani.",
        "Kunduz está novamente nas mãos dos talibãs.",
    )),
    ("X is again under a side's control", {("Kunduz", AFG)}, (
        "Kunduz is again under the control of the Afghan army.",
        "Kunduz est de nouveau sous le contrôle de l'armée afghane.",
        "Kunduz vuelve a estar bajo el control del ejército afgano.",
        "Kunduz steht wieder unter der Kontrolle der afghanischen Armee.",
        "Kunduz è di nuovo sotto il controllo dell'esercito afghano.",
        "Kunduz está novamente sob o controle do exército afegão.",
    )),
    ("X is again in the news", set(), (
        "Kunduz was again in the news on Monday.",
        "Kunduz a de nouveau fait la une lundi.",
        "Kunduz volvió a ser noticia el lunes.",
        "Kunduz war am Montag wieder in den Schlagzeilen.",
        "Kunduz è di nuovo al centro delle notizie lunedì.",
        "Kunduz voltou a ser notícia na segunda-feira.",
    )),
    # 9. occupied
    ("occupied", {("Goma", M23)}, (
        "The M23 occupied Goma on Monday.",
        "Le M23 a occupé Goma lundi.",
        "El M23 ocupó Goma el lunes.",
        "Die M23 besetzte am Montag Goma.",
        "L'M23 ha occupato Goma lunedì.",
        "O M23 ocupou Goma na segunda-feira.",
    )),
    ("occupied, the narrative past", {("Goma", M23)}, (
        "The M23 rebels occupied Goma at dawn.",
        "Les rebelles du M23 occupèrent Goma à l'aube.",
        "Los rebeldes del M23 ocuparon Goma al amanecer.",
        "Die M23-Rebellen besetzten Goma im Morgengrauen.",
        "I ribelli dell'M23 occuparono Goma all'alba.",
        "Os rebeldes do M23 ocuparam Goma ao amanhecer.",
    )),
    ("occupied the heights near X", set(), (
        "The M23 occupied the heights near Goma on Monday.",
        "Le M23 a occupé les hauteurs près de Goma lundi.",
        "El M23 ocupó las colinas cerca de Goma el lunes.",
        "Die M23 besetzte am Montag die Anhöhen bei Goma.",
        "L'M23 ha occupato le alture vicino a Goma lunedì.",
        "O M23 ocupou as colinas perto de Goma na segunda-feira.",
    )),
    ("occupied a square of X", set(), (
        "Protesters occupied the central square of Goma on Monday.",
        "Des manifestants ont occupé la place centrale de Goma lundi.",
        "Los manifestantes ocuparon la plaza central de Goma el lunes.",
        "Demonstranten besetzten am Montag den zentralen Platz von Goma.",
        "I manifestanti hanno occupato la piazza centrale di Goma lunedì.",
        "Os manifestantes ocuparam a praça central de Goma na segunda-feira.",
    )),
]

# (construction, language) pairs the detector does not read yet, each with why.
GAPS: dict[tuple[str, str], str] = {
    ("A failed to repel B and retake X", "it"): (
        "'non è riuscito a respingere i talebani e a riprendere X': the negation stands more than six words"
        " before the second infinitive, outside the window a blocker is looked for in (read so before this session)"
    ),
}


test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)
