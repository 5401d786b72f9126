"""A federal army named by its nationality: "die jugoslawische Bundesarmee", "the Yugoslav federal army".

"Bundesarmee", "federal army", "armée fédérale" alone are generic: the government side of the
country the article is about. With a nationality they are that nationality's side, as "the
Russian army" is: in Croatia, "the Yugoslav federal army" is the Yugoslav People's Army and not
the Croatian government. Our own sentences in five languages, against
`tests/data/conflicts_watchlist7.json` (Croatia 1991) and `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_changes, corpus_detector

C7, C1 = "conflicts_watchlist7.json", "conflicts_watchlist.json"
JNA, HR = "Yugoslav People's Army", "Croatia"


@pytest.mark.parametrize(
    ("text", "watchlist", "expected"),
    [
        ("Die jugoslawische Bundesarmee hat Vukovar eingenommen.", C7, {("Vukovar", JNA)}),
        ("The Yugoslav federal army captured Vukovar.", C7, {("Vukovar", JNA)}),
        ("L'armée fédérale yougoslave a pris Vukovar.", C7, {("Vukovar", JNA)}),
        ("El ejército federal yugoslavo tomó Vukovar.", C7, {("Vukovar", JNA)}),
        ("L'armata federale jugoslava ha conquistato Vukovar.", C7, {("Vukovar", JNA)}),
        # the nationality of the government side itself changes nothing
        ("Nigerian federal troops recaptured Baga.", C1, {("Baga", "Nigerian government")}),
        ("Russische Bundestruppen haben Grosny eingenommen.", C1, {("Grozny", "Russia")}),
    ],
)
def test_a_federal_army_is_its_nationality_side(text: str, watchlist: str,
                                                expected: set[tuple[str, str]]) -> None:
    """The federal army of a named nation holds what it took."""
    assert corpus_changes(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare federal army is still the government side of the country
        ("The federal army captured Vukovar.", {("Vukovar", HR)}),
        ("Die Bundesarmee hat Vukovar eingenommen.", {("Vukovar", HR)}),
        # shelling is no taking; the federal army driven out leaves the town to its opponent
        ("The Yugoslav federal army shelled Vukovar.", set()),
        ("El ejército federal yugoslavo bombardeó Vukovar.", set()),
        ("Croatian forces drove the Yugoslav federal army out of Vukovar.", {("Vukovar", HR)}),
    ],
)
def test_the_federal_army_keeps_its_limits(text: str, expected: set[tuple[str, str]]) -> None:
    """No nationality, no other side; a bombardment is no change."""
    assert corpus_changes(text, C7) == expected


def _article(title: str, text: str, watchlist: str = C7) -> set[tuple[str, str]]:
    events = corpus_detector(watchlist).detect(title, text, SENTENCE_DAY)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize(
    ("title", "text", "watchlist", "expected"),
    [
        (
            "Bundesarmee nimmt Vukovar ein",
            "Einheiten der jugoslawischen Bundesarmee haben am Montag Vukovar eingenommen.",
            C7,
            {("Vukovar", JNA)},
        ),
        (
            "Federal army takes Vukovar",
            "Units of the Yugoslav federal army took Vukovar on Monday.",
            C7,
            {("Vukovar", JNA)},
        ),
        # the article names no other federal army: the bare one is the government side
        (
            "Bundesarmee nimmt Vukovar ein",
            "Die Armee hat am Montag Vukovar eingenommen.",
            C7,
            {("Vukovar", HR)},
        ),
        # the federal army named is the government side itself: nothing changes
        (
            "Bundestruppen erobern Grosny",
            "Russische Bundestruppen haben Grosny erobert.",
            C1,
            {("Grozny", "Russia")},
        ),
    ],
)
def test_a_bare_federal_army_is_the_one_the_article_names(title: str, text: str, watchlist: str,
                                                          expected: set[tuple[str, str]]) -> None:
    """A headline's "Bundesarmee" is the "jugoslawische Bundesarmee" of the report below it."""
    assert _article(title, text, watchlist) == expected
