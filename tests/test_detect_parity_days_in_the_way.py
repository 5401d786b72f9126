"""A day between a verb and the rest of its clause, on sentences written for these tests about the
Ukrainian counter-offensive of November 2022: the day of the month Brazilian papers put in brackets
after the weekday ("ocupou nesta quinta-feira (10) a cidade de X"), and a weekday with a
demonstrative or in two words between a fall and the hands ("caiu nesta quinta-feira nas mãos de",
"est tombée ce jeudi aux mains de"), in six languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import WATCHLIST, held_by

NOV_2022 = datetime(2022, 11, 12, 10, tzinfo=UTC)
UKRAINE = {("Kherson", "Ukraine")}


@pytest.mark.parametrize(
    "text",
    [
        "As forças ucranianas tomaram nesta quinta-feira (10) Kherson.",
        "As forças ucranianas ocuparam na tarde desta quinta-feira (10) a cidade de Kherson.",
        "Kherson foi retomada nesta quinta-feira (10) pelas forças ucranianas.",
        "As tropas russas abandonaram na quarta-feira (9) a cidade de Kherson.",
    ],
)
def test_the_bracketed_day_after_a_brazilian_weekday(text: str) -> None:
    """"Nesta quinta-feira (10)": the bracket is the date, not the end of the clause."""
    assert held_by(WATCHLIST, "", text, NOV_2022) == UKRAINE


@pytest.mark.parametrize(
    "text",
    [
        "Kherson caiu nesta quinta-feira nas mãos das forças ucranianas.",
        "Kherson caiu na quinta-feira nas mãos das forças ucranianas.",
        "Jersón cayó este jueves en manos de las fuerzas ucranianas.",
        "Kherson est tombée ce jeudi aux mains des forces ukrainiennes.",
        "Kherson è caduta questo giovedì nelle mani delle forze ucraine.",
        "Kherson fell on Thursday into the hands of Ukrainian forces.",
        "Cherson fiel am Donnerstag in die Hände der ukrainischen Streitkräfte.",
    ],
)
def test_a_weekday_between_the_fall_and_the_hands(text: str) -> None:
    """"Caiu nesta quinta-feira nas mãos de", "tombée ce jeudi aux mains de": the recipient
    follows the day, as after "cayó el domingo en manos de"."""
    assert held_by(WATCHLIST, "", text, NOV_2022) == UKRAINE


def test_a_bracket_that_is_no_day_still_ends_the_clause() -> None:
    """A bracketed aside that is not a day of the month is left alone."""
    text = "As forças ucranianas tomaram nesta quinta-feira (segundo Kiev) a ponte perto de Kherson."
    assert held_by(WATCHLIST, "", text, NOV_2022) == set()
