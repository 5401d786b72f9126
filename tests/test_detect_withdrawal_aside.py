"""Who withdrew stands before an aside between commas (corpus 7).

"I turchi, dopo aver tentato di resistere sulle alture a ovest della città, l'hanno abbandonata",
"Polish troops, who had been outflanked from the north, left the city": the side was looked for
only ten words back from the verb, so the withdrawal that lets an entry count was not seen
(`monitor.match.asides`). The aside is read too ("El general Haidari, jefe del ejército afgano,
ha huido": it names the side). Our own articles against the battery's watchlist (`tests/precision_kit.py`).
"""

from __future__ import annotations

import pytest

from tests.precision_kit import GNA, MOZ, NGA, SOM, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops entered Baidoa on Tuesday. Al-Shabaab fighters, who had been shelled for a "
         "week from the hills around the town, withdrew to the south overnight.", {("Baidoa", SOM)}),
        ("Les troupes gouvernementales sont entrées à Palma. Les combattants de l'État islamique, "
         "démoralisés par plusieurs jours de frappes aériennes sur leurs positions, se sont repliés "
         "vers le nord.", {("Palma", MOZ)}),
        ("Le forze governative sono entrate a Derna. I miliziani dell'ANL, dopo aver tentato di "
         "resistere per ore sulle colline a sud del porto, si sono ritirati verso est.", {("Derna", GNA)}),
        ("Las tropas nigerianas entraron en Gwoza. Los combatientes de Boko Haram, que habían resistido "
         "durante semanas en los barrios del norte, se retiraron hacia el bosque.", {("Gwoza", NGA)}),
    ],
)
def test_a_withdrawal_after_an_aside_counts(text: str, expected: set[tuple[str, str]]) -> None:
    """The side that left is the subject before the aside: the entry is a change."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Government troops entered Baidoa on Tuesday. Al-Shabaab fighters, who had been shelled for a "
        "week from the hills around the town, attacked them overnight.",
        "Government troops moved into Baidoa. Thousands of civilians, who had sheltered for days in the "
        "main mosque of the town, fled to the south.",
    ],
)
def test_an_aside_without_a_side_leaving_is_no_change(text: str) -> None:
    """No side withdrew: an attack on the troops that entered (fighting goes on), civilians fleeing
    from troops that only moved in: no change."""
    assert held(text) == set()
