"""German losses and handovers named with a genitive or a dative.

"bestätigte den Verlust der Stadt X (an die RSF)": "Verlust" took only "von X"; a loss with
the city in the genitive is the same loss (not "Verluste der Armee", the casualties). "Die RSF
haben X kampflos der Armee überlassen": the side in the dative is who receives the city, even
with "kampflos" between and the article read as part of the side's name ("der Armee"). Our own
sentences about Sudan; a feared or denied loss stays no change.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die sudanesische Armee bestätigte den Verlust der Stadt Singa an die RSF.", {("Singa", RSF)}),
        ("Die Armee bestätigte den Verlust der Provinzhauptstadt Singa.", {("Singa", RSF)}),
        ("Die RSF haben Singa kampflos der Armee überlassen.", {("Singa", SAF)}),
        ("Die RSF haben die Stadt Singa der Armee überlassen.", {("Singa", SAF)}),
        ("Die Armee hat Singa kampflos den RSF überlassen.", {("Singa", RSF)}),
        # casualties, a fear, a denial
        ("Die Armee meldete schwere Verluste der RSF bei Singa.", set()),
        ("Die Armee fürchtet den Verlust der Stadt Singa.", set()),
        ("Die Armee hat den Verlust der Stadt Singa dementiert.", set()),
    ],
)
def test_loss_of_the_city_and_handover_to_a_dative(text: str, expected: set[tuple[str, str]]) -> None:
    """The genitive city is lost; the dative side receives it."""
    assert corpus_changes(text, C1) == expected
