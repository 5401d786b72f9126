"""The gazetteer: GeoNames names cleaned for news text, lookups and watched-place resolution."""

from __future__ import annotations

import time

import pytest

from monitor.errors import WatchlistError
from monitor.match.gazetteer import Gazetteer, get_gazetteer
from monitor.match.geonames import clean_names
from monitor.match.normalize import compact_key, fold, name_key, skeleton


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The real gazetteer (built once per machine into the user cache, then read from it)."""
    return get_gazetteer()


def _never(*_: object) -> bool:
    return False


COMMON = {"bust", "garden", "damas"}


@pytest.mark.parametrize(
    ("alternate", "kept"),
    [
        ("Qandahar", True),  # a transliteration
        ("KBL", False),  # an airport code
        ("kandahar city", False),  # no capital letter: a machine transliteration
        ("Kan", False),  # too short
        ("Kandahar 2", False),  # digits
        ("Кандагар", False),  # not Latin script
        ("Bust", False),  # a common English word unlike the primary name
        ("Kandahari", False),  # the primary name plus an ending: a derived word
        ("Big City", False),  # the name of a bigger city elsewhere
    ],
)
def test_clean_names_keeps_only_usable_spellings(alternate: str, kept: bool) -> None:
    """An alternate name survives cleaning only when it can safely be looked for in text."""
    names = clean_names(
        "Kandahar", [alternate], 500_000,
        bigger_elsewhere=lambda key, pop: key == "big city",
        is_common_word=lambda key: key in COMMON,
    )
    assert (alternate in names) is kept
    assert names[0] == "Kandahar"


def test_clean_names_keeps_a_common_word_that_looks_like_the_name() -> None:
    """A dictionary word that is a short form of the primary name ("Damas") is kept."""
    names = clean_names("Damascus", ["Damas", "Garden"], 1_000_000, _never, lambda key: key in COMMON)
    assert names == ("Damascus", "Damas")


@pytest.mark.parametrize(
    ("primary", "alternate", "kept"),
    [
        ("Milan", "Milano", True),  # the Italian name: the primary name plus "o"
        ("Berlin", "Berlino", True),
        ("Volgograd", "Volgogrado", True),
        ("Pest", "Pesto", False),  # a common word all the same
        ("Kabul", "Kabuli", False),  # other endings still make a derived word
        ("Mosul", "Mosula", False),
    ],
)
def test_clean_names_keeps_the_italian_name_ending_in_o(primary: str, alternate: str, kept: bool) -> None:
    """The primary name plus "o" is a city's Italian name, not an inflection, unless a common word."""
    names = clean_names(primary, [alternate], 1_000_000, _never, lambda key: key == "pesto")
    assert (alternate in names) is kept


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mazār-e Sharīf", "mazar e sharif"),
        ("L’armée", "l armee"),
        ("Hay'at  Tahrir al-Sham", "hay at tahrir al sham"),
        ("STRAßE", "strase"),
        ("Łódź", "lodz"),
        ("Las̲h̲kargāh Busṯ", "lashkargah bust"),  # combining marks with no precomposed letter
        ("Xankəndi", "xankendi"),  # the Azerbaijani schwa
    ],
)
def test_name_key_folds_case_accents_and_separators(text: str, key: str) -> None:
    """Names are compared lower-cased, without accents, with one kind of separator."""
    assert name_key(text) == key


