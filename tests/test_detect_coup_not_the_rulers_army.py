"""Soldiers who seize power are not the army of the rulers they overthrow (issue 10).

Sentences of our own about a coup in Gabon, against watchlists of our own. "Soldiers seized power
in Libreville" names no side; the article-wide guess for bare soldiers ("the army of the soldiers
who did it") must not name the government they overthrew: it names the junta when the watchlist
has one ("Gabonese junta"), else nobody. Soldiers who recapture a city stay the government's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.detect_support import held_by

DAY = datetime(2023, 8, 30, 12, tzinfo=UTC)


def _gabon(junta: str) -> dict[str, Any]:
    return {
        "places": [{"name": "Libreville", "country": "GA"}],
        "actors": [
            {"name": "Gabonese government", "countries": ["GA"], "government": True, "opposes": [junta]},
            {"name": junta, "countries": ["GA"], "opposes": ["Gabonese government"]},
        ],
    }


def test_soldiers_seizing_power_are_not_the_government() -> None:
    """No junta in the watchlist: no holder, rather than the overthrown government."""
    found = held_by(_gabon("CTRI"), "Gabon", "Soldiers seized power in Libreville on Wednesday.", DAY)
    assert found == set()


def test_soldiers_seizing_power_are_the_junta_when_it_is_watched() -> None:
    """A side named as the country's military is the one that took power."""
    text = "Soldiers seized power in Libreville on Wednesday."
    found = held_by(_gabon("Gabonese junta"), "Gabon", text, DAY)
    assert found == {("Libreville", "Gabonese junta")}


def test_soldiers_retaking_a_city_are_still_the_governments() -> None:
    """Without power seized, bare soldiers are the state's army."""
    found = held_by(_gabon("CTRI"), "Gabon", "Soldiers recaptured Libreville on Wednesday.", DAY)
    assert found == {("Libreville", "Gabonese government")}


def test_power_seized_in_a_country_is_seized_in_its_capital() -> None:
    """ "seized power in Gabon" names Libreville, the watched capital; the side the article names
    against the rulers took it."""
    text = "Army officers seized power in Gabon on Wednesday. The CTRI said it had dissolved parliament."
    assert held_by(_gabon("CTRI"), "Gabon", text, DAY) == {("Libreville", "CTRI")}


def test_power_seized_long_ago_in_a_relative_clause_is_no_news() -> None:
    """ "the council that seized power in Gabon" says who the council is."""
    text = "The leader of the CTRI, the council that seized power in Gabon in 2023, spoke on Sunday."
    assert held_by(_gabon("CTRI"), "Gabon", text, DAY) == set()
