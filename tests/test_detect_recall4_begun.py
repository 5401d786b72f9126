"""A headline's withdrawal ("Russische Truppen ziehen aus X ab") over a body saying the withdrawal
has only begun ("haben mit dem Abzug aus X begonnen", "began withdrawing from X", "ont commencé
à se retirer de X") is no change yet; a body telling the withdrawal done keeps it. Sentences of
our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import PUBLISHED, WATCHLIST, held_by


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russische Truppen ziehen aus Cherson ab",
            "Die russischen Truppen haben mit dem Abzug aus Cherson begonnen.",
        ),
        ("Russian troops pull out of Kherson", "Russian troops began withdrawing from Kherson on Friday."),
        (
            "Les troupes russes se retirent de Kherson",
            "Les troupes russes ont commencé à se retirer de Kherson.",
        ),
        (
            "Las tropas rusas se retiran de Jersón",
            "Las tropas rusas comenzaron a retirarse de Jersón el viernes.",
        ),
        ("Afghan forces withdraw from Kandahar", "Afghan forces have started to pull out of Kandahar."),
    ],
)
def test_a_title_withdrawal_only_begun_in_the_body_is_no_change(title: str, text: str) -> None:
    assert held_by(WATCHLIST, title, text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Russian troops pull out of Kherson",
            "Russian troops began withdrawing on Wednesday. By Friday the last soldiers had left Kherson.",
            {("Kherson", "Ukraine")},
        ),
        (
            "Russische Truppen ziehen aus Cherson ab",
            "Die Stadt ist seit Freitag frei.",
            {("Kherson", "Ukraine")},
        ),
        (
            "Afghan forces withdraw from Kandahar",
            "The withdrawal began on Monday. On Friday the Taliban entered Kandahar.",
            {("Kandahar", "Taliban")},
        ),
    ],
)
def test_a_title_withdrawal_told_done_or_without_begun_stands(
    title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert held_by(WATCHLIST, title, text, PUBLISHED) == expected
