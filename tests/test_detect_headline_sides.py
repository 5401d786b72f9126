"""A verbless headline "SIDE in PLACE" names who holds a town the body says was taken by nobody
watched ("Les Prussiens à Amiens" over "Amiens a été occupé par les troupes du général X").

The headline alone is no change, a side the article says left is never given the town, and a
headline with a verb is no such headline. Our own sentences, about the war of 1870-71.
"""

from __future__ import annotations

import pytest

from monitor.match.headline_sides import FOUND_BY
from tests.sentence_kit import DAY, Pairs, detector_for, side

FRANCE, PRUSSIA = "France", "Prussia"

WATCHLIST = {
    "places": [{"name": name, "country": "FR"} for name in ("Amiens", "Rouen", "Dijon", "Orléans")],
    "actors": [
        side(FRANCE, ["French army", "Army of the Loire"], "FR", PRUSSIA, True),
        side(PRUSSIA, ["German army", "Prussian army"], "FR", FRANCE),
    ],
}

# The change is told after a dateline and a sentence naming the side that fell back: past the
# lead, with two sides named, the side named most is no guess (`guessed_holders`).
_BEFORE = {
    "fr": "Lille, 28 novembre. Après la bataille, l'armée française s'est repliée vers le nord. ",
    "en": "Lille, Nov. 28. After the battle, the French army fell back to the north. ",
    "es": "Lille, 28 de noviembre. Tras la batalla, el ejército francés se replegó hacia el norte. ",
    "de": "Lille, 28. November. Nach der Schlacht hat sich die französische Armee zurückgezogen. ",
    "it": "Lille, 28 novembre. Dopo la battaglia, l'esercito francese si è ritirato verso nord. ",
    "pt": "Lille, 28 de novembro. Depois da batalha, o exército francês recuou para o norte. ",
}

CHANGES: list[tuple[str, str, Pairs]] = [
    ("Les Prussiens à Amiens", _BEFORE["fr"] + "Amiens a été occupé ce matin par les troupes de Werder.",
     {("Amiens", PRUSSIA)}),
    ("The Prussians in Rouen", _BEFORE["en"] + "Rouen was occupied on Monday by General Werder's corps.",
     {("Rouen", PRUSSIA)}),
    ("Los prusianos en Dijon", _BEFORE["es"] + "Dijon fue ocupada el lunes por las tropas de Werder.",
     {("Dijon", PRUSSIA)}),
    ("Die Preußen wieder in Orléans",
     _BEFORE["de"] + "Orléans ist am Montag von den Truppen des Generals Werder besetzt worden.",
     {("Orléans", PRUSSIA)}),
    ("I prussiani ad Amiens", _BEFORE["it"] + "Amiens è stata occupata lunedì dalle truppe di Werder.",
     {("Amiens", PRUSSIA)}),
    ("Os prussianos em Rouen", _BEFORE["pt"] + "Rouen foi ocupada na segunda-feira pelas tropas de Werder.",
     {("Rouen", PRUSSIA)}),
    # a country before a colon, two towns
    ("France : les Prussiens à Amiens et à Rouen",
     _BEFORE["fr"] + "Amiens a été occupé ce matin par les troupes du général Werder.",
     {("Amiens", PRUSSIA)}),
]


@pytest.mark.parametrize(("title", "text", "expected"), CHANGES)
def test_the_headline_side_holds_the_town(title: str, text: str, expected: Pairs) -> None:
    """The body's change has no watched maker: the headline's side holds the town."""
    events = detector_for(WATCHLIST).detect(title, text, DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == expected


NO_CHANGES: list[tuple[str, str]] = [
    # the headline alone
    ("Les Prussiens à Amiens", "La municipalité a reçu leurs officiers."),
    # a headline with a verb is not "SIDE in PLACE"
    ("Les Prussiens bombardent Amiens", "Amiens a été occupé ce matin par les troupes du général Werder."),
    # the side the article says left is not who holds it
    ("Les Français à Amiens",
     "L'armée française a évacué Amiens dans la nuit. "
     "Amiens a été occupé ce matin par les troupes du général Werder."),
]


@pytest.mark.parametrize(("title", "text"), NO_CHANGES)
def test_no_headline_side(title: str, text: str) -> None:
    """No change told by the body, a headline with a verb, a side that left: the headline gives no
    holder (`--explain` names another rule, if any), and France is never given Amiens."""
    reading = detector_for(WATCHLIST).read(title, text, DAY, explain=True)
    assert FOUND_BY not in {n.holder_from for n in reading.notes if n.stage == "candidate"}
    assert ("Amiens", FRANCE) not in {(e.place, e.controller) for e in reading.events}


def test_the_headline_alone_is_no_change() -> None:
    """"Les Prussiens à Amiens" over a body that tells no change: nothing."""
    events = detector_for(WATCHLIST).detect("Les Prussiens à Amiens", "Le maire a reçu leurs officiers.", DAY)
    assert events == []


def test_explain_names_the_rule() -> None:
    """`--explain` says the holder came from the headline."""
    title, text, _pairs = CHANGES[0]
    reading = detector_for(WATCHLIST).read(title, text, DAY, explain=True)
    assert [n.holder_from for n in reading.notes if n.stage == "candidate" and n.kept] == [FOUND_BY]
