"""The same grammar in six languages: every construction read in English is read in the others.

Each construction is one sentence (or two) written for this battery in en, fr, es, de, it and
pt, with the (place, holder) pairs it reports or none. The wars are many (Sudan, Myanmar,
Ethiopia, Libya, Nagorno-Karabakh, Mozambique, Somalia, Colombia, Yemen) and the watchlist is
built here; no sentence comes from an evaluation item. A pair the detector cannot read without
a larger change is marked xfail (strict) in `GAPS`, with the reason.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

SAF, RSF = "Sudanese Armed Forces", "Rapid Support Forces"
MIL, TNLA = "Myanmar military", "TNLA"
ETH, TPLF = "Ethiopian government", "TPLF"
LNA, GNA = "Libyan National Army", "Government of National Accord"
AZ, ARM = "Azerbaijan", "Armenian forces"
ISM, MOZ = "Islamic State", "Mozambican government"
SHB, SOM = "al-Shabaab", "Somali government"
FARC, COL = "FARC", "Colombian government"
HOU, YEM = "Houthis", "Yemeni government"


def _side(name: str, aliases: list[str], country: str, opposes: str, government: bool = False) -> dict[str, object]:
    return {"name": name, "aliases": aliases, "countries": [country], "opposes": [opposes], "government": government}


WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "SD": ("El Fasher", "Wad Madani", "Nyala", "Geneina", "Sennar", "Kassala"),
            "MM": ("Kyaukme",),
            "ET": ("Kombolcha", "Lalibela"),
            "LY": ("Sirte", "Gharyan", "Tarhuna"),
            "AZ": ("Fuzuli", "Shusha"),
            "MZ": ("Mocímboa da Praia", "Macomia"),
            "SO": ("Beledweyne", "Jowhar"),
            "CO": ("Mitú", "Toribío"),
            "YE": ("Marib", "Hodeidah", "Mukalla"),
        }.items()
        for name in names
    ],
    "actors": [
        _side(SAF, ["SAF", "Sudanese army", "Forces armées soudanaises", "Fuerzas Armadas Sudanesas"], "SD", RSF, True),
        _side(RSF, ["RSF", "Forces de soutien rapide", "FSR", "Fuerzas de Apoyo Rápido", "FAR"], "SD", SAF),
        _side(MIL, ["Tatmadaw", "Myanmar army", "junta"], "MM", TNLA, True),
        _side(TNLA, ["Ta'ang National Liberation Army"], "MM", MIL),
        _side(ETH, ["ENDF", "Ethiopian army"], "ET", TPLF, True),
        _side(TPLF, ["Tigray Defense Forces", "TDF", "Tigrayan forces"], "ET", ETH),
        _side(LNA, ["LNA", "Haftar's forces", "ANL", "Ejército Nacional Libio"], "LY", GNA),
        _side(GNA, ["GNA", "Gouvernement d'union nationale", "Gobierno de Acuerdo Nacional", "Einheitsregierung"], "LY", LNA, True),
        _side(AZ, ["Azerbaijani army", "Azerbaijani forces"], "AZ", ARM, True),
        _side(ARM, ["Karabakh Armenian forces"], "AZ", AZ),
        _side(ISM, ["ISIS", "IS", "Daesh"], "MZ", MOZ),
        _side(MOZ, ["FADM", "Mozambican army"], "MZ", ISM, True),
        _side(SHB, ["al-Shabab", "shebab", "chabab"], "SO", SOM),
        _side(SOM, ["Somali army", "SNA"], "SO", SHB, True),
        _side(FARC, ["Revolutionary Armed Forces of Colombia", "Fuerzas Armadas Revolucionarias de Colombia"], "CO", COL),
        _side(COL, ["Colombian army"], "CO", FARC, True),
        _side(HOU, ["Ansar Allah", "Houthi"], "YE", YEM),
        _side(YEM, ["Yemeni army"], "YE", HOU, True),
    ],
}
DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)
LANGS = ("en", "fr", "es", "de", "it", "pt")
Pairs = set[tuple[str, str]]

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("seized", {("Nyala", RSF)}, (
        "RSF fighters seized Nyala on Sunday after days of heavy fighting.",
        "Les combattants des FSR se sont emparés de Nyala dimanche après plusieurs jours de combats.",
        "Los combatientes de las FAR se apoderaron de Nyala el domingo tras varios días de combates.",
        "Kämpfer der RSF haben am Sonntag nach tagelangen Gefechten Nyala eingenommen.",
        "I combattenti delle RSF si sono impadroniti di Nyala domenica dopo giorni di combattimenti.",
        "Combatentes das FAR apoderaram-se de Nyala no domingo após dias de combates.",
    )),
    ("took", {("Marib", HOU)}, (
        "Houthi fighters took Marib on Tuesday after a week of clashes.",
        "Les combattants houthis ont pris Marib mardi après une semaine d'affrontements.",
        "Los combatientes hutíes tomaron Marib el martes tras una semana de enfrentamientos.",
        "Huthi-Kämpfer nahmen Marib am Dienstag nach einer Woche schwerer Kämpfe ein.",
        "I combattenti houthi hanno preso Marib martedì dopo una settimana di scontri.",
        "Os combatentes houthis tomaram Marib na terça-feira após uma semana de confrontos.",
    )),
    ("captured", {("Kyaukme", TNLA)}, (
        "TNLA fighters captured Kyaukme on Friday.",
        "Les combattants de la TNLA ont capturé Kyaukme vendredi.",
        "Los combatientes del TNLA capturaron Kyaukme el viernes.",
        "TNLA-Kämpfer eroberten am Freitag Kyaukme.",
        "I combattenti del TNLA hanno catturato Kyaukme venerdì.",
        "Os combatentes do TNLA capturaram Kyaukme na sexta-feira.",
    )),
    ("overran", {("Jowhar", SHB)}, (
        "Al-Shabaab militants overran Jowhar at dawn.",
        "Les miliciens shebab ont envahi Jowhar à l'aube.",
        "Los milicianos de al-Shabab invadieron Jowhar al amanecer.",
        "Al-Shabaab-Milizen überrannten im Morgengrauen Jowhar.",
        "I miliziani di al-Shabaab hanno invaso Jowhar all'alba.",
        "Os milicianos do al-Shabaab invadiram Jowhar ao amanhecer.",
    )),
    ("stormed", {("Gharyan", LNA)}, (
        "LNA troops stormed Gharyan on Wednesday.",
        "Les troupes de l'ANL ont pris d'assaut Gharyan mercredi.",
        "Las tropas del Ejército Nacional Libio tomaron por asalto Gharyan el miércoles.",
        "Truppen der LNA stürmten am Mittwoch Gharyan.",
        "Le truppe dell'LNA hanno preso d'assalto Gharyan mercoledì.",
        "As tropas do LNA tomaram de assalto Gharyan na quarta-feira.",
    )),
    ("conquered", {("Fuzuli", AZ)}, (
        "Azerbaijani forces conquered Fuzuli after weeks of fighting.",
        "Les forces azerbaïdjanaises ont conquis Fuzuli après des semaines de combats.",
        "Las fuerzas azerbaiyanas conquistaron Fuzuli tras semanas de combates.",
        "Aserbaidschanische Truppen eroberten Fuzuli nach wochenlangen Kämpfen.",
        "Le forze azere hanno conquistato Fuzuli dopo settimane di combattimenti.",
        "As forças azerbaijanas conquistaram Fuzuli após semanas de combates.",
    )),
    ("passive by", {("Kombolcha", TPLF)}, (
        "Kombolcha was taken by the TPLF on Saturday.",
        "Kombolcha a été prise samedi par le TPLF.",
        "Kombolcha fue tomada el sábado por el TPLF.",
        "Kombolcha wurde am Samstag von der TPLF eingenommen.",
        "Kombolcha è stata presa sabato dal TPLF.",
        "Kombolcha foi tomada no sábado pela TPLF.",
    )),
    ("fell to", {("Mocímboa da Praia", ISM)}, (
        "Mocímboa da Praia fell to Islamic State fighters on Wednesday.",
        "Mocímboa da Praia est tombée mercredi aux mains des combattants de l'État islamique.",
        "Mocímboa da Praia cayó el miércoles en manos de los combatientes del Estado Islámico.",
        "Mocímboa da Praia fiel am Mittwoch an die Kämpfer des IS.",
        "Mocímboa da Praia è caduta mercoledì nelle mani dei combattenti dello Stato islamico.",
        "Mocímboa da Praia caiu na quarta-feira nas mãos dos combatentes do Estado Islâmico.",
    )),
    ("now under the control of", {("Beledweyne", SHB)}, (
        "Beledweyne is now under the control of al-Shabaab, residents said.",
        "Beledweyne est désormais sous le contrôle des shebab, selon des habitants.",
        "Beledweyne está ahora bajo el control de al-Shabab, según vecinos.",
        "Beledweyne steht nun unter der Kontrolle von al-Shabaab, berichten Anwohner.",
        "Beledweyne è ora sotto il controllo di al-Shabaab, riferiscono gli abitanti.",
        "Beledweyne está agora sob o controle do al-Shabaab, segundo moradores.",
    )),
    ("entered and took control", {("Toribío", COL)}, (
        "Government troops entered Toribío and took control of the town.",
        "Les troupes gouvernementales sont entrées dans Toribío et ont pris le contrôle de la ville.",
        "Las tropas del gobierno entraron en Toribío y tomaron el control del municipio.",
        "Regierungstruppen rückten in Toribío ein und übernahmen die Kontrolle über den Ort.",
        "Le truppe governative sono entrate a Toribío e hanno preso il controllo della città.",
        "As tropas do governo entraram em Toribío e assumiram o controle da cidade.",
    )),
    ("recaptured", {("Wad Madani", SAF)}, (
        "Government forces recaptured Wad Madani on Saturday.",
        "Les forces gouvernementales ont repris Wad Madani samedi.",
        "Las fuerzas gubernamentales recuperaron Wad Madani el sábado.",
        "Regierungstruppen eroberten Wad Madani am Samstag zurück.",
        "Le forze governative hanno riconquistato Wad Madani sabato.",
        "As forças governamentais recuperaram Wad Madani no sábado.",
    )),
    ("retook", {("Macomia", MOZ)}, (
        "FADM troops retook Macomia from the insurgents on Monday.",
        "Les soldats des FADM ont reconquis Macomia lundi face aux insurgés.",
        "Los soldados de las FADM retomaron Macomia el lunes de manos de los insurgentes.",
        "FADM-Soldaten holten sich Macomia am Montag von den Aufständischen zurück.",
        "I soldati delle FADM hanno ripreso Macomia agli insorti lunedì.",
        "Os soldados das FADM retomaram Macomia aos insurgentes na segunda-feira.",
    )),
    ("liberated", {("Lalibela", ETH)}, (
        "ENDF troops liberated Lalibela on Sunday.",
        "Les troupes de l'ENDF ont libéré Lalibela dimanche.",
        "Las tropas de la ENDF liberaron Lalibela el domingo.",
        "ENDF-Truppen befreiten Lalibela am Sonntag.",
        "Le truppe dell'ENDF hanno liberato Lalibela domenica.",
        "As tropas da ENDF libertaram Lalibela no domingo.",
    )),
    ("withdrew from", {("Geneina", RSF)}, (
        "The Sudanese army withdrew from Geneina on Thursday.",
        "L'armée soudanaise s'est retirée de Geneina jeudi.",
        "El ejército sudanés se retiró de Geneina el jueves.",
        "Die sudanesische Armee zog sich am Donnerstag aus Geneina zurück.",
        "L'esercito sudanese si è ritirato da Geneina giovedì.",
        "O exército sudanês retirou-se de Geneina na quinta-feira.",
    )),
    ("defenders surrendered", {("Sirte", LNA)}, (
        "GNA defenders surrendered Sirte to the LNA on Friday.",
        "Les défenseurs du GNA ont remis Sirte à l'ANL vendredi.",
        "Los defensores del GNA entregaron Sirte al Ejército Nacional Libio el viernes.",
        "Die Verteidiger der Einheitsregierung übergaben Sirte am Freitag der LNA.",
        "I difensori del GNA hanno consegnato Sirte all'LNA venerdì.",
        "Os defensores do GNA entregaram Sirte ao LNA na sexta-feira.",
    )),
    ("we have lost", {("Kyaukme", TNLA)}, (
        "\"We have lost Kyaukme,\" an officer of the Myanmar army admitted on Sunday.",
        "« Nous avons perdu Kyaukme », a reconnu dimanche un officier de l'armée birmane.",
        "«Hemos perdido Kyaukme», admitió el domingo un oficial del ejército birmano.",
        "„Wir haben Kyaukme verloren“, räumte ein Offizier der myanmarischen Armee am Sonntag ein.",
        "«Abbiamo perso Kyaukme», ha ammesso domenica un ufficiale dell'esercito birmano.",
        "«Perdemos Kyaukme», admitiu no domingo um oficial do exército birmanês.",
    )),
    ("declared victory in", {("Shusha", AZ)}, (
        "Azerbaijani forces declared victory in Shusha on Sunday.",
        "Les forces azerbaïdjanaises ont proclamé la victoire à Shusha dimanche.",
        "Las fuerzas azerbaiyanas proclamaron la victoria en Shusha el domingo.",
        "Die aserbaidschanischen Truppen erklärten am Sonntag den Sieg in Shusha.",
        "Le forze azere hanno proclamato la vittoria a Shusha domenica.",
        "As forças azerbaijanas declararam vitória em Shusha no domingo.",
    )),
    ("in the hands of", {("Hodeidah", HOU)}, (
        "After three days of street fighting, Hodeidah is now in the hands of the Houthis.",
        "Après trois jours de combats de rue, Hodeidah est désormais aux mains des Houthis.",
        "Tras tres días de combates callejeros, Hodeidah está ahora en manos de los hutíes.",
        "Nach drei Tagen Straßenkämpfen ist Hodeidah nun in der Hand der Huthi.",
        "Dopo tre giorni di combattimenti in strada, Hodeidah è ora nelle mani degli houthi.",
        "Após três dias de combates de rua, Hodeidah está agora nas mãos dos houthis.",
    )),
    ("a list", {("Nyala", RSF), ("Geneina", RSF), ("El Fasher", RSF)}, (
        "In a week the RSF took Nyala, Geneina and El Fasher.",
        "En une semaine, les FSR ont pris Nyala, Geneina et El Fasher.",
        "En una semana, las FAR tomaron Nyala, Geneina y El Fasher.",
        "Binnen einer Woche nahm die RSF Nyala, Geneina und El Fasher ein.",
        "In una settimana le RSF hanno conquistato Nyala, Geneina ed El Fasher.",
        "Numa semana, as FAR tomaram Nyala, Geneina e El Fasher.",
    )),
    ("the city, next sentence", {("Tarhuna", GNA)}, (
        "GNA forces launched an assault on Tarhuna on Monday. By evening, GNA forces had taken the city.",
        "Les forces du GNA ont lancé lundi un assaut contre Tarhuna. Dans la soirée, les forces du GNA avaient pris la ville.",
        "Las fuerzas del GNA lanzaron el lunes un asalto contra Tarhuna. Por la tarde, las fuerzas del GNA habían tomado la ciudad.",
        "Die Truppen der Einheitsregierung griffen am Montag Tarhuna an. Am Abend hatten die Truppen der Einheitsregierung die Stadt eingenommen.",
        "Lunedì le forze del GNA hanno lanciato un assalto contro Tarhuna. In serata le forze del GNA avevano preso la città.",
        "Na segunda-feira as forças do GNA lançaram um assalto contra Tarhuna. Ao fim do dia, as forças do GNA tinham tomado a cidade.",
    )),
    ("time between auxiliary and participle", {("Mitú", FARC)}, (
        "FARC guerrillas had by Thursday morning seized Mitú.",
        "Les guérilleros des FARC avaient jeudi matin pris le contrôle de Mitú.",
        "Los guerrilleros de las FARC habían ya tomado Mitú el jueves por la mañana.",
        "Die Guerilleros der FARC hatten am Donnerstagmorgen Mitú eingenommen.",
        "I guerriglieri delle FARC avevano giovedì mattina conquistato Mitú.",
        "Os guerrilheiros das FARC tinham, na quinta-feira de manhã, tomado Mitú.",
    )),
    ("pronoun subject, next sentence", {("Lalibela", TPLF)}, (
        "The TPLF launched a new offensive in Amhara last week. On Monday it captured Lalibela.",
        "Le TPLF a lancé une nouvelle offensive en Amhara la semaine dernière. Lundi, il a pris Lalibela.",
        "El TPLF lanzó una nueva ofensiva en Amhara la semana pasada. El lunes tomó Lalibela.",
        "Die TPLF startete vergangene Woche eine neue Offensive in Amhara. Am Montag nahm sie Lalibela ein.",
        "Il TPLF ha lanciato una nuova offensiva in Amhara la settimana scorsa. Lunedì ha conquistato Lalibela.",
        "A TPLF lançou uma nova ofensiva em Amhara na semana passada. Na segunda-feira tomou Lalibela.",
    )),
    ("nationality army", {("Sennar", SAF)}, (
        "The Sudanese army captured Sennar on Wednesday.",
        "L'armée soudanaise a pris Sennar mercredi.",
        "El ejército sudanés tomó Sennar el miércoles.",
        "Die sudanesische Armee nahm am Mittwoch Sennar ein.",
        "L'esercito sudanese ha conquistato Sennar mercoledì.",
        "O exército sudanês tomou Sennar na quarta-feira.",
    )),
    ("nationality army, recaptured", {("Jowhar", SOM)}, (
        "The Somali army recaptured Jowhar from al-Shabaab.",
        "L'armée somalienne a repris Jowhar aux shebab.",
        "El ejército somalí recuperó Jowhar de manos de al-Shabab.",
        "Die somalische Armee eroberte Jowhar von al-Shabaab zurück.",
        "L'esercito somalo ha riconquistato Jowhar strappandola ad al-Shabaab.",
        "O exército somali reconquistou Jowhar ao al-Shabaab.",
    )),
    ("forces loyal to General X", {("Tarhuna", LNA)}, (
        "Forces loyal to General Khalifa Haftar seized Tarhuna.",
        "Les forces fidèles au maréchal Khalifa Haftar se sont emparées de Tarhuna.",
        "Las fuerzas leales al mariscal Jalifa Haftar se apoderaron de Tarhuna.",
        "Dem General Khalifa Haftar treue Truppen haben Tarhuna eingenommen.",
        "Le forze fedeli al generale Khalifa Haftar hanno conquistato Tarhuna.",
        "As forças leais ao general Khalifa Haftar tomaram Tarhuna.",
    )),
    ("a militia allied with Y", {("Mukalla", HOU)}, (
        "A militia allied with the Houthis seized Mukalla.",
        "Une milice alliée aux Houthis s'est emparée de Mukalla.",
        "Una milicia aliada de los hutíes se apoderó de Mukalla.",
        "Eine mit den Huthi verbündete Miliz hat Mukalla eingenommen.",
        "Una milizia alleata degli houthi ha conquistato Mukalla.",
        "Uma milícia aliada dos houthis tomou Mukalla.",
    )),
    ("a side's own claim", {("El Fasher", RSF)}, (
        "The RSF claimed to have captured El Fasher.",
        "Les FSR ont affirmé avoir pris El Fasher.",
        "Las FAR afirmaron haber tomado El Fasher.",
        "Die RSF erklärten, El Fasher eingenommen zu haben.",
        "Le RSF hanno affermato di aver conquistato El Fasher.",
        "As FAR afirmaram ter tomado El Fasher.",
    )),
    ("drove out of", {("Jowhar", SOM)}, (
        "Somali forces drove al-Shabaab out of Jowhar.",
        "Les forces somaliennes ont chassé les shebab de Jowhar.",
        "Las fuerzas somalíes expulsaron a al-Shabab de Jowhar.",
        "Somalische Truppen vertrieben al-Shabaab aus Jowhar.",
        "Le forze somale hanno cacciato al-Shabaab da Jowhar.",
        "As forças somalis expulsaram o al-Shabaab de Jowhar.",
    )),
    ("the fall of X to Y", {("Kassala", RSF)}, (
        "The fall of Kassala to the RSF on Sunday sent thousands fleeing east.",
        "La chute de Kassala aux mains des FSR dimanche a jeté des milliers de personnes sur les routes.",
        "La caída de Kassala en manos de las FAR el domingo empujó a miles de personas a huir.",
        "Der Fall von Kassala an die RSF am Sonntag trieb Tausende in die Flucht.",
        "La caduta di Kassala nelle mani delle RSF domenica ha spinto migliaia di persone alla fuga.",
        "A queda de Kassala nas mãos das FAR no domingo obrigou milhares de pessoas a fugir.",
    )),
    ("took control of", {("Hodeidah", HOU)}, (
        "The Houthis took control of Hodeidah on Friday.",
        "Les Houthis ont pris le contrôle de Hodeidah vendredi.",
        "Los hutíes tomaron el control de Hodeidah el viernes.",
        "Die Huthi übernahmen am Freitag die Kontrolle über Hodeidah.",
        "Gli houthi hanno preso il controllo di Hodeidah venerdì.",
        "Os houthis assumiram o controle de Hodeidah na sexta-feira.",
    )),
    ("now controls", {("Sennar", RSF)}, (
        "The RSF now controls Sennar after the army's retreat.",
        "Les FSR contrôlent désormais Sennar après le repli de l'armée.",
        "Las FAR controlan ahora Sennar tras la retirada del ejército.",
        "Die RSF kontrollieren nun Sennar nach dem Rückzug der Armee.",
        "Le RSF controllano ora Sennar dopo la ritirata dell'esercito.",
        "As FAR controlam agora Sennar após a retirada do exército.",
    )),
    ("came under the control of", {("Marib", HOU)}, (
        "Marib came under Houthi control on Saturday.",
        "Marib est passée samedi sous le contrôle des Houthis.",
        "Marib pasó el sábado a manos de los hutíes.",
        "Marib geriet am Samstag unter die Kontrolle der Huthi.",
        "Marib è passata sabato sotto il controllo degli houthi.",
        "Marib passou no sábado para o controle dos houthis.",
    )),
    ("passive retake", {("Kombolcha", ETH)}, (
        "Kombolcha was recaptured by government forces on Tuesday.",
        "Kombolcha a été reprise mardi par les forces gouvernementales.",
        "Kombolcha fue recuperada el martes por las fuerzas gubernamentales.",
        "Kombolcha wurde am Dienstag von Regierungstruppen zurückerobert.",
        "Kombolcha è stata riconquistata martedì dalle forze governative.",
        "Kombolcha foi reconquistada na terça-feira pelas forças governamentais.",
    )),
    ("pulled out of", {("Macomia", MOZ)}, (
        "Islamic State fighters pulled out of Macomia on Sunday.",
        "Les combattants de l'État islamique se sont retirés de Macomia dimanche.",
        "Los combatientes del Estado Islámico abandonaron Macomia el domingo.",
        "Die Kämpfer des IS zogen am Sonntag aus Macomia ab.",
        "I combattenti dello Stato islamico hanno abbandonato Macomia domenica.",
        "Os combatentes do Estado Islâmico abandonaram Macomia no domingo.",
    )),
    ("after capturing X", {("Geneina", RSF)}, (
        "After capturing Geneina, RSF fighters advanced towards the border.",
        "Après avoir pris Geneina, les combattants des FSR ont avancé vers la frontière.",
        "Tras tomar Geneina, los combatientes de las FAR avanzaron hacia la frontera.",
        "Nach der Einnahme von Geneina rückten die RSF-Kämpfer in Richtung Grenze vor.",
        "Dopo aver conquistato Geneina, i combattenti delle RSF sono avanzati verso il confine.",
        "Depois de tomarem Geneina, os combatentes das FAR avançaram em direção à fronteira.",
    )),
    ("handed over to", {("Sirte", GNA)}, (
        "The LNA handed Sirte over to the GNA under the ceasefire deal.",
        "L'ANL a remis Sirte au GNA dans le cadre de l'accord de cessez-le-feu.",
        "El Ejército Nacional Libio entregó Sirte al GNA en virtud del acuerdo de alto el fuego.",
        "Die LNA übergab Sirte im Rahmen der Waffenruhe an die Einheitsregierung.",
        "L'LNA ha consegnato Sirte al GNA nell'ambito dell'accordo di cessate il fuoco.",
        "O LNA entregou Sirte ao GNA no âmbito do acordo de cessar-fogo.",
    )),
    ("raised their flag over", {("Beledweyne", SHB)}, (
        "Al-Shabaab fighters raised their flag over Beledweyne on Thursday.",
        "Les combattants shebab ont hissé leur drapeau sur Beledweyne jeudi.",
        "Los combatientes de al-Shabab izaron su bandera en Beledweyne el jueves.",
        "Al-Shabaab-Kämpfer hissten am Donnerstag ihre Flagge über Beledweyne.",
        "I combattenti di al-Shabaab hanno issato la loro bandiera su Beledweyne giovedì.",
        "Os combatentes do al-Shabaab hastearam a sua bandeira em Beledweyne na quinta-feira.",
    )),
    ("relative clause subject", {("Toribío", FARC)}, (
        "The FARC guerrillas, who attacked the police station at dawn, seized Toribío by noon.",
        "Les guérilleros des FARC, qui avaient attaqué le commissariat à l'aube, se sont emparés de Toribío à midi.",
        "Los guerrilleros de las FARC, que atacaron la estación de policía al amanecer, se tomaron Toribío al mediodía.",
        "Die FARC-Guerilleros, die im Morgengrauen die Polizeiwache angegriffen hatten, nahmen gegen Mittag Toribío ein.",
        "I guerriglieri delle FARC, che all'alba avevano attaccato la stazione di polizia, hanno conquistato Toribío a mezzogiorno.",
        "Os guerrilheiros das FARC, que atacaram a esquadra de polícia de madrugada, tomaram Toribío ao meio-dia.",
    )),
    ("a side's own statement", {("Fuzuli", AZ)}, (
        "The Azerbaijani defence ministry said its troops had taken Fuzuli.",
        "Le ministère azerbaïdjanais de la Défense a annoncé que ses troupes avaient pris Fuzuli.",
        "El ministerio de Defensa azerbaiyano anunció que sus tropas habían tomado Fuzuli.",
        "Das aserbaidschanische Verteidigungsministerium teilte mit, seine Truppen hätten Fuzuli eingenommen.",
        "Il ministero della Difesa azero ha annunciato che le sue truppe hanno conquistato Fuzuli.",
        "O ministério da Defesa azerbaijano anunciou que as suas tropas tinham tomado Fuzuli.",
    )),
    ("verbless headline", {("Nyala", RSF)}, (
        "Nyala in the hands of the RSF | Residents described looting after the paramilitaries arrived.",
        "Nyala aux mains des FSR | Des habitants décrivent des pillages après l'arrivée des paramilitaires.",
        "Nyala, en manos de las FAR | Los vecinos describen saqueos tras la llegada de los paramilitares.",
        "Nyala in der Hand der RSF | Anwohner berichten von Plünderungen nach der Ankunft der Paramilitärs.",
        "Nyala nelle mani delle RSF | Gli abitanti raccontano saccheggi dopo l'arrivo dei paramilitari.",
        "Nyala nas mãos das FAR | Moradores relatam saques após a chegada dos paramilitares.",
    )),
    ("headline verb, body names the side", {("Kassala", RSF)}, (
        "Paramilitaries seize Kassala | The Rapid Support Forces entered the city on Sunday after the army's withdrawal.",
        "Les paramilitaires s'emparent de Kassala | Les Forces de soutien rapide sont entrées dimanche dans la ville après le retrait de l'armée.",
        "Los paramilitares toman Kassala | Las Fuerzas de Apoyo Rápido entraron el domingo en la ciudad tras la retirada del ejército.",
        "Paramilitärs erobern Kassala | Die RSF rückten am Sonntag nach dem Abzug der Armee in die Stadt ein.",
        "I paramilitari conquistano Kassala | Le RSF sono entrate domenica in città dopo il ritiro dell'esercito.",
        "Paramilitares tomam Kassala | As FAR entraram no domingo na cidade após a retirada do exército.",
    )),
    ("the city of X", {("Gharyan", GNA)}, (
        "GNA forces seized the strategic city of Gharyan on Wednesday.",
        "Les forces du GNA se sont emparées mercredi de la ville stratégique de Gharyan.",
        "Las fuerzas del GNA se apoderaron el miércoles de la estratégica ciudad de Gharyan.",
        "Truppen der Einheitsregierung nahmen am Mittwoch die strategisch wichtige Stadt Gharyan ein.",
        "Le forze del GNA hanno conquistato mercoledì la città strategica di Gharyan.",
        "As forças do GNA tomaram na quarta-feira a cidade estratégica de Gharyan.",
    )),
    ("in full control of", {("Beledweyne", SOM)}, (
        "Somali government forces are now in full control of Beledweyne.",
        "Les forces gouvernementales somaliennes ont désormais le contrôle total de Beledweyne.",
        "Las fuerzas del gobierno somalí tienen ahora el control total de Beledweyne.",
        "Die somalischen Regierungstruppen haben nun die volle Kontrolle über Beledweyne.",
        "Le forze governative somale hanno ora il pieno controllo di Beledweyne.",
        "As forças do governo somali têm agora o controle total de Beledweyne.",
    )),
    ("the garrison surrendered to", {("Kyaukme", TNLA)}, (
        "The Kyaukme garrison surrendered to the TNLA on Monday.",
        "La garnison de Kyaukme s'est rendue lundi à la TNLA.",
        "La guarnición de Kyaukme se rindió el lunes al TNLA.",
        "Die Garnison von Kyaukme ergab sich am Montag der TNLA.",
        "La guarnigione di Kyaukme si è arresa lunedì al TNLA.",
        "A guarnição de Kyaukme rendeu-se na segunda-feira ao TNLA.",
    )),
    ("drove the army out of", {("El Fasher", RSF)}, (
        "RSF fighters drove the Sudanese army out of El Fasher.",
        "Les combattants des FSR ont chassé l'armée soudanaise d'El Fasher.",
        "Los combatientes de las FAR expulsaron al ejército sudanés de El Fasher.",
        "RSF-Kämpfer vertrieben die sudanesische Armee aus El Fasher.",
        "I combattenti delle RSF hanno cacciato l'esercito sudanese da El Fasher.",
        "Os combatentes das FAR expulsaram o exército sudanês de El Fasher.",
    )),
    ("possessive capture", {("Marib", HOU)}, (
        "The Houthis' capture of Marib on Sunday cut the government's last road to the north.",
        "La prise de Marib par les Houthis dimanche a coupé la dernière route du gouvernement vers le nord.",
        "La toma de Marib por los hutíes el domingo cortó la última carretera del gobierno hacia el norte.",
        "Die Einnahme von Marib durch die Huthi am Sonntag schnitt der Regierung die letzte Straße nach Norden ab.",
        "La presa di Marib da parte degli houthi domenica ha tagliato l'ultima strada del governo verso nord.",
        "A tomada de Marib pelos houthis no domingo cortou a última estrada do governo para o norte.",
    )),
    ("a quoted first-person claim", {("Kassala", RSF)}, (
        "\"We control Kassala,\" an RSF commander said on Sunday.",
        "« Nous contrôlons Kassala », a déclaré dimanche un commandant des FSR.",
        "«Controlamos Kassala», afirmó el domingo un comandante de las FAR.",
        "„Wir kontrollieren Kassala“, sagte ein Kommandeur der RSF am Sonntag.",
        "«Controlliamo Kassala», ha dichiarato domenica un comandante delle RSF.",
        "«Controlamos Kassala», afirmou no domingo um comandante das FAR.",
    )),
    ("the last troops left", {("Mukalla", HOU)}, (
        "The last Yemeni army units left Mukalla on Friday.",
        "Les dernières unités de l'armée yéménite ont quitté Mukalla vendredi.",
        "Las últimas unidades del ejército yemení abandonaron Mukalla el viernes.",
        "Die letzten Einheiten der jemenitischen Armee verließen Mukalla am Freitag.",
        "Le ultime unità dell'esercito yemenita hanno lasciato Mukalla venerdì.",
        "As últimas unidades do exército iemenita deixaram Mukalla na sexta-feira.",
    )),
    ("managed to take", {("Sennar", RSF)}, (
        "RSF fighters managed to take Sennar after three days of fighting.",
        "Les combattants des FSR sont parvenus à prendre Sennar après trois jours de combats.",
        "Los combatientes de las FAR lograron tomar Sennar tras tres días de combates.",
        "Den RSF-Kämpfern gelang es nach dreitägigen Kämpfen, Sennar einzunehmen.",
        "I combattenti delle RSF sono riusciti a conquistare Sennar dopo tre giorni di combattimenti.",
        "Os combatentes das FAR conseguiram tomar Sennar após três dias de combates.",
    )),
    ("announced the capture", {("Kassala", RSF)}, (
        "The RSF announced the capture of Kassala on Saturday.",
        "Les FSR ont annoncé samedi la prise de Kassala.",
        "Las FAR anunciaron el sábado la toma de Kassala.",
        "Die RSF verkündeten am Samstag die Einnahme von Kassala.",
        "Le RSF hanno annunciato sabato la presa di Kassala.",
        "As FAR anunciaram no sábado a tomada de Kassala.",
    )),
    ("regained control of", {("Wad Madani", SAF)}, (
        "The Sudanese army regained control of Wad Madani on Saturday.",
        "L'armée soudanaise a repris samedi le contrôle de Wad Madani.",
        "El ejército sudanés recuperó el sábado el control de Wad Madani.",
        "Die sudanesische Armee erlangte am Samstag die Kontrolle über Wad Madani zurück.",
        "L'esercito sudanese ha ripreso sabato il controllo di Wad Madani.",
        "O exército sudanês retomou no sábado o controle de Wad Madani.",
    )),
    ("seized from", {("Marib", HOU)}, (
        "The Houthis seized Marib from government forces.",
        "Les Houthis ont arraché Marib aux forces gouvernementales.",
        "Los hutíes arrebataron Marib a las fuerzas gubernamentales.",
        "Die Huthi entrissen den Regierungstruppen Marib.",
        "Gli houthi hanno strappato Marib alle forze governative.",
        "Os houthis arrebataram Marib às forças governamentais.",
    )),
    ("now held by", {("Mukalla", HOU)}, (
        "Mukalla is now held by the Houthis.",
        "Mukalla est désormais tenue par les Houthis.",
        "Mukalla está ahora en poder de los hutíes.",
        "Mukalla wird nun von den Huthi gehalten.",
        "Mukalla è ora controllata dagli houthi.",
        "Mukalla é agora controlada pelos houthis.",
    )),
    ("government troops fled", {("Macomia", ISM)}, (
        "Government troops fled Macomia as the insurgents advanced.",
        "Les troupes gouvernementales ont fui Macomia face à l'avancée des insurgés.",
        "Las tropas del gobierno huyeron de Macomia ante el avance de los insurgentes.",
        "Die Regierungstruppen flohen aus Macomia, als die Aufständischen vorrückten.",
        "Le truppe governative sono fuggite da Macomia davanti all'avanzata degli insorti.",
        "As tropas do governo fugiram de Macomia perante o avanço dos insurgentes.",
    )),
    ("liberated from", {("Lalibela", ETH)}, (
        "Lalibela was liberated from the TPLF on Wednesday, the government said.",
        "Lalibela a été libérée du TPLF mercredi, selon le gouvernement.",
        "Lalibela fue liberada del TPLF el miércoles, según el gobierno.",
        "Lalibela wurde am Mittwoch von der TPLF befreit, teilte die Regierung mit.",
        "Lalibela è stata liberata dal TPLF mercoledì, secondo il governo.",
        "Lalibela foi libertada da TPLF na quarta-feira, segundo o governo.",
    )),
    ("a side's full name, translated", {("Nyala", RSF)}, (
        "The Rapid Support Forces took Nyala on Sunday.",
        "Les Forces de soutien rapide ont pris Nyala dimanche.",
        "Las Fuerzas de Apoyo Rápido tomaron Nyala el domingo.",
        "Die Schnellen Unterstützungskräfte nahmen Nyala am Sonntag ein.",
        "Le Forze di supporto rapido hanno preso Nyala domenica.",
        "As Forças de Apoio Rápido tomaram Nyala no domingo.",
    )),
    ("a full name led by a land", {("Kombolcha", TPLF)}, (
        "Tigray Defense Forces took Kombolcha on Sunday.",
        "Les Forces de défense du Tigray ont pris Kombolcha dimanche.",
        "Las Fuerzas de Defensa de Tigray tomaron Kombolcha el domingo.",
        "Die Tigray-Verteidigungskräfte nahmen Kombolcha am Sonntag ein.",
        "Le Forze di difesa del Tigray hanno conquistato Kombolcha domenica.",
        "As Forças de Defesa do Tigray tomaram Kombolcha no domingo.",
    )),
    ("apposition before the verb", {("Nyala", RSF)}, (
        "Nyala, the capital of South Darfur, fell to the RSF on Thursday.",
        "Nyala, capitale du Darfour du Sud, est tombée jeudi aux mains des FSR.",
        "Nyala, capital de Darfur del Sur, cayó el jueves en manos de las FAR.",
        "Nyala, die Hauptstadt von Süd-Darfur, fiel am Donnerstag an die RSF.",
        "Nyala, capoluogo del Darfur meridionale, è caduta giovedì nelle mani delle RSF.",
        "Nyala, capital do Darfur do Sul, caiu na quinta-feira nas mãos das FAR.",
    )),
    ("the town of X", {("Macomia", ISM)}, (
        "Islamic State fighters seized the town of Macomia on Monday.",
        "Les combattants de l'État islamique se sont emparés lundi de la ville de Macomia.",
        "Los combatientes del Estado Islámico se apoderaron el lunes de la localidad de Macomia.",
        "Kämpfer des IS nahmen am Montag die Stadt Macomia ein.",
        "I combattenti dello Stato islamico hanno conquistato lunedì la cittadina di Macomia.",
        "Os combatentes do Estado Islâmico tomaram na segunda-feira a vila de Macomia.",
    )),
    ("nominal headline", {("Beledweyne", SHB)}, (
        "Capture of Beledweyne by al-Shabaab | Residents fled south as the fighters moved in.",
        "Prise de Beledweyne par les shebab | Les habitants ont fui vers le sud à l'arrivée des combattants.",
        "Toma de Beledweyne por al-Shabab | Los vecinos huyeron hacia el sur a la llegada de los combatientes.",
        "Einnahme von Beledweyne durch al-Shabaab | Die Bewohner flohen nach Süden, als die Kämpfer einrückten.",
        "Presa di Beledweyne da parte di al-Shabaab | Gli abitanti sono fuggiti verso sud all'arrivo dei combattenti.",
        "Tomada de Beledweyne pelo al-Shabaab | Os moradores fugiram para sul com a chegada dos combatentes.",
    )),
    ("says it has captured", {("Kyaukme", TNLA)}, (
        "The TNLA says it has captured Kyaukme.",
        "La TNLA affirme avoir pris Kyaukme.",
        "El TNLA asegura que ha tomado Kyaukme.",
        "Die TNLA erklärt, sie habe Kyaukme eingenommen.",
        "Il TNLA afferma di aver conquistato Kyaukme.",
        "O TNLA diz que tomou Kyaukme.",
    )),
    ("headline city, body side with 'the city'", {("Shusha", AZ)}, (
        "Shusha changes hands | Azerbaijani forces entered the city on Sunday after Armenian forces withdrew.",
        "Shusha change de mains | Les forces azerbaïdjanaises sont entrées dimanche dans la ville après le retrait des forces arméniennes.",
        "Shusha cambia de manos | Las fuerzas azerbaiyanas entraron el domingo en la ciudad tras la retirada de las fuerzas armenias.",
        "Shusha wechselt den Besitzer | Aserbaidschanische Truppen rückten am Sonntag in die Stadt ein, nachdem sich die armenischen Kräfte zurückgezogen hatten.",
        "Shusha cambia di mano | Le forze azere sono entrate domenica in città dopo il ritiro delle forze armene.",
        "Shusha muda de mãos | As forças azerbaijanas entraram no domingo na cidade após a retirada das forças arménias.",
    )),
    ("entered and took control of it", {("Gharyan", LNA)}, (
        "LNA troops entered Gharyan and took control of it.",
        "Les troupes de l'ANL sont entrées dans Gharyan et en ont pris le contrôle.",
        "Las tropas del Ejército Nacional Libio entraron en Gharyan y tomaron su control.",
        "LNA-Truppen rückten in Gharyan ein und übernahmen die Kontrolle.",
        "Le truppe dell'LNA sono entrate a Gharyan e ne hanno preso il controllo.",
        "As tropas do LNA entraram em Gharyan e tomaram o seu controle.",
    )),
    ("secured control of", {("Tarhuna", GNA)}, (
        "GNA forces secured control of Tarhuna on Friday.",
        "Les forces du GNA se sont assuré vendredi le contrôle de Tarhuna.",
        "Las fuerzas del GNA se aseguraron el control de Tarhuna el viernes.",
        "Die Truppen der Einheitsregierung sicherten sich am Freitag die Kontrolle über Tarhuna.",
        "Le forze del GNA si sono assicurate il controllo di Tarhuna venerdì.",
        "As forças do GNA asseguraram o controle de Tarhuna na sexta-feira.",
    )),
    ("entered after 'they' withdrew", {("Gharyan", GNA)}, (
        "Libya: Haftar loses Gharyan | Forces of the Tripoli government entered Gharyan, the main base of Haftar's troops in the west of the country, after they withdrew.",
        "Libye : Haftar perd Gharyan | Les forces du gouvernement de Tripoli sont entrées à Gharyan, principale base des troupes de Haftar dans l'ouest du pays, après le retrait de celles-ci.",
        "Libia: Haftar pierde Gharyan | Las fuerzas del gobierno de Trípoli entraron en Gharyan, principal base de las tropas de Haftar en el oeste del país, después de que estas se retiraran.",
        "Libyen: Haftar verliert Gharyan | Truppen der Regierung in Tripolis sind in Gharyan eingerückt, den wichtigsten Stützpunkt der Haftar-Truppen im Westen des Landes, nachdem diese abgezogen waren.",
        "Libia, Haftar perde Gharyan | Le forze del governo di Tripoli sono entrate a Gharyan, la principale base delle truppe di Haftar nell'ovest del Paese, dopo che queste si erano ritirate.",
        "Líbia: Haftar perde Gharyan | As forças do governo de Trípoli entraram em Gharyan, principal base das tropas de Haftar no oeste do país, depois da retirada destas.",
    )),
    # --- no change
    ("denial", set(), (
        "The Sudanese army denied that El Fasher had fallen to the RSF.",
        "L'armée soudanaise a démenti qu'El Fasher soit tombée aux mains des FSR.",
        "El ejército sudanés negó que El Fasher hubiera caído en manos de las FAR.",
        "Die sudanesische Armee bestritt, dass El Fasher an die RSF gefallen sei.",
        "L'esercito sudanese ha negato che El Fasher sia caduta nelle mani delle RSF.",
        "O exército sudanês negou que El Fasher tivesse caído nas mãos das FAR.",
    )),
    ("claim denied by the other side", set(), (
        "The TNLA said it had captured Kyaukme. The junta denied the claim, saying its troops still held the town.",
        "La TNLA a affirmé avoir pris Kyaukme. La junte a démenti, assurant que ses troupes tenaient toujours la ville.",
        "El TNLA aseguró haber tomado Kyaukme. La junta lo desmintió y afirmó que sus tropas aún controlan la ciudad.",
        "Die TNLA erklärte, Kyaukme eingenommen zu haben. Die Junta dementierte dies: Ihre Truppen hielten die Stadt weiterhin.",
        "Il TNLA ha affermato di aver conquistato Kyaukme. La giunta ha smentito, assicurando che le sue truppe controllano ancora la città.",
        "O TNLA afirmou ter tomado Kyaukme. A junta desmentiu, garantindo que as suas tropas ainda controlam a cidade.",
    )),
    ("intent", set(), (
        "The RSF aim to take El Fasher before the rainy season.",
        "Les FSR visent à prendre El Fasher avant la saison des pluies.",
        "Las FAR pretenden tomar El Fasher antes de la temporada de lluvias.",
        "Die RSF wollen El Fasher vor der Regenzeit einnehmen.",
        "Le RSF puntano a conquistare El Fasher prima della stagione delle piogge.",
        "As FAR pretendem tomar El Fasher antes da estação das chuvas.",
    )),
    ("close to taking", set(), (
        "Houthi fighters are close to taking Marib, officials warned.",
        "Les combattants houthis sont sur le point de prendre Marib, ont averti des responsables.",
        "Los combatientes hutíes están cerca de tomar Marib, advirtieron funcionarios.",
        "Huthi-Kämpfer stehen kurz davor, Marib einzunehmen, warnten Beamte.",
        "I combattenti houthi sono vicini a conquistare Marib, hanno avvertito i funzionari.",
        "Os combatentes houthis estão perto de tomar Marib, alertaram autoridades.",
    )),
    ("background", set(), (
        "Since the capture of Mocímboa da Praia by the Islamic State in 2020, the insurgents have raided villages along the coast.",
        "Depuis la prise de Mocímboa da Praia par l'État islamique en 2020, les insurgés multiplient les raids sur la côte.",
        "Desde la toma de Mocímboa da Praia por el Estado Islámico en 2020, los insurgentes han atacado aldeas de la costa.",
        "Seit der Einnahme von Mocímboa da Praia durch den IS im Jahr 2020 überfallen die Aufständischen Dörfer an der Küste.",
        "Dalla presa di Mocímboa da Praia da parte dello Stato islamico nel 2020, gli insorti hanno attaccato villaggi lungo la costa.",
        "Desde a tomada de Mocímboa da Praia pelo Estado Islâmico em 2020, os insurgentes têm atacado aldeias ao longo da costa.",
    )),
    ("fighting near", set(), (
        "Fighting raged near Gharyan on Tuesday between LNA and GNA forces.",
        "De violents combats ont opposé mardi l'ANL et les forces du GNA près de Gharyan.",
        "Los combates entre el Ejército Nacional Libio y las fuerzas del GNA se intensificaron el martes cerca de Gharyan.",
        "Bei Gharyan kämpften am Dienstag die LNA und Truppen der Einheitsregierung.",
        "Martedì si è combattuto vicino a Gharyan tra l'LNA e le forze del GNA.",
        "Na terça-feira houve combates perto de Gharyan entre o LNA e as forças do GNA.",
    )),
    ("remains under government control", set(), (
        "Jowhar remains under government control despite al-Shabaab attacks.",
        "Jowhar reste sous le contrôle du gouvernement malgré les attaques des shebab.",
        "Jowhar sigue bajo control del gobierno pese a los ataques de al-Shabab.",
        "Jowhar bleibt trotz der Angriffe von al-Shabaab unter Kontrolle der Regierung.",
        "Jowhar resta sotto il controllo del governo nonostante gli attacchi di al-Shabaab.",
        "Jowhar continua sob controle do governo apesar dos ataques do al-Shabaab.",
    )),
    ("future", set(), (
        "Government forces will retake Mitú within days, the defence minister said.",
        "Les forces gouvernementales reprendront Mitú d'ici quelques jours, a déclaré le ministre de la Défense.",
        "Las fuerzas del gobierno recuperarán Mitú en pocos días, dijo el ministro de Defensa.",
        "Die Regierungstruppen werden Mitú in wenigen Tagen zurückerobern, sagte der Verteidigungsminister.",
        "Le forze governative riconquisteranno Mitú entro pochi giorni, ha detto il ministro della Difesa.",
        "As forças do governo vão retomar Mitú dentro de dias, disse o ministro da Defesa.",
    )),
    ("failed attempt", set(), (
        "Tigrayan fighters tried to take Kombolcha but were pushed back.",
        "Les combattants tigréens ont tenté de prendre Kombolcha mais ont été repoussés.",
        "Los combatientes tigrinos intentaron tomar Kombolcha, pero fueron rechazados.",
        "Tigrinische Kämpfer versuchten, Kombolcha einzunehmen, wurden aber zurückgeschlagen.",
        "I combattenti tigrini hanno tentato di prendere Kombolcha, ma sono stati respinti.",
        "Os combatentes tigrínios tentaram tomar Kombolcha, mas foram repelidos.",
    )),
    ("people captured", set(), (
        "Al-Shabaab fighters captured dozens of soldiers near Beledweyne.",
        "Les combattants shebab ont capturé des dizaines de soldats près de Beledweyne.",
        "Los combatientes de al-Shabab capturaron a decenas de soldados cerca de Beledweyne.",
        "Al-Shabaab-Kämpfer nahmen bei Beledweyne Dutzende Soldaten gefangen.",
        "I combattenti di al-Shabaab hanno catturato decine di soldati vicino a Beledweyne.",
        "Os combatentes do al-Shabaab capturaram dezenas de soldados perto de Beledweyne.",
    )),
    ("shelled", set(), (
        "Government artillery shelled Nyala overnight.",
        "L'artillerie gouvernementale a pilonné Nyala pendant la nuit.",
        "La artillería del gobierno bombardeó Nyala durante la noche.",
        "Die Artillerie der Regierung beschoss Nyala in der Nacht.",
        "L'artiglieria governativa ha bombardato Nyala durante la notte.",
        "A artilharia do governo bombardeou Nyala durante a noite.",
    )),
    ("besieged", set(), (
        "RSF fighters have besieged El Fasher for months.",
        "Les combattants des FSR assiègent El Fasher depuis des mois.",
        "Los combatientes de las FAR asedian El Fasher desde hace meses.",
        "RSF-Kämpfer belagern El Fasher seit Monaten.",
        "I combattenti delle RSF assediano El Fasher da mesi.",
        "Os combatentes das FAR cercam El Fasher há meses.",
    )),
    ("advancing on", set(), (
        "TNLA columns are advancing on Kyaukme from the north.",
        "Des colonnes de la TNLA avancent vers Kyaukme par le nord.",
        "Columnas del TNLA avanzan hacia Kyaukme desde el norte.",
        "Kolonnen der TNLA rücken von Norden auf Kyaukme vor.",
        "Colonne del TNLA avanzano verso Kyaukme da nord.",
        "Colunas do TNLA avançam em direção a Kyaukme pelo norte.",
    )),
    ("could fall", set(), (
        "Analysts warn that Marib could fall to the Houthis within weeks.",
        "Des analystes préviennent que Marib pourrait tomber aux mains des Houthis d'ici quelques semaines.",
        "Los analistas advierten que Marib podría caer en manos de los hutíes en pocas semanas.",
        "Analysten warnen, Marib könne binnen Wochen an die Huthi fallen.",
        "Gli analisti avvertono che Marib potrebbe cadere nelle mani degli houthi entro poche settimane.",
        "Analistas alertam que Marib poderá cair nas mãos dos houthis dentro de semanas.",
    )),
    ("a capture of long ago", set(), (
        "The Houthis took Hodeidah in 2015, the year the war began.",
        "Les Houthis ont pris Hodeidah en 2015, l'année où la guerre a commencé.",
        "Los hutíes tomaron Hodeidah en 2015, el año en que empezó la guerra.",
        "Die Huthi nahmen Hodeidah 2015 ein, in dem Jahr, in dem der Krieg begann.",
        "Gli houthi presero Hodeidah nel 2015, l'anno in cui iniziò la guerra.",
        "Os houthis tomaram Hodeidah em 2015, o ano em que a guerra começou.",
    )),
    ("withdrew towards", set(), (
        "Retreating from the front, Somali troops withdrew towards Jowhar.",
        "En repli depuis le front, les troupes somaliennes se sont retirées vers Jowhar.",
        "En retirada desde el frente, las tropas somalíes se replegaron hacia Jowhar.",
        "Von der Front kommend zogen sich die somalischen Truppen in Richtung Jowhar zurück.",
        "In ritirata dal fronte, le truppe somale hanno ripiegato verso Jowhar.",
        "Em retirada da frente, as tropas somalis recuaram em direção a Jowhar.",
    )),
    ("attack repelled", set(), (
        "The army repelled an RSF attack on Sennar on Tuesday.",
        "L'armée a repoussé mardi une attaque des FSR contre Sennar.",
        "El ejército repelió el martes un ataque de las FAR contra Sennar.",
        "Die Armee wehrte am Dienstag einen Angriff der RSF auf Sennar ab.",
        "L'esercito ha respinto martedì un attacco delle RSF contro Sennar.",
        "O exército repeliu na terça-feira um ataque das FAR contra Sennar.",
    )),
    ("still controls", set(), (
        "The army said it still controls Wad Madani despite the RSF offensive.",
        "L'armée affirme contrôler toujours Wad Madani malgré l'offensive des FSR.",
        "El ejército afirmó que aún controla Wad Madani pese a la ofensiva de las FAR.",
        "Die Armee erklärte, sie kontrolliere Wad Madani trotz der RSF-Offensive weiterhin.",
        "L'esercito ha affermato di controllare ancora Wad Madani nonostante l'offensiva delle RSF.",
        "O exército afirmou que ainda controla Wad Madani apesar da ofensiva das FAR.",
    )),
    ("preparing to retake", set(), (
        "The Mozambican army is preparing to retake Mocímboa da Praia.",
        "L'armée mozambicaine se prépare à reprendre Mocímboa da Praia.",
        "El ejército mozambiqueño se prepara para recuperar Mocímboa da Praia.",
        "Die mosambikanische Armee bereitet die Rückeroberung von Mocímboa da Praia vor.",
        "L'esercito mozambicano si prepara a riconquistare Mocímboa da Praia.",
        "O exército moçambicano prepara-se para retomar Mocímboa da Praia.",
    )),
    ("held since long ago", set(), (
        "Hodeidah, held by the Houthis since 2014, was hit by air strikes on Monday.",
        "Hodeidah, tenue par les Houthis depuis 2014, a été frappée lundi par des raids aériens.",
        "Hodeidah, en poder de los hutíes desde 2014, fue alcanzada el lunes por bombardeos aéreos.",
        "Hodeidah, seit 2014 in der Hand der Huthi, wurde am Montag von Luftangriffen getroffen.",
        "Hodeidah, controllata dagli houthi dal 2014, è stata colpita lunedì da raid aerei.",
        "Hodeidah, controlada pelos houthis desde 2014, foi atingida na segunda-feira por ataques aéreos.",
    )),
    ("airport seized, not the city", set(), (
        "RSF fighters seized the airport of El Fasher on Sunday.",
        "Les combattants des FSR se sont emparés dimanche de l'aéroport d'El Fasher.",
        "Los combatientes de las FAR se apoderaron el domingo del aeropuerto de El Fasher.",
        "RSF-Kämpfer nahmen am Sonntag den Flughafen von El Fasher ein.",
        "I combattenti delle RSF hanno conquistato domenica l'aeroporto di El Fasher.",
        "Os combatentes das FAR tomaram no domingo o aeroporto de El Fasher.",
    )),
    ("a claim denied in the same sentence", set(), (
        "The RSF claimed to have taken Sennar, which the army denied.",
        "Les FSR ont affirmé avoir pris Sennar, ce que l'armée a démenti.",
        "Las FAR afirmaron haber tomado Sennar, algo que el ejército negó.",
        "Die RSF behaupteten, Sennar eingenommen zu haben, was die Armee bestritt.",
        "Le RSF hanno affermato di aver conquistato Sennar, cosa smentita dall'esercito.",
        "As FAR afirmaram ter tomado Sennar, o que o exército desmentiu.",
    )),
    ("fighting continues", set(), (
        "Fighting continues inside Kombolcha between the army and the TPLF.",
        "Les combats se poursuivent à l'intérieur de Kombolcha entre l'armée et le TPLF.",
        "Los combates continúan dentro de Kombolcha entre el ejército y el TPLF.",
        "In Kombolcha gehen die Kämpfe zwischen der Armee und der TPLF weiter.",
        "I combattimenti continuano all'interno di Kombolcha tra l'esercito e il TPLF.",
        "Os combates continuam dentro de Kombolcha entre o exército e a TPLF.",
    )),
    ("a condition", set(), (
        "If Sennar falls to the RSF, the road to Kassala will be open.",
        "Si Sennar tombe aux mains des FSR, la route de Kassala sera ouverte.",
        "Si Sennar cae en manos de las FAR, la carretera hacia Kassala quedará abierta.",
        "Sollte Sennar an die RSF fallen, wäre der Weg nach Kassala frei.",
        "Se Sennar cadesse nelle mani delle RSF, la strada per Kassala sarebbe aperta.",
        "Se Sennar cair nas mãos das FAR, a estrada para Kassala ficará aberta.",
    )),
    ("a raid, not a capture", set(), (
        "RSF fighters briefly entered Sennar before being pushed back by the army.",
        "Les combattants des FSR sont brièvement entrés dans Sennar avant d'être repoussés par l'armée.",
        "Los combatientes de las FAR entraron brevemente en Sennar antes de ser repelidos por el ejército.",
        "RSF-Kämpfer drangen kurzzeitig in Sennar ein, bevor die Armee sie zurückschlug.",
        "I combattenti delle RSF sono entrati brevemente a Sennar prima di essere respinti dall'esercito.",
        "Os combatentes das FAR entraram brevemente em Sennar antes de serem repelidos pelo exército.",
    )),
    ("retaken years ago", set(), (
        "The army retook Wad Madani in 2019 and has held it since.",
        "L'armée a repris Wad Madani en 2019 et la tient depuis.",
        "El ejército recuperó Wad Madani en 2019 y la controla desde entonces.",
        "Die Armee eroberte Wad Madani 2019 zurück und hält die Stadt seither.",
        "L'esercito ha riconquistato Wad Madani nel 2019 e da allora la controlla.",
        "O exército retomou Wad Madani em 2019 e controla-a desde então.",
    )),
    ("an attack on a convoy near", set(), (
        "Al-Shabaab fighters ambushed an army convoy near Jowhar on Monday.",
        "Des combattants shebab ont tendu lundi une embuscade à un convoi militaire près de Jowhar.",
        "Combatientes de al-Shabab emboscaron el lunes un convoy del ejército cerca de Jowhar.",
        "Al-Shabaab-Kämpfer überfielen am Montag einen Armeekonvoi bei Jowhar.",
        "I combattenti di al-Shabaab hanno teso lunedì un'imboscata a un convoglio dell'esercito vicino a Jowhar.",
        "Combatentes do al-Shabaab emboscaram na segunda-feira um comboio do exército perto de Jowhar.",
    )),
    ("a leader captured in the city", set(), (
        "The army captured an RSF commander in Wad Madani.",
        "L'armée a capturé un commandant des FSR à Wad Madani.",
        "El ejército capturó a un comandante de las FAR en Wad Madani.",
        "Die Armee nahm in Wad Madani einen Kommandeur der RSF gefangen.",
        "L'esercito ha catturato un comandante delle RSF a Wad Madani.",
        "O exército capturou um comandante das FAR em Wad Madani.",
    )),
    ("took some of its districts", set(), (
        "The RSF attacked Nyala and took three of its districts.",
        "Les FSR ont attaqué Nyala et en ont pris trois quartiers.",
        "Las FAR atacaron Nyala y tomaron tres de sus barrios.",
        "Die RSF griffen Nyala an und nahmen drei ihrer Stadtteile ein.",
        "Le RSF hanno attaccato Nyala e ne hanno preso tre quartieri.",
        "As FAR atacaram Nyala e tomaram três dos seus bairros.",
    )),
    ("residents fled as the side arrived", set(), (
        "Thousands of residents fled Nyala after the arrival of the RSF.",
        "Des milliers d'habitants ont fui Nyala après l'arrivée des FSR.",
        "Miles de vecinos huyeron de Nyala tras la llegada de las FAR.",
        "Tausende Einwohner flohen nach der Ankunft der RSF aus Nyala.",
        "Migliaia di abitanti sono fuggiti da Nyala dopo l'arrivo delle RSF.",
        "Milhares de moradores fugiram de Nyala após a chegada das FAR.",
    )),
    ("residents fear a fall", set(), (
        "Residents fear that Nyala could fall to the RSF in the coming days.",
        "Les habitants craignent que Nyala ne tombe aux mains des FSR dans les prochains jours.",
        "Los vecinos temen que Nyala caiga en manos de las FAR en los próximos días.",
        "Die Bewohner fürchten, dass Nyala in den kommenden Tagen an die RSF fallen könnte.",
        "Gli abitanti temono che Nyala cada nelle mani delle RSF nei prossimi giorni.",
        "Os moradores temem que Nyala caia nas mãos das FAR nos próximos dias.",
    )),
]

# (construction, language) pairs the detector does not read yet, each with why.
GAPS: dict[tuple[str, str], str] = {
    ("the garrison surrendered to", "de"): (
        "'ergab sich der TNLA': the feminine dative 'der' is also a nominative ('hat sich der IS ergeben'),"
        " so the recipient after a German surrender is not read"
    ),
    ("liberated from", "de"): (
        "'wurde von der TPLF befreit' is 'freed from' and 'freed by' alike; the agent reading wins"
    ),
}


def _cases() -> list[object]:
    cases: list[object] = []
    for name, expected, sentences in CONSTRUCTIONS:
        for lang, text in zip(LANGS, sentences, strict=True):
            marks = []
            if (name, lang) in GAPS:
                marks.append(pytest.mark.xfail(strict=True, reason=GAPS[(name, lang)]))
            cases.append(pytest.param(text, expected, id=f"{name}-{lang}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_each_construction_reads_alike_in_six_languages(text: str, expected: Pairs) -> None:
    """A construction reports the same places and holders whatever its language."""
    title, _, body = text.rpartition(" | ")  # "headline | text" when a construction needs one
    assert held_by(WATCHLIST, title, body, DAY) == expected


def test_every_construction_has_six_languages() -> None:
    """The table stays a parity table: no construction without one of the six languages."""
    assert all(len(sentences) == len(LANGS) for _, _, sentences in CONSTRUCTIONS)
