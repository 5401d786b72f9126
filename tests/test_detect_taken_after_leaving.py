"""A city taken by a force no watched side accounts for, after the article says which side left it.

"Troops under General Ante Gotovina entered the town after Serb forces withdrew": a commander's
rank and name are not an unwatched group's, so the town goes to the one opponent of the side that
left. "Le préfet avait quitté la ville": the state's prefect leaving is the government losing it.
Sentences written for this test (Croatia 1995, Nagorno-Karabakh 1992), against the battery's
watchlist.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import ARM, HV, held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knin was occupied on Saturday. Troops under General Ante Gotovina entered the town after Serb forces withdrew.", {("Knin", HV)}),
        ("Hadrut a été occupée ce matin par les troupes du commandant Ter-Tadevosyan, qui y sont entrées sans rencontrer de résistance; le préfet avait quitté la ville dans la nuit.", {("Hadrut", ARM)}),
        ("Shusha was taken this morning by units under Commander Arkady Ter-Tadevosyan, who met no resistance; the prefect had left the town during the night.", {("Shusha", ARM)}),
    ],
)
def test_the_one_opponent_of_who_left_took_it(text: str, expected: set[tuple[str, str]]) -> None:
    """A commander's troops, the prefect gone: the holder is the opponent of the side that left."""
    assert held(text) == expected
