"""English wordings behind corpora 17 and 18's misses, in sentences of our own about other wars.

A town "entirely in the possession of" a side, or "in our possession" in a commander's report;
a side's troops that "controlled the streets of" a town or "now controlled" it; "the town" after
a general "withdrew his troops to Y" (Y is where he went, not the town he left); "the city" far
from its name in an article whose headline, set in capitals or in two sentences, named it:
against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector
from tests.corpus_kit import corpus_changes as _changes

NTC, RUSSIA, BOKO = "National Transitional Council", "Russia", "Boko Haram"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting raged in Bama on Wednesday. By nightfall the town was entirely in the possession"
            " of Boko Haram, residents said.",
            {("Bama", BOKO)},
        ),
        ("By evening Gwoza was completely in the hands of Boko Haram.", {("Gwoza", BOKO)}),
        ("Sirte is now in the possession of the NTC, residents said.", {("Sirte", NTC)}),
        (
            "Fighting raged in Sirte for six days. On Friday the whole of the town was in our possession,"
            " an NTC commander said.",
            {("Sirte", NTC)},
        ),
    ],
)
def test_a_town_in_a_sides_possession(text: str, expected: set[tuple[str, str]]) -> None:
    """"Entirely in the possession of", "now in the possession of", "in our possession": taken."""
    assert _changes(text) == expected


def test_a_bare_state_of_possession_is_no_change() -> None:
    """Held "in the possession of" a side, with no "now" nor "entirely": a state, not news."""
    assert _changes("Bama is in the possession of Boko Haram, residents said.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops controlled the streets of Gori by midday.", {("Gori", RUSSIA)}),
        (
            "NTC fighters attacked Sirte last week. An NTC officer said NTC fighters now controlled"
            " the town.",
            {("Sirte", NTC)},
        ),
    ],
)
def test_a_side_controlled_the_streets(text: str, expected: set[tuple[str, str]]) -> None:
    """A side's troops "controlled the streets of X", "now controlled" it: X is theirs."""
    assert _changes(text) == expected


def test_whose_men_controlled_the_town_must_be_said() -> None:
    """"His men", "armed men": the verb says too little about whose they are to name a holder."""
    assert _changes("NTC fighters attacked Sirte. An officer said his men now controlled the town.") == set()
    assert _changes("Hundreds of armed men controlled the streets of Gori by midday.") == set()


def test_where_a_general_withdrew_his_troops_is_not_the_town_he_left() -> None:
    """"Withdrew its troops to Y, leaving the town to Z": the town is the one left, not Y."""
    text = "Unable to hold Bama, the army withdrew its troops to Maiduguri, leaving the town to Boko Haram."
    assert _changes(text) == {("Bama", BOKO)}


def test_the_city_far_from_its_name_is_the_capitals_headlines_city() -> None:
    """A headline in capitals names the article's city (no dateline): "the city" far below is it."""
    text = (
        "Reports from the front reached the coast yesterday. The assault began at dawn on Monday."
        " The columns met fierce resistance in the streets. The fighting went on for three days."
        " On Thursday the city was entirely in the possession of the NTC, its commanders said."
    )
    title = "THE WAR IN LIBYA: NEWS FROM SIRTE"
    events = corpus_detector("conflicts_watchlist.json").detect(title, text, SENTENCE_DAY)
    assert {(e.place, e.controller) for e in events} == {("Sirte", NTC)}
