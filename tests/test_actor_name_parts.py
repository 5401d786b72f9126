"""A watched group found under the shorter names the press gives it (issue 10, "Names").

A user writes a group's full name ("Kachin Independence Army", "Bosnian Serb forces", "Abu Sayyaf
Group"); reporters write "Kachin fighters", "Serb troops", "Abu Sayyaf gunmen". The people or
nationality in the name, or its own proper word, names it too. And a country's government is
what that country's troops are at home even when the watchlist names the same country as an
invader elsewhere ("Russian government" in Chechnya, "Russia" in Georgia). Sentences and the
watchlist are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.control import Detector
from monitor.match.leaders import leader_names
from monitor.match.name_parts import derived_aliases
from monitor.model import Actor
from tests.sentence_kit import detector_for, held

KIA, MYA = "Kachin Independence Army", "Myanmar junta"
KNU = "Karen National Union"
BSF, BIH = "Bosnian Serb forces", "Bosnian government"
ASG, PHL = "Abu Sayyaf Group", "Philippine government"
RUG, RUS, GEO, ICH = "Russian government", "Russia", "Georgian government", "Ichkerian fighters"
CNDP, DRC = "Nkunda forces", "Congolese government"

WATCHLIST: dict[str, Any] = {
    "places": [
        {"name": "Hpakant", "country": "MM"}, {"name": "Kawkareik", "country": "MM"},
        {"name": "Bratunac", "country": "BA"}, {"name": "Isabela", "country": "PH"},
        {"name": "Shatoy", "country": "RU"}, {"name": "Zugdidi", "country": "GE"},
        {"name": "Kiwanja", "country": "CD"},
    ],
    "actors": [
        {"name": KIA, "aliases": ["KIA"], "countries": ["MM"], "opposes": [MYA]},
        {"name": KNU, "aliases": [], "countries": ["MM"], "opposes": [MYA]},
        {"name": MYA, "aliases": ["Tatmadaw"], "countries": ["MM"], "government": True},
        {"name": BSF, "aliases": ["VRS"], "countries": ["BA"], "opposes": [BIH]},
        {"name": BIH, "aliases": [], "countries": ["BA"], "government": True, "opposes": [BSF]},
        {"name": ASG, "aliases": [], "countries": ["PH"], "opposes": [PHL]},
        {"name": PHL, "aliases": [], "countries": ["PH"], "government": True, "opposes": [ASG]},
        {"name": ICH, "aliases": [], "countries": ["RU"], "opposes": [RUG]},
        {"name": RUG, "aliases": ["Russia"], "countries": ["RU"], "government": True, "opposes": [ICH]},
        {"name": RUS, "aliases": [], "countries": ["GE"], "opposes": [GEO]},
        {"name": GEO, "aliases": [], "countries": ["GE"], "government": True, "opposes": [RUS]},
        {"name": CNDP, "aliases": ["CNDP"], "countries": ["CD"], "opposes": [DRC]},
        {"name": DRC, "aliases": ["FARDC"], "countries": ["CD"], "government": True, "opposes": [CNDP]},
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)



def _actor(name: str, *aliases: str, countries: tuple[str, ...] = ("MM",), government: bool = False) -> Actor:
    return Actor(name=name, aliases=aliases, countries=countries, government=government)


def test_a_people_in_a_groups_name_gives_it_the_peoples_fighters() -> None:
    derived = derived_aliases(_actor(KIA, "KIA"), states=())
    assert "Kachin rebels" in derived and "Kachin forces" in derived


def test_a_nationality_nobody_watches_names_the_group_that_bears_it() -> None:
    assert derived_aliases(_actor(BSF, "VRS", countries=("BA",)), states=()) == ("Serb forces",)


@pytest.mark.parametrize(
    "actor,states",
    [
        (_actor("Free Syrian Army", countries=("SY",)), ()),  # its own country's: every Syrian force
        (_actor("Democratic Forces for the Liberation of Rwanda", countries=("CD",)), ()),  # a country
        (_actor(BSF, countries=("BA",)), ("RS",)),  # Serbia watched: "Serb forces" are Serbia's
        (_actor(MYA, government=True), ()),  # a government is named by its nationality phrases
        # a nationality bound to a prefix is not the group's: "Inter-American" is no American force,
        # "Pro-Russian" separatists are not Russians
        (_actor("Inter-American Peace Force", countries=("DO",)), ()),
        (_actor("Pro-Russian separatists", countries=("UA",)), ()),
        (_actor("Pan-African Brigade", countries=("CD",)), ()),
    ],
)
def test_a_groups_name_gives_no_nationality_that_means_a_state(actor: Actor, states: tuple[str, ...]) -> None:
    assert derived_aliases(actor, states) == ()


def test_a_proper_word_before_group_names_the_group_alone() -> None:
    assert derived_aliases(_actor(ASG, countries=("PH",)), states=()) == ()  # two proper words: no part
    assert derived_aliases(_actor("Maungdaw group"), states=()) == ("Maungdaw",)
    assert derived_aliases(_actor("Islamic group"), states=()) == ()  # a common word is no name


def test_a_leaders_name_before_forces_is_read_without_a_possessive() -> None:
    assert leader_names(("Nkunda forces", "CNDP")) == ("nkunda",)
    assert leader_names(("Government forces",)) == ()
    assert leader_names(("Kurdish forces",)) == ()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kachin fighters overran Hpakant on Tuesday after a week of clashes.", ("Hpakant", KIA)),
        ("Les rebelles kachins ont pris Hpakant mardi.", ("Hpakant", KIA)),
        ("Kachinische Rebellen haben Hpakant eingenommen.", ("Hpakant", KIA)),
        ("Los guerrilleros kachin tomaron Hpakant el martes.", ("Hpakant", KIA)),
        ("Karen forces seized Kawkareik, the junta's last garrison on the highway.", ("Kawkareik", KNU)),
        ("Serb troops captured Bratunac on Sunday.", ("Bratunac", BSF)),
        ("Les forces serbes se sont emparées de Bratunac.", ("Bratunac", BSF)),
        ("Serbische Einheiten haben Bratunac erobert.", ("Bratunac", BSF)),
        ("Le truppe serbe hanno conquistato Bratunac.", ("Bratunac", BSF)),
        ("Forces loyal to General Laurent Nkunda took Kiwanja on Wednesday.", ("Kiwanja", CNDP)),
        ("Les forces fidèles à Laurent Nkunda ont pris Kiwanja.", ("Kiwanja", CNDP)),
    ],
)
def test_a_group_named_by_a_part_of_its_name_holds_what_it_took(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russian troops took Shatoy after weeks of shelling.", ("Shatoy", RUG)),
        ("Les troupes russes ont pris Shatoy.", ("Shatoy", RUG)),
        ("Russian troops took Zugdidi on Wednesday.", ("Zugdidi", RUS)),
        ("Russische Truppen haben Sugdidi eingenommen.", ("Zugdidi", RUS)),
    ],
)
def test_a_nationality_is_its_government_at_home_and_the_invader_abroad(
    detector: Detector, text: str, expected: tuple[str, str]
) -> None:
    assert held(detector, text) == {expected}


def test_a_leaders_bare_name_is_the_man_not_his_side(detector: Detector) -> None:
    """Without a phrase about his forces, "Nkunda" is a person: he took nothing here."""
    assert held(detector, "Nkunda took Kiwanja, his spokesman said.") != {("Kiwanja", CNDP)}
