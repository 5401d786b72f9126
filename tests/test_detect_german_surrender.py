"""A German surrender: who gives itself up loses the town, to whom it surrenders holds it.

"Die Serben in X ergaben sich" (the simple past, not only "haben sich ergeben") hands X to the
Serbs' opponent; "hat sich den Serben ergeben" to the Serbs, also when the people's name carries
its dative article in one mention ("den Serben"), and when it is named at length ("den
Aufständischen der Autonomen Region (SAO)", where "Aufständische" is another war's side).
"ergab sich daraus", "es ergab sich, dass" are no surrender. A handover in verb-second order
("übergaben die Serben X der kroatischen Armee") gives X to the side in the dative after it, and
so does a simple past before its subject ("ergab sich die Armee in X den Serben"), though not
the garrison of a side in the genitive ("die Garnison der Serben"). Our own sentences about
Croatia (1991-95).
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, side

CRO, SRB, JNA = "Croatia", "Krajina Serbs", "JNA"

WATCHLIST = {
    "places": [{"name": name, "country": "HR"} for name in ("Knin", "Vukovar")],
    "actors": [
        # two opponents: whom it surrendered to is read, not inferred
        {"name": CRO, "aliases": ["Croatian army", "kroatische Armee", "HV"], "countries": ["HR"],
         "opposes": [SRB, JNA], "government": True},
        side(JNA, ["Yugoslav People's Army", "Volksarmee"], "HR", CRO),
        side(SRB, ["Serb forces", "Serben", "serbische Milizen", "SAO"], "HR", CRO),
        # a side of another war whose alias is a common noun here too
        side("Albanian insurgents", ["Aufständische"], "MK", "Macedonian government"),
        side("Macedonian government", [], "MK", "Albanian insurgents", True),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # to whom: the dative after "sich"
        ("Die kroatische Armee in Knin hat sich den Serben ergeben.", {("Knin", SRB)}),
        ("Die Garnison von Knin hat sich am Montag den Serben ergeben.", {("Knin", SRB)}),
        ("Die Garnison von Vukovar ergab sich den Serben.", {("Vukovar", SRB)}),
        ("Nach drei Tagen ergab sich die kroatische Armee in Vukovar den Serben.", {("Vukovar", SRB)}),
        ("Nach drei Tagen ergab sich die kroatische Armee in Vukovar der Volksarmee.", {("Vukovar", JNA)}),
        # the Serbs' garrison, a genitive: no one named to receive it, no guess of the side named
        ("Am Montag ergab sich die Garnison der Serben in Knin.", set()),
        # to whom, named at length: the side far from "sich", an acronym in brackets, a common
        # noun that is another war's side's alias before it
        ("Nach drei Tagen hat sich die kroatische Armee in Knin den Kämpfern der Serben ergeben.",
         {("Knin", SRB)}),
        ("Nach drei Tagen hat sich die kroatische Armee in Knin den Aufständischen der Autonomen Region"
         " (SAO) ergeben.", {("Knin", SRB)}),
        # who: the subject in the simple past
        ("Die Serben in Knin ergaben sich am Montag.", {("Knin", CRO)}),
        ("Die Serben ergaben sich am Montag in Knin.", {("Knin", CRO)}),
        # a handover in verb-second order: the side after the city, in the dative, receives it
        ("Am Montag übergaben die Serben Knin der kroatischen Armee.", {("Knin", CRO)}),
        ("Am Montag übergaben die Serben Knin am Abend der kroatischen Armee.", {("Knin", CRO)}),
        ("Am Montag übergaben die Serben in Knin der kroatischen Armee ihre Waffen.", set()),
        # not a surrender
        ("In Knin ergab sich daraus eine neue Lage für die Serben.", set()),
        ("Es ergab sich, dass die Serben in Knin blieben.", set()),
        ("Aus den Gesprächen in Knin ergaben sich neue Fragen für die Serben.", set()),
    ],
)
def test_a_german_surrender(text: str, expected: Pairs) -> None:
    assert held(detector_for(WATCHLIST), text) == expected
