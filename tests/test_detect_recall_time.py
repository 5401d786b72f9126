"""Recall on unseen conflicts (issue 10): recent dates, and a city celebrating its liberation.

Sentences of our own about Sudan and Myanmar, against `tests/data/conflicts_watchlist.json`. A
change dated a few days before publication is news even when its month is the previous one
("le 29 juin" in a paper of 2 July, "30 décembre 2023" on 3 January, "am 29. Juni"); weeks
before, it is background. "Les habitants de X célèbrent leur libération" tells that X changed hands.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
JULY_2 = datetime(2024, 7, 2, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Les FSR ont pris Nyala le 29 juin après une semaine de combats.",
        "Le RSF hanno conquistato Nyala il 29 giugno dopo una settimana di combattimenti.",
        "As RSF tomaram Nyala em 29 de junho depois de uma semana de combates.",
        "Las FAR tomaron Nyala el 29 de junio tras una semana de combates.",
        "The RSF captured Nyala on June 29 after a week of fighting.",
        "Die RSF haben Nyala am 29. Juni nach einwöchigen Kämpfen eingenommen.",
        "Les FSR ont pris Nyala fin juin après une semaine de combats.",
    ],
)
def test_a_date_days_before_publication_is_news(text: str) -> None:
    """A day of the previous month, a few days before publication, dates a recent change."""
    assert _changes(text, published=JULY_2) == {("Nyala", RSF)}


def test_a_date_across_the_new_year_is_news() -> None:
    """ "Le 30 décembre (2023)" in a paper of 3 January 2024 is three days before, not last year."""
    january_3 = datetime(2024, 1, 3, 8, tzinfo=UTC)
    assert _changes("Les FSR ont pris Nyala le 30 décembre après des combats.", published=january_3) == {
        ("Nyala", RSF)
    }
    assert _changes("Les FSR ont pris Nyala le 30 décembre 2023 après des combats.", published=january_3) == {
        ("Nyala", RSF)
    }


def test_a_date_weeks_before_publication_is_background() -> None:
    """Three weeks before publication, or the middle of the previous month, the change is background."""
    text = "Les FSR ont pris Nyala le 29 juin après une semaine de combats."
    assert _changes(text, published=JULY_2) == {("Nyala", RSF)}
    assert _changes(text, published=datetime(2024, 7, 20, 8, tzinfo=UTC)) == set()
    assert (
        _changes("Les FSR ont pris Nyala à la mi-juin après une semaine de combats.", published=JULY_2)
        == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Menschen in Nyala feiern ihre Befreiung durch die sudanesische Armee.", {("Nyala", SAF)}),
        (
            "Les habitants de Wad Madani célèbrent leur libération par l'armée soudanaise.",
            {("Wad Madani", SAF)},
        ),
        ("Gli abitanti di Wad Madani festeggiano la loro liberazione dopo due anni.", {("Wad Madani", SAF)}),
        ("Residents of Wad Madani celebrated their liberation by the Sudanese army.", {("Wad Madani", SAF)}),
        (
            "Os moradores de Wad Madani celebram a sua libertação pelo exército sudanês.",
            {("Wad Madani", SAF)},
        ),
        (
            "Los habitantes de Wad Madani celebran su liberación por el ejército sudanés.",
            {("Wad Madani", SAF)},
        ),
    ],
)
def test_a_city_celebrating_its_liberation(text: str, expected: set[tuple[str, str]]) -> None:
    """People of a city celebrating "their liberation" tell that the city changed hands."""
    assert _changes(text) == expected


def test_a_liberation_awaited_is_no_change() -> None:
    """Awaiting one's liberation is no liberation; celebrating it is."""
    assert _changes("Les habitants de Wad Madani fêtent leur libération.") == {("Wad Madani", SAF)}
    assert _changes("Les habitants de Wad Madani attendent leur libération.") == set()
