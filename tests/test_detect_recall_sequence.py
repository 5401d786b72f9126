"""Recall on unseen conflicts (issue 10): how a city fell, and what came before taking it.

"Sans combat", "senza combattere", "sem resistência" after a fall say how it fell, not whether;
"ont encerclé puis pris X", "besieged and then captured X" tell a siege that ended in a capture.
An intent over both verbs still governs the second ("veulent encercler puis prendre X").
Sentences of our own about Sudan, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Nyala est tombée sans combat aux mains des FSR.",
        "Nyala est tombée sans un coup de feu aux mains des FSR.",
        "Nyala è caduta senza combattere nelle mani delle RSF.",
        "Nyala caiu sem resistência nas mãos das RSF.",
        "Nyala cayó sin resistencia en manos de las FAR.",
    ],
)
def test_a_fall_without_a_fight(text: str) -> None:
    """A fall "without a fight" is a fall."""
    assert _changes(text) == {("Nyala", RSF)}


def test_a_fall_denied_without_a_fight_stays_refused() -> None:
    """The negation still governs the fall; only "without a fight" is read as a manner."""
    assert _changes("Nyala est tombée sans combat aux mains des FSR.") == {("Nyala", RSF)}
    assert _changes("Nyala n'est pas tombée sans combat aux mains des FSR.") == set()


@pytest.mark.parametrize(
    ("done", "intended"),
    [
        ("Les FSR ont encerclé puis pris Nyala.", "Les FSR veulent encercler puis prendre Nyala."),
        (
            "Le RSF hanno circondato e poi conquistato Nyala.",
            "Le RSF vogliono circondare e poi conquistare Nyala.",
        ),
        ("Las FAR cercaron y luego tomaron Nyala.", "Las FAR quieren cercar y luego tomar Nyala."),
        ("As RSF cercaram e depois tomaram Nyala.", "As RSF querem cercar e depois tomar Nyala."),
        ("The RSF besieged and then captured Nyala.", "The RSF want to besiege and then capture Nyala."),
    ],
)
def test_a_siege_then_a_capture(done: str, intended: str) -> None:
    """A siege then a capture, told in finite verbs, is a capture; as an intent it is not."""
    assert _changes(done) == {("Nyala", RSF)}
    assert _changes(intended) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Les FSR ont pris Nyala jeudi puis Zalingei vendredi.",
        "Le RSF hanno preso Nyala giovedì e poi Zalingei venerdì.",
        "As RSF tomaram Nyala na quinta-feira e Zalingei na sexta-feira.",
    ],
)
def test_a_list_of_cities_each_with_its_day(text: str) -> None:
    """ "Took X on Thursday then Y on Friday": each city of the list, its bare or Portuguese day no gap."""
    assert _changes(text) == {("Nyala", RSF), ("Zalingei", RSF)}
