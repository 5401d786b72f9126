"""A dateline standing alone before the body dates nothing below it as old, on our own sentences.

A dispatch of the 19th century (or a weekly's) reached the paper days after it was written: its
dateline "Belgrad, 18. November." names when it was written, twelve days before the issue. Read
as the date of a narrative paragraph, it made the dispatch's news background ("told under an old
date an earlier sentence of its paragraph sets"). A date the sentence names itself ("Am 1. Oktober
…"), or a date opening the paragraph as a sentence of the story, still dates the change. About
Vukovar (1991), in six languages.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.sentence_kit import LANGS, Pairs, detector_for, side

CRO, SRB = "Croatia", "Krajina Serbs"
WATCHLIST = {
    "places": [{"name": name, "country": "HR"} for name in ("Vukovar", "Osijek")],
    "actors": [
        side(CRO, ["Croatian army", "kroatische Armee"], "HR", SRB, True),
        side(SRB, ["Serb forces", "Serben", "serbische Milizen"], "HR", CRO),
    ],
}
# The issue that printed the dispatch, twelve days after its dateline.
ISSUE = datetime(1991, 11, 30, 8, tzinfo=UTC)

DISPATCHES = (
    "Belgrade, November 18. After a three-month siege, the Serbs took Vukovar.",
    "Belgrade, 18 novembre. Après trois mois de siège, les Serbes ont pris Vukovar.",
    "Belgrado, 18 de noviembre. Tras tres meses de asedio, los serbios tomaron Vukovar.",
    "Belgrad, den 18. November. Nach dreimonatiger Belagerung haben die Serben Vukovar eingenommen.",
    "Belgrado, 18 novembre. Dopo tre mesi di assedio, i serbi hanno preso Vukovar.",
    "Belgrado, 18 de novembro. Após três meses de cerco, os sérvios tomaram Vukovar.",
)

STILL_OLD = [
    # the sentence names its own old date
    "Belgrad, 29. November. Am 1. Oktober haben die Serben Vukovar eingenommen.",
    # a date opening the story, not a dateline: the paragraph is told under it
    "Am 18. November begann der letzte Angriff. Die Serben haben Vukovar eingenommen.",
]


def _held(text: str) -> Pairs:
    events = detector_for(WATCHLIST).detect("", text, ISSUE)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize("text", DISPATCHES, ids=LANGS)
def test_a_dispatch_tells_its_news_under_its_dateline(text: str) -> None:
    """The dateline's date is when the news was written, not an old date of the story."""
    assert _held(text) == {("Vukovar", SRB)}


@pytest.mark.parametrize("text", STILL_OLD)
def test_an_old_date_of_the_story_still_dates_it(text: str) -> None:
    """A date the sentence or the story names itself keeps the change in the past."""
    assert _held(text) == set()
