"""A change told inside a rumour is no change, however far the rumour noun stands before the verb.

"Rumours are circulating on social media that X has fallen", "Rumores de que las FAR tomaron X
circulan", "Girano voci secondo cui le RSF avrebbero preso X". A rumour named beside a clause it
does not open ("Despite the rumours, the government said that …") does not govern it. Our own
sentences, about Sudan, against the corpus watchlist.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"

RUMOURS = [
    "Rumours are circulating on social media tonight that Singa has fallen to the RSF.",
    "Des rumeurs circulent depuis hier sur les réseaux sociaux selon lesquelles les FSR ont pris Singa.",
    "Circulan desde anoche en las redes rumores de que las FAR tomaron Singa.",
    "Da ieri sera girano sui social voci secondo cui le RSF hanno preso Singa.",
    "Circulam desde ontem nas redes boatos de que as RSF tomaram Singa.",
    # an impersonal "one says": hearsay, with no source
    "It is said that the RSF took Singa on Saturday.",
    "On dit que les FSR ont pris Singa samedi.",
    "Se ha dicho que el sábado las FAR tomaron Singa.",
    "Si dice che le RSF abbiano preso Singa sabato.",
    "Diz-se que as RSF tomaram Singa no sábado.",
]


@pytest.mark.parametrize("text", RUMOURS)
def test_a_rumour_asserts_nothing(text: str) -> None:
    """The clause a rumour noun opens tells no change."""
    assert corpus_changes(text) == set()


NOT_RUMOURS = [
    "Despite the rumours, the army said on Monday that the RSF had captured Singa.",
    "Malgré les rumeurs, le gouvernement a annoncé lundi que les FSR ont pris Singa.",
    "The RSF captured Singa on Monday, ending rumours that the army would hold the town.",
    # a speaker named: a statement ("ha dicho que"), as the German "es heißt" introduces one
    "El portavoz de las FAR ha dicho que sus tropas tomaron Singa el lunes.",
    "Es heißt in einer Erklärung der RSF, die Kämpfer hätten Singa am Montag eingenommen.",
]


@pytest.mark.parametrize("text", NOT_RUMOURS)
def test_a_rumour_beside_the_clause(text: str) -> None:
    """A rumour that does not open the change's clause does not govern it."""
    assert corpus_changes(text) == {("Singa", RSF)}
