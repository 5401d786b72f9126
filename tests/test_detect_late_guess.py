"""A change told after the lead with no taker is not guessed for a side the article names only as
the subject of its story.

"… Al-Shabaab has dominated the Juba valley for years … Baidoa fell in the afternoon": the side
named most is who the article is about, not who took the town, when the article names the other
side too and no clause of it has the guessed side take anything. Guessing nobody costs one miss, a
wrong guess a miss and a false alarm. A side the article says takes other cities keeps the guess.
Sentences written for this test (Somalia, Mozambique), against the battery's watchlist.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import SHB, held, held_article


@pytest.mark.parametrize(
    "text",
    [
        "Government forces pushed north along the coast on Monday. Al-Shabaab fighters ambushed a convoy on the road, officials said. Al-Shabaab has dominated the Juba valley for years, and al-Shabaab commanders vowed to fight on. Baidoa fell in the afternoon, residents said.",
        "Mozambican troops advanced along the coast on Monday. Islamic State fighters ambushed a convoy on the road, officials said. Islamic State has terrorised the province for years, and Islamic State leaders vowed to fight on. Palma fell in the afternoon, residents said.",
        "Les troupes mozambicaines ont avancé lundi le long de la côte. Des combattants de l'État islamique ont tendu une embuscade à un convoi, selon des responsables. L'État islamique terrorise la province depuis des années. Palma est tombée dans l'après-midi, selon des habitants.",
    ],
)
def test_a_late_fall_is_not_given_to_the_side_the_story_is_about(text: str) -> None:
    """No clause has the side named most take anything, and the other side is named: no guess."""
    assert held(text) == set()


def test_a_late_fall_goes_to_the_side_whose_conquests_the_article_tells() -> None:
    """The same late fall, when a clause has the side take another city, is still its (and the
    article without such a clause gets no guess)."""
    conquests = ("Al-Shabaab fighters captured Kismayo on Monday, officials said. Government forces pulled back "
                 "to the coast. Al-Shabaab commanders vowed to push on. Baidoa fell in the afternoon, residents said.")
    story = ("Government forces pushed north along the coast on Monday. Al-Shabaab fighters ambushed a convoy "
             "on the road, officials said. Al-Shabaab has dominated the Juba valley for years, and al-Shabaab "
             "commanders vowed to fight on. Baidoa fell in the afternoon, residents said.")
    assert ("Baidoa", SHB) in held(conquests) and ("Baidoa", SHB) not in held(story)


def test_a_dateline_line_before_the_lead_does_not_make_the_lead_late() -> None:
    """The old press opens with a line of its own, "Mogadishu, 3 March.": the lead after it is
    still the lead, so its unnamed taker is guessed as with no such line."""
    body = ("The forces of the Northern Group, under General Yusuf, have occupied Baidoa in the last two days. "
            "Al-Shabaab battalions crossed the river at dawn with artillery support, and al-Shabaab raised its flag. "
            "The Somali government said its garrison had held out for a week.")
    title = "Our troops in the south"
    assert held_article(title, "Mogadishu, 3 March.\n\n" + body) == held_article(title, body) == {("Baidoa", SHB)}


@pytest.mark.parametrize(
    "text",
    [
        "Somali troops pulled back to the coast. Al-Shabaab fighters attacked Baidoa on Saturday. Baidoa fell on Sunday, residents said.",
        "Les troupes somaliennes se sont repliées vers la côte. Les combattants d'Al-Shabaab ont attaqué Baidoa samedi. Baidoa est tombée dimanche, selon des habitants.",
        "Die somalischen Truppen zogen sich an die Küste zurück. Kämpfer der Al-Shabaab griffen Baidoa am Samstag an. Baidoa fiel am Sonntag, sagten Bewohner.",
        "Le truppe somale si sono ritirate verso la costa. I miliziani di al-Shabaab hanno attaccato Baidoa sabato. Baidoa è caduta domenica, secondo i residenti.",
    ],
)
def test_a_late_fall_goes_to_the_side_the_article_has_attack_it(text: str) -> None:
    """A side the article has attack a place is a taker too: the late fall is its guess."""
    assert held(text) == {("Baidoa", SHB)}
