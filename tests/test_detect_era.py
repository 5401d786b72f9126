"""A sentence with no time of its own is told in the earlier year of the sentence before (issue 10).

"In the summer of 2012 the Taliban launched their offensive. They took X in a single night" is
history in an article of 2015; "…in 2012. On Monday they took X again" and "…the Taliban have now
taken X" are news. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import detector_for, held
from tests.test_detect_reported_falls import WATCHLIST

PUBLISHED = datetime(2015, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    "text",
    [
        "In the summer of 2012 the Taliban launched their offensive. They took Kunduz in a single night.",
        "The war began in 2012. That autumn, the Taliban captured Kunduz after a short siege.",
        "En 2012, les talibans lancent leur offensive. Ils prennent Kunduz en une nuit.",
        "Im Jahr 2012 begann die Offensive der Taliban. Sie eroberten Kundus in einer einzigen Nacht.",
    ],
)
def test_a_change_told_in_the_earlier_year_of_the_sentence_before_is_background(
    detector: Detector, text: str
) -> None:
    assert held(detector, text, PUBLISHED) == set()


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 the Taliban held Kunduz for two weeks. On Monday they took the city again.",
        "In 2012 the Taliban held Kunduz for two weeks. The Taliban have now taken Kunduz again.",
        "Kunduz was calm in 2014. The Taliban captured Kunduz on Saturday.",
    ],
)
def test_a_change_with_a_time_of_its_own_is_news(detector: Detector, text: str) -> None:
    assert held(detector, text, PUBLISHED) == {("Kunduz", "Taliban")}
