"""A leader whose departure opens the sentence is the side that left, not the one entering, also
when a title stands between the departure noun and the name ("nach der Abreise des gefürchteten
Generals X", "after the departure of the dreaded general X").

The holder reader set aside an actor right after a withdrawal noun ("nach dem Abzug der Renamo"),
but not one two or three title words further on: the leader who left was read as the side that
entered, in all six languages. German "Ausreise" and "Abreise" join the departure nouns. Our own
sentences about the Mexican Revolution.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C5 = "conflicts_watchlist5.json"


@pytest.mark.parametrize(
    "text",
    [
        "Einen Tag nach der Abreise des gefürchteten Generals Pancho Villa sind Truppen ohne Widerstand"
        " in Chihuahua eingerückt.",
        "Einen Tag nach der Flucht des gefürchteten Generals Pancho Villa sind Truppen ohne Widerstand"
        " in Chihuahua eingerückt.",
        "A day after the departure of the dreaded general Pancho Villa, troops entered Chihuahua without"
        " resistance.",
        "Un día después de la salida del temido general Pancho Villa, las tropas entraron sin resistencia"
        " en Chihuahua.",
        "Un jour après le départ du redouté général Pancho Villa, les troupes sont entrées sans résistance"
        " à Chihuahua.",
        "Un giorno dopo la partenza del temuto generale Pancho Villa, le truppe sono entrate senza"
        " resistenza a Chihuahua.",
        "Um dia depois da saída do temido general Pancho Villa, as tropas entraram sem resistência em"
        " Chihuahua.",
    ],
)
def test_the_departed_leader_is_not_who_entered(text: str) -> None:
    """The leader who left gives the town to the side he fought."""
    assert corpus_changes(text, C5) == {("Chihuahua", "Mexican federal government")}


def test_the_named_side_still_enters() -> None:
    """A side named as the subject is the one that entered, whoever left."""
    text = ("Einen Tag nach der Abreise des gefürchteten Generals Pancho Villa sind die Carrancistas ohne"
            " Widerstand in Chihuahua eingerückt.")
    assert corpus_changes(text, C5) == {("Chihuahua", "Constitutionalists")}
