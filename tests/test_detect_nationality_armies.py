"""An army named by its nationality alone is named by that nationality's adjective (issue 10).

A watchlist of the Second Schleswig War (1864) has "Prussian army" and "Austrian army" fight
the Danish government in Denmark: no country of theirs is watched, so "preußische Husaren" or
"des hussards prussiens" named no side, and "preußische Kämpfer" were read as the government's
rebels (the Austrians). An actor named "<nationality> <army>" ("Prussian army", "Austrian
troops") now stands for that nationality when no government or state side claims its country;
a German subject after the verb ("Heute sind preußische Husaren … eingeritten") or after its
unit ("eine Abteilung preußischer Husaren") is read as it is at the start of a clause. Sentences
written for this test.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from monitor.match.sides import force_code
from monitor.model import Actor
from tests.sentence_kit import Pairs, detector_for, held, side

DEN, PRU, AUT = "Danish army", "Prussian army", "Austrian army"

WATCHLIST = {
    "places": [{"name": name, "country": "DK"} for name in ("Kolding", "Fredericia", "Vejle")],
    "actors": [
        {"name": DEN, "aliases": ["Danish troops"], "countries": ["DK"], "opposes": [PRU, AUT], "government": True},
        side(PRU, ["Wrangel"], "DK", DEN),
        side(AUT, ["Gablenz"], "DK", DEN),
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heute Mittag sind preußische Husaren in Kolding eingeritten.", {("Kolding", PRU)}),
        ("Heute Mittag ist eine Abteilung preußischer Dragoner in Kolding eingeritten.", {("Kolding", PRU)}),
        ("Am Morgen sind österreichische Jäger in Vejle eingerückt.", {("Vejle", AUT)}),
        ("Des hussards prussiens sont entrés à Kolding à midi.", {("Kolding", PRU)}),
        # a generic word after another side's nationality is not the government's rebels
        ("Heute Mittag sind preußische Kämpfer in Fredericia eingerückt.", set()),
    ],
)
def test_the_nationality_of_an_army_named_by_it(detector: Detector, text: str, expected: Pairs) -> None:
    assert held(detector, text) == expected


def test_only_a_nationality_and_a_force_name_a_country() -> None:
    """ "Prussian army" is Prussia's; "Free Syrian Army" and "Prussian reform party" are no state's."""
    def actor(name: str) -> Actor:
        return Actor(name=name, aliases=(), countries=("DK",), government=False, opposes=())

    assert [force_code(actor(n)) for n in ("Prussian army", "Austrian troops", "Free Syrian Army",
                                           "Prussian reform party")] == ["XP", "AT", None, None]
