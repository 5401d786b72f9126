"""Idioms of taking a city: "faire main basse sur X", "X in ihre Gewalt bringen" (any tense),
"routed/evicted the army from X". Not the same words about weapons or hostages, nor negated.
Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les talibans ont fait main basse sur Kandahar.", {("Kandahar", "Taliban")}),
        ("HTS a fait main basse sur Alep en trois jours.", {("Aleppo", "Hayat Tahrir al-Sham")}),
        ("Die Taliban brachten Kandahar in ihre Gewalt.", {("Kandahar", "Taliban")}),
        ("Die Taliban haben Kandahar in ihre Gewalt gebracht.", {("Kandahar", "Taliban")}),
        ("The Taliban routed government forces from Kandahar.", {("Kandahar", "Taliban")}),
        ("Ukrainian troops evicted Russian forces from Kherson.", {("Kherson", "Ukraine")}),
        ("Die Taliban brachten Geiseln in ihre Gewalt.", set()),
        ("Les talibans ont fait main basse sur les stocks d'armes de Kandahar.", set()),
        ("Les talibans n'ont pas fait main basse sur Kandahar.", set()),
    ],
)
def test_idioms_of_taking_a_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
