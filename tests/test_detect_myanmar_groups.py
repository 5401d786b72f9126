"""A conflict the rules were not written for: Myanmar, 2023–2024 (issue 10).

Sentences of our own, read against a watchlist of our own (the junta, three armed groups).
- A sentence that opens on a word describing fighters ("Ethnic Karen rebels seized …", "Armed
  Karen fighters …") names the Karen group: the capital letter of the sentence's first word makes
  no proper name of "Ethnic Karen" (a name still does: "Democratic Karen Buddhist Army fighters");
- the junta's troops retake a town in six languages ("Las tropas de la junta militar", "die
  Truppen der Junta", "le truppe della giunta").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

MYANMAR = {
    "places": [{"name": n, "country": "MM"} for n in ("Lashio", "Laukkai", "Myawaddy", "Sittwe")],
    "actors": [
        {"name": "Myanmar junta", "aliases": ["Tatmadaw", "Myanmar military"], "countries": ["MM"],
         "government": True, "opposes": ["MNDAA", "Arakan Army", "KNU"]},
        {"name": "MNDAA", "countries": ["MM"], "opposes": ["Myanmar junta"]},
        {"name": "Arakan Army", "aliases": ["AA"], "countries": ["MM"], "opposes": ["Myanmar junta"]},
        {"name": "KNU", "aliases": ["Karen National Union"], "countries": ["MM"],
         "opposes": ["Myanmar junta"]},
    ],
}
DAY = datetime(2024, 4, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic Karen rebels seized Myawaddy on Thursday.",
        "Ethnic Karen fighters seized Myawaddy on Thursday.",
        "Armed Karen fighters seized Myawaddy on Thursday.",
        "The ethnic Karen rebels seized Myawaddy on Thursday.",
    ],
)
def test_a_describing_word_opening_the_sentence_makes_no_name(text: str) -> None:
    """ "Ethnic Karen rebels": the Karen group, though "Ethnic" has a capital."""
    assert held_by(MYANMAR, "Myanmar", text, DAY) == {("Myawaddy", "KNU")}


def test_a_name_made_of_capitalised_words_is_still_another_group() -> None:
    """ "Democratic Karen Buddhist Army fighters" are not the KNU."""
    text = "Democratic Karen Buddhist Army fighters seized Myawaddy on Thursday."
    assert ("Myawaddy", "KNU") not in held_by(MYANMAR, "Myanmar", text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Junta forces recaptured Myawaddy on Tuesday.",
        "Les troupes de la junte ont repris Myawaddy mardi.",
        "Las tropas de la junta militar tomaron Myawaddy el martes.",
        "Die Truppen der Junta haben Myawaddy zurückerobert.",
        "Le truppe della giunta hanno riconquistato Myawaddy.",
        "As tropas da junta militar recuperaram Myawaddy.",
    ],
)
def test_the_juntas_troops_retake_the_town(text: str) -> None:
    """The junta, named in six languages, holds the town again."""
    assert held_by(MYANMAR, "Myanmar", text, DAY) == {("Myawaddy", "Myanmar junta")}
