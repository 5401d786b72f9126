"""Triggers that carry over: "secured X", "in full possession of X", a time inside "quedó … en
manos de", and a side holding a city now ("occupent X", "ocupavam a cidade") when the article
says the side inside gave it up (as for an entry: alone, the state may be old).

Sentences of our own about Sierra Leone and the Central African Republic, against
`tests/data/conflicts_watchlist2.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector

FREETOWN, MAKENI = {("Freetown", "ECOMOG")}, {("Makeni", "RUF")}


def _changes(title: str, text: str = "") -> set[tuple[str, str]]:
    events = corpus_detector("conflicts_watchlist2.json").detect(title, text, SENTENCE_DAY)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("", "ECOMOG troops secured Freetown on Tuesday after the rebels fled.", FREETOWN),
        ("Freetown secured, ECOMOG says", "Its troops patrolled the streets.", FREETOWN),
        ("", "ECOMOG troops are in full possession of Freetown tonight, the force said.", FREETOWN),
        ("", "La ciudad de Makeni quedó anoche en manos de los rebeldes del RUF.", MAKENI),
    ],
)
def test_secured_possession_and_a_time_inside_a_state(
    title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    """"secured X", "in full possession of X", "quedó anoche en manos de" are changes."""
    assert _changes(title, text) == expected


@pytest.mark.parametrize(
    ("holding", "gave_up", "expected"),
    [
        (
            "Les troupes de la Séléka occupent Bangui et Sibut.",
            "La garnison gouvernementale a capitulé dans la soirée.",
            {("Bangui", "Séléka"), ("Sibut", "Séléka")},
        ),
        ("Os homens do RUF ocupavam Makeni.", "A guarnição rendeu-se.", MAKENI),
        ("I ribelli del RUF occupano Makeni.", "La guarnigione governativa si è arresa.", MAKENI),
        ("Los rebeldes del RUF ocupan Makeni.", "La guarnición se rindió por la mañana.", MAKENI),
        ("The RUF rebels occupy Makeni.", "The government garrison surrendered on Monday.", MAKENI),
    ],
)
def test_holding_a_city_is_a_change_when_the_defenders_gave_up(
    holding: str, gave_up: str, expected: set[tuple[str, str]]
) -> None:
    """A side holding a city now is news when the garrison surrendered; alone, it may be an old state."""
    assert _changes("", f"{holding} {gave_up}") == expected
    assert _changes("", holding) == set()


KNIN = {("Knin", "Croatian government")}


def _knin(text: str) -> set[tuple[str, str]]:
    return _changes("", text)


def test_an_active_perfect_occupation() -> None:
    """"han ocupado X" is a capture, as "ocuparon X" is."""
    assert _knin("Las tropas croatas han ocupado Knin.") == KNIN


@pytest.mark.parametrize(
    "text",
    [
        "O comandante sérvio assinou a rendição. A cidade de Knin está ocupada pelos croatas.",
        "La ciudad de Knin está ocupada por las tropas croatas. La guarnición serbia se rindió.",
        "Knin is occupied by Croatian troops after the Serb garrison surrendered.",
    ],
)
def test_a_city_occupied_by_a_side_whose_defenders_gave_up(text: str) -> None:
    """The passive state ("está ocupada pelos croatas") has its city on the left and its holder after "by"."""
    assert _knin(text) == KNIN
    assert _knin("Knin is occupied by Croatian troops.") == set()  # alone, the state may be old


def test_a_state_since_a_part_of_a_recent_day() -> None:
    """"en manos de … desde la tarde del domingo", "contrôlée par … depuis ce matin": a recent change."""
    nyala = {("Nyala", "Rapid Support Forces")}
    sudan = corpus_detector("conflicts_watchlist.json")

    def changes(text: str) -> set[tuple[str, str]]:
        return {(e.place, e.controller) for e in sudan.detect("", text, SENTENCE_DAY) if e.controller}

    assert changes("La ciudad de Nyala está en manos de las FAR desde la tarde del domingo.") == nyala
    assert changes("Nyala est contrôlée par les FSR depuis ce matin.") == nyala
    assert changes("La ciudad de Nyala está en manos de las FAR desde 2023.") == set()
