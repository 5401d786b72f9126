"""A claim denied in its own sentence by a relative standing for it ("…, ce que dément Kaboul",
"which the Afghan army denies", "lo que niega el ejército", "cosa che l'esercito smentisce") is
no change; a fact followed by "which … had denied they could do", or a confirmation, still is.
Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les talibans affirment contrôler Kandahar, ce que dément Kaboul.", set()),
        ("Les talibans affirment contrôler Kandahar, ce que dément l'armée afghane.", set()),
        ("The Taliban say they control Kandahar, which the Afghan army denies.", set()),
        ("Los talibanes afirman controlar Kandahar, lo que niega el ejército afgano.", set()),
        ("I talebani affermano di controllare Kandahar, cosa che l'esercito afghano smentisce.", set()),
        ("Die Taliban erklären, Kandahar zu kontrollieren, was die afghanische Armee bestreitet.", set()),
        (
            "The Taliban captured Kandahar, which the Afghan army had denied they could do.",
            {("Kandahar", "Taliban")},
        ),
        ("Les talibans affirment contrôler Kandahar, ce que confirme l'ONU.", {("Kandahar", "Taliban")}),
    ],
)
def test_a_claim_denied_in_its_own_sentence(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
