"""Who holds a city when the sentence also names who reports it, or tells the control in the past
(issue 10, "who holds it now").

- "X ist nach Angaben der Armee wieder unter staatlicher Kontrolle", "Selon l'armée, X est de
  nouveau sous le contrôle de l'État": the government reporting that its city is back is its holder
  (not the defender conceding a fall, as in "The army confirmed the fall of X").
- "X ist gefallen. Die RSF kontrollierten seit dem Morgen die gesamte Stadt, sagten Bewohner": a
  finite past verb with its time after it, not the adjective of "die RSF-kontrollierten Gebiete",
  so the RSF are its subject and hold the city.

Sentences of our own against `tests/data/conflicts_watchlist.json` (Sudan).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Singa ist nach Angaben der Armee wieder unter staatlicher Kontrolle.",
        "Selon l'armée, Singa est de nouveau sous le contrôle de l'État.",
        "Singa is back under government control, the army said.",
    ],
)
def test_the_government_reporting_its_city_back_holds_it(text: str) -> None:
    assert corpus_changes(text) == {("Singa", SAF)}


@pytest.mark.parametrize(
    "text",
    ["The army confirmed the fall of Singa.", "Die Armee bestätigte den Fall von Singa."],
)
def test_the_government_conceding_a_fall_lost_the_city(text: str) -> None:
    assert corpus_changes(text) == {("Singa", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "Singa ist gefallen. Die RSF kontrollierten seit dem Morgen die gesamte Stadt, sagten Bewohner.",
        "Singa ist gefallen. Die RSF kontrollierten seit dem Morgen die Stadt, sagten Bewohner.",
    ],
)
def test_a_german_past_control_with_its_time_is_the_subjects(text: str) -> None:
    assert corpus_changes(text) == {("Singa", RSF)}
