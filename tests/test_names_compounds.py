"""German compounds of an actor's name and a fighters' noun (issue 10): "Tigray-Kräfte",
"Krajina-Serben", "Arakan-Kämpfer" name that actor."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher, german_compounds
from monitor.model import Actor
from tests.detect_support import held_by

TIGRAY = Actor(name="TPLF", aliases=("Tigray Defense Forces", "Tigrayan forces"), countries=("ET",),
               opposes=("Ethiopian government",))
ETHIOPIA = Actor(name="Ethiopian government", aliases=("Ethiopian army", "ENDF"), countries=("ET",),
                 government=True, opposes=("TPLF",))
KRAJINA = Actor(name="Krajina Serb forces", aliases=("Krajina Serbs", "rebel Serbs"), countries=("HR",),
                opposes=("Croatian government",))
ARAKAN = Actor(name="Arakan Army", aliases=("AA",), countries=("MM",), opposes=("Myanmar military",))
SUDAN = Actor(name="Sudanese Armed Forces", aliases=("Sudanese army",), countries=("SD",), government=True)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher([TIGRAY, ETHIOPIA, KRAJINA, ARAKAN, SUDAN])


@pytest.mark.parametrize(("text", "actor"), [
    ("Tigray-Kräfte haben die Stadt eingenommen.", "TPLF"),
    ("Die Tigray-Truppen zogen ab.", "TPLF"),
    ("Die Krajina-Serben flohen nach Banja Luka.", "Krajina Serb forces"),
    ("Arakan-Kämpfer hielten den Flughafen.", "Arakan Army"),
])
def test_a_german_compound_names_the_actor(matcher: ActorMatcher, text: str, actor: str) -> None:
    assert actor in [m.actor.name for m in matcher.find(text, country="ET")]


def test_only_distinctive_first_parts_make_compounds() -> None:
    """A country's nationality is the nationality phrases' business, not a compound's: no
    "Sudanese-Kräfte"; a people's forces take the people's noun ("Tigray")."""
    assert german_compounds(SUDAN) == set()
    assert "tigray krafte" in german_compounds(TIGRAY)
    assert "krajina serben" in german_compounds(KRAJINA)
    assert not any(key.startswith("ethiopian") for key in german_compounds(ETHIOPIA))


TIGRAY_WAR = {
    "places": [{"name": "Mekelle", "country": "ET"}],
    "actors": [
        {"name": "TPLF", "aliases": ["Tigrayan forces"], "countries": ["ET"],
         "opposes": ["Ethiopian government"]},
        {"name": "Ethiopian government", "aliases": ["Ethiopian army"], "countries": ["ET"],
         "government": True, "opposes": ["TPLF"]},
    ],
}


def test_a_compound_holder_is_detected() -> None:
    text = "Tigray-Kräfte haben Mekelle am Montag wieder eingenommen."
    assert held_by(TIGRAY_WAR, "", text, datetime(2021, 6, 28, tzinfo=UTC)) == {("Mekelle", "TPLF")}
