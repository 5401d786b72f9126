"""Who holds a city when the sentence names a side only as the owner of a stronghold or after its fall.

Sentences of our own about the Chinese civil war (1946-49), a conflict no labelled set uses:
"Yenan, the last stronghold of X, has fallen" names the loser, not the holder; the subject of
the main clause after "the fall of X" is the side that lost it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

KMT, REDS = "Kuomintang", "Chinese Red Army"
WATCHLIST = {
    "places": [{"name": "Yan'an", "country": "CN", "aliases": ["Yenan"]},
               {"name": "Siping", "country": "CN", "aliases": ["Szepingkai"]}],
    "actors": [
        {"name": KMT, "aliases": ["Nationalist army", "Chiang's forces"], "countries": ["CN"],
         "opposes": [REDS]},
        {"name": REDS, "aliases": ["Chinese communists", "People's Liberation Army"], "countries": ["CN"],
         "opposes": [KMT]},
    ],
}
PUBLISHED = datetime(1947, 3, 20, 8, tzinfo=UTC)


def _changes(title: str, text: str) -> set[tuple[str, str]]:
    return held_by(WATCHLIST, title, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yenan, die letzte Hochburg der Kommunisten, ist am Mittwoch gefallen.", {("Yan'an", KMT)}),
        ("Yenan, the last stronghold of the Chinese communists, fell on Wednesday.", {("Yan'an", KMT)}),
        # the owner before its stronghold: the English possessive, words for a last stand between
        ("Yenan, the communists' last stronghold, fell on Wednesday.", {("Yan'an", KMT)}),
        ("Yenan, the communists' main remaining bastion, fell on Wednesday.", {("Yan'an", KMT)}),
    ],
)
def test_whose_stronghold_it_was_lost_it(text: str, expected: set[tuple[str, str]]) -> None:
    """A side named as the owner of the fallen stronghold is who lost it; its one opponent holds it."""
    assert _changes("Yenan", text) == expected


def test_after_the_fall_the_main_subject_is_who_lost_it() -> None:
    """"Après la chute de X, les communistes…": the subject of the main clause lost X, not took it."""
    text = "Après la chute de Yenan, les communistes ne tiennent plus que quelques villages."
    found = _changes("Chine", text)
    assert ("Yan'an", REDS) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierungstruppen des Generals Chiang haben Siping am Dienstag eingenommen.",
    ],
)
def test_a_leaders_troops_in_a_german_compound_or_genitive_are_his_side(text: str) -> None:
    """"Die Regierungstruppen des Generals X": the leader's side, named by a compound and a genitive title."""
    assert _changes("Siping", text) == {("Siping", KMT)}


def test_a_dropped_subject_after_and_is_the_earlier_verbs() -> None:
    """"Al día siguiente entraron en X y tomaron la ciudad": both verbs have the last sentence's subject."""
    text = ("Las tropas del Kuomintang expulsaron el jueves a los comunistas de las afueras de Yenan. "
            "Al día siguiente entraron en Siping y tomaron el control de la ciudad.")
    found = _changes("China", text)
    assert ("Siping", KMT) in found and ("Siping", REDS) not in found


@pytest.mark.parametrize(
    "text",
    ["Les communistes de Siping ont capitulé lundi.",
     "Die kommunistischen Truppen in Siping haben kapituliert."],
)
def test_a_side_named_by_its_plural_adjective_that_surrenders_loses(text: str) -> None:
    """"Les communistes" or "kommunistische Truppen" surrender: the one other side holds the city."""
    assert _changes("Siping", text) == {("Siping", KMT)}


@pytest.mark.parametrize(
    "text",
    [
        "The northern militia (PLA) retook Siping on Tuesday.",
        "Las milicias del norte (PLA) recuperaron Siping el martes.",
        "Die Miliz (PLA) hat Siping am Dienstag zurückerobert.",
    ],
)
def test_a_side_named_only_in_brackets_after_its_description_is_the_subject(text: str) -> None:
    """"The militia (YPG) retook X": when the words before the brackets name no side, the side in
    them is the subject (not the government a subjectless retake would go to); the brackets are
    skipped only when a side stands before them ("the Islamic State (IS) lost X")."""
    watchlist = {
        "places": [{"name": "Siping", "country": "CN"}],
        "actors": [
            {"name": KMT, "countries": ["CN"], "government": True, "opposes": [REDS]},
            {"name": REDS, "aliases": ["PLA"], "countries": ["CN"], "opposes": [KMT]},
        ],
    }
    assert held_by(watchlist, "Siping", text, PUBLISHED) == {("Siping", REDS)}
