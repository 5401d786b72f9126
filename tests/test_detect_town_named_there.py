"""A sentence that opens on a place of its own: its "the town" is that place (issue 10, "the city").

"The army repelled an attack on Nyala. In Mellit, 200 km north, fighters took the town after the
garrison fled": the town taken is Mellit, which no one watches, not Nyala, named in the sentence
before. Where someone speaks from there ("In Port Sudan, the army said the fighters had taken the
town"), the town is still the city named before. Sentences of our own about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had repelled an attack on Nyala. In Mellit, 200 km north, RSF fighters took the town after the garrison fled.",
        "L'armée a repoussé une attaque contre Nyala. À Mellit, à 200 km au nord, les FSR ont pris la ville après la fuite de la garnison.",
        "El ejército rechazó un ataque contra Nyala. En Mellit, a 200 km al norte, las RSF tomaron la ciudad tras la huida de la guarnición.",
    ],
)
def test_the_town_of_a_sentence_opening_on_another_place(text: str) -> None:
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The RSF attacked Nyala on Saturday. On Sunday, RSF fighters took the town after the garrison fled.",
        "The RSF attacked Nyala on Saturday. In Port Sudan, the army said RSF fighters had taken the town.",
    ],
)
def test_the_town_is_still_the_city_named_before(text: str) -> None:
    """A day opening the sentence, or a place someone speaks from, names no other town."""
    assert corpus_changes(text) == {("Nyala", RSF)}
