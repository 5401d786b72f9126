"""German anniversaries: "Zwei Jahre ist es her, dass die RSF X einnahmen" tells an old capture.

"Es ist ein Jahr her, seit …", "Drei Monate sind es nun her, dass …" date the change in the
clause before it, as "il y a deux ans" or "ça fait un an que" do in French. A few days ago
("drei Tage ist es her") is still news. Our own sentences about Sudan, Ethiopia, Chechnya and
Nigeria, against `tests/data/conflicts_watchlist.json`, each next to the news it must not hide.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes


@pytest.mark.parametrize(
    ("news", "anniversary", "expected"),
    [
        (
            "Die RSF haben Wad Madani eingenommen.",
            "Zwei Jahre ist es her, dass die RSF Wad Madani einnahmen.",
            {("Wad Madani", "Rapid Support Forces")},
        ),
        (
            "Die TPLF hat Mekele zurückerobert.",
            "Es ist ein Jahr her, dass die TPLF Mekele zurückerobert hat.",
            {("Mekelle", "TPLF")},
        ),
        (
            "Russische Truppen haben Grosny erobert.",
            "Drei Monate sind es nun her, seit russische Truppen Grosny eroberten.",
            {("Grozny", "Russia")},
        ),
        (
            "Kämpfer von Boko Haram haben Baga eingenommen.",
            "Genau vier Wochen ist es her, dass Kämpfer von Boko Haram Baga einnahmen.",
            {("Baga", "Boko Haram")},
        ),
    ],
)
def test_an_anniversary_is_no_news(news: str, anniversary: str, expected: set[tuple[str, str]]) -> None:
    """The capture is news; the same capture a year, months or weeks ago is background."""
    assert (corpus_changes(news), corpus_changes(anniversary)) == (expected, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a few days are no anniversary
        (
            "Drei Tage ist es her, dass die RSF Wad Madani eingenommen haben.",
            {("Wad Madani", "Rapid Support Forces")},
        ),
        # "her" in another sense: the news after it stands
        ("Die TPLF hat Mekele eingenommen, wie der Sender Tigray TV hervorhob.", {("Mekelle", "TPLF")}),
    ],
)
def test_the_anniversary_keeps_its_limits(text: str, expected: set[tuple[str, str]]) -> None:
    """Days ago is recent; a word beginning with "her" dates nothing."""
    assert corpus_changes(text) == expected
