"""German withdrawals whose subject follows the verb, controls a day old, control lost, towns handed over.

German puts the finite verb second: after a fronted time ("Am Sonntag gab die Armee X auf",
"Nach dreitägigen Kämpfen musste die Armee X räumen") the subject stands inside the verb's
bracket, and it is the side that left, not the one that holds the town now. "Die Armee hat X
nach dreitägigen Kämpfen geräumt": "nach" opens a time here, not an "after" clause with a
subject of its own. "kontrollieren X seit Sonntag" is a control that began this week; "verlor
die Kontrolle über X an Y" lost X (not the present "verliert", what a withdrawal under way will
cost); "überließ X den Rebellen" handed it over. A short German sentence naming "Caia" is German,
though "caía" is a Spanish change word. Written for this test about Mozambique 1986; no sentence
comes from an evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held
from tests.test_detect_surrender_expulsion import MOZ, REN, WATCHLIST

DETECTOR = detector_for(WATCHLIST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dreitägigen Kämpfen musste die Armee Marromeu räumen, berichten Augenzeugen.", {("Marromeu", REN)}),
        ("Am Sonntag gab die Armee Marromeu auf, berichteten Augenzeugen am Montag.", {("Marromeu", REN)}),
        ("Am Dienstag räumten die Renamo-Rebellen Caia, meldete der staatliche Rundfunk.", {("Caia", MOZ)}),
        ("Die Armee hat Marromeu nach dreitägigen Kämpfen geräumt, berichten Augenzeugen.", {("Marromeu", REN)}),
        ("Die Renamo hat Caia nach wochenlangen Gefechten aufgegeben, teilte die Regierung mit.", {("Caia", MOZ)}),
        # where a side went is no time phrase: the town it left is the one named with the verb
        (
            "Die Renamo hat Caia besetzt, nachdem die Armee mit allen Truppen nach Marromeu abgezogen war.",
            {("Caia", REN)},
        ),
    ],
)
def test_the_side_that_left_is_the_subject_wherever_it_stands(text: str, expected: Pairs) -> None:
    """The subject of a German withdrawal left the town, before or after the finite verb."""
    assert held(DETECTOR, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Rebellen kontrollieren Caia seit Sonntag, berichten Augenzeugen.", {("Caia", REN)}),
        ("Seit Sonntag kontrollieren die Rebellen Caia, berichten Augenzeugen.", {("Caia", REN)}),
        ("Die Rebellen kontrollieren Caia seit 1984, sagen Beobachter.", set()),
        ("Am Montag verlor die Armee die Kontrolle über Marromeu an die Renamo.", {("Marromeu", REN)}),
        ("Mit dem Rückzug verliert die Armee bald die Kontrolle über Marromeu, sagen Beobachter.", set()),
        ("Die Armee überließ Caia kampflos den Rebellen, berichten Augenzeugen.", {("Caia", REN)}),
    ],
)
def test_controls_losses_and_handovers_in_german(text: str, expected: Pairs) -> None:
    """A control begun this week, a control lost in the past, a town left to a side: changes."""
    assert held(DETECTOR, text) == expected


def test_a_short_german_sentence_is_read_as_german() -> None:
    """Its function words say German; a town's name that looks like another language's verb does not decide."""
    events = DETECTOR.detect("", "Die Renamo kontrolliert Caia seit Sonntag, berichten Augenzeugen.")
    assert [(e.place, e.lang) for e in events] == [("Caia", "de")]
