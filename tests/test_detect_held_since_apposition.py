"""A town described by who held it since when, then retaken; a taking and its undoing in one sentence.

"X, held by the rebels since 1984, was recaptured by the army on Sunday": the year dates the
rebels' hold, told in an apposition between the town and its verb; the verb's own time is
Sunday. The side in the apposition held the town, the passive's agent holds it now (an Italian
agent may come glued to its article: "dall'esercito"). "Renamo seized X on Sunday but the army
retook it on Tuesday": in one sentence, the retaking undoes the taking, whichever reads stronger.
Written for this test about Mozambique 1986; no sentence comes from an evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery
from tests.test_detect_surrender_expulsion import MOZ, WATCHLIST

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("X, held by a side since a year, was retaken on a day", {("Caia", MOZ)}, (
        "Caia, held by Renamo since 1984, was recaptured by the army on Sunday, the state radio said.",
        "Caia, aux mains de la Renamo depuis 1984, a été reprise dimanche par l'armée, selon la radio d'État.",
        "Caia, en poder de la Renamo desde 1984, fue recuperada el domingo por el ejército, según la radio estatal.",
        "Caia, seit 1984 in der Hand der Renamo, wurde am Sonntag von der Armee zurückerobert, meldete der Staatsfunk.",
        "Caia, in mano alla Renamo dal 1984, è stata riconquistata domenica dall'esercito, secondo la radio di Stato.",
        "Caia, nas mãos da Renamo desde 1984, foi recuperada no domingo pelo exército, segundo a rádio estatal.",
    )),
    ("X, held by a side since a year, was shelled on a day", set(), (
        "Caia, held by Renamo since 1984, was shelled by the army on Sunday, the state radio said.",
        "Caia, aux mains de la Renamo depuis 1984, a été bombardée dimanche par l'armée, selon la radio d'État.",
        "Caia, en poder de la Renamo desde 1984, fue bombardeada el domingo por el ejército, según la radio estatal.",
        "Caia, seit 1984 in der Hand der Renamo, wurde am Sonntag von der Armee beschossen, meldete der Staatsfunk.",
        "Caia, in mano alla Renamo dal 1984, è stata bombardata domenica dall'esercito, secondo la radio di Stato.",
        "Caia, nas mãos da Renamo desde 1984, foi bombardeada no domingo pelo exército, segundo a rádio estatal.",
    )),
    ("a side took X, the other retook it in the same sentence", {("Caia", MOZ)}, (
        "Renamo seized Caia on Sunday but the army retook it on Tuesday, state radio said.",
        "La Renamo s'est emparée de Caia dimanche, mais l'armée l'a reprise mardi, selon la radio d'État.",
        "La Renamo tomó Caia el domingo, pero el ejército la recuperó el martes, según la radio estatal.",
        "Die Renamo nahm Caia am Sonntag ein, doch die Armee eroberte die Stadt am Dienstag zurück.",
        "La Renamo ha preso Caia domenica, ma l'esercito l'ha riconquistata martedì, secondo la radio di Stato.",
        "A Renamo tomou Caia no domingo, mas o exército retomou a cidade na terça-feira, segundo a rádio estatal.",
    )),
    ("a town came into a side's power after the other fled", {("Caia", "RENAMO")}, (
        "The town of Caia came under Renamo's control after the army fled on Sunday, residents said.",
        "La ville de Caia est passée sous le contrôle de la Renamo dimanche après la fuite de l'armée, selon des habitants.",
        "La ciudad de Caia quedó en poder de la Renamo el domingo tras la huida del ejército, según vecinos.",
        "Die Stadt Caia ist am Sonntag nach der Flucht der Armee unter die Kontrolle der Renamo geraten, berichten Bewohner.",
        "La città di Caia è passata domenica sotto il controllo della Renamo dopo la fuga dell'esercito, dicono i residenti.",
        "A cidade de Caia ficou em poder da Renamo no domingo após a fuga do exército, segundo moradores.",
    )),
]

test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, {}
)
