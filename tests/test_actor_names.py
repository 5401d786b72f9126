"""Actor names found in other languages without being listed: translated names, leaders, peoples."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher
from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.translate import translate_name
from monitor.match.watchlist import load_watchlist
from monitor.model import Actor

ACTORS = [
    Actor("Kosovo Liberation Army", aliases=("KLA",), countries=("XK",), opposes=("Yugoslav Army",)),
    Actor("Yugoslav Army", aliases=("VJ",), countries=("XK",), government=True,
          opposes=("Kosovo Liberation Army",)),
    Actor("Sudan People's Liberation Army", aliases=("SPLA",), countries=("SS",)),
    Actor("Popular Defence Forces", countries=("SD",)),
    Actor("National Salvation Front", countries=("CF",)),
]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over a few armed groups whose aliases are all English."""
    return ActorMatcher(ACTORS)


def _names(matcher: ActorMatcher, text: str) -> list[str]:
    return [m.actor.name for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Popular Defence Forces", {"forces de défense populaire", "fuerzas de defensa popular",
                                    "forze di difesa popolare", "Volksverteidigungskräfte"}),
        ("National Salvation Front", {"front de salut national", "frente de salvación nacional",
                                      "nationale Rettungsfront", "Nationalrettungsfront"}),
        ("Kosovo Liberation Army", {"armée de libération du kosovo", "ejército de liberación de kosovo",
                                    "Befreiungsarmee des kosovo", "esercito di liberazione del kosovo"}),
        ("Sudan People's Liberation Army", {"armée populaire de libération du Soudan",
                                            "ejército popular de liberación de Sudán",
                                            "Volksbefreiungsarmee des Sudan"}),
        # the old press's name for an empire's army, Austrian, Russian or Ottoman alike
        ("imperial troops", {"troupes impériales", "tropas imperiales", "kaiserlichen Truppen",
                             "truppe imperiali"}),
    ],
)
def test_names_with_modifying_nouns_and_places_are_translated(name: str, expected: set[str]) -> None:
    """Romance names link modifying nouns and places with "de"; German makes one compound."""
    assert {e.lower() for e in expected} <= {t.lower() for t in translate_name(name)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("L'Armée de libération du Kosovo a pris le village.", "Kosovo Liberation Army"),
        ("El Ejército de Liberación de Kosovo tomó la aldea.", "Kosovo Liberation Army"),
        ("Kämpfer der Befreiungsarmee des Kosovo nahmen das Dorf ein.", "Kosovo Liberation Army"),
        ("Les Forces de défense populaires ont reculé.", "Popular Defence Forces"),
        ("Il Fronte di salvezza nazionale ha conquistato la città.", "National Salvation Front"),
        ("Der Nationalen Rettungsfront gelang der Vorstoß.", "National Salvation Front"),
        ("L'Armée populaire de libération du Soudan est entrée dans la ville.",
         "Sudan People's Liberation Army"),
    ],
)
def test_translated_names_are_found_in_text(matcher: ActorMatcher, text: str, actor: str) -> None:
    """A group listed only in English is found under its usual translation."""
    assert _names(matcher, text) == [actor]


LEADERS = [
    Actor("UNITA", aliases=("Savimbi's forces",), countries=("AO",), opposes=("Angolan government",)),
    Actor("Angolan government", aliases=("FAA",), countries=("AO",), government=True, opposes=("UNITA",)),
    Actor("NPFL", aliases=("pro-Taylor forces", "forces loyales à Taylor"), countries=("LR",)),
]


