"""A nationality means the side of that nation that fights where the article is (actor resolution).

Sentences of our own about the Spanish Civil War and the Italian invasion of Ethiopia (1935-37),
conflicts no labelled set uses: Italy is watched in Ethiopia, and in Spain its expeditionary
corps, named by the watchlist only as "Italian expeditionary corps"; "the Italians", "les troupes
italiennes" or "italienische Truppen" are Italy in Ethiopia and the corps in Spain.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher
from monitor.model import Actor
from tests.detect_support import held_by

ITALY, CORPS, REPUBLIC, ETHIOPIA = "Italy", "Corpo Truppe Volontarie", "Spanish Republic", "Ethiopian Empire"
ACTORS = [
    Actor(ITALY, aliases=("Italian army",), countries=("ET",), opposes=(ETHIOPIA,)),
    Actor(CORPS, aliases=("CTV", "Italian expeditionary corps"), countries=("ES",), opposes=(REPUBLIC,)),
    Actor(REPUBLIC, aliases=("Republican army",), countries=("ES",), government=True, opposes=(CORPS,)),
    Actor(ETHIOPIA, countries=("ET",), government=True, opposes=(ITALY,)),
]
WATCHLIST = {
    "places": [{"name": "Santander", "country": "ES"}, {"name": "Malaga", "country": "ES",
                                                          "aliases": ["Málaga"]},
               {"name": "Gondar", "country": "ET"}],
    "actors": [
        {"name": a.name, "aliases": list(a.aliases), "countries": list(a.countries),
         "government": a.government, "opposes": list(a.opposes)}
        for a in ACTORS
    ],
}
PUBLISHED = datetime(1937, 8, 27, 8, tzinfo=UTC)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over Italy in Ethiopia and its corps in Spain."""
    return ActorMatcher(ACTORS)


def _changes(title: str, text: str = "") -> set[tuple[str, str]]:
    return held_by(WATCHLIST, title, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        ("Les troupes italiennes avancent.", "ES", CORPS),
        ("Les troupes italiennes avancent.", "ET", ITALY),
        ("Italienische Truppen rücken vor.", "ES", CORPS),
        ("Las tropas italianas avanzan.", "ES", CORPS),
        ("Le truppe italiane avanzano.", "ET", ITALY),
        ("Los italianos avanzan.", "ES", CORPS),
        ("The Italian army advances.", "ET", ITALY),
    ],
)
def test_nationality_means_the_side_fighting_in_the_articles_country(
    matcher: ActorMatcher, text: str, country: str, actor: str
) -> None:
    """A nationality phrase is the nation's force that the watchlist places in that country."""
    assert [m.actor.name for m in matcher.find(text, country=country)] == [actor]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A cidade está ocupada pelos italianos.", "italianos"),
        ("La città è stata presa dagli italiani.", "italiani"),
        ("La ville a été livrée aux Italiens.", "Italiens"),
    ],
)
def test_a_people_after_a_preposition_merged_with_its_article(matcher: ActorMatcher, text: str,
                                                               surface: str) -> None:
    """"pelos italianos", "dagli italiani": the people is named, the preposition stays outside it."""
    assert [(m.surface, m.actor.name) for m in matcher.find(text, country="ES")] == [(surface, CORPS)]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Santander falls", "Italian troops captured Santander on Thursday after a week of fighting.",
         {("Santander", CORPS)}),
        ("Chute de Málaga", "Les troupes italiennes sont entrées à Málaga ce matin.", {("Malaga", CORPS)}),
        ("Gondar besetzt", "Italienische Truppen haben Gondar am Montag besetzt.", {("Gondar", ITALY)}),
        ("Gondar", "Gondar ist nach schweren Kämpfen in italienische Hand gefallen.", {("Gondar", ITALY)}),
        ("Gondar", "Gondar est tombée aux mains italiennes.", {("Gondar", ITALY)}),
    ],
)
def test_capture_by_a_nationality_goes_to_its_force_there(
    title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    """The holder named by nationality is the side of that nation that can hold the place."""
    assert _changes(title, text) == expected
