"""Place names written the French, German or Spanish way find the watched English name (issue 10).

The watched names are bare (no gazetteer alternates), so only the transliteration key can find
them; the negative cases are real words and places that sound alike and must stay apart.
"""

from __future__ import annotations

import pytest

from monitor.match.normalize import phonetic_keys
from monitor.match.places import PlaceMatcher
from monitor.model import Place

WATCHED = [
    ("Sharm el-Sheikh", "EG"), ("Khan Yunis", "PS"), ("Khartoum", "SD"), ("Wad Madani", "SD"),
    ("Jableh", "SY"), ("Shusha", "AZ"), ("Bahariya", "EG"), ("Nouakchott", "MR"), ("Ajdabiya", "LY"),
]


@pytest.fixture(scope="module")
def matcher() -> PlaceMatcher:
    return PlaceMatcher([Place(name=name, country=country, names=(name,)) for name, country in WATCHED])


def _found(matcher: PlaceMatcher, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.place.name) for m in matcher.find(text)]


@pytest.mark.parametrize(("text", "surface", "place"), [
    # French "ch" for "sh": the letters differ at both ends, the sounds do not.
    ("Les touristes ont quitté Charm el-Cheikh lundi.", "Charm el-Cheikh", "Sharm el-Sheikh"),
    # German "ch" for "kh" and "j" for "y" in one name.
    ("Die Armee rückte nach Chan Junis vor.", "Chan Junis", "Khan Yunis"),
    # Spanish "j" for "kh".
    ("Los combates llegaron a Jartum el martes.", "Jartum", "Khartoum"),
    # French "ou" before a vowel for "w".
    ("Les paramilitaires sont entrés à Ouad Madani.", "Ouad Madani", "Wad Madani"),
    # French "dj" for "j": the first letters differ.
    ("Des renforts sont arrivés à Djableh dans la nuit.", "Djableh", "Jableh"),
    # Names of two consonants ("Shusha"), in long enough words.
    ("Die Stadt Schuscha liegt auf einem Felsen.", "Schuscha", "Shusha"),
    ("Les soldats ont pris Choucha à l'aube.", "Choucha", "Shusha"),
    ("The convoy reached Bahariyya oasis at dusk.", "Bahariyya", "Bahariya"),
    # German or Slavic "-ija" for "-iya".
    ("Die Rebellen zogen sich nach Ajdabija zurück.", "Ajdabija", "Ajdabiya"),
])
def test_other_transliterations_find_the_watched_name(matcher: PlaceMatcher, text: str, surface: str,
                                                      place: str) -> None:
    assert (surface, place) in _found(matcher, text)


@pytest.mark.parametrize("text", [
    "Le ministre tunisien était à Sousse mardi.",  # "Sousse" is not "Shusha"
    "Sasha Petrov a parlé à la presse.",
    "Die Moschee wurde am Freitag wieder geöffnet.",
    "The Valley Road was closed on Sunday.",
    "Jamal Khashoggi was a journalist.",
    "Bavaria and Savoia are regions.",
])
def test_words_that_only_look_alike_stay_apart(matcher: PlaceMatcher, text: str) -> None:
    assert _found(matcher, text) == []


def test_alternate_names_of_few_consonants_need_their_own_spelling() -> None:
    """Among many places' alternate names, one of two consonants matches only itself: "Moschi"
    (Moshi, Tanzania) is not the German noun "Moschee", "Whalley" is not "Valley"."""
    places = [Place(name="Moshi", country="TZ", names=("Moshi", "Moschi")),
              Place(name="Whalley", country="GB", names=("Whalley",)),
              Place(name="Kahama", country="TZ", names=("Kahama",))]
    matcher = PlaceMatcher(places)
    assert _found(matcher, "Die Moschee, das Valley, Khaama Press und Moschi.") == [("Moschi", "Moshi")]


def test_a_word_is_read_the_german_spanish_and_french_way() -> None:
    assert phonetic_keys("junis")[0] == "junis"
    assert "iunis" in phonetic_keys("junis")  # German: "Junis" is "Yunis"
    assert "kartum" in phonetic_keys("jartum")  # Spanish: "Jartum" is "Khartoum"
    assert "vad" in phonetic_keys("ouad")  # French: "Ouad" is "Wad"
    assert phonetic_keys("yunis") == ("iunis",)  # a name without j, ch or ou has one reading
