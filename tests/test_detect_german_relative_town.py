"""A German relative clause that tells the change of the town before it.

"Soldaten landeten in der Hafenstadt X, die ebenfalls in die Hand der Armee fiel", "Die Armee
hat sich aus Dörfern nahe der Stadt X zurückgezogen, die kürzlich von den RSF eingenommen
wurde": the relative clause's verb has no place of its own; its pronoun stands for the town
before the comma (maybe before where it lies, or before the main clause's final verb). Not
when the clause is about people ("viele Soldaten in der Stadt X, die gefallen sind"), a siege,
a state since long ago, an intent or a fear. Our own sentences about Somalia and Sudan.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
RSF, SOM = "Rapid Support Forces", "Somali government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gleichzeitig landeten Soldaten in der Hafenstadt Kismayo im Süden, die ebenfalls in die Hand"
            " der somalischen Armee fiel.",
            {("Kismayo", SOM)},
        ),
        (
            "Die Armee hat sich aus zwei Dörfern nahe der Stadt Singa zurückgezogen, die kürzlich von der"
            " RSF eingenommen wurde.",
            {("Singa", RSF)},
        ),
        (
            "Viele Menschen flohen aus der Stadt Singa, die am Montag von der RSF eingenommen wurde.",
            {("Singa", RSF)},
        ),
        # no change: a siege, an old state, an intent, a fear, a clause about people
        ("Die Armee verstärkte ihre Truppen vor der Stadt Singa, die seit Wochen von der RSF belagert wird.",
         set()),
        ("Die Armee verlegte Truppen in die Stadt Singa, die seit 2023 in der Hand der RSF ist.", set()),
        ("Die RSF rücken auf die Stadt Singa vor, die sie in den kommenden Tagen einnehmen wollen.", set()),
        ("Beobachter sprechen von der Stadt Singa, die bald fallen könnte.", set()),
        ("Die Armee beklagt viele Soldaten in der Stadt Singa, die gefallen sind.", set()),
    ],
)
def test_the_town_before_a_relative_clause(text: str, expected: set[tuple[str, str]]) -> None:
    """The relative clause's change is the town's before the comma."""
    assert corpus_changes(text, C1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause's subject left villages nearby; who took the town is in the relative clause
        (
            "Die georgische Armee hat sich aus zwei Dörfern nahe der Stadt Gori zurückgezogen, die kürzlich"
            " von russischen Truppen eingenommen wurde.",
            {("Gori", "Russia")},
        ),
        (
            "Die georgische Armee hat sich aus zwei Dörfern nahe der Stadt Gori zurückgezogen, die am Montag"
            " von russischen Streitkräften eingenommen wurde.",
            {("Gori", "Russia")},
        ),
        # the dative plural of "Streitkräfte" names the side too
        ("Gori wurde von russischen Streitkräften eingenommen, teilte die georgische Armee mit.",
         {("Gori", "Russia")}),
    ],
)
def test_the_holder_is_named_in_the_relative_clause(text: str, expected: set[tuple[str, str]]) -> None:
    """Not the main clause's subject: the relative clause's agent took the town."""
    assert corpus_changes(text, C1) == expected
