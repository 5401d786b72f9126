"""A relative clause after an inverted subject, and "fast kampflos": the object still counts.

"Am Montag besetzten japanische Truppen, die zehn Tage zuvor an der Küste gelandet waren, Kanton":
the object follows the relative clause of the subject; a city named inside that clause is not
the object. "fast kampflos", "almost unopposed", "presque sans combat" say how the city was
taken, not that it was taken almost ("fast ganz X", "almost took X" stay hedged). Our own
sentences about China 1937, Ethiopia and Sudan.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7, C1 = "conflicts_watchlist7.json", "conflicts_watchlist.json"


@pytest.mark.parametrize(
    ("text", "watchlist", "expected"),
    [
        (
            "Am Montag besetzten japanische Truppen, die erst zehn Tage zuvor an der Küste bei Daya gelandet"
            " waren, Kanton.",
            C7,
            {("Guangzhou", "Japan")},
        ),
        (
            "Am Freitag eroberten Kämpfer der TPLF, die in den vergangenen Wochen aus dem Westen Tigrays"
            " herangerückt waren, Mekele.",
            C1,
            {("Mekelle", "TPLF")},
        ),
        # a city in the relative clause is where the subject came from, not what it took
        (
            "Am Montag besetzten japanische Truppen, die Kanton umgangen hatten, Tianjin.",
            C7,
            {("Tianjin", "Japan")},
        ),
    ],
)
def test_the_object_after_the_subjects_relative_clause(text: str, watchlist: str,
                                                       expected: set[tuple[str, str]]) -> None:
    """The inverted subject's relative clause is skipped, whatever its length."""
    assert corpus_changes(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montag besetzten japanische Truppen fast kampflos Tianjin.", {("Tianjin", "Japan")}),
        ("Japanische Truppen nahmen Tianjin fast ohne Widerstand ein.", {("Tianjin", "Japan")}),
        ("Japanese troops took almost without a fight the city of Tianjin.", {("Tianjin", "Japan")}),
        ("Les troupes japonaises ont pris presque sans combat Tianjin.", {("Tianjin", "Japan")}),
        ("Las tropas japonesas tomaron casi sin resistencia Tianjin.", {("Tianjin", "Japan")}),
        # "almost" of the taking itself is still a hedge
        ("Am Montag besetzten japanische Truppen fast ganz Tianjin.", set()),
        ("Japanische Truppen haben Tianjin fast eingenommen.", set()),
        ("Japanese troops almost took Tianjin.", set()),
        ("Las tropas japonesas casi tomaron Tianjin.", set()),
    ],
)
def test_almost_unopposed_is_no_hedge(text: str, expected: set[tuple[str, str]]) -> None:
    """Almost without a fight is a whole capture; almost taking is none."""
    assert corpus_changes(text, C7) == expected
