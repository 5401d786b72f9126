"""Numbered units named in the watchlist in English are found in the other languages (actor resolution).

Sentences of our own about the Western Front of 1918 and the Boer war, conflicts no labelled set
uses: "British Third Army" is "la 3e armée britannique", "die britische 3. Armee", "el tercer
ejército británico"; "1st Armoured Division" is "la 1re division blindée", "die 1. Panzerdivision".
"""

from __future__ import annotations

import pytest

from monitor.match.actors import ActorMatcher
from monitor.model import Actor

ENTENTE, DIVISION = "Entente", "British armour"
ACTORS = [
    Actor(ENTENTE, aliases=("British Third Army",), countries=("FR",)),
    Actor(DIVISION, aliases=("1st Armoured Division",), countries=("ZA",)),
]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over two numbered units."""
    return ActorMatcher(ACTORS)


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("La 3e armée britannique a repris la ville.", "3e armée britannique", ENTENTE),
        ("La troisième armée britannique a repris la ville.", "troisième armée britannique", ENTENTE),
        ("Die britische 3. Armee hat die Stadt zurückerobert.", "britische 3. Armee", ENTENTE),
        ("El tercer ejército británico recuperó la ciudad.", "tercer ejército británico", ENTENTE),
        ("La terza armata britannica ha ripreso la città.", "terza armata britannica", ENTENTE),
        ("La 1re division blindée est entrée dans la ville.", "1re division blindée", DIVISION),
        ("Die 1. Panzerdivision ist in die Stadt eingerückt.", "1. Panzerdivision", DIVISION),
        ("La 1.ª división blindada entró en la ciudad.", "1.ª división blindada", DIVISION),
    ],
)
def test_a_numbered_unit_is_found_in_other_languages(matcher: ActorMatcher, text: str, surface: str,
                                                     actor: str) -> None:
    """The ordinal, the unit's noun and its adjectives are translated and ordered per language."""
    assert [(m.surface, m.actor.name) for m in matcher.find(text)] == [(surface, actor)]


def test_another_number_is_another_unit(matcher: ActorMatcher) -> None:
    """"La 4e armée britannique" is not the Third Army."""
    assert [m.actor.name for m in matcher.find("La 4e armée britannique a repris la ville.")] == []
