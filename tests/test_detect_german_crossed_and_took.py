"""A German capture told as the second of two verbs of the same troops, of a town held before.

"Wie der Rundfunk meldete, setzten die Truppen von X aus über und besetzten am Montag die
Kleinstadt Y im Süden, die bisher von Kämpfern der Z gehalten wurde": the simple past after
"und" has its object after it (Y, not X where they came from); "die Truppen" are the army's
soldiers though four words stand between them and "und"; and the relative clause says Z held
Y before, so Z is no guess for its new holder. Our own sentences about Sudan.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
SAF = "Sudanese Armed Forces"


def test_crossed_and_took_a_town_held_before() -> None:
    """The army's troops took Y, which the RSF held: Y to the army, nothing for X."""
    text = (
        "Soldaten der sudanesischen Armee sind erstmals seit einem Jahr wieder am Ostufer des Nils "
        "gelandet. Wie der Rundfunk meldete, setzten die Truppen von Omdurman aus über und besetzten "
        "am Montag die Kleinstadt Singa im Süden, die bisher von Kämpfern der RSF gehalten wurde."
    )
    assert corpus_changes(text, C1) == {("Singa", SAF)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Soldaten der Armee setzten von Omdurman aus über den Nil und besetzten am Montag "
         "die Stadt Singa.", {("Singa", SAF)}),
        # a participle after "und" keeps its object before it
        ("Die RSF haben Singa umstellt und besetzt.", {("Singa", "Rapid Support Forces")}),
    ],
)
def test_simple_past_after_und_takes_the_object_after_it(text: str, expected: set[tuple[str, str]]) -> None:
    """"… und besetzten die Stadt Y": the city after the finite verb, not the place before "und"."""
    assert corpus_changes(text, C1) == expected
