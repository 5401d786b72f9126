"""Control established over a town, or "there", in the town named before: a change.

"A établi son contrôle sur X", "estableció el control de X", "ha stabilito il controllo su X",
"estabeleceu o controlo de X", as English read "established control over X"; and control
established "there" ("y ont établi", "establecieron allí", "vi hanno stabilito", "estabeleceram
ali"). Intent and negation still govern. Our own sentences, about Sudan, against the corpus
watchlist.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

SAF = "Sudanese Armed Forces"

CHANGES = [
    "The Sudanese army established control over Singa on Sunday.",
    "L'armée soudanaise a établi dimanche son contrôle sur Singa.",
    "El ejército sudanés estableció el domingo el control de Singa.",
    "L'esercito sudanese ha stabilito domenica il controllo su Singa.",
    "O exército sudanês estabeleceu no domingo o controlo de Singa.",
    "L'armée soudanaise est entrée à l'aube dans la ville de Singa et y a établi son contrôle.",
    "El ejército sudanés llegó al amanecer a la ciudad de Singa y estableció allí su control.",
    "L'esercito sudanese è arrivato all'alba nella città di Singa e vi ha stabilito il suo controllo.",
    "O exército sudanês chegou de madrugada à cidade de Singa e estabeleceu ali o seu controlo.",
]


@pytest.mark.parametrize("text", CHANGES)
def test_control_established(text: str) -> None:
    """Control established over the town, or there: the army holds it."""
    assert corpus_changes(text) == {("Singa", SAF)}


NO_CHANGES = [
    "Les FSR veulent établir leur contrôle sur Singa.",
    "Las FAR intentan establecer su control sobre Singa.",
    "Le RSF cercano di stabilire il controllo su Singa.",
    "As RSF tentam estabelecer o controlo de Singa.",
    "L'armée n'a pas établi son contrôle sur Singa.",
]


@pytest.mark.parametrize("text", NO_CHANGES)
def test_control_only_sought_or_denied(text: str) -> None:
    """An aim or a negation governs the verb: no change."""
    assert corpus_changes(text) == set()
