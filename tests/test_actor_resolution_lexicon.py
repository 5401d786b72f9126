"""Sides named in the watchlist's English words are found in the other languages' words (actor resolution).

Sentences of our own about the Boer war, the Balkan wars of 1912-13, the Chinese civil war and the
Hukbalahap rising in the Philippines, conflicts no labelled set uses: plural nouns that are also
adjectives ("the Allies": "gli alleati", "die Alliierten"), their adjective with words for troops
("formazioni partigiane"), colours ("die Roten", "gardes rouges"), an alias without its own
country's nationality ("Chinese Reds" are "the Reds" in China), and a garrison that surrenders.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher
from monitor.model import Actor
from tests.detect_support import watchlist_detector

LEAGUE, OTTOMANS = "Balkan League", "Ottoman Empire"
RED, CHINESE_RED, NATIONALISTS = "Red Army", "Chinese Red Army", "Kuomintang"
HUKS, PARTISANS, GUARDS = "Hukbalahap", "Balkan partisans", "Red Guards of Sofia"
BRITISH, BOERS = "British forces", "Boer republics"
ACTORS = [
    Actor(LEAGUE, aliases=("Allies",), countries=("TR",), opposes=(OTTOMANS,)),
    Actor(OTTOMANS, aliases=("Ottoman army",), countries=("TR",), government=True, opposes=(LEAGUE,)),
    Actor(RED, aliases=("Reds", "Whites' enemy"), countries=("RU",)),
    Actor(CHINESE_RED, aliases=("Chinese Reds",), countries=("CN",), opposes=(NATIONALISTS,)),
    Actor(NATIONALISTS, aliases=("Chinese Whites",), countries=("CN",), opposes=(CHINESE_RED,)),
    Actor(HUKS, aliases=("Philippine communist guerrillas",), countries=("PH",)),
    Actor(PARTISANS, aliases=("partisans",), countries=("AL",)),
    Actor(GUARDS, aliases=("Red Guards",), countries=("BG",)),
]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over sides named by plural adjectives, colours and lexicon words."""
    return ActorMatcher(ACTORS)


@pytest.mark.parametrize(
    ("text", "country", "found"),
    [
        ("Gli alleati sono entrati in città.", "TR", [("alleati", LEAGUE)]),
        ("Gli Alleati sono entrati in città.", "TR", [("Alleati", LEAGUE)]),
        ("Des troupes alliées ont pris la ville.", "TR", [("troupes alliées", LEAGUE)]),
        ("Die Alliierten haben die Stadt besetzt.", "TR", [("Alliierten", LEAGUE)]),
        ("Las tropas aliadas avanzan.", "TR", [("tropas aliadas", LEAGUE)]),
        ("Alliierte Truppen rücken vor.", "TR", [("Alliierte Truppen", LEAGUE)]),
        ("Le formazioni partigiane hanno occupato la città.", "AL", [("formazioni partigiane", PARTISANS)]),
        ("Des unités partisanes ont pris la ville.", "AL", [("unités partisanes", PARTISANS)]),
        ("Les gardes rouges ont évacué la ville.", "BG", [("gardes rouges", GUARDS)]),
        ("Die roten Garden haben sich ergeben.", "BG", [("roten Garden", GUARDS)]),
        ("Los guerrilleros comunistas atacaron el cuartel.", "PH", [("guerrilleros comunistas", HUKS)]),
        ("I guerriglieri comunisti hanno attaccato.", "PH", [("guerriglieri comunisti", HUKS)]),
    ],
)
def test_a_side_is_found_in_other_languages_words(
    matcher: ActorMatcher, text: str, country: str, found: list[tuple[str, str]]
) -> None:
    """Plural adjectives, their troops and the lexicon's names translate the watchlist's English."""
    assert [(m.surface, m.actor.name) for m in matcher.find(text, country=country)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Auf den Dächern wehen die weißen Fahnen.",  # an adjective, not "die Weißen"
        "Des drapeaux blancs flottent aux fenêtres.",
        "The resistance of the garrison was brief.",
    ],
)
def test_adjectives_and_common_words_are_not_sides(matcher: ActorMatcher, text: str) -> None:
    """An adjective before its own noun, or a colour, names nobody."""
    assert [m.actor.name for m in matcher.find(text, country="CN")] == []


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        ("Die Roten haben die Stadt eingenommen.", "CN", CHINESE_RED),
        ("Die Roten haben die Stadt eingenommen.", "RU", RED),
        ("Los rojos tomaron la ciudad.", "CN", CHINESE_RED),
        ("The Reds took the city.", "CN", CHINESE_RED),
        ("The Reds took the city.", "RU", RED),
        ("Die Weißen haben die Stadt geräumt.", "CN", NATIONALISTS),
    ],
)
def test_a_name_two_sides_share_means_the_one_fighting_there(
    matcher: ActorMatcher, text: str, country: str, actor: str
) -> None:
    """"The Reds" are the Chinese Reds in China (their own country), the Red Army in Russia."""
    assert [m.actor.name for m in matcher.find(text, country=country)] == [actor]


WATCHLIST = {
    "places": [{"name": "Bloemfontein", "country": "ZA"}, {"name": "Pretoria", "country": "ZA"}],
    "actors": [
        {"name": BRITISH, "aliases": ["British troops"], "countries": ["ZA"], "opposes": [BOERS]},
        {"name": BOERS, "aliases": ["Boers", "Boer commandos"], "countries": ["ZA"], "opposes": [BRITISH]},
    ],
}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Pretoria", "La garnison britannique de Pretoria a capitulé ce matin.", {("Pretoria", BOERS)}),
        ("Pretoria", "Die britische Garnison von Pretoria hat am Morgen kapituliert.", {("Pretoria", BOERS)}),
    ],
)
def test_a_garrison_that_surrenders_loses_the_city(
    title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    """A garrison named by its nationality that surrenders loses the city to its one opponent there."""
    published = datetime(1900, 3, 14, 8, tzinfo=UTC)
    events = watchlist_detector(WATCHLIST).detect(title, text, published)
    found = {(e.place, e.controller or "") for e in events if e.controller}
    assert found == expected