@pytest.fixture(scope="module")
def leaders() -> ActorMatcher:
    """A matcher whose groups are named after their leader in their aliases."""
    return ActorMatcher(LEADERS)


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Jonas Savimbi's forces entered the town.", "Savimbi's forces", "UNITA"),
        ("Troops loyal to Jonas Savimbi entered the town.", "Troops loyal to Jonas Savimbi", "UNITA"),
        ("Les forces de Jonas Savimbi sont entrées dans la ville.", "forces de Jonas Savimbi", "UNITA"),
        ("Las tropas del general Savimbi tomaron la ciudad.", "tropas del general Savimbi", "UNITA"),
        ("Le forze fedeli a Savimbi hanno preso la città.", "forze fedeli a Savimbi", "UNITA"),
        ("Savimbis Truppen nahmen die Stadt ein.", "Savimbis Truppen", "UNITA"),
        ("Pro-Taylor fighters seized the port.", "Pro-Taylor fighters", "NPFL"),
        ("Charles Taylor's men seized the port.", "Taylor's men", "NPFL"),
    ],
)
def test_forces_named_after_their_leader(leaders: ActorMatcher, text: str, surface: str, actor: str) -> None:
    """A leader named in an alias ("Savimbi's forces") finds his forces in every phrasing."""
    assert [(m.surface, m.actor.name) for m in leaders.find(text)] == [(surface, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Savimbi said the talks had failed.",
        "The army attacked Savimbi near the border.",
        "Elizabeth Taylor's films were shown in the port.",
        "Les forces ont visité le tombeau de Savimbi.",
    ],
)
def test_a_leader_alone_is_not_his_forces(leaders: ActorMatcher, text: str) -> None:
    """The bare name (or a film star's namesake) is the man, not the armed side."""
    assert [m.actor.name for m in leaders.find(text)] == []


def test_leader_names_are_read_from_aliases() -> None:
    """Only alias shapes about a leader's forces name a leader; nationalities never do."""
    from monitor.match.leaders import leader_names

    aliases = ("Savimbi's forces", "pro-Savimbi militia", "forces fidèles à Savimbi")
    assert leader_names(aliases) == ("savimbi",)
    assert leader_names(("Russian forces", "GNA forces", "federal forces", "Serb forces")) == ()


PEOPLES = [
    Actor("Bosnian Croat forces", aliases=("HVO",), countries=("BA",), opposes=("Bosnian government",)),
    Actor("Bosnian government", aliases=("ARBiH",), countries=("BA",), government=True,
          opposes=("Bosnian Croat forces",)),
    Actor("Kurdish forces", countries=("SY",)),
    Actor("Abkhaz separatists", countries=("GE",)),
]


@pytest.fixture(scope="module")
def peoples() -> ActorMatcher:
    """A matcher whose groups are defined by a people (and a country)."""
    return ActorMatcher(PEOPLES)


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Les forces croates de Bosnie ont pris Vitez.", "forces croates de Bosnie", "Bosnian Croat forces"),
        ("Las fuerzas croatobosnias tomaron Vitez.", "fuerzas croatobosnias", "Bosnian Croat forces"),
        ("Le forze croato-bosniache hanno preso Vitez.", "forze croato-bosniache", "Bosnian Croat forces"),
        ("Bosnisch-kroatische Truppen nahmen Vitez ein.", "Bosnisch-kroatische Truppen",
         "Bosnian Croat forces"),
        ("Los croatas de Bosnia tomaron Vitez.", "Los croatas de Bosnia", "Bosnian Croat forces"),
        ("Bosnian Croats took Vitez.", "Bosnian Croats", "Bosnian Croat forces"),
        ("Des forces kurdes sont entrées à Manbij.", "forces kurdes", "Kurdish forces"),
        ("Kurdische Kräfte rückten in Manbij ein.", "Kurdische Kräfte", "Kurdish forces"),
        ("Los separatistas abjasios tomaron el paso.", "separatistas abjasios", "Abkhaz separatists"),
    ],
)
def test_forces_of_a_people_are_found_in_translation(peoples: ActorMatcher, text: str, surface: str,
                                                     actor: str) -> None:
    """A people's forces, alone or within a country ("Bosnian Croat"), are found in every language."""
    assert [(m.surface, m.actor.name) for m in peoples.find(text)] == [(surface, actor)]


def test_a_people_is_no_government() -> None:
    """A people without a state names no government side: "forces kurdes" is not Syria's army."""
    matcher = ActorMatcher([Actor("Syrian government", countries=("SY",), government=True)])
    assert [m.actor.name for m in matcher.find("Des forces kurdes sont entrées.", country="SY")] == []