def test_fold_keeps_offsets() -> None:
    """Folding keeps one character per character, so offsets carry over to the original."""
    text = "Les talibans sont entrés à Hérat — « Mazār-e Sharīf » suit."
    assert len(fold(text)) == len(text)
    assert fold(text)[text.index("Hérat"):].startswith("herat")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Kandehar", "Kandahar", True), ("Lashkargah", "Lashkar Gah", True), ("Garden", "Gardez", False)],
)
def test_skeleton_groups_vowel_variants(a: str, b: str, same: bool) -> None:
    """Spellings differing only in vowels share a consonant skeleton; other words do not."""
    assert (skeleton(compact_key(a)) == skeleton(compact_key(b))) is same


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Kaboul", None, "Kabul"),
        ("Qandahar", "AF", "Kandahār"),
        ("Hérat", "AF", "Herāt"),
        ("Mazar-e Sharif", None, "Mazār-e Sharīf"),
        ("Alep", None, "Aleppo"),
        ("Mossoul", None, "Mosul"),
        ("Kiew", None, "Kyiv"),
        ("Damasco", None, "Damascus"),  # also a common word (damask), but close to the name
        ("Moscou", None, "Moscow"),
        ("Bajmut", None, "Bakhmut"),
        ("Xankəndi", "AZ", "Khankendi"),  # GeoNames now names Stepanakert so
    ],
)
def test_lookup_finds_cities_by_their_other_names(gazetteer: Gazetteer, name: str, country: str | None,
                                                  expected: str) -> None:
    """Spellings in other languages lead to the GeoNames city, biggest first."""
    found = gazetteer.lookup(name, country)
    assert found, name
    assert found[0].name == expected


def test_lookup_filters_by_country(gazetteer: Gazetteer) -> None:
    """A name shared by cities in several countries returns only the asked country's city."""
    assert {p.country for p in gazetteer.lookup("Herat")} >= {"AF", "IR"}
    assert [p.country for p in gazetteer.lookup("Herat", "IR")] == ["IR"]


def test_junk_names_are_not_indexed(gazetteer: Gazetteer) -> None:
    """Airport codes and common-word aliases do not lead to a city."""
    assert gazetteer.lookup("KBL", "AF") == []
    assert gazetteer.lookup("Bust", "AF") == []


@pytest.mark.parametrize(
    ("name", "country", "spellings"),
    [
        ("Kandahar", "AF", {"Qandahar", "Kandehar"}),
        ("Lashkar Gah", "AF", {"Lashkargah"}),
        ("Mazar-i-Sharif", "AF", {"Mazār-e Sharīf"}),
        ("Sievierodonetsk", "UA", {"Sjewjerodonezk"}),
        ("Damascus", "SY", {"Damas"}),
        ("Sar-e-Pul", "AF", {"Sar-e Pol"}),
        ("Chaghcharan", "AF", {"Fayrōz Kōh"}),
        ("Milan", "IT", {"Milano"}),
        ("Berlin", "DE", {"Berlino"}),
    ],
)
def test_place_keeps_the_watched_name_and_adds_spellings(gazetteer: Gazetteer, name: str, country: str,
                                                         spellings: set[str]) -> None:
    """A watched place keeps its canonical name and gets the GeoNames spellings."""
    place = gazetteer.place(name, country)
    assert place.name == name
    assert place.names[0] == name
    assert spellings <= set(place.names)
    assert place.geonameid is not None


def test_place_resolves_ambiguity_by_population(gazetteer: Gazetteer) -> None:
    """Several Ukrainian towns are called Lyman; the much bigger one is chosen."""
    assert len(gazetteer.lookup("Lyman", "UA")) > 1
    assert gazetteer.place("Lyman", "UA").population == max(p.population or 0 for p in
                                                            gazetteer.lookup("Lyman", "UA"))


def test_place_reports_real_ambiguity(gazetteer: Gazetteer) -> None:
    """Two cities of similar size with one name cannot be told apart without a geonameid."""
    with pytest.raises(WatchlistError, match=r"ambiguous.*geonameid"):
        gazetteer.place("Salamanca", "ES")
    chosen = gazetteer.lookup("Salamanca", "ES")[1]
    assert gazetteer.place("Salamanca", "ES", geonameid=chosen.geonameid).geonameid == chosen.geonameid


def test_place_unknown_city_keeps_its_own_name(gazetteer: Gazetteer) -> None:
    """A city GeoNames does not know is still watched, under its own name only."""
    place = gazetteer.place("Xyzzyville", "AF", aliases=("Xyzzy Town",))
    assert place.names == ("Xyzzyville", "Xyzzy Town")
    assert place.geonameid is None


def test_place_rejects_a_bad_country_code(gazetteer: Gazetteer) -> None:
    """A malformed country code is a watchlist error, not an empty result."""
    with pytest.raises(WatchlistError, match="country"):
        gazetteer.place("Kabul", "AFG")


