"""A dateline is no part of the lead's first clause: its capital does not take the city.

"MONROVIA, Liberia, September 20 (Reuters) - Tanks … captured the port town of X, the
government said": reading back from the verb for its subject, the agency in brackets ends the
search; the capital before it names where the story was filed, not who took X.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Buchanan", "country": "LR"}],
    "actors": [
        {"name": "NPFL", "aliases": ["Taylor's rebels"], "countries": ["LR"],
         "opposes": ["Liberian government"]},
        {"name": "Liberian government", "aliases": ["Liberian army"], "countries": ["LR"], "government": True,
         "opposes": ["NPFL"]},
    ],
}


def test_the_capital_of_a_dateline_is_not_the_holder() -> None:
    """No watched side is named as the subject: the capital of the dateline is not one."""
    text = (
        "MONROVIA, Liberia, September 20 (Reuters) - Tanks painted in rebel colours crossed the river"
        " before dawn today and captured the port town of Buchanan after a battle with an army unit,"
        " the government said."
    )
    found = held_by(WATCHLIST, "Liberia", text, datetime(1990, 9, 20, 12, tzinfo=UTC))
    assert ("Buchanan", "Liberian government") not in found
