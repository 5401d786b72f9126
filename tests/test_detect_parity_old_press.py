"""Forms of the old and the wire press in six languages: masters of a town, a town in a side's power.

A side that "was master of the town" by the evening of a battle has taken it ("le soir, les
insurgés étaient maîtres de la ville", "erano padroni della città"), unless it had been so since
long before ("maîtres de la ville depuis mars"); a headline puts a town "in the power" of a side
("X au pouvoir des rebelles", "X in potere dei ribelli", "X en poder de los rebeldes"); a town
"falls into" that power ("è caduta in potere dei ribelli", where "potere" is not "to be able"),
or "is in the enemy's power" ("est au pouvoir de l'ennemi", "è in potere del nemico", as "aux
mains de l'ennemi"); a town "passes under the authority" of a side ("est passée entièrement sous
l'autorité des militaires"); the insurgents are the government's opponent in Italian's old word
too ("gli insorgenti"); a place after "of" in an apposition ("took X, main town of the state of
Y, as well as Z") is an aside on X, not the end of X's list; "the Liberation Army of X and Y"
names a movement, not a liberation of X; Italian's "stasera" (this evening) and "stamane" (this
morning) tie a sentence to now as "désormais" does, so a change told late is not background; and a
dispatch that opens on its dateline alone ("Mexico, 16 juin.") dates its writing, not the events
it then tells, which are the paper's news even a fortnight later.
Each construction is one sentence written for this battery in en, fr, es, de, it and pt, about the
Mexican Revolution (1914) and the Greek civil war (1948); no sentence comes from an evaluation
item. A pair the detector cannot read yet is a strict xfail in `GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

MEX, VIL = "Mexican federal government", "Villistas"
GRC, DSE = "Greek government", "Democratic Army"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "MX": ("Torreón", "Zacatecas", "Ojinaga"),
            "GR": ("Kastoria", "Florina"),
        }.items()
        for name in names
    ],
    "actors": [
        side(MEX, ["federal troops", "troupes fédérales", "tropas federales", "Bundestruppen", "truppe federali", "tropas federais"], "MX", VIL, True),
        side(VIL, ["Villistas", "villistes", "villistas", "Villisten", "villisti"], "MX", MEX),
        side(GRC, ["Greek army", "armée grecque", "ejército griego", "griechische Armee", "esercito greco", "exército grego"], "GR", DSE, True),
        side(DSE, ["Democratic Army", "Armée démocratique", "Ejército Democrático", "Demokratische Armee", "Esercito Democratico", "Exército Democrático"], "GR", GRC),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("by evening S were masters of the town: S took it", {("Torreón", VIL)}, (
        "After a day of fighting, by nightfall the Villistas were masters of Torreón and of its station.",
        "Après une journée de combats, le soir les villistes étaient maîtres de Torreón et de sa gare.",
        "Tras un día de combates, al anochecer los villistas eran dueños de Torreón y de su estación.",
        "Nach einem Tag der Kämpfe waren die Villisten bei Einbruch der Nacht Herren von Torreón und seinem Bahnhof.",
        "Dopo una giornata di combattimenti, la sera i villisti erano padroni di Torreón e della stazione.",
        "Depois de um dia de combates, ao anoitecer os villistas eram senhores de Torreón e da sua estação.",
    )),
    ("S had been masters of the town since long before: no change", set(), (
        "The Villistas, who had been masters of Torreón since March, attacked the station.",
        "Les villistes étaient maîtres de Torreón depuis le mois de mars et attaquaient la gare.",
        "Los villistas eran dueños de Torreón desde marzo y atacaban la estación.",
        "Die Villisten waren seit März Herren von Torreón und griffen den Bahnhof an.",
        "I villisti erano padroni di Torreón da tre mesi e attaccavano la stazione.",
        "Os villistas eram senhores de Torreón desde março e atacavam a estação.",
    )),
    ("headline: X in the power of S", {("Ojinaga", VIL)}, (
        "Ojinaga in the power of the Villistas",
        "Ojinaga au pouvoir des villistes",
        "Ojinaga en poder de los villistas",
        "Ojinaga in der Gewalt der Villisten",
        "Ojinaga in potere dei villisti",
        "Ojinaga em poder dos villistas",
    )),
    ("X fell into the power of S", {("Zacatecas", VIL)}, (
        "Zacatecas fell into the power of the Villistas on Saturday.",
        "Zacatecas est tombée samedi au pouvoir des villistes.",
        "Zacatecas cayó el sábado en poder de los villistas.",
        "Zacatecas ist am Samstag in die Gewalt der Villisten gefallen.",
        "Sabato Zacatecas è caduta in potere dei villisti.",
        "Zacatecas caiu no sábado em poder dos villistas.",
    )),
    ("X passed entirely under the authority of S", {("Zacatecas", VIL)}, (
        "On Sunday Zacatecas passed entirely under the authority of the Villistas.",
        "Dimanche, Zacatecas est passée entièrement sous l'autorité des villistes.",
        "El domingo Zacatecas pasó enteramente bajo la autoridad de los villistas.",
        "Am Sonntag ging Zacatecas vollständig unter die Herrschaft der Villisten über.",
        "Domenica Zacatecas è passata interamente sotto l'autorità dei villisti.",
        "No domingo Zacatecas passou inteiramente para a autoridade dos villistas.",
    )),
    ("T routed, S entered the town: X is in the enemy's power (S holds X)", {("Torreón", VIL)}, (
        "The federal troops were routed on Saturday and the Villistas entered the town. Torreón is in the power of the enemy.",
        "Les troupes fédérales ont été culbutées samedi et les villistes sont entrés dans la ville. Torreón est au pouvoir de l'ennemi.",
        "Las tropas federales fueron derrotadas el sábado y los villistas entraron en la ciudad. Torreón está en poder del enemigo.",
        "Die Bundestruppen wurden am Samstag geschlagen und die Villisten zogen in die Stadt ein. Torreón ist in der Gewalt des Feindes.",
        "Le truppe federali sono state sbaragliate sabato e i villisti sono entrati in città. Torreón è in potere del nemico.",
        "As tropas federais foram derrotadas no sábado e os villistas entraram na cidade. Torreón está em poder do inimigo.",
    )),
    ("told late, the town is in S's hands this evening ('stasera'), after S's entry this morning", {("Torreón", VIL)}, (
        "General Villa rode into Torreón this morning at the head of several thousand men.\n\nThe garrison commander met the column at the station. After a long talk he let the general pass. Most of the regular troops joined the rebels. The crowd cheered in the squares. Tonight the town is in the hands of the Villistas; the federal units are preparing to leave.",
        "Le général Villa est entré ce matin à Torreón à la tête de plusieurs milliers d'hommes.\n\nLe commandant de la garnison est allé au-devant de la colonne à la gare. Après un long entretien, il a laissé passer le général. Les troupes régulières se sont en grande partie jointes aux rebelles. La foule a applaudi sur les places. La ville est désormais aux mains des villistes; les unités fédérales se préparent à partir.",
        "El general Villa entró esta mañana en Torreón al frente de varios miles de hombres.\n\nEl comandante de la guarnición salió al encuentro de la columna en la estación. Tras una larga conversación dejó pasar al general. Las tropas regulares se unieron en gran parte a los rebeldes. La multitud aplaudió en las plazas. Esta noche la ciudad está en manos de los villistas; las unidades federales se preparan para partir.",
        "General Villa ist heute Morgen an der Spitze von einigen tausend Mann in Torreón eingezogen.\n\nDer Kommandant der Garnison kam der Kolonne am Bahnhof entgegen. Nach einem langen Gespräch ließ er den General passieren. Die regulären Truppen schlossen sich größtenteils den Rebellen an. Die Menge jubelte auf den Plätzen. Heute Abend ist die Stadt in der Hand der Villisten; die Bundeseinheiten bereiten ihren Abzug vor.",
        "Il generale Villa è entrato stamane a Torreón alla testa di alcune migliaia di uomini.\n\nIl comandante della guarnigione si è fatto incontro alla colonna alla stazione. Dopo un lungo colloquio ha lasciato passare il generale. Le truppe regolari si sono in gran parte unite ai ribelli. La folla ha applaudito nelle piazze. Stasera la città è nelle mani dei villisti; i reparti federali si preparano a partire.",
        "O general Villa entrou esta manhã em Torreón à frente de vários milhares de homens.\n\nO comandante da guarnição foi ao encontro da coluna na estação. Depois de uma longa conversa deixou passar o general. As tropas regulares juntaram-se em grande parte aos rebeldes. A multidão aplaudiu nas praças. Esta noite a cidade está nas mãos dos villistas; as unidades federais preparam-se para partir.",
    )),
    ("the Liberation Army of X and Y is a name: no change", set(), (
        "The Greek army announced the death of a commander of the Liberation Army of Kastoria and Florina.",
        "L'armée grecque a annoncé la mort d'un commandant de l'Armée de libération de Kastoria et Florina.",
        "El ejército griego anunció la muerte de un comandante del Ejército de Liberación de Kastoria y Florina.",
        "Die griechische Armee meldete den Tod eines Kommandeurs der Befreiungsarmee von Kastoria und Florina.",
        "L'esercito greco ha annunciato la morte di un comandante dell'Esercito di liberazione di Kastoria e Florina.",
        "O exército grego anunciou a morte de um comandante do Exército de Libertação de Kastoria e Florina.",
    )),
    ("the insurgents (Italian 'insorgenti', the old word) seized X: the government's opponent", {("Torreón", VIL)}, (
        "On Saturday the insurgents seized Torreón after a day of fighting.",
        "Samedi, les insurgés se sont emparés de Torreón après une journée de combats.",
        "El sábado los insurgentes se apoderaron de Torreón tras un día de combates.",
        "Am Samstag haben die Aufständischen Torreón nach einem Tag der Kämpfe eingenommen.",
        "Sabato gli insorgenti si sono impadroniti di Torreón dopo una giornata di combattimenti.",
        "No sábado os insurgentes apoderaram-se de Torreón depois de um dia de combates.",
    )),
    ("took X, main town of the state of Y, as well as Z: X and Z, not Y", {("Torreón", MEX), ("Ojinaga", MEX)}, (
        "The federal troops occupied Torreón, the main town of the state of Zacatecas, as well as Ojinaga.",
        "Les troupes fédérales ont occupé Torreón, principale ville de l'Etat de Zacatecas, ainsi que Ojinaga.",
        "Las tropas federales ocuparon Torreón, principal ciudad del estado de Zacatecas, así como Ojinaga.",
        "Die Bundestruppen besetzten Torreón, die wichtigste Stadt des Staates Zacatecas, sowie Ojinaga.",
        "Le truppe federali hanno occupato Torreón, principale città dello Stato di Zacatecas, nonché Ojinaga.",
        "As tropas federais ocuparam Torreón, principal cidade do estado de Zacatecas, assim como Ojinaga.",
    )),
    ("a dateline alone, a fortnight old, then the news: S took X", {("Torreón", VIL)}, (
        "Mexico City, June 16. It is held as certain that the Villistas have seized Torreón.",
        "Mexico, 16 juin. On tient pour certain que les villistes se sont emparés de Torreón.",
        "México, 16 de junio. Se da por cierto que los villistas se apoderaron de Torreón.",
        "Mexiko, 16. Juni. Es gilt als sicher, dass die Villisten Torreón eingenommen haben.",
        "Città del Messico, 16 giugno. Si ha per certo che i villisti si sono impadroniti di Torreón.",
        "Cidade do México, 16 de junho. Tem-se por certo que os villistas se apoderaram de Torreón.",
    )),
]

_OTHERS = "not a form of this language's lexicon yet (this battery's helper stayed in French and Italian)"

# (construction, language) -> why the detector cannot read it yet
GAPS: dict[tuple[str, str], str] = {
    ("headline: X in the power of S", "en"): _OTHERS,
    ("took X, main town of the state of Y, as well as Z: X and Z, not Y", "de"): (
        "'des Staates Y': a genitive with no 'of' before the place, so Y is not read as an aside on X"
    ),
    **{("T routed, S entered the town: X is in the enemy's power (S holds X)", lang): _OTHERS for lang in ("en", "es", "de", "pt")},
    **{("told late, the town is in S's hands this evening ('stasera'), after S's entry this morning", lang): (
        "a present state ('is in the hands of', 'está en manos de') after a word of tonight is not read as"
        " a change in this language (its lexicon was not this battery's to change)"
    ) for lang in ("en", "es")},
}


test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)
