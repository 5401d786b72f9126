"""A Romance future passive announces, it reports nothing: "X será liberada", "X sera prise" (corpus 7).

The conditional ("sería tomada", "serait prise") blocked a change and "will be taken" did, but
the future of the auxiliary did not: "'Kirkuk será liberada', declaró…" was read as a
liberation. Our own sentences about Spain 1936, Libya, Nigeria and Somalia, each next to the
same change in the past, against the battery's watchlist (`tests/precision_kit.py`).
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, LNA, NAT, SHB, held


@pytest.mark.parametrize(
    ("future", "past", "expected"),
    [
        ("Toledo será tomada por los nacionales.", "Toledo ha sido tomada por los nacionales.",
         {("Toledo", NAT)}),
        ("Bilbao sera prise par les nationalistes dans la semaine.",
         "Bilbao a été prise par les nationalistes.", {("Bilbao", NAT)}),
        ("Derna sarà conquistata dall'ANL entro l'estate.", "Derna è stata conquistata dall'ANL.",
         {("Derna", LNA)}),
        ("Maiduguri será tomada pelo Boko Haram, dizem os rebeldes.",
         "Maiduguri foi tomada pelo Boko Haram.", {("Maiduguri", BH)}),
        ("'Kismayo sera reprise par les shebab', a promis leur chef.",
         "Kismayo a été reprise par les shebab.", {("Kismayo", SHB)}),
        ("Los nacionales aseguran que Santander será conquistada antes del otoño.",
         "Santander fue conquistada por los nacionales.", {("Santander", NAT)}),
    ],
)
def test_a_future_passive_is_no_change(future: str, past: str, expected: set[tuple[str, str]]) -> None:
    """"será tomada", "sera prise", "sarà conquistata", "será tomada" (pt): nothing yet."""
    assert (held(future), held(past)) == (set(), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los nacionales tomaron Toledo; la reconstrucción será larga.", {("Toledo", NAT)}),
        ("Les nationalistes ont pris Bilbao, et la ville sera reconstruite.", {("Bilbao", NAT)}),
    ],
)
def test_a_future_after_the_change_does_not_undo_it(text: str, expected: set[tuple[str, str]]) -> None:
    """The future of another clause, after the change, leaves the change a change."""
    assert held(text) == expected
