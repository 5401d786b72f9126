"""A nationality before armed citizens or mutineers names no state (corpus 16's wrong holders).

"Mexican vigilantes overrun X", "manifestantes sirios tomaron X": like "Syrian rebels", the
nationality qualifies a group that is not the state's forces (`holders._INSURGENTS`), so the
state is not read as the taker. Sentences written for these tests, about the Syrian uprising.
"""

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held

GOVERNMENT, FSA = "Syrian government", "Free Syrian Army"
WATCHLIST = {
    "places": [{"name": "Raqqa", "country": "SY"}, {"name": "Saraqib", "country": "SY"}],
    "actors": [
        {"name": GOVERNMENT, "aliases": ["Assad government"], "countries": ["SY"], "government": True,
         "opposes": [FSA]},
        {"name": FSA, "aliases": ["FSA"], "countries": ["SY"], "opposes": [GOVERNMENT]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian vigilantes overrun Saraqib",
        "Syrian protesters seized Saraqib on Monday.",
        "Manifestantes sirios tomaron Saraqib el lunes.",
        "Des mutins syriens ont pris Saraqib lundi.",
    ],
)
def test_a_nationality_before_armed_citizens_is_not_the_state(detector: Detector, text: str) -> None:
    assert ("Saraqib", GOVERNMENT) not in held(detector, text)


def test_a_nationality_before_troops_is_still_the_state(detector: Detector) -> None:
    assert held(detector, "Syrian troops seized Saraqib on Monday.") == {("Saraqib", GOVERNMENT)}