def test_cached_load_is_fast(gazetteer: Gazetteer) -> None:
    """Once built, the full gazetteer loads from its cache in under 2 seconds."""
    started = time.perf_counter()
    again = get_gazetteer.__wrapped__()
    assert time.perf_counter() - started < 2.0
    assert len(again) == len(gazetteer) > 200_000


def test_country_names_and_unlike_common_words_are_not_city_names(gazetteer: Gazetteer) -> None:
    """"Iraq" (an alternate of Arak in Iran) and "Human" (of Uman) lead to no city."""
    assert gazetteer.lookup("Iraq") == []
    assert gazetteer.lookup("Human") == []
    assert gazetteer.lookup("Uman", "UA")


@pytest.mark.parametrize("spelling", ["al-Raqqa", "ar-Raqqah", "Raqqa", "Er Raqqa", "Al Raqqa", "Raqqah"])
def test_lookup_varies_the_arabic_article_and_ending(gazetteer: Gazetteer, spelling: str) -> None:
    """"al-Raqqa", "ar-Raqqah", "Er Raqqa" and "Raqqa" all lead to Raqqa, Syria."""
    raqqa = gazetteer.lookup("Ar Raqqah", "SY")[0]
    assert [p.geonameid for p in gazetteer.lookup(spelling, "SY")][:1] == [raqqa.geonameid]
    assert raqqa.geonameid in [p.geonameid for p in gazetteer.lookup(spelling)]


def test_articles_are_not_stripped_outside_arabic_names(gazetteer: Gazetteer) -> None:
    """"El Paso" keeps its article: "Paso" in the United States is not El Paso."""
    assert gazetteer.lookup("El Paso", "US")[0].name == "El Paso"
    assert all(p.name != "El Paso" for p in gazetteer.lookup("Paso", "US"))


def test_soft_sign_transliterations_are_dropped() -> None:
    """A Russian soft sign at a word's end ("Khalil'" for Hebron) makes no city name."""
    names = clean_names("Hebron", ["Khalil'", "Ehl'-Khalil", "El Khalil", "Ma'rib"], 200_000, _never, _never)
    assert names == ("Hebron", "El Khalil", "Ma'rib")


def test_suggest_gives_close_cities_with_country_and_admin1(gazetteer: Gazetteer) -> None:
    """A misspelt name suggests the city it is close to, with its country and province code."""
    best = gazetteer.suggest("Kandaharr", "AF")[0]
    assert (best.place.name, best.place.country, best.admin1) == ("Kandahār", "AF", "23")
    assert 80 < best.score < 100
    anywhere = gazetteer.suggest("Kandaharr")
    assert anywhere[0].place.geonameid == best.place.geonameid
    assert gazetteer.suggest("Xqzvwpl") == []


def test_suggest_lists_an_ambiguous_names_cities_by_state(gazetteer: Gazetteer) -> None:
    """Cities sharing a name come first, biggest first, told apart by their admin1 codes."""
    found = gazetteer.suggest("Springfield", "US", limit=4)
    assert len(found) == 4 and all(s.score == 100 for s in found)
    assert len({s.admin1 for s in found}) == 4
    populations = [s.place.population or 0 for s in found]
    assert populations == sorted(populations, reverse=True)


def test_the_gazetteer_holds_no_city_tables_in_memory(gazetteer: Gazetteer) -> None:
    """Cities are read from the SQLite file on demand: the object keeps a connection, not lists."""
    assert not [v for v in vars(gazetteer).values() if isinstance(v, list | dict)]
    assert gazetteer.place_at(0).population == max(p.population or 0 for p in gazetteer.places(0, 50))
    assert gazetteer.index_of(gazetteer.place_at(7).geonameid or 0) == 7


def test_lookups_from_several_threads_share_one_connection(gazetteer: Gazetteer) -> None:
    """The daemon's threads may look places up at once: each gets its own right answer."""
    from concurrent.futures import ThreadPoolExecutor

    names = [("Kabul", "AF"), ("Herat", "AF"), ("Mosul", "IQ"), ("Aleppo", "SY")] * 25
    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(lambda nc: gazetteer.lookup(*nc)[0].country, names))
    assert found == [c for _, c in names]
