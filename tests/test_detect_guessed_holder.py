"""A holder read in its sentence outweighs one guessed from the whole article (corpus 7).

"Las tropas leales al presidente entraron en Mukalla sin encontrar resistencia … La caída de
Mukalla deja a Adén como el último bastión de los separatistas": the fall names no holder, the
article fallback guesses the side other than the government for it, and that guess replaced the
entry whose subject was read. Our own articles against the battery's watchlist
(`tests/precision_kit.py`): Somalia, Libya, Nigeria, Mozambique; a later change read in its own
sentence still wins.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, GNA, IS, MOZ, NGA, SHB, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops entered Baidoa on Monday without meeting any resistance, according to military "
         "sources. The fall of Baidoa leaves al-Shabaab with only Kismayo in the south.", {("Baidoa", SOM)}),
        ("Las tropas gubernamentales entraron en Gwoza sin encontrar resistencia, según fuentes militares. "
         "La caída de Gwoza deja a Boko Haram sin su principal bastión.", {("Gwoza", NGA)}),
        ("Les troupes gouvernementales sont entrées sans combattre dans Palma, selon des sources militaires. "
         "La chute de Palma prive l'État islamique de son port.", {("Palma", MOZ)}),
        ("Le forze governative sono entrate senza combattere a Derna, secondo fonti militari. La caduta di "
         "Derna lascia l'ANL senza il suo porto orientale.", {("Derna", GNA)}),
    ],
)
def test_a_named_entry_outweighs_a_guessed_fall(text: str, expected: set[tuple[str, str]]) -> None:
    """The entry's subject holds the city, even reported by sources; the fall after it names no one."""
    assert held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops entered Baidoa on Monday without meeting any resistance. On Friday "
         "al-Shabaab fighters recaptured Baidoa.", {("Baidoa", SHB)}),
        ("Las tropas gubernamentales entraron en Gwoza sin encontrar resistencia. El viernes Boko Haram "
         "volvió a tomar Gwoza.", {("Gwoza", BH)}),
        ("Les troupes gouvernementales sont entrées sans combattre dans Palma. Vendredi, l'État "
         "islamique s'est de nouveau emparé de Palma.", {("Palma", IS)}),
    ],
)
def test_a_later_change_read_in_its_sentence_still_wins(text: str, expected: set[tuple[str, str]]) -> None:
    """Both holders read in their sentences: the stronger, later capture keeps the city."""
    assert held(text) == expected
