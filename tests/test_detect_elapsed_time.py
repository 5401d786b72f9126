"""Time told as elapsed since a change makes it background (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. "Ten days
have passed since the RSF took X", "Zehn Tage sind vergangen, seit …": the change is the
reference point of something later, not the news. Days that pass after a change told as news
("took X on Saturday; three days have passed without fighting") leave it news.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Ten days have passed since the RSF took Singa.",
        "Zehn Tage sind vergangen, seit die RSF Singa eingenommen haben.",
        "Dix jours se sont écoulés depuis que les FSR ont pris Singa.",
        "Han pasado diez días desde que las FAR tomaron Singa.",
    ],
)
def test_a_change_told_as_the_start_of_elapsed_time(text: str) -> None:
    """The change is the point the time is counted from."""
    assert corpus_changes(text) == set()


def test_days_passing_after_the_news_leave_it_news() -> None:
    """Days without fighting after the capture: the capture is still the news."""
    assert corpus_changes("The RSF took Singa on Saturday; three days have passed without fighting.") == {
        ("Singa", RSF)
    }
