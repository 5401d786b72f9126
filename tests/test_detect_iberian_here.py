"""Portuguese "entraram nesta cidade": the contraction of "em" and "this" is the preposition of an
entry, as "em", "na" and "no" are (Spanish writes "entraron en esta ciudad"). Sentences written for
these tests about Kherson in November 2022."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import WATCHLIST, held_by

NOV_2022 = datetime(2022, 11, 12, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "KHERSON, 11 nov (Lusa) - Depois da retirada russa, as forças ucranianas entraram hoje nesta cidade.",
        "KHERSON, 11 nov (EFE) - Tras la retirada rusa, las fuerzas ucranianas entraron hoy en esta ciudad.",
        # "neste" before a day is still a day: the city follows
        "Depois da retirada russa, as forças ucranianas entraram neste sábado em Kherson.",
    ],
)
def test_entered_this_city(text: str) -> None:
    """"Entraram nesta cidade" under the city's dateline: the entry into it after the retreat."""
    assert held_by(WATCHLIST, "", text, NOV_2022) == {("Kherson", "Ukraine")}
