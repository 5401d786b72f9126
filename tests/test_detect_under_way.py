"""A change told as a noun that is only begun, going on or awaited is no change yet.

"The army has begun the recapture of X", "La reconquista de X avanza lentamente", "La presa di
X è solo questione di tempo", "O exército iniciou a reconquista de X": the noun names the change,
the clause says it is not done. After a preposition of time the noun is done ("After the
recapture of X, the army began rebuilding the port"). Our own sentences, about Mali (2012-13).
English, French and German are also in `test_detect_german_false_alarms`. An arrangement's future
("the rebels are to leave X within a week") is no change either.
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, side

MALI, JIHADISTS = "Malian government", "Ansar Dine"

WATCHLIST = {
    "places": [{"name": name, "country": "ML"} for name in ("Gao", "Timbuktu", "Kidal")],
    "actors": [
        side(MALI, ["Malian army"], "ML", JIHADISTS, True),
        side(JIHADISTS, ["Ansar Dine", "Ansar Eddine"], "ML", MALI),
    ],
}

UNDER_WAY = [
    "The Malian army has launched the recapture of Gao.",
    "The recapture of Gao is under way, officers said.",
    "L'armée malienne a entamé la reconquête de Gao.",
    "La reconquête de Gao est en cours, selon l'état-major.",
    "El ejército maliense inició la reconquista de Gao.",
    "La reconquista de Gao avanza lentamente.",
    "La toma de Gao por Ansar Dine es solo cuestión de tiempo.",
    "L'esercito maliano ha avviato la riconquista di Gao.",
    "La riconquista di Gao è in corso.",
    "La presa di Gao da parte di Ansar Dine è solo questione di tempo.",
    "O exército maliano iniciou a reconquista de Gao.",
    "A reconquista de Gao está em curso.",
    "A tomada de Gao pelo Ansar Dine é uma questão de tempo.",
]


@pytest.mark.parametrize("text", UNDER_WAY)
def test_only_begun_or_awaited(text: str) -> None:
    """The change noun is begun, going on or awaited: no change."""
    assert held(detector_for(WATCHLIST), text) == set()


DONE: list[tuple[str, Pairs]] = [
    ("After the recapture of Gao on Sunday, the army began rebuilding the bridge.", {("Gao", MALI)}),
    ("Après la reprise de Gao dimanche, l'armée a commencé à reconstruire le pont.", {("Gao", MALI)}),
    ("Tras la reconquista de Gao el domingo, el ejército comenzó a reconstruir el puente.", {("Gao", MALI)}),
    ("The Malian army completed the recapture of Gao on Sunday.", {("Gao", MALI)}),
    ("L'esercito maliano ha riconquistato Gao domenica.", {("Gao", MALI)}),
    ("O exército maliano retomou Gao no domingo e continua a avançar para norte.", {("Gao", MALI)}),
]


@pytest.mark.parametrize(("text", "expected"), DONE)
def test_done(text: str, expected: Pairs) -> None:
    """After a preposition of time, or a verb of change: done."""
    assert held(detector_for(WATCHLIST), text) == expected


ARRANGED = [
    "Under the agreement, Ansar Dine is to withdraw from Gao within a week.",
    "Ansar Dine fighters are due to hand over Gao to the army on Monday.",
    "Under the deal, the Malian army was to enter Gao on Friday.",
]


@pytest.mark.parametrize("text", ARRANGED)
def test_an_arrangement_s_future(text: str) -> None:
    """"Is to leave", "are due to hand over": a future an arrangement sets, not a change."""
    assert held(detector_for(WATCHLIST), text) == set()
