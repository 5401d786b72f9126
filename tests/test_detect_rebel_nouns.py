"""A side watched as "<people> rebels" is found under the other words for rebels.

"Kurdish rebels" was translated to "rebeldes kurdos", "ribelli curdi", "kurdische Rebellen"
only; wire copy as often writes "guerrilleros kurdos", "insorti curdi", "kurdische Kämpfer",
"insurgés kurdes", "guerrilheiros curdos" (corpus 7: three Kurdish captures with no holder). The
head noun "rebels" now has those synonyms in each language. Our own sentences about Iraq 1991
(`tests/data/conflicts_watchlist7.json`) and Chechnya (`tests/data/conflicts_watchlist.json`).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7, C1 = "conflicts_watchlist7.json", "conflicts_watchlist.json"
KURDS, CHECHENS = "Kurdish rebels", "Chechen separatists"


@pytest.mark.parametrize(
    ("text", "watchlist", "expected"),
    [
        ("Los guerrilleros kurdos tomaron Erbil.", C7, {("Erbil", KURDS)}),
        ("Los insurgentes kurdos tomaron Erbil.", C7, {("Erbil", KURDS)}),
        ("I guerriglieri curdi hanno preso Dohuk.", C7, {("Dohuk", KURDS)}),
        ("Les insurgés kurdes ont pris Erbil.", C7, {("Erbil", KURDS)}),
        ("Kurdische Kämpfer haben Erbil eingenommen.", C7, {("Erbil", KURDS)}),
        ("Os guerrilheiros chechenos tomaram Gudermes.", C1, {("Gudermes", CHECHENS)}),
        ("Gli insorti ceceni hanno preso Gudermes.", C1, {("Gudermes", CHECHENS)}),
        ("Tschetschenische Aufständische haben Gudermes eingenommen.", C1, {("Gudermes", CHECHENS)}),
        # who left: the single opponent holds the city
        ("Los guerrilleros kurdos se retiraron de Erbil.", C7, {("Erbil", "Iraqi government")}),
    ],
)
def test_other_words_for_rebels_name_the_side(text: str, watchlist: str,
                                               expected: set[tuple[str, str]]) -> None:
    """Guerrillas, insurgents and fighters of the people are the watched rebels."""
    assert corpus_changes(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "watchlist"),
    [
        ("Los guerrilleros kurdos rodearon Erbil.", C7),
        ("Los insurgentes chechenos atacaron Gudermes.", C1),
        ("Gli insorti ceceni hanno assediato Gudermes.", C1),
        ("Tschetschenische Kämpfer haben Gudermes belagert.", C1),
    ],
)
def test_the_rebel_nouns_change_no_more_than_the_name(text: str, watchlist: str) -> None:
    """Surrounding, attacking, besieging: no change, whatever the word for the rebels."""
    assert corpus_changes(text, watchlist) == set()
