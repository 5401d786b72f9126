"""German items that tell no change, beside the same meaning in English and French.

German was the weakest language on the blind corpora, most of its false alarms in short items
that tell no change at all. This battery holds what such items say in German (a rumour, a
threat, a base or a village near the town, positions outside it, the road to it, a side's
quoted headline that the article denies) with the same sentence in English and French, so a
German form that falls behind the other two shows; and German positives in the same short wire
styles (headlines in the present, verb-final and separable verbs, the passive, "ist gefallen",
"unter ihre Kontrolle gebracht"), which every fix must keep. The wars are Somalia, Tigray 2021
and Sri Lanka 2009; no sentence comes from an evaluation item. A pair the detector cannot read
without a larger change is a strict xfail in `GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

SOM, SHB = "Somali government", "al-Shabaab"
ETH, TPLF = "Ethiopian government", "TPLF"
LKA, LTTE = "Sri Lankan government", "LTTE"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "SO": ("Kismayo", "Baidoa", "Marka"),
            "ET": ("Dessie", "Kombolcha"),
            "LK": ("Kilinochchi",),
        }.items()
        for name in names
    ],
    "actors": [
        side(SOM, ["Somali army", "Somali National Army"], "SO", SHB, True),
        side(SHB, ["Shabaab", "al-Shabab", "Al-Schabab", "Schabab", "Chabab", "Shebab"], "SO", SOM),
        side(ETH, ["Ethiopian army", "ENDF"], "ET", TPLF, True),
        side(TPLF, ["Tigray People's Liberation Front", "Tigrayan forces", "Tigray-Rebellen", "rebelles tigréens"], "ET", ETH),
        side(LKA, ["Sri Lankan army", "SLA"], "LK", LTTE, True),
        side(LTTE, ["Tamil Tigers", "Tigres tamouls", "Tamil-Tiger"], "LK", LKA),
    ],
}

LANGS3 = ("en", "fr", "de")

# (construction, what it reports, its text in en fr de; a line break parts a headline from its body)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str]]] = [
    # what is rumoured or threatened did not happen
    ("a rumour that X fell", set(), (
        "Rumours are circulating online that Dessie has fallen to Tigrayan forces.",
        "Des rumeurs circulent en ligne selon lesquelles Dessie serait tombée aux mains des rebelles tigréens.",
        "Im Internet kursieren Gerüchte, Dessie sei an die Tigray-Rebellen gefallen.",
    )),
    ("threatened the capture of X", set(), (
        "Al-Shabaab has threatened to capture Kismayo.",
        "Les Chabab ont menacé de prendre Kismayo.",
        "Die Schabab-Miliz hat mit der Einnahme von Kismayo gedroht.",
    )),
    # a thing near the town, or outside it, is taken; not the town
    ("a headline: retook a base near X", set(), (
        "Army retakes base near Kismayo",
        "L'armée reprend une base près de Kismayo",
        "Armee erobert Stützpunkt bei Kismayo zurück",
    )),
    ("a headline: gave up X's airport, named after the town", set(), (
        "Army gives up Kismayo airport",
        "L'armée abandonne l'aéroport de Kismayo",
        "Armee gibt Flughafen Kismayo auf",
    )),
    ("took X's airport, named after the town", set(), (
        "Al-Shabaab fighters took Kismayo airport on Monday.",
        "Les Chabab ont pris lundi l'aéroport de Kismayo.",
        "Die Schabab-Miliz nahm am Montag den Flughafen Kismayo ein.",
    )),
    ("took a village near X", set(), (
        "Tigrayan forces took the village of Haik near Dessie on Monday.",
        "Les rebelles tigréens ont pris lundi le village de Haik près de Dessie.",
        "Die Tigray-Rebellen nahmen am Montag den Ort Haik bei Dessie ein.",
    )),
    ("took the army's positions outside X", set(), (
        "The TPLF has captured army positions outside Dessie.",
        "Le TPLF a pris des positions de l'armée aux portes de Dessie.",
        "Die TPLF hat Stellungen der Armee vor Dessie erobert.",
    )),
    ("took control of the road between X and Y", set(), (
        "Al-Shabaab has taken control of the road between Kismayo and Jilib.",
        "Les Chabab ont pris le contrôle de la route entre Kismayo et Jilib.",
        "Die Schabab-Miliz hat die Straße zwischen Kismayo und Jilib unter ihre Kontrolle gebracht.",
    )),
    ("took control of the main road to X", set(), (
        "The rebels have taken control of the main road to Dessie.",
        "Les rebelles ont pris le contrôle de la route principale vers Dessie.",
        "Die Rebellen haben die Hauptstraße nach Dessie unter ihre Kontrolle gebracht.",
    )),
    ("under an agreement, a side is to leave X", set(), (
        "Under an agreement, al-Shabaab is to leave Kismayo within a week.",
        "Aux termes d'un accord, les Chabab doivent quitter Kismayo d'ici une semaine.",
        "Nach einem Abkommen sollen die Schabab Kismayo binnen einer Woche räumen.",
    )),
    # feared, or only a matter of time
    ("a danger that X falls", set(), (
        "There is a danger that Kismayo will fall to al-Shabaab.",
        "Il existe un risque que Kismayo tombe aux mains des Chabab.",
        "Es besteht die Gefahr, dass Kismayo an die Schabab fällt.",
    )),
    ("the capture of X only a matter of time", set(), (
        "The capture of Kismayo by al-Shabaab is only a matter of time.",
        "La prise de Kismayo par les Chabab n'est plus qu'une question de temps.",
        "Die Eroberung von Kismayo durch die Schabab ist nur eine Frage der Zeit.",
    )),
    # a recapture only begun or under way
    ("the recapture of X has begun", set(), (
        "The army has begun the recapture of Kismayo.",
        "L'armée a commencé la reconquête de Kismayo.",
        "Die Armee hat mit der Rückeroberung von Kismayo begonnen.",
    )),
    ("the army continues the recapture of X", set(), (
        "The army is continuing the recapture of Kismayo.",
        "L'armée poursuit la reconquête de Kismayo.",
        "Die Armee setzt die Rückeroberung von Kismayo fort.",
    )),
    ("the recapture of X is progressing slowly", set(), (
        "The recapture of Kismayo is progressing only slowly.",
        "La reconquête de Kismayo progresse lentement.",
        "Die Rückeroberung von Kismayo kommt nur langsam voran.",
    )),
    ("after the capture of X, the army began rebuilding", {("Kismayo", SOM)}, (
        "After the recapture of Kismayo on Sunday, the army began rebuilding the port.",
        "Après la reprise de Kismayo dimanche, l'armée a commencé à reconstruire le port.",
        "Nach der Rückeroberung von Kismayo am Sonntag hat die Armee mit dem Wiederaufbau des Hafens begonnen.",
    )),
    # an old change the article dates, told again in the pluperfect
    ("an anniversary, then the capture in the pluperfect", set(), (
        "On the tenth anniversary of the army's capture of Kilinochchi, thousands remembered the dead. The army had taken the town from the Tamil Tigers after months of fighting.",
        "Pour le dixième anniversaire de la prise de Kilinochchi par l'armée, des milliers de personnes ont rendu hommage aux morts. L'armée avait pris la ville aux Tigres tamouls après des mois de combats.",
        "Zum zehnten Jahrestag der Einnahme von Kilinochchi durch die Armee haben Tausende der Toten gedacht. Die Armee hatte die Stadt nach monatelangen Kämpfen von den Tamil-Tigern erobert.",
    )),
    ("a headline in the pluperfect, the body dating it", set(), (
        "Dessie had already fallen\nThe town of Dessie had already fallen to Tigrayan forces in November. Now the rebels report fighting near Kombolcha.",
        "Dessie était déjà tombée\nLa ville de Dessie était déjà tombée aux mains des rebelles tigréens en novembre. Les rebelles font désormais état de combats près de Kombolcha.",
        "Dessie war schon gefallen\nDie Stadt Dessie war bereits im November an die Tigray-Rebellen gefallen. Nun melden die Rebellen Kämpfe bei Kombolcha.",
    )),
    ("after a lead about something else, a capture in the pluperfect", set(), (
        "Aid agencies warned of hunger in Baidoa on Monday. Al-Shabaab had captured Kismayo after weeks of fighting.",
        "Les agences humanitaires ont mis en garde lundi contre la faim à Baidoa. Les Chabab avaient pris Kismayo après des semaines de combats.",
        "Hilfsorganisationen warnten am Montag vor Hunger in Baidoa. Die Schabab hatten Kismayo nach wochenlangen Kämpfen eingenommen.",
    )),
    ("on the way to X, a side took another town", set(), (
        "On the way to Kismayo, al-Shabaab captured the town of Jilib.",
        "En route vers Kismayo, les Chabab ont pris la ville de Jilib.",
        "Auf dem Weg nach Kismayo eroberten die Schabab die Stadt Jilib.",
    )),
    ("troops from X took the town of Y", set(), (
        "Troops from Kismayo, Baidoa and Marka recaptured the town of Afmadow.",
        "Des troupes venues de Kismayo, Baidoa et Marka ont repris la ville d'Afmadow.",
        "Truppen aus Kismayo, Baidoa und Marka haben die Stadt Afmadow zurückerobert.",
    )),
    ("took the town of Y with troops from X", set(), (
        "The army recaptured the town of Afmadow with troops from Kismayo.",
        "L'armée a repris la ville d'Afmadow avec des troupes venues de Kismayo.",
        "Die Armee hat mit Truppen aus Kismayo die Stadt Afmadow zurückerobert.",
    )),
    # a side's words as the headline, denied by the article
    ("a side's quoted headline, denied", set(), (
        'Al-Shabaab: "We have liberated Kismayo"\nAl-Shabaab said it had liberated Kismayo. The government rejected this and spoke of propaganda.',
        "Chabab : « Nous avons libéré Kismayo »\nLes Chabab ont affirmé avoir libéré Kismayo. Le gouvernement a démenti et parlé de propagande.",
        "Schabab: „Wir haben Kismayo befreit“\nDie Schabab-Miliz hat erklärt, sie habe Kismayo befreit. Die Regierung wies das zurück und sprach von Propaganda.",
    )),
    # positives in the same short styles
    ("a headline in the present", {("Kismayo", SHB)}, (
        "Al-Shabaab captures Kismayo",
        "Les Chabab s'emparent de Kismayo",
        "Schabab erobern Kismayo",
    )),
    ("a headline: the army reports the recapture", {("Kismayo", SOM)}, (
        "Army reports recapture of Kismayo",
        "L'armée annonce la reprise de Kismayo",
        "Armee meldet Rückeroberung von Kismayo",
    )),
    ("a headline: X in a side's hands", {("Kismayo", SHB)}, (
        "Kismayo in the hands of al-Shabaab",
        "Kismayo aux mains des Chabab",
        "Kismayo in der Hand der Schabab",
    )),
    ("a separable verb around the town", {("Dessie", TPLF)}, (
        "Tigrayan forces took the town of Dessie on Monday.",
        "Les rebelles tigréens ont pris lundi la ville de Dessie.",
        "Die Tigray-Rebellen nahmen am Montag die Stadt Dessie ein.",
    )),
    ("the passive", {("Dessie", TPLF)}, (
        "Dessie was captured by Tigrayan forces on Monday.",
        "Dessie a été prise lundi par les rebelles tigréens.",
        "Dessie wurde am Montag von den Tigray-Rebellen eingenommen.",
    )),
    ("the verb last, after the army said", {("Kismayo", SOM)}, (
        "The army said its troops had retaken Kismayo.",
        "L'armée a annoncé que ses troupes avaient repris Kismayo.",
        "Die Armee teilte mit, dass ihre Truppen Kismayo zurückerobert haben.",
    )),
    ("X has fallen to a side", {("Kombolcha", TPLF)}, (
        "Kombolcha has fallen to Tigrayan forces.",
        "Kombolcha est tombée aux mains des rebelles tigréens.",
        "Kombolcha ist an die Tigray-Rebellen gefallen.",
    )),
    ("brought X under their control", {("Baidoa", SHB)}, (
        "Al-Shabaab brought Baidoa under its control on Sunday.",
        "Les Chabab ont pris dimanche le contrôle de Baidoa.",
        "Die Schabab haben Baidoa am Sonntag unter ihre Kontrolle gebracht.",
    )),
    ("a side withdrew from X", {("Kismayo", SOM)}, (
        "Al-Shabaab withdrew from Kismayo on Tuesday.",
        "Les Chabab se sont retirés de Kismayo mardi.",
        "Die Schabab zogen sich am Dienstag aus Kismayo zurück.",
    )),
    ("a capture, then an earlier one in the pluperfect", {("Baidoa", SHB), ("Kismayo", SHB)}, (
        "Al-Shabaab captured Baidoa on Monday. The militia had already taken Kismayo the week before.",
        "Les Chabab ont pris Baidoa lundi. La milice avait déjà pris Kismayo la semaine précédente.",
        "Die Schabab haben am Montag Baidoa eingenommen. Die Miliz hatte Kismayo bereits in der Vorwoche erobert.",
    )),
    ("a headline: a base near X retaken, then the town", {("Kismayo", SOM)}, (
        "Army retakes Kismayo after seizing a base near the town",
        "L'armée reprend Kismayo après avoir pris une base près de la ville",
        "Armee erobert Kismayo zurück, nachdem sie einen Stützpunkt bei der Stadt eingenommen hatte",
    )),
]

_PLUPERFECT_AFTER_LEAD = (
    "a pluperfect after a lead that tells no change is dropped only when the article dates the place's"
    " change: 'By dawn they had taken X' after an attack is news, and the two are not told apart yet"
)
GAPS: dict[tuple[str, str], str] = {
    **{("after a lead about something else, a capture in the pluperfect", lang): _PLUPERFECT_AFTER_LEAD
       for lang in LANGS3},
    ("on the way to X, a side took another town", "de"):
        "a place after 'nach' in a fronted phrase is still taken for the object of the verb after it",
    ("took the town of Y with troops from X", "fr"):
        "'des troupes venues de X' before 'la ville de Y': the place of origin is taken for the object",
    ("an anniversary, then the capture in the pluperfect", "fr"):
        "'pour le dixième anniversaire de la prise' is read as an aim ('pour'), so the place is not dated",
}

test_reads_alike, test_has_its_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, GAPS, LANGS3)
