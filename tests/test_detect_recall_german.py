"""Recall on unseen conflicts (issue 10): German nouns before "der Armee", and German state verbs.

German capitalises every noun, so "nach dem Abzug der Armee" is no proper name like "Freie
Syrische Armee": the army is the government side. A city "befindet sich nun in den Händen",
"gerät unter die Kontrolle" of a side; an army "musste sich aus X zurückziehen"; a side "hat die
Kontrolle in X übernommen". Sentences of our own about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes
from tests.corpus_kit import corpus_detector

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


def test_the_army_after_a_german_noun() -> None:
    """ "Abzug der Armee", "Soldaten der Armee": the government side; "Freie Syrische Armee" is none."""
    matcher = corpus_detector("conflicts_watchlist.json").actor_matcher
    found = matcher.find("Nach dem Abzug der Armee rückten die RSF in Nyala ein.", country="SD")
    assert [(m.actor.name, m.surface) for m in found] == [(SAF, "der Armee"), (RSF, "RSF")]
    assert matcher.find("Soldaten der Freie Syrische Armee", country="SD") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Abzug der Armee rückten die RSF in Nyala ein.",
        "Nyala befindet sich nun in den Händen der RSF.",
        "Nyala ist unter die Kontrolle der RSF geraten.",
        "Nyala geriet am Sonntag unter die Kontrolle der RSF.",
        "Die sudanesische Armee musste sich aus Nyala zurückziehen.",
        "In Nyala haben die RSF die Kontrolle übernommen.",
        "Die RSF übernahmen am Sonntag die Kontrolle in Nyala.",
    ],
)
def test_german_states_and_withdrawals(text: str) -> None:
    """States reached, a forced withdrawal and control taken "in X" are changes of hands."""
    assert _changes(text) == {("Nyala", RSF)}


def test_control_of_a_building_in_the_city_is_not_the_city() -> None:
    """Control of the airport in X is not control of X."""
    assert _changes("Die RSF übernahmen am Sonntag die Kontrolle in Nyala.") == {("Nyala", RSF)}
    assert _changes("Die RSF übernahmen die Kontrolle über den Flughafen in Nyala.") == set()
