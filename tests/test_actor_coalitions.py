"""Coalitions and alliances named by their head noun or their leading nation (issue 10).

A user watches "Saudi-led coalition" or "Northern Alliance"; reports say "coalition forces", "la
coalición", "die Koalitionstruppen", "l'Alliance du Nord", "Saudi troops". The head noun names
the group in the six languages (two groups with one head: the place decides), and the nation
that leads it ("<nation>-led", "<nation>-backed") names it by its nationality phrases.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

SAUDI, HOUTHIS = "Saudi-led coalition", "Houthis"
NA, US = "Northern Alliance", "US-led coalition"
WATCHLIST = {
    "places": [{"name": "Aden", "country": "YE"}, {"name": "Kunduz", "country": "AF"},
               {"name": "Fallujah", "country": "IQ"}],
    "actors": [
        {"name": SAUDI, "countries": ["YE"], "opposes": [HOUTHIS]},
        {"name": HOUTHIS, "countries": ["YE"], "opposes": [SAUDI]},
        {"name": NA, "countries": ["AF"], "opposes": ["Taliban"]},
        {"name": "Taliban", "countries": ["AF"], "government": True, "opposes": [NA]},
        {"name": US, "countries": ["IQ"], "opposes": ["Iraqi insurgents"]},
        {"name": "Iraqi insurgents", "countries": ["IQ"], "opposes": [US]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Coalition forces captured Aden on Tuesday.", ("Aden", SAUDI)),
        ("Les forces de la coalition ont repris Aden.", ("Aden", SAUDI)),
        ("Las fuerzas de la coalición recuperaron Adén.", ("Aden", SAUDI)),
        ("Die Koalitionstruppen eroberten Aden.", ("Aden", SAUDI)),
        ("As forças da coalizão retomaram Áden.", ("Aden", SAUDI)),
        ("Coalition troops took Fallujah.", ("Fallujah", US)),
        ("The alliance captured Kunduz.", ("Kunduz", NA)),
        ("L'Alliance du Nord a pris Kunduz.", ("Kunduz", NA)),
        ("La Alianza del Norte tomó Kunduz.", ("Kunduz", NA)),
        ("L'Alleanza del Nord ha preso Kunduz.", ("Kunduz", NA)),
        ("A Aliança do Norte tomou Kunduz.", ("Kunduz", NA)),
    ],
)
def test_a_coalition_or_alliance_is_named_by_its_head_noun(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("American troops took Fallujah.", ("Fallujah", US)),
        ("US Marines captured Fallujah.", ("Fallujah", US)),
        ("Saudi troops entered Aden after the Houthis withdrew.", ("Aden", SAUDI)),
    ],
)
def test_the_leading_nation_names_the_coalition_it_leads(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}
