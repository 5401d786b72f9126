"""Nationality words of the sides of older wars, and whose side a nationality names (corpus 7).

"Japanese troops", "las tropas holandesas", "Lithuanian units" named no watched side: Japan,
the Netherlands, Lithuania (and a few neighbours) had no nationality adjectives. And a
government fighting abroad (Iran in Iraq, Ethiopia in Somalia) took that country's nationality
from the actor named after it: "Iraqi troops took Khorramshahr" went to Iran. Our own sentences
about the Russo-Japanese war, the Dutch in Indonesia in 1947, Lithuania in 1919, the Iran-Iraq
war, the Ogaden war and Hungary in 1919, against a watchlist of this file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import pytest

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist

DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)

WATCHLIST = {
    "places": [
        {"name": "Mukden", "country": "CN"},
        {"name": "Port Arthur", "country": "CN"},
        {"name": "Malang", "country": "ID"},
        {"name": "Palembang", "country": "ID"},
        {"name": "Panevėžys", "country": "LT"},
        {"name": "Khorramshahr", "country": "IR"},
        {"name": "Basra", "country": "IQ"},
        {"name": "Jijiga", "country": "ET"},
        {"name": "Dire Dawa", "country": "ET"},
        {"name": "Debrecen", "country": "HU"},
    ],
    "actors": [
        {"name": "Japan", "countries": ["CN"], "opposes": ["Russia"]},
        {"name": "Russia", "countries": ["CN"], "opposes": ["Japan"]},
        {"name": "Netherlands", "countries": ["ID"], "opposes": ["Republic of Indonesia"]},
        {"name": "Republic of Indonesia", "countries": ["ID"], "government": True,
         "opposes": ["Netherlands"]},
        {"name": "Lithuania", "countries": ["LT"], "opposes": ["Soviet Russia"]},
        # governments that fight in the other side's country too
        {"name": "Soviet Russia", "aliases": ["Red Army"], "countries": ["LT", "RU"], "government": True,
         "opposes": ["Lithuania"]},
        {"name": "Iran", "countries": ["IR", "IQ"], "government": True, "opposes": ["Iraq"]},
        {"name": "Iraq", "countries": ["IR", "IQ"], "opposes": ["Iran"]},
        {"name": "Ethiopia", "countries": ["ET", "SO"], "government": True, "opposes": ["Somalia"]},
        {"name": "Somalia", "countries": ["ET"], "opposes": ["Ethiopia"]},
        {"name": "Hungary", "countries": ["HU", "RO"], "government": True, "opposes": ["Romania"]},
        {"name": "Romania", "countries": ["HU"], "opposes": ["Hungary"]},
    ],
}


@cache
def _detector() -> Detector:
    return make_detector(load_watchlist(WATCHLIST, gazetteer=get_gazetteer()))


def held(text: str) -> set[tuple[str, str]]:
    return {(e.place, e.controller) for e in _detector().detect("", text, DAY) if e.controller}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japanese troops took Mukden this morning.", {("Mukden", "Japan")}),
        ("Les troupes japonaises se sont emparées de Port-Arthur.", {("Port Arthur", "Japan")}),
        ("Le truppe giapponesi hanno conquistato Mukden.", {("Mukden", "Japan")}),
        ("Las tropas holandesas ocuparon hoy Malang.", {("Malang", "Netherlands")}),
        ("As tropas holandesas tomaram Palembang.", {("Palembang", "Netherlands")}),
        ("Dutch marines captured Palembang on Monday.", {("Palembang", "Netherlands")}),
        ("Lithuanian troops recaptured Panevėžys yesterday.", {("Panevėžys", "Lithuania")}),
        ("Le truppe lituane hanno ripreso Panevėžys.", {("Panevėžys", "Lithuania")}),
    ],
)
def test_the_nationality_of_an_older_war_names_its_side(text: str, expected: set[tuple[str, str]]) -> None:
    """Japanese, Dutch and Lithuanian forces are Japan, the Netherlands and Lithuania."""
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japanese diplomats arrived in Mukden to negotiate.",
        "Las tropas holandesas bombardearon Malang sin lograr entrar en la ciudad.",
        "Lithuanian troops are advancing on Panevėžys.",
        "Le truppe giapponesi non sono riuscite a conquistare Mukden.",
    ],
)
def test_the_new_nationalities_keep_the_limits_of_a_change(text: str) -> None:
    """Envoys, a shelling, an advance or a failed attempt stay no change with the new words."""
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi troops captured Khorramshahr after a month of street fighting.", {("Khorramshahr", "Iraq")}),
        ("Las tropas iraquíes tomaron Jorramchar.", {("Khorramshahr", "Iraq")}),
        ("Somali troops captured Jijiga on Tuesday.", {("Jijiga", "Somalia")}),
        ("Les troupes somaliennes se sont emparées de Djidjiga.", {("Jijiga", "Somalia")}),
        ("Romanian troops seized Debrecen.", {("Debrecen", "Romania")}),
        ("Le truppe rumene sono entrate a Debrecen dopo la ritirata delle truppe ungheresi.",
         {("Debrecen", "Romania")}),
    ],
)
def test_a_nationality_is_the_side_named_after_its_country(text: str, expected: set[tuple[str, str]]) -> None:
    """Not the government of another country that fights there too (Iran, Ethiopia, Hungary)."""
    assert held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian troops recaptured Khorramshahr.", {("Khorramshahr", "Iran")}),
        ("Ethiopian forces retook Jijiga.", {("Jijiga", "Ethiopia")}),
        ("Hungarian troops recaptured Debrecen.", {("Debrecen", "Hungary")}),
        ("Government troops recaptured Jijiga.", {("Jijiga", "Ethiopia")}),
    ],
)
def test_the_government_keeps_its_own_nationality(text: str, expected: set[tuple[str, str]]) -> None:
    """The government fighting abroad is still its own country's side, and "government troops"."""
    assert held(text) == expected
