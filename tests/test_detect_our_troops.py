"""A dispatch's "our troops" with no named speaker: the side that beat the one said to withdraw.

A war bulletin or a side's own paper writes "The Danes withdrew across the strait. Our troops
entered X": nobody is quoted, so no speaker says whose "our" it is, but the side the article says
withdrew or fled is the enemy, and "we" are its single opponent. A side merely named ("the
Prussian government") may be the writer's own, so it decides nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

WATCHLIST = {
    "places": [{"name": "Fredericia", "country": "DK"}],
    "actors": [
        {"name": "Prussia", "aliases": ["Prussian army"], "countries": ["DK"], "opposes": ["Denmark"]},
        {"name": "Denmark", "aliases": ["Danish army"], "countries": ["DK"], "government": True,
         "opposes": ["Prussia"]},
    ],
}

PUBLISHED = datetime(1864, 4, 29, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The Danish army withdrew across the strait during the night. Our troops entered Fredericia"
        " at dawn.",
        "L'armée danoise s'est retirée pendant la nuit de l'autre côté du détroit. Nos troupes sont"
        " entrées dans Fredericia à l'aube.",
        "El ejército danés se retiró durante la noche al otro lado del estrecho. Nuestras tropas"
        " entraron en Fredericia al amanecer.",
        "Die dänische Armee hat sich in der Nacht über die Meerenge zurückgezogen. Unsere Truppen"
        " haben Fredericia im Morgengrauen besetzt.",
        "L'esercito danese si è ritirato durante la notte oltre lo stretto. Le nostre truppe sono"
        " entrate a Fredericia all'alba.",
        "O exército dinamarquês retirou-se durante a noite para o outro lado do estreito. As nossas"
        " tropas entraram em Fredericia ao amanhecer.",
    ],
)
def test_our_troops_are_the_opponent_of_the_side_that_withdrew(text: str) -> None:
    """Nobody speaks: "our troops" took the town from the side the dispatch says withdrew."""
    assert ("Fredericia", "Prussia") in held_by(WATCHLIST, "Bulletin", text, PUBLISHED)


def test_a_side_merely_named_does_not_make_our_troops_its_enemy() -> None:
    """The writer names its own side; nobody is said to withdraw: whose troops is not said."""
    text = (
        "The Prussian army issued a proclamation to the inhabitants. Our troops entered Fredericia"
        " at dawn."
    )
    assert ("Fredericia", "Denmark") not in held_by(WATCHLIST, "Bulletin", text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The Danish army withdrew across the strait during the night. We entered Fredericia at dawn.",
        "L'armée danoise s'est retirée pendant la nuit. Nous sommes entrés dans Fredericia à l'aube.",
        "El ejército danés se retiró durante la noche. Hemos tomado Fredericia al amanecer.",
        "Die dänische Armee hat sich in der Nacht zurückgezogen. Wir haben Fredericia im Morgengrauen"
        " besetzt.",
        "L'esercito danese si è ritirato durante la notte. Abbiamo conquistato Fredericia all'alba.",
        "O exército dinamarquês retirou-se durante a noite. Nós tomamos Fredericia ao amanhecer.",
    ],
)
def test_we_with_no_speaker_are_the_opponent_of_the_side_that_withdrew(text: str) -> None:
    """A dispatch's "we took X", nobody named as its speaker: the side that beat who withdrew."""
    assert ("Fredericia", "Prussia") in held_by(WATCHLIST, "Bulletin", text, PUBLISHED)
