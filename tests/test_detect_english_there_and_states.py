"""English wordings behind corpus 15's errors, in sentences of our own about other wars.

Control taken "there" (the city named before in the sentence), a force's participle phrase
before "occupied", "their march" that is no month, a city "left short of fuel" that nobody
left, "and the neighbouring town (or port) of Y" in a list, "the western port of X" as the
town, a city fronted before "moved in", "army colonel" as a rank, and a pluperfect after a
sentence set years back: against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SNA = "Somali government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudanese troops have completed an operation against Islamist militants in the eastern"
            " town of Singa and established full control there, the defence minister said.",
            {("Singa", SAF)},
        ),
    ],
)
def test_control_taken_there_is_the_city_named_before(text: str, expected: set[tuple[str, str]]) -> None:
    """"Established control there": "there" is the one city the sentence named before."""
    assert _changes(text) == expected


def test_control_there_needs_a_taking_and_one_city_before() -> None:
    """Control kept, or only wanted, "there" took no city; taken "there", it did."""
    took = "Somali forces entered Baidoa on Monday and took full control there."
    assert _changes(took) == {("Baidoa", SNA)}
    assert _changes("RSF fighters attacked Singa, but the army kept control there.") == set()
    assert _changes("Officials in Singa said the RSF wants to take control there.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese infantry and cavalry advancing from the south occupied Singa on Monday.",
        "Sudanese troops moving up from the river occupied the town of Singa, residents said.",
    ],
)
def test_a_force_advancing_from_somewhere_occupied_the_city(text: str) -> None:
    """A participle's phrase between the force and "occupied" leaves the force its subject."""
    assert _changes(text) == {("Singa", SAF)}


def test_a_force_advancing_from_a_city_did_not_occupy_that_city() -> None:
    """The city they came from is no city they occupied; the one after the verb is."""
    assert _changes("Sudanese troops advancing from the west occupied Singa.") == {("Singa", SAF)}
    assert ("Singa", SAF) not in _changes("Sudanese troops advancing from Singa occupied a hill.")


def test_their_march_is_no_month() -> None:
    """"Continued their march toward Y" dates nothing: the taking is today's, not March's."""
    text = "Sudanese troops occupied Singa on Monday and continued their march toward the east."
    assert _changes(text) == {("Singa", SAF)}
    assert _changes("Sudanese troops occupied Singa in March, residents said.") == set()


def test_a_city_left_in_a_state_was_not_left() -> None:
    """To leave a city short of fuel, in ruins or cut off is no withdrawal from it; the departure
    itself still counts ("left X on Sunday", "left X without a fight")."""
    blockade = "The RSF blew up two bridges, tightening a blockade that has left Nyala short of fuel."
    assert _changes(blockade) == set()
    assert _changes("Weeks of shelling by the RSF have left Nyala in ruins, residents said.") == set()
    assert _changes("The siege has left the town of Nyala cut off from the rest of Darfur.") == set()
    assert _changes("The RSF left Nyala on Sunday after days of fighting.") == {("Nyala", SAF)}
    assert _changes("The RSF left Nyala without a fight on Sunday.") == {("Nyala", SAF)}


def test_a_town_noun_in_a_list_names_the_next_city_taken() -> None:
    """"Took X and the neighbouring town of Y" (also after an apposition) took both; a verb
    before "the town of Y" starts another clause."""
    both = {("Nyala", RSF), ("Zalingei", RSF)}
    assert _changes("RSF fighters captured Nyala and the neighbouring town of Zalingei on Sunday.") == both
    apposed = "RSF fighters captured Nyala, the state capital, and the neighbouring town of Zalingei."
    assert _changes(apposed) == both
    assert _changes("RSF fighters captured Nyala and shelled the town of Zalingei.") == {("Nyala", RSF)}
    port = "RSF fighters captured Nyala, the state capital, and the neighbouring port of Zalingei."
    assert _changes(port) == both
    assert _changes("RSF fighters captured Nyala and the port of Zalingei.") == {("Nyala", RSF)}


def test_a_port_placed_by_compass_or_country_is_the_town() -> None:
    """"The western port of X", "the Georgian port of X" name the town; "the port of X" its port."""
    russia = {("Poti", "Russia")}
    assert _changes("Russian troops took control of the western port of Poti on Wednesday.") == russia
    assert _changes("Russian troops took control of the Georgian port of Poti on Wednesday.") == russia
    assert _changes("Russian troops took control of the port of Poti on Wednesday.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At Singa, where the RSF had held the town since Monday, Sudanese army troops moved in"
            " on Sunday after the rebels withdrew.",
            {("Singa", SAF)},
        ),
        ("In Singa, the RSF took control on Sunday after the army withdrew.", {("Singa", RSF)}),
    ],
)
def test_a_city_fronted_before_a_taking_without_object(text: str, expected: set[tuple[str, str]]) -> None:
    """"At X, …, troops moved in": the taking has no object, the city the sentence opens with is it."""
    assert _changes(text) == expected


def test_a_fronted_city_yields_to_a_speaker_an_object_or_another_town() -> None:
    """Where officials spoke, a thing taken in the city, or another town named are no fronted city."""
    assert _changes("At Singa, Sudanese troops took control on Sunday.") == {("Singa", SAF)}
    assert _changes("In Khartoum, officials said the RSF took control on Sunday.") == set()
    assert _changes("In Singa, the RSF took control of the airport on Sunday.") == set()
    assert _changes("At Singa, near Nyala, the RSF took control on Sunday.") == set()


def test_an_army_rank_names_a_man_not_another_army() -> None:
    """"Forces loyal to a renegade army general" took the city: the side the article then names
    holds it; "army general" is a rank, not an army that took part."""
    lead = "Forces loyal to a renegade army general took control of Sirte on Friday, residents said."
    later = " Khalifa Haftar's forces now hold the port and the airport, his spokesman said."
    assert _changes(lead + later) == {("Sirte", "Libyan National Army")}


def test_a_pluperfect_after_a_scene_set_years_back_is_background() -> None:
    """"Five years ago the rebellion looked unstoppable. The RSF … had taken X": that time's taking,
    not the news; after "Two days ago" or a night's attack, the pluperfect is the news."""
    years = "Five years ago the rebellion in Darfur looked unstoppable."
    then = " The RSF held the whole region, had taken the town of Singa and were shelling the army's bases."
    assert _changes(years + then) == set()
    days = "Two days ago the rebels attacked Nyala. By dawn on Sunday the RSF had taken the town of Singa."
    assert _changes(days) == {("Singa", RSF)}
