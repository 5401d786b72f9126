"""The agent of a German passive named by its fighters ("von HTS-Kämpfern erobert") holds the city;
"from whom" stays the loser ("hat X von den HTS-Kämpfern zurückerobert"). Italian "controllano
ormai X" (like "controlan ya", "contrôlent désormais") is a new holder. Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

HTS, SYRIA = "Hayat Tahrir al-Sham", "Syrian government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aleppo wurde am Samstag von HTS-Kämpfern erobert.", {("Aleppo", HTS)}),
        ("Aleppo wurde von HTS-Truppen eingenommen.", {("Aleppo", HTS)}),
        ("Aleppo wurde am Samstag von HTS erobert.", {("Aleppo", HTS)}),
        ("Kherson wurde am Freitag von ukrainischen Truppen befreit.", {("Kherson", "Ukraine")}),
        ("Die syrische Armee hat Aleppo von den HTS-Kämpfern zurückerobert.", {("Aleppo", SYRIA)}),
        (
            "Die ukrainische Armee hat Cherson von den russischen Truppen zurückerobert.",
            {("Kherson", "Ukraine")},
        ),
        ("Aleppo was taken on Saturday by HTS fighters.", {("Aleppo", HTS)}),
        ("Alepo fue tomada el sábado por combatientes de HTS.", {("Aleppo", HTS)}),
    ],
)
def test_the_agent_named_by_its_fighters_holds_the_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I ribelli controllano ormai Aleppo.", {("Aleppo", HTS)}),
        ("HTS controlla ora Aleppo.", {("Aleppo", HTS)}),
        ("I ribelli controllano ancora Aleppo.", set()),
        ("L'esercito controlla Aleppo.", set()),
        ("I ribelli controllano ormai la periferia di Aleppo.", set()),
    ],
)
def test_italian_control_now_is_a_new_holder(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
