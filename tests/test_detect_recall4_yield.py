"""A city that capitulated or gave itself up to a side, or that a side occupied: "X capitulated
to Y", "X se rendit aux Y" (passé simple), "X rendeu-se aos Y", "Y occupied X on Friday", "X was
occupied by Y". Not "Russian-occupied X", a building occupied in X, an old occupation, nor "se
rendit à" (went to). Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

KANDAHAR = {("Kandahar", "Taliban")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city of Kandahar capitulated to the Taliban.", KANDAHAR),
        ("Kandahar capitulated to the Taliban on Friday.", KANDAHAR),
        ("Kandahar se rendit aux talibans vendredi.", KANDAHAR),
        ("Kandahar rendeu-se aos talibãs na sexta-feira.", KANDAHAR),
        ("The Taliban occupied Kandahar on Friday.", KANDAHAR),
        ("Kandahar was occupied by the Taliban on Friday.", KANDAHAR),
        ("Kandahar was occupied by the Taliban from 1996 to 2001.", set()),
        ("The building was occupied by the Taliban in Kandahar.", set()),
        ("Russian forces occupied the town of Kherson on Friday.", {("Kherson", "Russia")}),
        ("Russian-occupied Kherson was shelled on Friday.", set()),
        ("Russian forces occupied Kherson in March 2020.", set()),
        ("The Taliban occupied the building in Kandahar.", set()),
        ("Kandahar se rendit à Kaboul.", set()),
    ],
)
def test_a_city_that_gave_itself_up_or_was_occupied(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
