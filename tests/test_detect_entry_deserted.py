"""An entry into a city found deserted is a change: its defenders had gone (corpus 7).

An entry counts only when the side inside left, met no resistance or gave the city up
(`control.Detector.read`): "Les troupes italiennes sont entrées à Dessié … La ville a été
trouvée presque déserte" was no change. Finding the city deserted, empty or abandoned now counts
like "without resistance" (`words.DESERTED`). Our own articles against the battery's watchlist
(`tests/precision_kit.py`), with entries that found resistance or nothing said, still no change.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import GNA, MOZ, NAT, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops entered Baidoa on Tuesday. They found the town almost deserted.",
         {("Baidoa", SOM)}),
        ("Les troupes gouvernementales sont entrées dans Palma, qu'elles ont trouvée presque vide.",
         {("Palma", MOZ)}),
        ("Los nacionales entraron en Bilbao y encontraron la ciudad desierta.", {("Bilbao", NAT)}),
        ("Le forze governative sono entrate a Derna e hanno trovato la città deserta.", {("Derna", GNA)}),
        ("As tropas governamentais entraram em Palma e encontraram a cidade vazia.", {("Palma", MOZ)}),
    ],
)
def test_an_entry_into_a_deserted_city_is_a_change(text: str, expected: set[tuple[str, str]]) -> None:
    """Deserted, empty: no one held the city against the troops that entered."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Government troops moved into Baidoa on Tuesday.",
        "Les troupes gouvernementales sont entrées dans Palma, où elles ont trouvé une forte résistance.",
        "Los nacionales entraron en Bilbao y encontraron a los defensores atrincherados en el centro.",
        "Le forze governative sono entrate a Derna, ma sono state respinte dopo poche ore.",
    ],
)
def test_an_entry_that_found_defenders_is_no_change(text: str) -> None:
    """A push with nothing said of the defenders, or defenders found: a raid, no change."""
    assert held(text) == set()
