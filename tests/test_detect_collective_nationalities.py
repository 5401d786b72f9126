""""The British", "the French", "the Chinese": an English nationality that is its own plural noun
names its country's side, unless a noun follows it ("the French embassy").

Sentences of our own about the Sino-French war (1884-1885), which no labelled set uses.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher
from monitor.model import Actor
from tests.detect_support import held_by

FRANCE, CHINA = "France", "China"
WATCHLIST = {
    "places": [{"name": "Lạng Sơn", "country": "VN"}],
    "actors": [
        {"name": FRANCE, "countries": ["VN"], "opposes": [CHINA]},
        {"name": CHINA, "aliases": ["Qing army"], "countries": ["VN"], "opposes": [FRANCE]},
    ],
}
PUBLISHED = datetime(1885, 3, 30, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Chinese forces in Lang Son surrendered to the French on Monday.", FRANCE),
        ("Lang Son was retaken by the Chinese on Monday.", CHINA),
    ],
)
def test_the_nationality_as_a_noun_is_the_holder(text: str, holder: str) -> None:
    """"Surrendered to the French", "retaken by the Chinese": the side is the country's."""
    assert held_by(WATCHLIST, "", text, PUBLISHED) == {("Lạng Sơn", holder)}


def test_a_nationality_before_a_noun_names_no_side() -> None:
    """"The French embassy", "the French consul" qualify a noun; "the French took" is a side."""
    matcher = ActorMatcher([Actor(FRANCE, countries=("VN",), opposes=(CHINA,)),
                            Actor(CHINA, countries=("VN",), opposes=(FRANCE,))])
    found = matcher.find("The French embassy and the French consul left; then the French took it.",
                         country="VN")
    assert [(m.surface, m.actor.name) for m in found] == [("the French", FRANCE)]
