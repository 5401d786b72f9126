"""German wire phrasings of a capture told plainly or alongside the lead's, which gave no change.

"haben Regierungstruppen heute Bottrop genommen" (the bare participle of "nehmen", the city right
before it); "landeten in der Stadt X an der Straße von Y, die ebenfalls … fiel" (where the town
lies, by a strait or a road, between it and the relative clause that tells its fall); and a
sentence that opens with "Gleichzeitig" tells an event of the lead's own time, however late in
the article. Our own sentences about Sudan; shelling and a denial stay no change.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach amtlicher Mitteilung haben Regierungstruppen heute nach schwerem Kampf Singa genommen.",
         {("Singa", SAF)}),
        ("Die RSF haben am Montag Singa genommen, das von der Armee verteidigt wurde.", {("Singa", RSF)}),
        # no city right before the participle, or a denial: no change
        ("Die Armee hat Singa unter Beschuss genommen.", set()),
        ("Die RSF haben Singa nicht genommen.", set()),
    ],
)
def test_bare_participle_of_nehmen(text: str, expected: set[tuple[str, str]]) -> None:
    """"X genommen" right after the city is a capture, like "X eingenommen"."""
    assert corpus_changes(text, C1) == expected


def test_relative_clause_after_where_the_town_lies_on_a_road() -> None:
    """The relative clause's pronoun stands for the town before "an der Straße nach …"."""
    text = ("Gleichzeitig landeten Marineinfanteristen der Armee in der Stadt Wad Madani an der Straße "
            "nach Sennar, die ebenfalls in die Hand der sudanesischen Armee fiel.")
    assert corpus_changes(text, C1) == {("Wad Madani", SAF)}


def test_simultaneous_change_late_in_the_article() -> None:
    """"Gleichzeitig …" late in an article ties its change to the lead's time: news, not background."""
    text = (
        "Fallschirmjäger der sudanesischen Armee haben am Mittwoch die Stadt Singa besetzt. Nach einer "
        "Mitteilung des Armeehauptquartiers sprangen die Truppen in den frühen Morgenstunden über dem "
        "Flugplatz ab. Die Einheiten der RSF hätten sich kampflos zurückgezogen, hieß es. Die Bewohner "
        "seien wohlauf, teilte eine Hilfsorganisation mit. Der Gouverneur sprach von einem wichtigen "
        "Erfolg. Gleichzeitig landeten Marineinfanteristen in der Stadt Wad Madani an der Straße nach "
        "Sennar, die ebenfalls in die Hand der Regierungstruppen fiel."
    )
    assert corpus_changes(text, C1) == {("Singa", SAF), ("Wad Madani", SAF)}
