"""A long German Mittelfeld, sources named by a city, and a garrison that gave up (issue 10).

Between the finite verb and its particle ("nahm … ein", "eroberte … zurück") or participle
("hat … besetzt") German puts times, places, a siege, an apposition: a dozen words and more.
"nach Angaben aus X" names who says it, not the
city taken. "die Bundestruppen ergaben sich" gives the city up to whoever entered. Sentences
of our own in wire style about the Finnish, Russian, Greek and Irish civil wars, the Mexican
revolution, East Timor 1975 and the Sino-Vietnamese war, against
`tests/data/conflicts_watchlist5.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

WATCHLIST = "conflicts_watchlist5.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Weiße Garde nahm am Samstag nach zweiwöchigen Häuserkämpfen mit den Roten Garden die "
            "Industriestadt Tampere ein.",
            {("Tampere", "Finnish White Guard")},
        ),
        (
            "Chinesische Truppen nahmen nach Berichten aus Hanoi am Montag nach tagelangen Gefechten mit "
            "vietnamesischen Einheiten die Stadt Lang Son ein.",
            {("Lạng Sơn", "China")},
        ),
        (
            "Die Demokratische Armee Griechenlands hat nach übereinstimmenden Berichten aus Athen am Sonntag "
            "die Bergstadt Karpenisi im Zentrum des Landes besetzt.",
            {("Karpenisi", "Democratic Army of Greece")},
        ),
        (
            "Die Rote Armee nahm Omsk, bis dahin Sitz der Regierung Koltschak, nach kurzem Gefecht "
            "am Freitag ein.",
            {("Omsk", "Red Army")},
        ),
    ],
)
def test_a_long_mittelfeld(text: str, expected: set[tuple[str, str]]) -> None:
    """A dozen words between the finite verb and its particle or participle still make one verb."""
    assert corpus_changes(text, WATCHLIST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Republikaner zogen sich nach Angaben aus Dublin kampflos aus Limerick zurück.",
            {("Limerick", "Irish Free State")},
        ),
        (
            "Die Truppen des Freistaats haben Limerick besetzt. Die Republikaner zogen sich nach "
            "Informationen aus Dublin kampflos aus der Stadt zurück.",
            {("Limerick", "Irish Free State")},
        ),
    ],
)
def test_the_source_of_a_report_is_not_the_city(text: str, expected: set[tuple[str, str]]) -> None:
    """ "nach Angaben aus Dublin": Dublin speaks; the city left is the one the article is about."""
    assert corpus_changes(text, WATCHLIST) == expected


def test_a_garrison_that_gave_up_makes_an_entry_a_change() -> None:
    """ "rückten in X ein, die Bundestruppen ergaben sich": the side inside gave the city up."""
    text = "Villas Reiter rückten in der Nacht in Ciudad Juárez ein, die Bundestruppen ergaben sich."
    assert corpus_changes(text, WATCHLIST) == {("Ciudad Juárez", "División del Norte")}
    fought_on = "Villas Reiter rückten in der Nacht in Ciudad Juárez ein, die Bundestruppen kämpften weiter."
    assert corpus_changes(fought_on, WATCHLIST) == set()


def test_a_particle_before_und_is_not_the_citys_preposition() -> None:
    """ "griffen an und haben X eingenommen": "an" ends the first verb; X is the second one's object."""
    text = "Die Roten Garden griffen am Morgen an und haben Tampere nach kurzem Kampf eingenommen."
    assert corpus_changes(text, WATCHLIST) == {("Tampere", "Finnish Red Guard")}
