"""The subject put after the city in Spanish, Portuguese and Italian ("Ayer tomaron X las tropas
chilenas", "Ontem ocuparam X os primeiros soldados"): the verb has a subject of its own, so it is
not the dropped subject of the sentence before. Sentences written for these tests about the
Ukrainian counter-offensive of November 2022."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import WATCHLIST, held_by

NOV_2022 = datetime(2022, 11, 12, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Los rusos resistieron dos semanas. Ayer tomaron Jersón las tropas ucranianas.",
        "Los rusos resistieron dos semanas. Al amanecer ocuparon Jersón las primeras tropas ucranianas.",
        "Os russos resistiram duas semanas. Ontem tomaram Kherson as tropas ucranianas.",
        "Os russos resistiram duas semanas. De madrugada ocuparam Kherson os primeiros soldados ucranianos.",
        "I russi hanno resistito due settimane. Ieri hanno preso Kherson le truppe ucraine.",
        # whose army the troops are: "las primeras tropas del ejército de Ucrania"
        "Los rusos resistieron dos semanas. Ayer tomaron Jersón las primeras tropas del ejército de Ucrania.",
    ],
)
def test_the_subject_after_the_city(text: str) -> None:
    """The side named right after the city, behind articles, "the first" and a noun for fighters,
    is who took it; the subject of the sentence before is not carried over."""
    assert held_by(WATCHLIST, "", text, NOV_2022) == {("Kherson", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no subject of its own: the last sentence's subject took it
        ("Los rusos resistieron dos semanas. Ayer tomaron Jersón tras duros combates.",
         {("Kherson", "Russia")}),
        # a side named before the verb is the subject, whatever follows the city
        ("Las tropas ucranianas tomaron ayer Jersón, las tropas rusas se retiraron.",
         {("Kherson", "Ukraine")}),
    ],
)
def test_no_late_subject(text: str, expected: set[tuple[str, str]]) -> None:
    """Only a side right after the city, in a sentence with no side before the verb, is read."""
    assert held_by(WATCHLIST, "", text, NOV_2022) == expected
