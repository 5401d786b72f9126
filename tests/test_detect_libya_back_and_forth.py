"""A town that changed hands back and forth: Libya, 2011 (issue 10).

Sentences of our own, read against a watchlist of our own (Gaddafi's forces, the NTC). "Again"
after the state says the side holds the town once more ("Brega was in rebel hands again on
Friday"), as "back in rebel hands" does; the later retaking in the same sentence wins.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

LIBYA = {
    "places": [{"name": n, "country": "LY"} for n in ("Brega", "Ajdabiya", "Ras Lanuf", "Zawiya")],
    "actors": [
        {"name": "Gaddafi forces", "aliases": ["Libyan government", "Gaddafi loyalists"], "countries": ["LY"],
         "government": True, "opposes": ["NTC"]},
        {"name": "NTC", "aliases": ["National Transitional Council", "Libyan rebels"], "countries": ["LY"],
         "opposes": ["Gaddafi forces"]},
    ],
}
DAY = datetime(2011, 4, 2, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Brega was in rebel hands again on Friday.", "NTC"),
        ("Brega was under rebel control again on Friday.", "NTC"),
        ("Brega was back in rebel hands on Friday.", "NTC"),
        ("Brega was in rebel hands again for a few hours before Gaddafi forces retook it.", "Gaddafi forces"),
        ("Rebels retook Brega on Friday after Gaddafi's forces pulled back toward Ras Lanuf.", "NTC"),
    ],
)
def test_the_town_held_again(text: str, holder: str) -> None:
    """ "again" after the state is a change; a retaking told after it in the sentence wins."""
    assert held_by(LIBYA, "Libya", text, DAY) == {("Brega", holder)}


def test_a_town_that_changed_hands_several_times_is_no_news() -> None:
    """A history of changes is no change today."""
    text = "Brega has changed hands several times since the uprising began."
    assert held_by(LIBYA, "Libya", text, DAY) == set()
