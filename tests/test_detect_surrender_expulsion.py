"""A town's defenders surrendered or were driven out: the town changed hands; an entry undone was no change.

The troops stationed in a town surrendered: the town passed to whom they surrendered.
"The garrison of X surrendered" was read; the press as often names the garrison by where it
stands ("the garrison in X", "government troops in X", "les soldats de l'armée à X", "die
Truppen in X haben sich … ergeben", "as tropas do governo em X renderam-se"), puts a day between
the French verb and the winner ("se sont rendus dimanche aux rebelles") or a longer phrase
between the German "sich" and the winner.

An entry counts when the side inside left; the press often says so with the entering side
driving it out in the same sentence ("entered X, pushing Renamo out", "chassant les rebelles",
"expulsando a la Renamo", "und haben die Renamo vertrieben"). And an entry or capture undone in
the same sentence by a passive expulsion ("but were driven out by …", "mais ont été chassés par",
"pero fueron expulsados por", "mas foram expulsos pelas", "ma sono stati cacciati dalle") is a
raid. Written for this test about Chad 2008 and Mozambique 1986; no sentence comes from an
evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

TCD, UFR = "Chadian government", "Union of Resistance Forces"
MOZ, REN = "Mozambican government", "RENAMO"

WATCHLIST = {
    "places": [
        {"name": "Abéché", "country": "TD"},
        {"name": "Am Timan", "country": "TD"},
        {"name": "Caia", "country": "MZ"},
        {"name": "Marromeu", "country": "MZ"},
    ],
    "actors": [
        side(TCD, ["Chadian army", "ANT"], "TD", UFR, True),
        side(UFR, ["UFR"], "TD", TCD),
        side(MOZ, ["FPLM", "Mozambican army"], "MZ", REN, True),
        side(REN, ["Resistência Nacional Moçambicana", "Renamo"], "MZ", MOZ),
    ],
}

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("the garrison in X surrendered to a side", {("Abéché", UFR)}, (
        "The garrison in Abéché surrendered to the UFR on Sunday after four days of shelling, witnesses said.",
        "La garnison d'Abéché s'est rendue dimanche à l'UFR après quatre jours de bombardements, selon des témoins.",
        "La guarnición en Abéché se rindió el domingo a la UFR tras cuatro días de bombardeos, según testigos.",
        "Die Garnison in Abéché hat sich am Sonntag nach vier Tagen Beschuss den UFR-Rebellen ergeben, berichten Augenzeugen.",
        "La guarnigione di Abéché si è arresa domenica alla UFR dopo quattro giorni di bombardamenti, secondo testimoni.",
        "A guarnição em Abéché rendeu-se no domingo à UFR após quatro dias de bombardeamentos, segundo testemunhas.",
    )),
    ("soldiers of the army stationed in X surrendered", {("Marromeu", REN)}, (
        "Army soldiers in Marromeu surrendered to Renamo on Tuesday after their supply lines were cut, a diplomat said.",
        "Les soldats de l'armée à Marromeu se sont rendus mardi à la Renamo après la coupure de leur ravitaillement, selon un diplomate.",
        "Los soldados del ejército en Marromeu se rindieron el martes a la Renamo después de quedar sin suministros, según un diplomático.",
        "Die Soldaten in Marromeu haben sich am Dienstag nach tagelangen Kämpfen den Renamo-Kämpfern ergeben, sagte ein Diplomat.",
        "I soldati dell'esercito a Marromeu si sono arresi martedì alla Renamo dopo il taglio dei rifornimenti, ha detto un diplomatico.",
        "Os soldados do exército em Marromeu renderam-se na terça-feira à Renamo depois de ficarem sem abastecimentos, disse um diplomata.",
    )),
    ("a side's troops in X surrendered", {("Caia", REN)}, (
        "Government troops in Caia surrendered to Renamo fighters on Friday, the Portuguese news agency reported.",
        "Les troupes gouvernementales à Caia se sont rendues vendredi aux combattants de la Renamo, selon l'agence portugaise.",
        "Las tropas gubernamentales en Caia se rindieron el viernes a los combatientes de la Renamo, según la agencia portuguesa.",
        "Die Regierungstruppen in Caia haben sich am Freitag den Renamo-Kämpfern ergeben, meldete die portugiesische Nachrichtenagentur.",
        "Le truppe governative a Caia si sono arrese venerdì ai combattenti della Renamo, riferisce l'agenzia portoghese.",
        "As tropas governamentais em Caia renderam-se na sexta-feira aos combatentes da Renamo, informou a agência portuguesa.",
    )),
    ("soldiers in X handed their weapons over: the town stays", set(), (
        "Army soldiers in Am Timan surrendered their weapons to the UFR for inspection under the truce, officials said.",
        "Les soldats de l'armée à Am Timan ont rendu leurs armes à l'UFR pour inspection en vertu de la trêve, selon des responsables.",
        "Los soldados del ejército en Am Timan entregaron sus armas a la UFR para su inspección en virtud de la tregua, según responsables.",
        "Die Soldaten in Am Timan haben ihre Waffen im Rahmen der Waffenruhe der UFR zur Kontrolle übergeben, sagten Beamte.",
        "I soldati dell'esercito ad Am Timan hanno consegnato le armi alla UFR per un controllo previsto dalla tregua, secondo funzionari.",
        "Os soldados do exército em Am Timan entregaram as suas armas à UFR para inspeção ao abrigo da trégua, segundo responsáveis.",
    )),
]

EXPULSIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("entered X, driving the side inside out", {("Caia", MOZ)}, (
        "FPLM troops entered Caia on Wednesday, pushing Renamo out after three weeks of fighting, the state radio said.",
        "Les troupes des FPLM sont entrées mercredi dans Caia, chassant la Renamo après trois semaines de combats, selon la radio d'État.",
        "Las tropas de las FPLM entraron el miércoles en Caia, expulsando a la Renamo tras tres semanas de combates, según la radio estatal.",
        "FPLM-Truppen sind am Mittwoch in Caia eingerückt und haben die Renamo nach dreiwöchigen Kämpfen vertrieben, meldete der Staatsfunk.",
        "Le truppe delle FPLM sono entrate mercoledì a Caia, cacciando la Renamo dopo tre settimane di combattimenti, secondo la radio di Stato.",
        "As tropas das FPLM entraram na quarta-feira em Caia, expulsando a Renamo após três semanas de combates, segundo a rádio estatal.",
    )),
    ("re-entered X after the other side's withdrawal", {("Marromeu", MOZ)}, (
        "Government troops re-entered Marromeu on Thursday after the withdrawal of Renamo, the state radio said.",
        "Les troupes gouvernementales sont rentrées jeudi dans Marromeu après le retrait de la Renamo, selon la radio d'État.",
        "Las tropas gubernamentales volvieron a entrar el jueves en Marromeu tras la retirada de la Renamo, según la radio estatal.",
        "Die Regierungstruppen sind am Donnerstag nach dem Abzug der Renamo wieder in Marromeu eingerückt, meldete der Staatsfunk.",
        "Le truppe governative sono rientrate giovedì a Marromeu dopo la ritirata della Renamo, secondo la radio di Stato.",
        "As tropas governamentais reentraram na quinta-feira em Marromeu após a retirada da Renamo, segundo a rádio estatal.",
    )),
    # (verbs that count only when a side left: a forced entry, a return)
    ("entered X, ending the other side's rule there", {("Caia", MOZ)}, (
        "FPLM troops moved into Caia on Wednesday, ending eight months of Renamo rule in the town.",
        "Les troupes des FPLM ont pénétré mercredi dans Caia, mettant fin à huit mois de contrôle de la Renamo.",
        "Las tropas de las FPLM regresaron el miércoles a Caia, poniendo fin a ocho meses de control de la Renamo.",
        "FPLM-Truppen drangen am Mittwoch in Caia ein und beendeten damit die achtmonatige Herrschaft der Renamo.",
        "Le truppe delle FPLM sono rientrate mercoledì a Caia, ponendo fine a otto mesi di controllo della Renamo.",
        "As tropas das FPLM regressaram na quarta-feira a Caia, pondo fim a oito meses de controlo da Renamo.",
    )),
    ("entered X, ending hopes that are no side's rule", set(), (
        "FPLM troops moved into Caia on Wednesday amid fighting, ending hopes of a quick Renamo victory, the state radio said.",
        "Les troupes des FPLM sont entrées mercredi dans Caia sous les combats, mettant fin aux espoirs d'une victoire rapide de la Renamo.",
        "Las tropas de las FPLM entraron el miércoles en Caia entre combates, poniendo fin a las esperanzas de una rápida victoria de la Renamo.",
        "FPLM-Truppen drangen am Mittwoch unter Kämpfen in Caia ein und beendeten damit die Hoffnungen der Renamo auf einen schnellen Sieg.",
        "Le truppe delle FPLM sono entrate mercoledì a Caia tra i combattimenti, ponendo fine alle speranze di una rapida vittoria della Renamo.",
        "As tropas das FPLM entraram na quarta-feira em Caia entre combates, pondo fim às esperanças de uma vitória rápida da Renamo.",
    )),
    ("entered X but were driven out within hours", set(), (
        "UFR columns entered Am Timan on Monday but were driven out by the Chadian army a few hours later, a military source said.",
        "Des colonnes de l'UFR sont entrées lundi dans Am Timan, mais ont été chassées par l'armée tchadienne quelques heures plus tard, selon une source militaire.",
        "Columnas de la UFR entraron el lunes en Am Timan, pero fueron expulsadas por el ejército chadiano pocas horas después, según una fuente militar.",
        "UFR-Kolonnen sind am Montag in Am Timan eingedrungen, wurden aber wenige Stunden später von der tschadischen Armee wieder vertrieben, hieß es aus Militärkreisen.",
        "Colonne della UFR sono entrate lunedì ad Am Timan, ma sono state cacciate dall'esercito ciadiano poche ore dopo, secondo una fonte militare.",
        "Colunas da UFR entraram na segunda-feira em Am Timan, mas foram expulsas pelo exército chadiano poucas horas depois, segundo uma fonte militar.",
    )),
]

GAPS: dict[tuple[str, str], str] = {}

test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)
test_each_expulsion_reads_alike_in_six_languages, test_every_expulsion_has_six_languages = parity_battery(
    WATCHLIST, EXPULSIONS, {}
)
