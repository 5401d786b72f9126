"""Every sovereign state has its nationality adjectives, names and capital in the six languages,
and the detector reads them for any country, not only the ones tested before.

Sentences of our own about Bolivia, Hungary, Laos and Paraguay, against a watchlist written here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

import pytest

from monitor.match import demonyms, demonyms_world
from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS, LANGS
from monitor.match.normalize import fold
from tests.detect_support import held_by

# ISO 3166-1 alpha-2 codes of the 193 UN member states.
_UN_CODES = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH
CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN
GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP
NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV
SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
"""
UN_MEMBERS = frozenset(_UN_CODES.split())
# The observer states, Kosovo and Taiwan; Czechoslovakia, the Soviet Union and Yugoslavia for older news.
OTHER_STATES = frozenset(("VA", "PS", "XK", "TW"))
FORMER_STATES = frozenset(("CS", "SU", "YU", "XP", "XH"))  # XP Prussia, XH Austria-Hungary (user-assigned)

# Forms two countries share on purpose: both lines mean them.
SHARED = {
    frozenset(("CD", "CG")),  # "Congolese" / "congolais" for either Congo
    frozenset(("RU", "SU")),  # Moscow, capital of both
    frozenset(("CS", "CZ")),  # Prague, capital of both
    frozenset(("RS", "YU")),  # Belgrade, capital of both
    frozenset(("DE", "XP")),  # Berlin, capital of both
    frozenset(("AT", "XH")),  # Vienna, capital of both
}


def _codes(source: str) -> list[str]:
    return [line.split()[0] for line in demonyms.continued_lines(source)]


def test_there_are_193_members() -> None:
    assert len(UN_MEMBERS) == 193


@pytest.mark.parametrize(
    "table", [DEMONYMS, COUNTRY_NAMES, CAPITALS], ids=["adjectives", "names", "capitals"]
)
def test_every_state_has_forms_in_all_six_languages(table: dict[str, dict[str, tuple[str, ...]]]) -> None:
    for code in sorted(UN_MEMBERS | OTHER_STATES):
        assert code in table, code
        for lang in LANGS:
            forms = table[code].get(lang, ())
            assert forms, (code, lang)
            assert all(f.strip() for f in forms), (code, lang, forms)


def test_every_code_is_a_state() -> None:
    for table in (DEMONYMS, COUNTRY_NAMES, CAPITALS):
        assert set(table) <= UN_MEMBERS | OTHER_STATES | FORMER_STATES


def test_the_world_module_adds_countries_and_redefines_none() -> None:
    for own, world in ((demonyms._TABLE, demonyms_world._TABLE),
                       (demonyms._COUNTRY_NAMES, demonyms_world._COUNTRY_NAMES),
                       (demonyms._CAPITALS, demonyms_world._CAPITALS)):
        assert not set(_codes(own)) & set(_codes(world))
    # one line per language and country in the adjectives
    lines = [line.split()[:2] for line in demonyms_world._TABLE.splitlines() if line.strip()]
    assert len(lines) == len({tuple(x) for x in lines}) == 6 * len(set(_codes(demonyms_world._TABLE)))


def test_no_form_names_two_countries_unless_both_mean_it() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for table in (DEMONYMS, COUNTRY_NAMES, CAPITALS):
        for code, per_lang in table.items():
            for forms in per_lang.values():
                for form in forms:
                    owners[fold(form).strip()].add(code)
    shared = {key: frozenset(codes) for key, codes in owners.items() if len(codes) > 1}
    assert {key: codes for key, codes in shared.items() if codes not in SHARED} == {}


@pytest.mark.parametrize(
    ("code", "lang", "form"),
    [
        ("HU", "fr", "hongroises"), ("HU", "de", "ungarischen"), ("BO", "es", "bolivianas"),
        ("LA", "fr", "laotienne"), ("PY", "it", "paraguaiani"), ("CH", "de", "Schweizer"),
        ("IS", "pt", "islandesas"), ("LV", "fr", "lettones"), ("BE", "it", "belghe"),
        ("QA", "fr", "qataries"), ("UY", "fr", "uruguayennes"),
    ],
)
def test_adjectives_have_their_genders_and_numbers(code: str, lang: str, form: str) -> None:
    assert form in DEMONYMS[code][lang]


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [("MM", "en", "Burma"), ("CI", "en", "Ivory Coast"), ("SZ", "en", "Swaziland"),
     ("CV", "en", "Cape Verde"), ("CZ", "en", "Czechia"), ("VA", "fr", "Saint-Siège"),
     ("TW", "de", "Taiwan")],
)
def test_usual_and_older_names(code: str, lang: str, name: str) -> None:
    assert name in COUNTRY_NAMES[code][lang]


