"""A side that refused to withdraw kept the city; one forced to withdraw lost it; a taking "por
parte de" a side is that side's (issue 10).

"L'armée a refusé de se retirer de X", "O exército recusou-se a retirar-se de X" were read as
the withdrawal itself (English, Spanish and German were not); "L'esercito è stato costretto a
ritirarsi da X" was not read at all (the Italian reflexive infinitive was no trigger); "La toma
de X por parte de las RSF" named no city ("por parte" was read as a part of X). Sentences of our
own about Sudan, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The army refused to withdraw from Nyala.",
        "L'armée a refusé de se retirer de Nyala.",
        "El ejército se negó a retirarse de Nyala.",
        "Die Armee weigerte sich, aus Nyala abzuziehen.",
        "L'esercito si è rifiutato di ritirarsi da Nyala.",
        "O exército recusou-se a retirar-se de Nyala.",
    ],
)
def test_refused_to_withdraw(text: str) -> None:
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "L'esercito è stato costretto a ritirarsi da Nyala.",
        "Le RSF hanno costretto l'esercito a ritirarsi da Nyala.",
        "La toma de Nyala por parte de las RSF fue confirmada.",
        "A tomada de Nyala por parte das RSF foi confirmada no domingo.",
    ],
)
def test_forced_to_withdraw_and_taken_por_parte(text: str) -> None:
    assert corpus_changes(text) == {("Nyala", RSF)}
