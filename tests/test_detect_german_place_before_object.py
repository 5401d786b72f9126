"""A German place phrase before the object belongs to its own place: "haben bei Aden die Stadt
Lahidsch eingenommen" took Lahidsch, not Aden.

Before a verb-final participle, a locative a few words before the town ("nach Kämpfen um die Stadt
X eingenommen") marked the town as part of an aside, so the search went on to the left. When
another watched place stands between that locative and the town ("in Y die Favela X", "bei Y die
Stadt X"), the locative is that place's, and the town after it is the object. Our own sentences
about Yemen and Sudan, against a watchlist written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [
        {"name": "Aden", "country": "YE"},
        {"name": "Lahij", "country": "YE"},
        {"name": "Khartoum", "country": "SD"},
        {"name": "Omdurman", "country": "SD"},
    ],
    "actors": [
        {"name": "Houthis", "aliases": ["Ansar Allah", "Huthi"], "countries": ["YE"],
         "opposes": ["Yemeni government"]},
        {"name": "Yemeni government", "aliases": ["Yemeni army"], "countries": ["YE"],
         "government": True, "opposes": ["Houthis"]},
        {"name": "Rapid Support Forces", "aliases": ["RSF"], "countries": ["SD"],
         "opposes": ["Sudanese Armed Forces"]},
        {"name": "Sudanese Armed Forces", "aliases": ["SAF", "Sudanese army"], "countries": ["SD"],
         "government": True, "opposes": ["Rapid Support Forces"]},
    ],
}
WHEN = datetime(2024, 3, 2, tzinfo=UTC)
RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Huthi haben bei Aden die Stadt Lahidsch eingenommen.", {("Lahij", "Houthis")}),
        ("Die RSF haben bei Khartum die Stadt Omdurman unter ihre Kontrolle gebracht.",
         {("Omdurman", RSF)}),
        ("Die RSF haben in Khartum die Stadt Omdurman eingenommen.", {("Omdurman", RSF)}),
        # a district of the other place is still no town
        ("Die RSF haben in Khartum den Stadtteil Omdurman unter ihre Kontrolle gebracht.", set()),
        # a locative of the town itself still makes it an aside: the object is further left
        ("Die RSF haben Omdurman nach Kämpfen um die Stadt eingenommen.", {("Omdurman", RSF)}),
    ],
)
def test_the_town_after_another_places_locative_is_the_object(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """The place after "in Y" / "bei Y" is the one taken, not Y."""
    assert held_by(WATCHLIST, "", text, WHEN) == expected
