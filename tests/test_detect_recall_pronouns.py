"""Recall on unseen conflicts (issue 10): a city taken as a pronoun, and who held it before.

"Les FSR ont attaqué X samedi et l'ont prise dimanche", "la tomaron", "l'hanno conquistata",
"took it": the object pronoun stands for the one city the sentence named before. "X, que l'armée
tenait depuis le début de la guerre, est tombée dimanche aux mains des FSR": the relative clause
tells who held it; the holder follows the fall, past its date. Sentences of our own about Sudan,
against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Les FSR ont attaqué Nyala samedi et l'ont prise dimanche.",
        "Le RSF hanno attaccato Nyala sabato e domenica l'hanno conquistata.",
        "Las FAR atacaron Nyala el sábado y la tomaron el domingo.",
        "The RSF attacked Nyala on Saturday and took it on Sunday.",
    ],
)
def test_the_city_as_an_object_pronoun(text: str) -> None:
    """An object pronoun of a capture stands for the city the sentence named before."""
    assert _changes(text) == {("Nyala", RSF)}


def test_an_object_pronoun_under_negation_or_as_an_article() -> None:
    """A negated capture of the pronoun, or "la prise" (an article and its noun), is no change."""
    assert _changes("Les FSR ont attaqué Nyala samedi et l'ont prise dimanche.") == {("Nyala", RSF)}
    assert _changes("Les FSR ont attaqué Nyala mais ne l'ont pas prise.") == set()
    assert _changes("Les FSR ont célébré la prise de la base près de Nyala.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nyala, que l'armée tenait depuis le début de la guerre, est tombée dimanche aux mains des FSR.",
        "Nyala, che l'esercito teneva dall'inizio della guerra, è caduta domenica nelle mani delle RSF.",
        "Nyala, que o exército controlava desde o início da guerra, caiu no domingo nas mãos das RSF.",
        "Nyala, que el ejército tenía desde el inicio de la guerra, cayó el domingo en manos de las FAR.",
        "Nyala, die die Armee seit Kriegsbeginn hielt, fiel am Sonntag an die RSF.",
    ],
)
def test_a_closed_relative_clause_names_the_old_holder(text: str) -> None:
    """The side in a relative clause closed before the fall held the city; the fall's holder follows."""
    assert _changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        # "estratégica de X": a compass word is a whole word, not the start of "estratégica"
        "O exército cercou a cidade estratégica de Nyala. No domingo, a cidade caiu nas mãos das RSF.",
        "El ejército defendía la ciudad estratégica de Nyala. Ayer la ciudad cayó ante las FAR.",
        # a time opening the sentence is no aside before the subject
        "The RSF besieged the strategic town of Nyala for weeks. On Sunday the town fell to them.",
        # removing one's soldiers from a city is withdrawing from it
        "O exército sudanês removeu todos os seus soldados de Nyala.",
    ],
)
def test_the_city_referred_back_to_and_removed_troops(text: str) -> None:
    """ "The town" after "the strategic town of X" or a sentence-opening day is X; troops removed leave it."""
    assert _changes(text) == {("Nyala", RSF)}
