"""Headlines that name the loser before a colon, and German verbless states with the army (issue 10).

- "Setback for Sudan's army: Singa falls", "Rückschlag für Sudans Armee: Singa gefallen": the side
  the blow is for lost the town, so its one opponent holds it (as "the fall of X is a blow for the
  army" already read, with the blow after the fall).
- "Singa in der Hand der Armee", "Singa wieder in der Hand der Armee": a verbless state whose side
  is the generic "der Armee", its article read with it.

Sentences of our own against `tests/data/conflicts_watchlist.json` (Sudan).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Rückschlag für Sudans Armee: Singa gefallen", "Anwohner berichten von Plünderungen."),
        ("Setback for Sudan's army: Singa falls", "Residents report looting."),
        ("Revers pour l'armée soudanaise : Singa est tombée", "Des habitants font état de pillages."),
        ("Golpe para el ejército sudanés: cae Singa", "Los vecinos denuncian saqueos."),
    ],
)
def test_the_side_a_headline_calls_the_loser_lost_the_town(title: str, text: str) -> None:
    assert corpus_changes(title=title, text=text) == {("Singa", RSF)}


@pytest.mark.parametrize(
    "title",
    ["Singa in der Hand der Armee", "Singa wieder in der Hand der Armee", "Singa unter Kontrolle der Armee"],
)
def test_a_german_verbless_state_with_the_generic_army(title: str) -> None:
    assert corpus_changes(title=title, text="Anwohner feiern.") == {("Singa", SAF)}
