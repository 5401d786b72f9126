"""Hard negatives about time (issue 10): a change of weeks or months ago told as background, a
historic anniversary, a history paragraph, a hypothetical; each family with positives beside it,
so that a rule which kills the news along with the background shows.

Sentences of our own about conflicts outside the evaluation set, in six languages.
"""

# ruff: noqa: E501 -- one case a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import (
    AA,
    AZ,
    BH,
    ETH,
    HV,
    IS,
    MNDAA,
    NGA,
    REP,
    SK,
    TPLF,
    held,
    held_article,
)

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- a season the change is told in: months before the news, unless the day is told too
    ("en", "The fall of Sittwe to the Arakan Army in the spring left the junta without a port in Rakhine.", set()),
    ("fr", "La chute de Sittwe aux mains de l'Armée d'Arakan au printemps a privé la junte de son port.", set()),
    ("es", "La caída de Sittwe en manos del Ejército de Arakan en primavera dejó a la junta sin puerto.", set()),
    ("it", "La caduta di Sittwe nelle mani dell'Arakan Army in primavera ha lasciato la giunta senza porto.", set()),
    ("pt", "A queda de Sittwe nas mãos do Exército Arakan na primavera deixou a junta sem porto.", set()),
    ("en", "Arakan Army fighters captured Sittwe in the spring offensive, officials said on Monday.", {("Sittwe", AA)}),
    ("en", "The Arakan Army captured Sittwe on Sunday, after fighting in the spring had stalled.", {("Sittwe", AA)}),
    # --- background: a change told as the setting of the day's news
    ("en", "Since the capture of Hadrut in October, Azerbaijani forces have shelled the road to Stepanakert daily.", set()),
    ("en", "Derna, which fell to the LNA in 2019, is still rebuilding after the floods.", set()),
    ("en", "Gwoza, captured by Boko Haram last year, remains cut off from aid convoys.", set()),
    ("en", "Months after the MNDAA seized Lashio, traders are returning to the city's markets.", set()),
    ("en", "Ever since Islamic State fighters overran Palma in March, thousands have fled south to Pemba.", set()),
    ("en", "Shusha, retaken by Azerbaijan in 2020, hosted a music festival this week.", set()),
    ("en", "Tigrayan forces, who took Mekelle back in June, are short of fuel and medicine.", set()),
    ("fr", "Depuis la prise de Hadrut en octobre, l'armée azerbaïdjanaise pilonne la route de Stepanakert.", set()),
    ("fr", "Derna, tombée aux mains de l'ANL en 2019, peine à se reconstruire.", set()),
    ("fr", "Plusieurs mois après la prise de Lashio par le MNDAA, les commerçants reviennent au marché.", set()),
    ("fr", "Les shebab, qui avaient conquis Baidoa l'an dernier, recrutent dans les villages voisins.", set()),
    ("es", "Desde la toma de Teruel en enero, los nacionales preparan una ofensiva hacia el Mediterráneo.", set()),
    ("es", "Derna, que cayó en manos del ANL en 2019, sigue en ruinas.", set()),
    ("es", "Meses después de que el MNDAA tomara Lashio, los comerciantes vuelven al mercado.", set()),
    ("es", "Los franquistas, que habían tomado Málaga en febrero, avanzan ahora por la costa.", set()),
    ("de", "Seit der Einnahme von Hadrut im Oktober beschießen die aserbaidschanischen Truppen die Straße nach Stepanakert.", set()),
    ("de", "Derna, das 2019 an die LNA gefallen war, wird nur langsam wieder aufgebaut.", set()),
    ("de", "Monate nachdem die MNDAA Lashio erobert hatte, kehren die Händler auf den Markt zurück.", set()),
    ("pt", "Desde a tomada de Palma em março, milhares de pessoas fugiram para Pemba.", set()),
    ("pt", "Palma, que caiu nas mãos do Estado Islâmico em março, continua sem eletricidade.", set()),
    ("pt", "Meses depois de o MNDAA ter tomado Lashio, os comerciantes voltam ao mercado.", set()),
    ("it", "Dalla presa di Hadrut a ottobre, le forze azere bombardano ogni giorno la strada per Stepanakert.", set()),
    ("it", "Derna, caduta nelle mani dell'LNA nel 2019, fatica a risollevarsi.", set()),
    ("it", "Mesi dopo la conquista di Lashio da parte del MNDAA, i commercianti tornano al mercato.", set()),
    # the news beside the background
    ("en", "Since the capture of Hadrut in October, Azerbaijani forces have pressed on; on Sunday they took Shusha.", {("Shusha", AZ)}),
    ("es", "Tras semanas de combates, el ejército republicano tomó Teruel este miércoles.", {("Teruel", REP)}),
    ("fr", "Depuis la prise de Hadrut en octobre, l'armée azerbaïdjanaise avance. Dimanche, elle s'est emparée de Shusha.", {("Shusha", AZ)}),
    ("en", "Since the capture of Hadrut in October, the Azerbaijani army has kept advancing. On Sunday it took Shusha.", {("Shusha", AZ)}),
    ("en", "The TPLF offensive stalled. The Ethiopian army regrouped. On Sunday it retook Dessie.", {("Dessie", ETH)}),
    ("de", "Aserbaidschan hat am Sonntag Shusha eingenommen.", {("Shusha", AZ)}),
    ("pt", "Militantes do Estado Islâmico tomaram Palma na sexta-feira, segundo fontes locais.", {("Palma", IS)}),
    ("it", "Le forze dell'Azerbaigian hanno conquistato Shusha domenica, ha annunciato Baku.", {("Shusha", AZ)}),
    ("en", "Gwoza, which fell last year, was retaken by the Nigerian army on Friday.", {("Gwoza", NGA)}),
    ("fr", "Gwoza, qui était tombée l'an dernier, a été reprise vendredi par l'armée nigériane.", {("Gwoza", NGA)}),
    ("es", "Gwoza, que había caído el año pasado, fue recuperada el viernes por el ejército nigeriano.", {("Gwoza", NGA)}),
    # --- anniversaries
    ("en", "Bosnians marked the anniversary of the fall of Srebrenica on Thursday.", set()),
    ("en", "Croatia celebrates every August the anniversary of the liberation of Knin.", set()),
    ("en", "Twenty-nine years ago this week, Bosnian Serb forces overran Srebrenica.", set()),
    ("fr", "La Bosnie a commémoré jeudi l'anniversaire de la chute de Srebrenica.", set()),
    ("es", "Se cumplen 87 años de la caída de Málaga en manos de las tropas franquistas.", set()),
    ("pt", "Completam-se 87 anos da queda de Málaga nas mãos das tropas franquistas.", set()),
    ("it", "Ricorrono 87 anni dalla caduta di Málaga in mano alle truppe franchiste.", set()),
    ("de", "Bosnien gedachte am Donnerstag des Jahrestags des Falls von Srebrenica.", set()),
    ("pt", "A Croácia celebra todos os anos o aniversário da libertação de Knin.", set()),
    ("it", "La Bosnia ha ricordato giovedì l'anniversario della caduta di Srebrenica.", set()),
    # --- hypotheticals
    ("en", "If Mekelle falls, the war will enter a new and bloodier phase.", set()),
    ("en", "Should Baidoa fall to al-Shabaab, the government would lose its last foothold in the region.", set()),
    ("en", "Were Serb forces to take Bihać, tens of thousands would be trapped.", set()),
    ("en", "Had Bihać fallen, the whole enclave would have been lost.", set()),
    ("en", "Should the LNA take Zintan, the western front would collapse.", set()),
    ("fr", "Si Mekele tombe, la guerre changera de nature.", set()),
    ("fr", "Au cas où Baidoa tomberait aux mains des shebab, l'aide serait suspendue.", set()),
    ("es", "Si cae Bilbao, el frente norte estará perdido.", set()),
    ("es", "En caso de que Baidoa caiga en manos de Al Shabab, la ayuda quedará suspendida.", set()),
    ("de", "Sollte Mekele fallen, droht eine humanitäre Katastrophe.", set()),
    ("de", "Falls die Schabaab Baidoa einnehmen, wird die Hilfe eingestellt.", set()),
    ("pt", "Se Palma cair, o projeto de gás ficará paralisado por anos.", set()),
    ("it", "Se cade Mekelle, la guerra entrerà in una nuova fase.", set()),
    ("it", "Qualora Baidoa cadesse nelle mani degli shabaab, gli aiuti verrebbero sospesi.", set()),
    ("de", "Fiele Lashio, wäre der Norden verloren.", set()),
    ("de", "Nähme die MNDAA Lashio ein, wäre der Norden verloren.", set()),
    ("es", "De caer Lashio, la junta perdería el norte.", set()),
    ("es", "De tomar Lashio, el MNDAA controlaría la frontera.", set()),
    ("es", "De haber caído Lashio, la junta habría perdido el norte.", set()),
    ("it", "Se dovesse cadere Lashio, la giunta perderebbe il nord.", set()),
    ("pt", "Caso Lashio caia, a junta perde o norte.", set()),
    ("pt", "Se o MNDAA tomar Lashio, a junta perde o norte.", set()),
    ("fr", "Si le MNDAA prenait Lashio, la junte perdrait le nord.", set()),
    ("en", "A fall of Lashio would deprive the junta of the north.", set()),
    ("es", "De madrugada, el MNDAA tomó Lashio.", {("Lashio", MNDAA)}),
    # --- history paragraphs
    ("en", "Shusha was captured by Armenian forces in May 1992 and held for 28 years.", set()),
    ("en", "North Korean troops captured Seoul in June 1950, three days after crossing the border.", set()),
    ("en", "Azerbaijani drones struck near Lachin on Monday. During the first war, Armenian forces captured Shusha and emptied it of its people.", set()),
    ("fr", "En 1995, Knin a été reprise par l'armée croate lors de l'opération Tempête.", set()),
    ("es", "En 1937, las tropas franquistas tomaron Bilbao tras una larga campaña.", set()),
    ("de", "Im Sommer 1995 eroberte die kroatische Armee Knin zurück.", set()),
    ("pt", "Em 1950, as tropas norte-coreanas tomaram Seul em apenas três dias.", set()),
    ("it", "Nel 1950 le truppe nordcoreane conquistarono Seul in tre giorni.", set()),
    ("fr", "Pendant la première guerre, les forces arméniennes ont pris Shusha et chassé ses habitants.", set()),
    ("es", "Durante la primera guerra, las fuerzas armenias tomaron Shusha.", set()),
    ("de", "Im ersten Krieg eroberten die armenischen Truppen Shusha.", set()),
    ("it", "Durante la prima guerra l'esercito armeno conquistò Shusha.", set()),
    ("pt", "Durante a primeira guerra, as forças armênias tomaram Shusha.", set()),
    ("en", "During the night, Azerbaijani forces captured Shusha.", {("Shusha", AZ)}),
    # a capture named as a noun ("la prise de X") and dated by "since" with no date: background;
    # with a day of this week it is the news
    ("fr", "Depuis la prise de Hadrut par les forces azerbaïdjanaises, des milliers d'habitants ont fui vers Stepanakert.", set()),
    ("es", "Desde la toma de Hadrut por las fuerzas azerbaiyanas, miles de vecinos han huido hacia Stepanakert.", set()),
    ("it", "Dalla presa di Hadrut da parte delle forze azere, migliaia di abitanti sono fuggiti verso Stepanakert.", set()),
    ("fr", "Depuis la prise de Hadrut par les forces azerbaïdjanaises dimanche, des milliers d'habitants ont fui.", {("Hadrut", AZ)}),
    ("fr", "Les forces azerbaïdjanaises ont annoncé la prise de Hadrut.", {("Hadrut", AZ)}),
    # days counted from a change named as a noun: the news is later; "the day after" is not counted
    ("en", "Ten days after the fall of Sittwe to the Arakan Army, the junta still shells the port.", set()),
    ("fr", "Dix jours après la chute de Sittwe aux mains de l'Armée d'Arakan, la junte bombarde le port.", set()),
    ("de", "Drei Tage nach der Einnahme von Sittwe durch die Arakan Army kehrt langsam Ruhe ein.", set()),
    ("es", "Cinco días después de la caída de Sittwe en manos del Ejército de Arakan, la junta bombardea el puerto.", set()),
    ("en", "The day after the fall of Sittwe to the Arakan Army, the junta shelled the port.", {("Sittwe", AA)}),
    # old dates in the text, recent news beside them
    ("en", "UN forces recaptured Seoul on Thursday, three months after North Korean troops took it.", {("Seoul", SK)}),
    ("it", "L'esercito croato ha riconquistato Knin sabato.", {("Knin", HV)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_time(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held(text) == expected


# A title naming a change as a noun, when the body dates it: the background of the title's news.
TITLED: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    ("de", "Ausnahmezustand nach dem Fall von Lashio", "Eine Woche nach dem Fall von Lashio an die MNDAA ruft die Junta zur Verteidigung von Mandalay auf.", set()),
    ("en", "Curfew after fall of Gwoza", "Three weeks after Boko Haram captured Gwoza, the army imposed a curfew in Maiduguri.", set()),
    ("fr", "Couvre-feu après la chute de Dessie", "Un mois après la prise de Dessie par le TPLF, le gouvernement décrète l'état d'urgence.", set()),
    ("es", "Toque de queda tras la caída de Lashio", "Un mes después de la toma de Lashio por el MNDAA, la junta decreta el toque de queda en Mandalay.", set()),
    # articles: a change told as the background of fighting, a siege, a rebuilding, a denial
    ("en", "Fighting resumes near Lashio", "Heavy fighting broke out on Tuesday on the outskirts of Lashio, the largest town in northern Shan state. The MNDAA, which captured the town last August in its biggest victory of the war, said junta troops had tried to retake a hilltop base. A junta spokesman said the army would 'soon restore order' in Lashio.", set()),
    ("en", "Baidoa braces for attack", "Al-Shabaab fighters have surrounded Baidoa and cut the main road to Mogadishu, residents said. The group seized the town briefly in 2008. Government troops said they were ready to defend the city.", set()),
    ("en", "Shusha: three years on", "Three years after Azerbaijani forces took Shusha, reconstruction is in full swing. Cranes dot the skyline of the town, which Armenian forces had held since 1992.", set()),
    ("en", "Junta claims gains near Myawaddy", "The military said on Monday its troops had recaptured several villages around Myawaddy from Karen rebels. The KNU denied losing any ground. Myawaddy itself remains under KNU control, according to residents.", set()),
    ("en", "Rebels say Dessie is theirs", "Tigrayan forces said on Saturday they had captured Dessie. The government has not commented. Residents reached by phone said TPLF fighters were patrolling the streets.", {("Dessie", TPLF)}),
    ("fr", "Les combats reprennent près de Lashio", "De violents combats ont éclaté mardi aux abords de Lashio. Le MNDAA, qui s'était emparé de la ville en août dernier, affirme avoir repoussé une contre-offensive de la junte.", set()),
    ("fr", "Baidoa encerclée", "Les shebab ont encerclé Baidoa et coupé la route de Mogadiscio. Le groupe avait brièvement pris la ville en 2008. L'armée se dit prête à défendre la ville.", set()),
    ("es", "Combates cerca de Lashio", "Intensos combates estallaron el martes en las afueras de Lashio. El MNDAA, que tomó la ciudad en agosto pasado, aseguró haber repelido una contraofensiva de la junta.", set()),
    ("es", "Baidoa, cercada", "Al Shabab ha cercado Baidoa y cortado la carretera a Mogadiscio. El grupo ya tomó brevemente la ciudad en 2008. El ejército dice estar listo para defenderla.", set()),
    ("de", "Kämpfe bei Lashio", "Am Dienstag sind am Stadtrand von Lashio heftige Kämpfe ausgebrochen. Die MNDAA, die die Stadt im vergangenen August eingenommen hatte, erklärte, sie habe einen Gegenangriff der Junta abgewehrt.", set()),
    ("de", "Baidoa eingekesselt", "Die Schabaab haben Baidoa eingekesselt und die Straße nach Mogadischu abgeschnitten. Die Gruppe hatte die Stadt 2008 kurzzeitig eingenommen. Die Armee erklärte, sie sei bereit, die Stadt zu verteidigen.", set()),
    ("pt", "Combates perto de Lashio", "Violentos combates eclodiram na terça-feira nos arredores de Lashio. O MNDAA, que tomou a cidade em agosto passado, afirmou ter repelido uma contraofensiva da junta.", set()),
    ("it", "Combattimenti vicino a Lashio", "Violenti combattimenti sono scoppiati martedì alla periferia di Lashio. L'MNDAA, che ha conquistato la città lo scorso agosto, afferma di aver respinto una controffensiva della giunta.", set()),
    ("it", "Baidoa accerchiata", "Gli shabaab hanno accerchiato Baidoa e tagliato la strada per Mogadiscio. Il gruppo aveva brevemente preso la città nel 2008. L'esercito si dice pronto a difendere la città.", set()),
    # the body tells the change as news, or does not date it
    ("en", "Curfew after fall of Gwoza", "Boko Haram captured Gwoza on Sunday, and the army imposed a curfew in Maiduguri.", {("Gwoza", BH)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), TITLED, ids=[f"{c[0]}-title{i}" for i, c in enumerate(TITLED)])
def test_titled(lang: str, title: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held_article(title, text) == expected



# A square or a street named after a day ("la plaza 14 de Septiembre", "rue du 4-Septembre") is
# no date: it does not make the sentences after it an old story. A real old date still does.
STREETS: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("es", "Los combates terminaron el domingo. El comandante habló ante la multitud en la plaza 14 de Septiembre. Lashio quedó así bajo control del MNDAA.", {("Lashio", MNDAA)}),
    ("fr", "Les combats ont cessé dimanche. Le commandant a parlé à la foule sur la place du 14 septembre. Lashio est ainsi passée sous le contrôle du MNDAA.", {("Lashio", MNDAA)}),
    ("pt", "Os combates terminaram no domingo. O comandante falou à multidão na praça 14 de Setembro. Lashio ficou sob controle do MNDAA.", {("Lashio", MNDAA)}),
    ("it", "I combattimenti sono finiti domenica. Il comandante ha parlato alla folla in piazza 14 settembre. Lashio è così passata sotto il controllo del MNDAA.", {("Lashio", MNDAA)}),
    ("de", "Die Kämpfe endeten am Sonntag. Der Kommandeur sprach auf dem Platz des 14. September zur Menge. Die MNDAA übernahm so die Kontrolle über Lashio.", {("Lashio", MNDAA)}),
    # the same paragraph under a real old date is background
    ("es", "Los combates terminaron el 14 de septiembre. El comandante habló ante la multitud en la plaza. Lashio quedó así bajo control del MNDAA.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STREETS, ids=[f"{c[0]}-street{i}" for i, c in enumerate(STREETS)])
def test_a_street_named_after_a_day_is_no_date(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held(text) == expected
