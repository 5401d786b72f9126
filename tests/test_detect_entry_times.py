"""An entry whose time stands between the verb and the town: "entraron el domingo por la mañana en
X", "entraron a las once de la mañana en X", "entrou às onze da manhã em X", as French and
Italian already read "sont entrées dimanche matin dans X". Our own sentences, about Sudan,
against the corpus watchlist; each entry follows a withdrawal, so that it is a change on any
reading.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

SAF = "Sudanese Armed Forces"

ENTRIES = [
    "Tras la retirada de las FAR, el ejército sudanés entró el domingo por la mañana en Singa.",
    "Tras la retirada de las FAR, el ejército sudanés entró a las once de la mañana en Singa.",
    "Tras la retirada de las FAR, el ejército sudanés entró ayer por la tarde en Singa.",
    "Après le retrait des FSR, l'armée soudanaise est entrée dimanche matin dans Singa.",
    "Dopo il ritiro delle RSF, l'esercito sudanese è entrato domenica mattina a Singa.",
    "Após a retirada das FAR, o exército sudanês entrou às onze da manhã em Singa.",
    "Após a retirada das FAR, o exército sudanês entrou no domingo de manhã em Singa.",
]


@pytest.mark.parametrize("text", ENTRIES)
def test_an_entry_told_with_its_time(text: str) -> None:
    """The time between the verb and the town does not hide the town."""
    assert corpus_changes(text) == {("Singa", SAF)}
