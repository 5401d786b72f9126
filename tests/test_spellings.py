"""Place names spelt the way another language transliterates them, or with a typo (issue 10).

The watched places carry one or two spellings; the texts use German, French or Spanish ones.
"""

from __future__ import annotations

import pytest

from monitor.match.normalize import phonetic_keys
from monitor.match.places import PlaceMatcher
from monitor.match.short_names import spellings
from monitor.model import Place

PLACES = (
    Place(name="Kharkiv", country="UA", names=("Kharkiv", "Kharkov")),
    Place(name="Donetsk", country="UA", names=("Donetsk",)),
    Place(name="Dushanbe", country="TJ", names=("Dushanbe",)),
    Place(name="Grozny", country="RU", names=("Grozny",)),
    Place(name="Tskhinvali", country="GE", names=("Tskhinvali",)),
    Place(name="Sukhumi", country="GE", names=("Sukhumi",)),
    Place(name="Kassala", country="SD", names=("Kassala",)),
    Place(name="Shibirghan", country="AF", names=("Shibirghan", "Sibircan")),
    Place(name="Munster", country="DE", names=("Munster", "Munchen")),
)
MATCHER = PlaceMatcher(PLACES)


def _found(text: str) -> list[str]:
    return [m.place.name for m in MATCHER.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Armee zog sich aus Charkiw zurück.", "Kharkiv"),
        ("Les séparatistes tiennent Donezk depuis 2014.", "Donetsk"),  # six letters, z for ts
        ("Die Regierung in Duschanbe schwieg.", "Dushanbe"),
        ("Russische Truppen marschierten in Grosny ein.", "Grozny"),
        ("Die Truppen erreichten Zchinwali am Morgen.", "Tskhinvali"),
        ("Die Stadt Suchumi liegt am Meer.", "Sukhumi"),
        ("Les forces sont entrées dans Soukhoumi.", "Sukhumi"),
        ("Rebels reached Kasalla overnight.", "Kassala"),  # two letters swapped
        ("La ciudad de Sibargan cayó.", "Shibirghan"),  # vowels and one consonant class
    ],
)
def test_other_transliterations_find_the_place(text: str, place: str) -> None:
    """A city spelt another language's way, or with two letters swapped, is still found."""
    assert _found(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Die Menschen flohen aus der Stadt.",  # vowels alone are not enough with 4 consonants
        "Killing civilians is a war crime, he said.",
        "The Minister spoke on Monday.",
        "Das Ministerium schwieg.",
    ],
)
def test_common_words_stay_words(text: str) -> None:
    """Words that merely sound like a watched name's consonants are not the place."""
    assert _found(text) == []


def test_german_ch_gives_a_word_two_keys() -> None:
    """A word with "ch" is read as English/French "ch" and as German "kh"; "sch" is one sound."""
    assert phonetic_keys("charkiw") == ("sarkiv", "karkiv")
    assert phonetic_keys("duschanbe") == phonetic_keys("dushanbe")
    assert phonetic_keys("soukhoumi") == phonetic_keys("sukhumi")


ARTICLED = PlaceMatcher((
    Place(name="Suq ash-Shuyukh", country="IQ", names=("Suq ash-Shuyukh",)),
    Place(name="Ras ash-Shamra", country="SY", names=("Ras ash-Shamra",)),
    Place(name="Bir ash-Shuwayrif", country="LY", names=("Bir ash-Shuwayrif",)),
))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Die Milizen halten Suk asch-Schujuch seit Tagen.", "Suk asch-Schujuch"),
        ("Die Armee erreichte Ras asch-Schamra am Abend.", "Ras asch-Schamra"),
        ("L'armée a atteint Ras ech-Chamra dans la nuit.", "Ras ech-Chamra"),
        ("Die Kolonne erreichte Bir asch-Schuwairif.", "Bir asch-Schuwairif"),
    ],
)
def test_the_arabic_article_as_german_and_french_spell_it(text: str, surface: str) -> None:
    """"ash-" is German "asch-" and French "ech-" before "sch"/"ch": the name runs on through it."""
    assert [m.surface for m in ARTICLED.find(text)] == [surface]


SHORT = PlaceMatcher((
    Place(name="Juba", country="SS", names=("Juba",)),
    Place(name="Adwa", country="ET", names=("Adwa",)),
    Place(name="Zouar", country="TD", names=("Zouar",)),
    Place(name="Bolu", country="TR", names=("Bolu",)),
    Place(name="Sour", country="LB", names=("Sour",)),
))


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("Die Rebellen rückten auf Dschuba vor.", "Dschuba", "Juba"),
        ("Les rebelles ont atteint Djouba dimanche.", "Djouba", "Juba"),
        ("I ribelli sono entrati a Giuba.", "Giuba", "Juba"),
        ("Los rebeldes avanzan hacia Yuba.", "Yuba", "Juba"),
        ("Le truppe italiane hanno occupato Adua.", "Adua", "Adwa"),
        ("Die Rebellen haben Zuar eingenommen.", "Zuar", "Zouar"),  # French "ou", German "u"
    ],
)
def test_a_short_name_is_found_as_other_languages_spell_it(text: str, surface: str, place: str) -> None:
    """A name under seven letters matches only exactly: its usual other spellings are made for it."""
    assert [(m.surface, m.place.name) for m in SHORT.find(text)] == [(surface, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Los combates siguen en Corea del Sur.",  # "Sur" is a word (and has three letters)
        "Le Bolou est un plat.",  # Turkish names are in Latin letters already: not respelt
        "Yuba county officials said yuba growers met.",  # written in lower case too: a common word
    ],
)
def test_a_short_names_spellings_are_no_common_words(text: str) -> None:
    """Forms of under four letters, small words, and words the article writes in lower case are left out."""
    assert SHORT.find(text) == []


def test_a_short_names_spellings_are_made_by_each_language_and_each_rule() -> None:
    """German, French, Spanish and Italian rules together, then each rule alone ("Damur")."""
    assert spellings("juba")[:4] == ("dschuba", "djouba", "yuba", "giuba")
    assert spellings("damour") == ("damur",)
    assert spellings("dushanbe") == ()  # long enough to be found fuzzily


def test_a_removed_spelling_is_not_made_again() -> None:
    """A spelling the user removed stays removed, though it is one of the usual others."""
    juba = Place(name="Juba", country="SS", names=("Juba",))
    matcher = PlaceMatcher([juba], removed_aliases={"Juba": ["Yuba"]})
    assert matcher.find("Los rebeldes avanzan hacia Yuba.") == []
    assert [m.surface for m in matcher.find("I ribelli sono entrati a Giuba.")] == ["Giuba"]