@pytest.mark.parametrize(
    "form",
    [
        "la paz",  # "fuerzas de la paz": peacekeepers, not Bolivia's government (Spanish column)
        "granada",  # the Spanish city, not Grenada
        "island",  # the English word, not Iceland
        "antigua", "trinidad",  # Antigua Guatemala, Trinidad in Cuba and Bolivia
        "mauricio", "maurice",  # first names
        "papuan",  # Indonesian Papua
        "dominique", "grenade",  # a first name and a weapon, written with the article
    ],
)
def test_forms_that_are_common_words_are_left_out(form: str) -> None:
    every = {fold(f).strip() for table in (DEMONYMS, COUNTRY_NAMES) for per_lang in table.values()
             for forms in per_lang.values() for f in forms}
    every |= {fold(f).strip() for per_lang in CAPITALS.values() for f in per_lang["es"]}
    assert form not in every


WATCHLIST = {
    "places": [
        {"name": "Cochabamba", "country": "BO"},
        {"name": "Debrecen", "country": "HU"},
        {"name": "Vientiane", "country": "LA"},
        {"name": "Encarnación", "country": "PY"},
    ],
    "actors": [
        {"name": "Frente Andino", "countries": ["BO"], "opposes": ["Bolivian government"]},
        {"name": "Bolivian government", "countries": ["BO"], "government": True,
         "opposes": ["Frente Andino"]},
        {"name": "Zöld Brigád", "countries": ["HU"], "opposes": ["Hungarian government"]},
        {"name": "Hungarian government", "countries": ["HU"], "government": True,
         "opposes": ["Zöld Brigád"]},
        {"name": "Pathet Sai", "countries": ["LA"], "opposes": ["Lao government"]},
        {"name": "Lao government", "countries": ["LA"], "government": True, "opposes": ["Pathet Sai"]},
        {"name": "Ejército del Sur", "countries": ["PY"], "opposes": ["Paraguayan government"]},
        {"name": "Paraguayan government", "countries": ["PY"], "government": True,
         "opposes": ["Ejército del Sur"]},
    ],
}
WHEN = datetime(2025, 5, 4, tzinfo=UTC)
BOG, HUG, LAG, PYG = "Bolivian government", "Hungarian government", "Lao government", "Paraguayan government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivian troops took Cochabamba from the Frente Andino on Monday.", {("Cochabamba", BOG)}),
        ("Las tropas bolivianas recuperaron Cochabamba el lunes tras expulsar al Frente Andino.",
         {("Cochabamba", BOG)}),
        ("Les troupes hongroises ont repris Debrecen à la Zöld Brigád lundi.", {("Debrecen", HUG)}),
        ("Die ungarische Armee hat Debrecen am Montag zurückerobert.", {("Debrecen", HUG)}),
        ("Les combattants du Pathet Sai se sont emparés de la capitale laotienne dimanche.",
         {("Vientiane", "Pathet Sai")}),
        ("Los rebeldes del Pathet Sai tomaron la capital de Laos el domingo.", {("Vientiane", "Pathet Sai")}),
        ("L'esercito paraguaiano ha riconquistato Encarnación lunedì.", {("Encarnación", PYG)}),
    ],
)
def test_any_countrys_army_and_capital_are_read(text: str, expected: set[tuple[str, str]]) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == expected


def test_another_countrys_army_is_not_this_government() -> None:
    text = "Chilean troops took Cochabamba on Monday."
    assert ("Cochabamba", BOG) not in held_by(WATCHLIST, "", text, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        # a station in the city, not the city: a German sentence now that the army is recognised
        "Die ungarischen Truppen haben in Debrecen den Bahnhof besetzt.",
        "Bolivian troops seized the railway station in Cochabamba on Monday.",
    ],
)
def test_a_station_in_the_city_is_not_the_city(text: str) -> None:
    assert held_by(WATCHLIST, "", text, WHEN) == set()
