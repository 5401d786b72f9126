"""A city "now under their control" is held by the side the possessive stands for (corpus 7).

"Les Forces armées nationales tchadiennes poursuivent leur offensive … c'est Faya-Largeau … qui
est désormais sous leur contrôle" was no change: the Romance falls knew "sous le contrôle", not
"sous leur contrôle", "bajo su control", "sotto il loro controllo", "sob o seu controlo"; and
the holder was guessed from the article, not read from the possessive (`monitor.match.
possessive`). Our own articles against the battery's watchlist (`tests/precision_kit.py`).
"""

from __future__ import annotations

import pytest

from tests.precision_kit import LNA, MOZ, NGA, SHB, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les shebab ont lancé l'offensive dimanche. Kismayo est désormais sous leur contrôle.",
         {("Kismayo", SHB)}),
        ("El ejército nigeriano lanzó una ofensiva contra Boko Haram. Gwoza está ahora bajo su control.",
         {("Gwoza", NGA)}),
        ("L'ANL ha lanciato l'offensiva domenica. Derna è ora sotto il loro controllo.", {("Derna", LNA)}),
        ("As forças moçambicanas avançaram no domingo. Palma está agora sob o seu controlo.",
         {("Palma", MOZ)}),
        ("Government troops launched an offensive against al-Shabaab on Sunday. Baidoa is now under "
         "their control.", {("Baidoa", SOM)}),
        ("Les shebab poursuivent leur offensive. Après Baidoa, prise samedi, c'est Kismayo qui est "
         "désormais sous leur contrôle.", {("Baidoa", SHB), ("Kismayo", SHB)}),
    ],
)
def test_under_their_control_names_the_last_side(text: str, expected: set[tuple[str, str]]) -> None:
    """The possessive stands for the side named last before it: it holds the city now."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les shebab ont lancé l'offensive dimanche. Kismayo reste sous leur contrôle.",
        "Boko Haram atacó Gwoza el domingo. La ciudad estaba bajo su control desde 2014.",
        "L'ANL ha lanciato l'offensiva domenica. Derna non è ancora sotto il loro controllo.",
    ],
)
def test_under_their_control_keeps_the_limits_of_a_change(text: str) -> None:
    """Still, since a year long past, not yet: no change."""
    assert held(text) == set()

