"""A side's spokesman ("un porte-parole des talibans", "ein Sprecher der Taliban", "un portavoz
de los talibanes") speaks for it: "des", "der", "de los" there say whose spokesman, not from whom
the city was taken nor whose city it was. "Von den Taliban zurückerobert", "des mains des
talibans" still say from whom. Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

KANDAHAR, REGAINED = {("Kandahar", "Taliban")}, {("Kandahar", "Afghan government")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie ein Sprecher der Taliban mitteilte, wurde Kandahar eingenommen.", KANDAHAR),
        ("Wie ein Sprecher der Taliban mitteilte, haben die Kämpfer Kandahar eingenommen.", KANDAHAR),
        ("Kandahar wurde eingenommen, teilte ein Sprecher der Taliban mit.", KANDAHAR),
        ("Un porte-parole des talibans a annoncé la prise de Kandahar.", KANDAHAR),
        ("Un portavoz de los talibanes anunció la toma de Kandahar.", KANDAHAR),
        ("Un portavoce dei talebani ha annunciato la presa di Kandahar.", KANDAHAR),
        ("Un porte-parole de HTS a annoncé la prise d'Alep.", {("Aleppo", "Hayat Tahrir al-Sham")}),
        ("Die Armee hat Kandahar von den Taliban zurückerobert.", REGAINED),
        ("L'armée a repris Kandahar des mains des talibans.", REGAINED),
        ("Die Taliban haben Kandahar und einen Stützpunkt der Armee überrannt.", KANDAHAR),
    ],
)
def test_a_spokesman_speaks_for_his_side(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
