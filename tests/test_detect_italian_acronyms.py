"""Acronyms as the Italian press writes them, with one capital ("le Rsf", "l'Olp", "il Pdk").

A three-letter acronym so written is the side inside a sentence when the text never writes the
word in lower case and no capitalised word follows it ("Far East" is a name of its own); at the
start of a sentence it could be any word. Also the Italian wordings found with it: a present
"passa alle Rsf", a flag flying "da ieri", an entry "hanno fatto il loro ingresso", "sottratto X
all'esercito",
the withdrawal "fuggirono da X", the retake "riportato X sotto il controllo", "rientrato in possesso
di X"; and what is no taking: "preso di mira" (targeted), "il mercato centrale di X".
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SHABAAB, SOMALIA = "Rapid Support Forces", "al-Shabaab", "Somali government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Rsf hanno conquistato Nyala.", {("Nyala", RSF)}),
        ("Nyala è caduta nelle mani delle Rsf.", {("Nyala", RSF)}),
        ("Le Rsf controllano ormai Nyala.", {("Nyala", RSF)}),
        ("Le Rsf si sono impadronite della città di Nyala.", {("Nyala", RSF)}),
        ("Según testigos, las Far tomaron Nyala el domingo.", {("Nyala", RSF)}),
        # Followed by a capitalised word, or written in lower case elsewhere: not the acronym.
        ("Le truppe sono partite per il Far East. Nyala è caduta.", set()),
    ],
)
def test_house_style_acronyms(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ieri Nyala passa alle Rsf.", {("Nyala", RSF)}),
        ("Nyala passa alla storia come la città martire.", set()),
        ("La bandiera nera degli shebab sventola da ieri su Baidoa.", {("Baidoa", SHABAAB)}),
        ("La bandiera degli shebab sventolava su Baidoa fino al 2012.", set()),
        (
            "Le Rsf hanno fatto il loro ingresso a Nyala dopo il ritiro dell'esercito.",
            {("Nyala", RSF)},
        ),
        ("Le Rsf hanno sottratto Nyala all'esercito.", {("Nyala", RSF)}),
    ],
)
def test_italian_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gli shebab fuggirono da Kismayo.", {("Kismayo", SOMALIA)}),
        ("Migliaia di civili fuggirono da Kismayo.", set()),
        (
            "L'esercito somalo ha riportato Kismayo sotto il controllo del governo.",
            {("Kismayo", SOMALIA)},
        ),
        ("L'esercito somalo è rientrato in possesso di Kismayo.", {("Kismayo", SOMALIA)}),
        ("Le RSF hanno preso di mira Nyala con i droni.", set()),
        ("Le RSF presero la decisione di attaccare Nyala.", set()),
        ("Le RSF hanno occupato il mercato centrale di Nyala.", set()),
    ],
)
def test_retakes_and_targets(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected

