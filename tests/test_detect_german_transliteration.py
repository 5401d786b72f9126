"""German spells an English "j" of Arabic and Persian names "dsch": "Mudschahedin", "Mudschaheddin".

The actor matcher knew "sch" for "sh" ("Daesch") and "dj" for "j" ("moudjahidines"), not
"dsch" for "j", so "die Mudschaheddin" was no watched side and a capture of theirs had no holder
or a wrong one. Our own sentences about Afghanistan 1992, against
`tests/data/conflicts_watchlist7.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7 = "conflicts_watchlist7.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Mudschaheddin haben Kabul eingenommen.", {("Kabul", "Mujahideen")}),
        ("Die Mudschahedin haben Kabul eingenommen.", {("Kabul", "Mujahideen")}),
        ("Kabul wird nun von den Mudschahedin kontrolliert.", {("Kabul", "Mujahideen")}),
        ("Verbände der Mudschaheddin rückten in Kabul ein, nachdem die Regierungstruppen abgezogen waren.",
         {("Kabul", "Mujahideen")}),
    ],
)
def test_the_german_spelling_names_the_side(text: str, expected: set[tuple[str, str]]) -> None:
    """"Mudschaheddin" is the watched "Mujahideen"."""
    assert corpus_changes(text, C7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Mudschaheddin haben Kabul belagert.", set()),
        ("Die Mudschaheddin haben Kabul nicht eingenommen.", set()),
        # another side stays itself
        ("Die Taliban haben Kabul eingenommen.", {("Kabul", "Taliban")}),
    ],
)
def test_the_german_spelling_keeps_its_limits(text: str, expected: set[tuple[str, str]]) -> None:
    """A siege or a negation by the Mudschaheddin is no change; the Taliban are not them."""
    assert corpus_changes(text, C7) == expected
