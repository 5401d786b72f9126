"""What a side lost or left is not always the city: "lost contact with X", "perdieron el contacto
con X", "ha perso i contatti con X", "abandonaron la idea de defender X", "abandoned their
positions in X" name something else than X, as a building or positions do after a capture. "Lost
X", "perdieron X" still do, and so does a side withdrawing its troops from X. Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Afghan army lost contact with Ghazni.", set()),
        ("Las tropas afganas perdieron el contacto con Ghazni.", set()),
        ("L'esercito afghano ha perso i contatti con Ghazni.", set()),
        ("L'armée afghane a perdu le contact avec Ghazni.", set()),
        ("O exército afegão perdeu o contato com Ghazni.", set()),
        ("Las tropas afganas abandonaron la idea de defender Ghazni.", set()),
        ("Russian forces abandoned their positions in Kherson.", set()),
        ("The Afghan army lost Ghazni.", {("Ghazni", "Taliban")}),
        ("Las tropas afganas perdieron Ghazni.", {("Ghazni", "Taliban")}),
        ("Russian forces abandoned Kherson.", {("Kherson", "Ukraine")}),
        ("Russia withdrew its troops from Kherson.", {("Kherson", "Ukraine")}),
        ("Los talibanes retiraron sus tropas de Kandahar.", {("Kandahar", "Afghan government")}),
    ],
)
def test_what_a_side_lost_is_not_always_the_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
