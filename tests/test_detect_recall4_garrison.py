"""The garrison of a city surrendered: the city passes to whom it surrendered, else to the other side.

"The Afghan garrison of X surrendered", "A guarnição de X rendeu-se aos talibãs", "La guarnigione
di X si è arresa", "Die Garnison von X hat sich den Taliban ergeben" (a dative: to whom). Not a
garrison that did not or may surrender, one that went somewhere ("s'est rendue à Kaboul"), a few
soldiers, one man, nor a garrison handing something over ("surrendered its weapons to").
Sentences of our own (`monitor.match.garrison`).
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Afghan garrison of Kunduz surrendered on Sunday.", ("Kunduz", "Taliban")),
        ("The Taliban garrison of Kunduz surrendered to Afghan forces.", ("Kunduz", "Afghan government")),
        ("La guarnigione di Kunduz si è arresa ai talebani domenica.", ("Kunduz", "Taliban")),
        ("La guarnigione afghana di Kunduz si è arresa domenica.", ("Kunduz", "Taliban")),
        ("I difensori ucraini di Bakhmut si sono arresi alle forze russe.", ("Bakhmut", "Russia")),
        ("A guarnição de Kunduz rendeu-se aos talibãs no domingo.", ("Kunduz", "Taliban")),
        ("A guarnição afegã de Kunduz se rendeu no domingo.", ("Kunduz", "Taliban")),
        ("Die Garnison von Kunduz hat sich den Taliban ergeben.", ("Kunduz", "Taliban")),
        ("Die Verteidiger von Bachmut haben sich den russischen Truppen ergeben.", ("Bakhmut", "Russia")),
        ("In Kunduz haben sich die afghanischen Truppen ergeben.", ("Kunduz", "Taliban")),
        ("Los defensores de Kunduz se rindieron a los talibanes.", ("Kunduz", "Taliban")),
        ("La garnison afghane de Kunduz s'est rendue dimanche.", ("Kunduz", "Taliban")),
    ],
)
def test_a_garrison_that_surrendered_gave_up_its_city(text: str, expected: tuple[str, str]) -> None:
    assert changes(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "La garnison de Kunduz s'est rendue à Kaboul pour recevoir des renforts.",
        "La guarnigione di Kunduz non si è arresa.",
        "La guarnición de Kunduz no se rindió.",
        "Die Besatzung von Kunduz hat sich nicht ergeben.",
        "The garrison of Kunduz has not surrendered.",
        "The garrison of Kunduz may surrender soon.",
        "The Taliban called on the garrison of Kunduz to surrender.",
        "A guarnição de Kunduz recusou-se a render-se.",
        "Five Afghan soldiers surrendered in Kunduz on Sunday.",
        "The commander of Kunduz surrendered to the Taliban.",
        "Hundreds of Taliban fighters surrendered to Afghan forces in Kunduz.",
        "The Afghan garrison of Kunduz surrendered its weapons to UN inspectors.",
        "The Afghan garrison of Kunduz surrendered the prisoners to the Red Cross.",
    ],
)
def test_no_surrender_of_the_garrison_is_no_change(text: str) -> None:
    assert changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan garrison of Kunduz withdrew to Mazar-i-Sharif on Sunday.",
        "La garnison afghane de Kunduz s'est repliée sur Mazar-i-Sharif dimanche.",
        "La guarnición afgana de Kunduz se replegó hacia Mazar-i-Sharif el domingo.",
        "Die afghanische Garnison von Kunduz zog sich am Sonntag nach Masar-i-Scharif zurück.",
    ],
)
def test_a_garrison_that_withdrew_elsewhere_left_its_city(text: str) -> None:
    """The withdrawal has no city of its own: the garrison's city is the one it left."""
    assert changes(text) == {("Kunduz", "Taliban")}


def test_a_garrison_withdrawing_from_its_positions_did_not_leave_its_city() -> None:
    assert changes("The Afghan garrison of Kunduz withdrew from its forward positions on Sunday.") == set()
