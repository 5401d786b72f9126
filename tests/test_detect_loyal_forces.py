"""Forces "loyal to the president" are the government side (corpus 7).

"Las tropas leales al presidente yemení, Alí Abdulá Saleh, entraron en Mukalla" named no
watched side: only "fuerzas leales" and "forças leais" were generic phrases. Troops, forces
loyal (faithful) to the president or to the government, with or without his nationality, in
the five languages of these phrases (`monitor.match.generic`). Our own sentences against the
battery's watchlist (`tests/precision_kit.py`): Libya, Somalia, Nigeria, Mozambique.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import GNA, MOZ, NGA, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forces loyal to the president seized Derna on Sunday.", {("Derna", GNA)}),
        ("Troops loyal to the Somali president took Baidoa.", {("Baidoa", SOM)}),
        ("Las tropas leales al presidente nigeriano tomaron Gwoza.", {("Gwoza", NGA)}),
        ("Les troupes fidèles au président se sont emparées de Palma.", {("Palma", MOZ)}),
        ("Le truppe fedeli al governo hanno conquistato Kismayo.", {("Kismayo", SOM)}),
        ("As tropas leais ao presidente tomaram Palma.", {("Palma", MOZ)}),
    ],
)
def test_forces_loyal_to_the_president_are_the_government(text: str, expected: set[tuple[str, str]]) -> None:
    """The president's or the government's loyal troops hold what they take."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops loyal to the former president seized Baidoa.",
        "Forces loyal to the president are advancing on Derna.",
        "Les troupes fidèles au président n'ont pas pu prendre Palma.",
        "Las tropas leales al presidente intentaron tomar Gwoza.",
    ],
)
def test_loyal_forces_keep_the_limits_of_a_change(text: str) -> None:
    """A former president's men are no government; an advance or a failure is no change."""
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Unidades del ejército leales al Frente Democrático tomaron Gwoza.", NGA),
        ("Army troops loyal to the former president seized Baidoa.", SOM),
        ("Les troupes de l'armée fidèles au colonel putschiste se sont emparées de Palma.", MOZ),
        ("Le truppe dell'esercito fedeli al generale ribelle hanno conquistato Derna.", GNA),
        ("Tropas do exército leais ao antigo chefe de Estado tomaram Palma.", MOZ),
    ],
)
def test_army_units_loyal_to_someone_else_are_not_the_government(text: str, government: str) -> None:
    """Mutineers, a rival's men: the army's name does not make them the government side."""
    assert government not in {holder for _place, holder in held(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unidades del ejército leales al gobierno tomaron Gwoza.", {("Gwoza", NGA)}),
        ("Army troops loyal to the government seized Baidoa.", {("Baidoa", SOM)}),
    ],
)
def test_army_units_loyal_to_the_government_are_it(text: str, expected: set[tuple[str, str]]) -> None:
    """Loyal to the government: the government side, as before."""
    assert held(text) == expected