@pytest.fixture(scope="module")
def detector() -> Detector:
    """A detector over Angolan and Bosnian towns, with groups named after a leader or a people."""
    watchlist = {
        "places": [{"name": "Huambo", "country": "AO"}, {"name": "Kuito", "country": "AO"},
                   {"name": "Mostar", "country": "BA"}],
        "actors": [
            {"name": "UNITA", "aliases": ["Savimbi's forces"], "countries": ["AO"],
             "opposes": ["Angolan government"]},
            {"name": "Angolan government", "aliases": ["FAA"], "countries": ["AO"], "government": True,
             "opposes": ["UNITA"]},
            {"name": "Bosnian Croat forces", "aliases": ["HVO"], "countries": ["BA"],
             "opposes": ["Bosnian government"]},
            {"name": "Bosnian government", "aliases": ["ARBiH"], "countries": ["BA"], "government": True,
             "opposes": ["Bosnian Croat forces"]},
        ],
    }
    return make_detector(load_watchlist(watchlist, gazetteer=get_gazetteer()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forces loyales à Jonas Savimbi se dirigent vers Kuito après avoir repris Huambo.",
         {("Huambo", "UNITA")}),
        ("Las tropas del general Savimbi tomaron Huambo el lunes.", {("Huambo", "UNITA")}),
        ("Government forces retook Huambo on Monday.", {("Huambo", "Angolan government")}),
        ("Bosnisch-kroatische Truppen haben Mostar eingenommen.", {("Mostar", "Bosnian Croat forces")}),
        ("Los croatas de Bosnia tomaron Mostar el martes.", {("Mostar", "Bosnian Croat forces")}),
    ],
)
def test_translated_and_leader_named_sides_hold_what_they_take(detector: Detector, text: str,
                                                               expected: set[tuple[str, str]]) -> None:
    """A side found only through a leader or a people is the holder, even of a recapture."""
    events = detector.detect("", text, datetime(1994, 11, 10, tzinfo=UTC))
    assert {(e.place, e.controller) for e in events} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre soudanais de la Défense a annoncé la prise de la ville.",
        "El ministro sudanés de Defensa anunció la toma de la ciudad.",
        "Der sudanesische Verteidigungsminister verkündete die Einnahme der Stadt.",
        "Il ministro della difesa sudanese ha annunciato la presa della città.",
        "The Sudanese defence minister announced the capture of the city.",
    ],
)
def test_a_defence_minister_speaks_for_the_government(text: str) -> None:
    """A country's defence minister is its government side, like its defence ministry."""
    matcher = ActorMatcher([Actor("Sudanese government", countries=("SD",), government=True)])
    assert [m.actor.name for m in matcher.find(text)] == ["Sudanese government"]


@pytest.mark.parametrize("text", [
    "Die Sandinisten rückten in die Stadt ein.",
    "I sandinisti sono entrati in città.",
    "Une colonne sandiniste est entrée dans la ville.",
    "Sandinistische Einheiten rückten vor.",
    "Os sandinistas entraram na cidade.",
])
def test_an_ist_movement_is_found_in_each_language_plural_and_adjective(text: str) -> None:
    """"Sandinistas" is "Sandinisten", "sandinisti", "sandiniste", "sandinistische": no stripped
    ending gives those ("-as" is not stripped, or "Contras" would match French "contre")."""
    matcher = ActorMatcher([Actor("Sandinistas", countries=("NI",)), Actor("Contras", countries=("NI",))])
    assert _names(matcher, text) == ["Sandinistas"]


def test_contras_are_not_the_french_word_against() -> None:
    matcher = ActorMatcher([Actor("Contras", countries=("NI",))])
    assert _names(matcher, "Les habitants ont manifesté contre la guerre.") == []


@pytest.mark.parametrize(("name", "expected"), [
    ("Northern Alliance", {"alliance du Nord", "alianza del Norte", "Nordallianz", "alleanza del Nord",
                           "aliança do Norte"}),
    ("Southern Movement", {"mouvement du Sud", "movimiento del Sur", "Südbewegung", "südliche Bewegung"}),
    ("Eastern Front", {"front de l'Est", "Ostfront"}),
])
def test_a_compass_point_in_a_name_is_a_place_in_romance_and_a_prefix_in_german(name: str,
                                                                                expected: set[str]) -> None:
    assert expected <= set(translate_name(name))


@pytest.mark.parametrize(("text", "actor"), [
    ("L'armée a chassé l'EI de la ville.", "Islamic State"),
    ("El ejército expulsó al EI de la ciudad.", "Islamic State"),
    ("Die Nordallianz rückte vor.", "Northern Alliance"),
])
def test_a_translated_name_brings_its_acronym_and_compound(text: str, actor: str) -> None:
    """An English acronym of a two-word name ("IS") says the name is abbreviated: its
    translations' initials are too ("EI"), matched with their case as written."""
    matcher = ActorMatcher([Actor("Islamic State", aliases=("IS",), countries=("LY",)),
                            Actor("Northern Alliance", countries=("AF",))])
    assert _names(matcher, text) == [actor]


