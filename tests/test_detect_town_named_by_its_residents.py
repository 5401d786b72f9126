""""The town" named later in its sentence by the people who tell the news (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. When no
earlier place stands for "the town", the one watched place the sentence names afterwards as the
home of its witnesses ("…, residents of X said", "selon des habitants de X") does. Not a town
"nearby".
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "RSF fighters captured the strategic town after a three-day battle, residents of Singa said.",
        "RSF fighters captured the town on Saturday, a resident of Singa told reporters.",
        "Les FSR ont pris la ville samedi, selon des habitants de Singa.",
        "Las FAR tomaron la ciudad el sábado, según vecinos de Singa.",
        "La città è ora nelle mani delle Rsf, dicono i residenti di Singa.",
    ],
)
def test_the_town_of_the_witnesses(text: str) -> None:
    """The witnesses' town is the town taken."""
    assert corpus_changes(text) == {("Singa", RSF)}


def test_a_town_nearby_stays_unresolved() -> None:
    """ "nearby" is another town than the one taken."""
    text = "RSF fighters captured the town on Saturday, residents of nearby Singa said."
    assert corpus_changes(text) == set()
