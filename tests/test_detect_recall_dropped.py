"""Recall on unseen conflicts (issue 10): a fall whose subject is dropped or a pronoun.

Spanish, Italian and Portuguese drop the subject ("El domingo cayó en manos de las FAR"); French
and English write a pronoun ("Elle est tombée…", "It fell to…"). The city is the one the sentence
before named, when a watched side follows the fall. Sentences of our own about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "El ejército defendía Nyala desde hacía meses. El domingo cayó en manos de las FAR.",
        "Les FSR assiégeaient Nyala depuis des mois. Elle est tombée dimanche aux mains des paramilitaires.",
        "Le RSF assediavano Nyala da mesi. Domenica è caduta nelle mani dei paramilitari.",
        "As RSF cercavam Nyala há meses. No domingo caiu nas mãos dos paramilitares.",
        "The RSF had besieged Nyala for months. It fell to the paramilitaries on Sunday.",
    ],
)
def test_a_fall_about_the_city_named_before(text: str) -> None:
    """A fall without a subject of its own, to a named side, is about the previous sentence's city."""
    assert _changes(text) == {("Nyala", RSF)}


def test_a_fall_without_a_side_is_another_sense() -> None:
    """Night falling, a person falling ill or a figure falling names no side: no change."""
    assert _changes("Le RSF assediavano Nyala da mesi. Domenica è caduta nelle mani dei paramilitari.") == {
        ("Nyala", RSF)
    }
    assert _changes("Le RSF assediavano Nyala da mesi. Domenica è caduta la notte sulla regione.") == set()
    assert _changes("Les FSR assiégeaient Nyala depuis des mois. Elle est tombée malade.") == set()
    assert _changes("Exports from Nyala dropped. It fell to its lowest level in years.") == set()
