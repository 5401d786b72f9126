"""A siege told as the city's attribute after a phrase of time: "das seit Wochen belagerte X".

"Die Volksarmee hat das belagerte X eingenommen" was read as a capture (the adjective after the
article describes the city), but a phrase of time between the article and the adjective ("das
seit Wochen belagerte", "die seit Monaten belagerte Stadt") made "belagerte" govern the verb.
Our own sentences about Croatia 1991; the siege itself, a negation and an intent stay no change.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C7, JNA = "conflicts_watchlist7.json", "Yugoslav People's Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die jugoslawische Volksarmee hat am Montag das seit Wochen belagerte Vukovar eingenommen.",
         {("Vukovar", JNA)}),
        ("Die jugoslawische Volksarmee hat die seit drei Monaten belagerte Stadt Vukovar eingenommen.",
         {("Vukovar", JNA)}),
        ("Die jugoslawische Volksarmee hat Vukovar seit Wochen belagert.", set()),
        ("Die jugoslawische Volksarmee hat das seit Wochen belagerte Vukovar nicht eingenommen.", set()),
        ("Die jugoslawische Volksarmee will das seit Wochen belagerte Vukovar einnehmen.", set()),
    ],
)
def test_a_siege_before_the_city_is_its_attribute(text: str, expected: set[tuple[str, str]]) -> None:
    """The besieged city taken is a capture; the siege alone is none."""
    assert corpus_changes(text, C7) == expected