def test_a_translated_acronym_needs_its_case() -> None:
    matcher = ActorMatcher([Actor("Islamic State", aliases=("IS",), countries=("LY",))])
    assert _names(matcher, "Ei, disse lui, non è vero.") == []


@pytest.mark.parametrize(("name", "acronyms"), [
    ("Syrian Democratic Forces", {"FDS"}),
    ("Free Syrian Army", {"ASL", "ESL"}),
    ("Rapid Support Forces", {"FSR"}),
])
def test_romance_acronyms_follow_the_romance_word_order(name: str, acronyms: set[str]) -> None:
    """The head noun first, then its modifiers in the reverse of the English order."""
    from monitor.match.translate import romance_acronyms

    assert acronyms <= set(romance_acronyms(name))


@pytest.mark.parametrize("text", ["Las FDS tomaron la ciudad.", "Les FDS sont entrées dans la ville."])
def test_an_abbreviated_name_is_found_by_its_romance_acronym(text: str) -> None:
    matcher = ActorMatcher([Actor("SDF", aliases=("Syrian Democratic Forces",), countries=("SY",))])
    assert _names(matcher, text) == ["SDF"]


@pytest.mark.parametrize("text", ["El Frente Nacional Chin tomó la ciudad.",
                                  "Le Front national chin a pris la ville."])
def test_a_peoples_name_stays_as_it_is_after_the_romance_noun(text: str) -> None:
    """"Chin National Front" is also "Frente Nacional Chin": a people's name kept as an adjective."""
    matcher = ActorMatcher([Actor("Chin National Front", countries=("MM",))])
    assert _names(matcher, text) == ["Chin National Front"]


COUNTRY_ARMIES = [
    Actor("Sierra Leone Army", countries=("SL",), government=True, opposes=("RUF",)),
    Actor("RUF", countries=("SL",), opposes=("Sierra Leone Army",)),
    Actor("Papua New Guinea Defence Force", countries=("PG",), opposes=("BRA",)),
]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Sierra Leone Army retook the town.", "Sierra Leone Army"),
        ("L'Armée de la Sierra Leone a repris la ville.", "Sierra Leone Army"),
        ("El Ejército de Sierra Leona tomó la aldea.", "Sierra Leone Army"),
        ("Die Armee von Sierra Leone nahm das Dorf ein.", "Sierra Leone Army"),
        ("L'esercito della Sierra Leone ha ripreso la città.", "Sierra Leone Army"),
        ("O Exército da Serra Leoa retomou a cidade.", "Sierra Leone Army"),
        ("La Force de défense de Papouasie-Nouvelle-Guinée est entrée à Arawa.",
         "Papua New Guinea Defence Force"),
        ("La Fuerza de Defensa de Papúa Nueva Guinea entró en Arawa.", "Papua New Guinea Defence Force"),
    ],
)
def test_a_force_named_after_a_country_of_several_words_is_translated(text: str, actor: str) -> None:
    """"Papua New Guinea Defence Force" opens with a country of three words: the Romance press
    puts it last, in its own spelling ("Force de défense de Papouasie-Nouvelle-Guinée")."""
    assert _names(ActorMatcher(COUNTRY_ARMIES), text) == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Getúlio Vargas' forces took the city on Friday.",
        "Getúlio Vargas’ forces took the city on Friday.",
        "Stevens' supporters seized the airfield.",
    ],
)
def test_an_alias_with_a_plain_apostrophe_possessive_is_found(text: str) -> None:
    """A possessive after a final s ("Vargas' forces") folds to a second space in the text: the alias
    is found all the same."""
    actors = [
        Actor("Vargas forces", aliases=("Getúlio Vargas' forces",), countries=("BR",)),
        Actor("Nagriamel", aliases=("Stevens' supporters",), countries=("VU",)),
    ]
    found = [m.actor.name for m in ActorMatcher(actors).find(text)]
    assert found == (["Nagriamel"] if "Stevens" in text else ["Vargas forces"])
