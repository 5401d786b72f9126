"""An army named by one adjective is the side of the units the press names by it (actor resolution).

Sentences of our own about the Chinese civil war, which no labelled set uses: the watchlist says
"Red Army" and "Nationalist Army", the articles "the Fourth Red Cavalry Corps", "Red troops".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher
from monitor.match.army_units import unit_aliases
from monitor.model import Actor
from tests.detect_support import held_by

REDS, KMT = "Chinese Communists", "Kuomintang"
ACTORS = [
    Actor(REDS, aliases=("Red Army",), countries=("CN",), opposes=(KMT,)),
    Actor(KMT, aliases=("Nationalist Army",), countries=("CN",), government=True, opposes=(REDS,)),
]
WATCHLIST = {
    "places": [{"name": "Changsha", "country": "CN"}],
    "actors": [
        {"name": REDS, "aliases": ["Red Army"], "countries": ["CN"], "opposes": [KMT]},
        {"name": KMT, "aliases": ["Nationalist Army"], "countries": ["CN"], "government": True,
         "opposes": [REDS]},
    ],
}


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over the two armies of the civil war."""
    return ActorMatcher(ACTORS)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Fourth Red Cavalry Corps crossed the river at dawn.", REDS),
        ("Red troops were seen north of the lake.", REDS),
        ("Red soldiers held the bridge.", REDS),
    ],
)
def test_a_unit_named_by_the_armys_adjective_is_its_side(matcher: ActorMatcher, text: str,
                                                          actor: str) -> None:
    """The adjective of the army's name and a word for its units name the army's side."""
    assert [m.actor.name for m in matcher.find(text, country="CN")] == [actor]


def test_the_adjective_alone_or_with_another_noun_names_nobody(matcher: ActorMatcher) -> None:
    """"The Red Cross", "red flags": the adjective is no side without a word for units."""
    assert matcher.find("The Red Cross and the red flags of the parade.", country="CN") == []


@pytest.mark.parametrize("alias", ["Arakan Army", "Eighth Army", "Third Army", "ROK Army", "Russian army"])
def test_a_name_ordinal_acronym_or_nationality_gives_no_unit_names(alias: str) -> None:
    """A place, a number, an acronym or a nationality is not the adjective of an army's name."""
    assert unit_aliases({alias}) == ()


def test_the_holder_of_a_passive_is_the_army_of_the_unit() -> None:
    """"Occupied by the Fourth Red Cavalry Corps": the Red Army's side holds the city."""
    text = "Changsha was occupied yesterday by the Fourth Red Cavalry Corps, a wireless message said."
    published = datetime(2024, 6, 30, 8, tzinfo=UTC)
    assert held_by(WATCHLIST, "", text, published) == {("Changsha", REDS)}
