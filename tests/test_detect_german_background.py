"""German background, buildings and bystanders (issue 10): what is no change of hands.

"hatten X schon einmal erobert" tells an earlier capture; "das Hauptquartier der Armee in X" is
a building in the city; "haben die Bewohner aus X vertrieben" drives out people, not a side.
Each is paired with the news it must not hide. Our own sentences about Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes
from tests.sentence_kit import Pairs

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("news", "other", "expected"),
    [
        (
            "Die RSF haben Wad Madani erobert.",
            "Die RSF hatten Wad Madani schon einmal erobert.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die RSF haben Wad Madani eingenommen, in der Stadt wird nicht mehr gekämpft.",
            "Die RSF haben das Hauptquartier der Armee in Wad Madani eingenommen.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die Armee hat die RSF aus Wad Madani vertrieben.",
            "Die RSF haben die Bewohner aus Wad Madani vertrieben.",
            {("Wad Madani", SAF)},
        ),
    ],
)
def test_no_change_beside_the_news(news: str, other: str, expected: set[tuple[str, str]]) -> None:
    """The news reports the change; the earlier capture, the building and the people driven out do not."""
    assert (corpus_changes(news), corpus_changes(other)) == (expected, set())


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee geht von einer Einnahme von Wad Madani durch die RSF in den kommenden Tagen aus.",
        "Beobachter rechnen mit der Einnahme von Wad Madani durch die RSF.",
        "Die RSF hatten die Einnahme von Wad Madani verkündet. Sollte dies geschehen, wäre der Weg frei.",
    ],
)
def test_an_expected_capture_is_no_change(text: str) -> None:
    """ "geht von einer Einnahme … aus", "rechnen mit der Einnahme", "Sollte dies geschehen": not yet."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram hat die Stadt Baga und einen Stützpunkt der Armee überrannt.", {("Baga", "Boko Haram")}),
        ("Die RSF haben Wad Madani und den nahen Flughafen eingenommen.", {("Wad Madani", RSF)}),
    ],
)
def test_a_second_object_after_und(text: str, expected: set[tuple[str, str]]) -> None:
    """ "die Stadt X und einen Stützpunkt der Armee überrannt": X is taken; the base's owner is no subject."""
    assert corpus_changes(text) == expected


def test_a_past_season_dates_a_capture() -> None:
    """ "im vergangenen Sommer": background, like "im vergangenen Monat"; "am Sonntag" is news."""
    old = "Nach der Einnahme Lashios im vergangenen Sommer hatte die MNDAA eine Waffenruhe verkündet."
    new = "Nach der Einnahme Lashios am Sonntag hat die MNDAA eine Waffenruhe verkündet."
    assert (corpus_changes(old), corpus_changes(new)) == (set(), {("Lashio", "MNDAA")})


@pytest.mark.parametrize(
    "text",
    [
        "Die RSF kündigten die Einnahme von Wad Madani an.",
        "Die RSF bereiten die Einnahme von Wad Madani vor.",
        "Die RSF stehen nach eigenen Angaben kurz vor der Einnahme von Wad Madani.",
    ],
)
def test_an_announced_or_near_capture_is_no_change(text: str) -> None:
    """ "kündigten die Einnahme an", "bereiten … vor": an intent; "nach Angaben kurz vor": not yet."""
    assert corpus_changes(text) == set()


def test_a_capture_before_an_announcement_is_news() -> None:
    """ "kündigten nach der Einnahme von X Verhandlungen an": the capture happened; talks are announced.

    Only the object of "ankündigen" is announced: "kündigten die Einnahme von X an" is an intent.
    """
    news = "Die RSF kündigten nach der Einnahme von Wad Madani am Montag Verhandlungen an."
    intent = "Die RSF kündigten am Montag die Einnahme von Wad Madani an."
    assert (corpus_changes(news), corpus_changes(intent)) == ({("Wad Madani", RSF)}, set())


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "Die Armee plant eine Offensive. Im Vorjahr eroberten die RSF Wad Madani nach kurzem Kampf.",
            "Die Armee plant eine Offensive. Am Montag eroberten die RSF Wad Madani nach kurzem Kampf.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die RSF drohen El Fasher. Erst vor wenigen Wochen fiel Wad Madani in die Hände der RSF.",
            "Die RSF drohen El Fasher. Erst am Sonntag fiel Wad Madani in die Hände der RSF.",
            {("Wad Madani", RSF)},
        ),
        (
            "El Fasher ist eingekesselt. Wad Madani hatten die RSF bereits im Sommer erobert.",
            "El Fasher ist eingekesselt. Wad Madani haben die RSF am Sonntag erobert.",
            {("Wad Madani", RSF)},
        ),
    ],
)
def test_last_year_weeks_ago_and_a_season_date_a_change(old: str, new: str, expected: Pairs) -> None:
    """ "Im Vorjahr", "vor wenigen Wochen", "im Sommer": background; a day of this week is news."""
    assert (corpus_changes(old), corpus_changes(new)) == (set(), expected)


def test_einraeumen_is_no_evacuation() -> None:
    """ "räumte ein Sprecher ein" (admitted) is no "räumte X" (evacuated X): the town stays where it was."""
    admitted = "Wad Madani bleibe aber in der Hand der RSF, räumte ein Sprecher der Armee ein."
    evacuated = "Am Sonntag räumte die Armee Wad Madani, berichten Augenzeugen."
    assert (corpus_changes(admitted), corpus_changes(evacuated)) == (set(), {("Wad Madani", RSF)})
