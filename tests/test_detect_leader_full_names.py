"""Forces named after a leader whose name has several words, in the six languages.

A watchlist alias "Saddam Hussein's forces" or "Getúlio Vargas' forces" names the leader by
his whole name; the press writes "Truppen von Saddam Hussein", "die Aufständischen des Generals
Getúlio Vargas", "les troupes de Saddam Hussein". The whole name (its titles left out: "Sultan
Qaboos's forces" is Qaboos) then means the side inside a forces phrase, as a one-word name
("Haftar's forces") already did; insurgents' nouns ("die Aufständischen des …", "the rebels of …")
are such phrases too. The bare name stays the man.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.leaders import leader_names
from tests.corpus_kit import corpus_changes

C14, C15 = "conflicts_watchlist14.json", "conflicts_watchlist15.json"
IRAQ, VARGAS = "Iraqi government", "Vargas forces"


@pytest.mark.parametrize(
    ("alias", "names"),
    [
        ("Isidoro Dias Lopes' forces", ("isidoro dias lopes",)),
        ("Sultan Qaboos's forces", ("qaboos",)),
        ("King Hussein's forces", ("hussein",)),
        ("Haftar's forces", ("haftar",)),
    ],
)
def test_leader_names_keep_the_whole_name(alias: str, names: tuple[str, ...]) -> None:
    """A possessive alias of several words gives the whole name, its titles left out."""
    assert leader_names((alias,)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Truppen von Saddam Hussein haben am Montag Halabja eingenommen.",
        "Die Soldaten des Präsidenten Saddam Hussein haben am Montag Halabja eingenommen.",
        "Les troupes de Saddam Hussein ont pris Halabja lundi.",
        "Las tropas de Saddam Hussein tomaron Halabja el lunes.",
        "As tropas de Saddam Hussein tomaram Halabja na segunda-feira.",
        "Le truppe di Saddam Hussein hanno preso Halabja lunedì.",
    ],
)
def test_forces_of_a_leader_with_a_full_name(text: str) -> None:
    """"the troops of Saddam Hussein" are the side of "Saddam Hussein's forces"."""
    assert corpus_changes(text, C14) == {("Halabja", IRAQ)}


def test_the_bare_full_name_is_the_man() -> None:
    """Without a forces phrase the name is the man, not his side."""
    assert corpus_changes("Saddam Hussein hat am Montag Halabja eingenommen.", C14) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Die Aufständischen des Generals Getúlio Vargas haben am Montag Itararé besetzt.",
        "Rebels of Getúlio Vargas occupied Itararé on Monday.",
        "Les rebelles de Getúlio Vargas ont occupé Itararé lundi.",
        "Los rebeldes de Getúlio Vargas ocuparon Itararé el lunes.",
        "Os rebeldes de Getúlio Vargas ocuparam Itararé na segunda-feira.",
        "I ribelli di Getúlio Vargas hanno occupato Itararé lunedì.",
    ],
)
def test_insurgents_of_a_leader(text: str) -> None:
    """"die Aufständischen des Generals X", "the rebels of X": a forces phrase of the leader."""
    published = datetime(1930, 10, 25, 8, tzinfo=UTC)
    assert corpus_changes(text, C15, published) == {("Itararé", VARGAS)}
