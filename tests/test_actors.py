"""Finding watched actors in text: aliases, inflections, acronyms and generic government phrases."""

from __future__ import annotations

import pytest

from monitor.match.actors import ActorMatcher, alias_keys, is_acronym
from monitor.model import Actor

ACTORS = [
    Actor("Taliban", aliases=("Islamic Emirate", "moudjahidines"), countries=("AF",),
          opposes=("Afghan government",)),
    Actor("Afghan government", aliases=("Afghan forces", "ANDSF"), countries=("AF",), government=True,
          opposes=("Taliban",)),
    Actor("Islamic State", aliases=("IS", "ISIS", "Daesh"), countries=("IQ", "SY")),
    Actor("Iraqi government", aliases=("Iraqi army",), countries=("IQ",), government=True,
          opposes=("Islamic State",)),
    Actor("Syrian government", aliases=("Syrian army",), countries=("SY",), government=True),
    Actor("Hayat Tahrir al-Sham", aliases=("HTS",), countries=("SY",), opposes=("Syrian government",)),
    Actor("Malian government", aliases=("FAMa",), countries=("ML",), government=True),
    Actor("Russia", aliases=("Russian forces",), countries=("UA",), opposes=("Ukraine",)),
    Actor("Ukraine", aliases=("Ukrainian forces",), countries=("UA",), government=True, opposes=("Russia",)),
]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over a small watchlist with governments, armed groups and opposing sides."""
    return ActorMatcher(ACTORS)


def _found(matcher: ActorMatcher, text: str, country: str | None = None) -> list[tuple[str, str, bool]]:
    return [(m.surface, m.actor.name, m.generic) for m in matcher.find(text, country=country)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Les talibans sont entrés dans la ville.", "talibans"),
        ("Los talibanes avanzan.", "talibanes"),
        ("Die Talibanen rückten vor.", "Talibanen"),
        ("The Taliban's spokesman spoke.", "Taliban"),
        ("A Taleban commander said so.", "Taleban"),
        ("TALIBAN FIGHTERS", "TALIBAN"),
        ("Os combatentes do Talibã chegaram.", "Talibã"),
        ("Les moudjahidine ont pris la route.", "moudjahidine"),
        ("Des moudjahidines sont arrivés.", "moudjahidines"),
    ],
)
def test_inflections_and_spellings_find_the_actor(matcher: ActorMatcher, text: str, surface: str) -> None:
    """Plurals, possessives, case, Portuguese nasals and a vowel change all mean the same actor."""
    assert _found(matcher, text) == [(surface, "Taliban", False)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("IS fighters left the town.", [("IS", "Islamic State", False)]),
        ("This is where it is.", []),  # the English verb is not the acronym
        ("Il est là.", []),
        ("THE ARMY SAYS IS FIGHTERS LEFT", []),  # a text in capitals proves nothing about acronyms
        ("Die IS-Kämpfer zogen ab.", [("IS", "Islamic State", False)]),
        ("Soldiers of the FAMa entered.", [("FAMa", "Malian government", False)]),
        ("Daesh's fighters", [("Daesh", "Islamic State", False)]),
        ("Isis fighters left.", [("Isis", "Islamic State", False)]),  # a newspaper's house style
        ("Hts is not written so.", []),
    ],
)
def test_acronyms_match_with_their_case(matcher: ActorMatcher, text: str,
                                        found: list[tuple[str, str, bool]]) -> None:
    """Acronyms match only as written, so ordinary words are not mistaken for them."""
    assert _found(matcher, text) == found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Government forces withdrew overnight.", "Government forces"),
        ("The army pulled out.", "The army"),
        ("Security forces left the city.", "Security forces"),
        ("Les forces gouvernementales se sont retirées.", "forces gouvernementales"),
        ("L'armée afghane a quitté la ville.", "armée afghane"),
        ("El ejército abandonó la ciudad.", "El ejército"),
        ("El ejército afgano se retiró.", "ejército afgano"),
        ("Die Armee zog sich zurück.", "Die Armee"),
        ("Die afghanische Armee zog ab.", "afghanische Armee"),
        ("Regierungstruppen verließen die Stadt.", "Regierungstruppen"),
        ("As forças do governo recuaram.", "forças do governo"),
        ("Le forze governative si sono ritirate.", "forze governative"),
        ("The Afghan army withdrew.", "Afghan army"),
    ],
)
def test_generic_references_mean_the_government_of_the_country(matcher: ActorMatcher, text: str,
                                                                surface: str) -> None:
    """Generic army and government phrases in six languages resolve to the government side there."""
    assert _found(matcher, text, country="AF") == [(surface, "Afghan government", True)]


def test_generic_reference_follows_the_country_asked(matcher: ActorMatcher) -> None:
    """The same phrase means a different government in another country, and nothing where none is watched."""
    assert _found(matcher, "Government forces withdrew.", country="IQ") == [
        ("Government forces", "Iraqi government", True)]
    assert _found(matcher, "Government forces withdrew.", country="FR") == []
    assert _found(matcher, "Government forces withdrew.") == []


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("The Iraqi army entered.", "Iraqi army", "Iraqi government"),  # an alias
        ("L'armée irakienne est entrée.", "armée irakienne", "Iraqi government"),
        ("Die irakischen Streitkräfte rückten ein.", "irakischen Streitkräfte", "Iraqi government"),
        ("Les forces russes ont pris la ville.", "forces russes", "Russia"),  # actor named after RU
        ("Las tropas rusas entraron.", "tropas rusas", "Russia"),
        ("Le forze di Mosca sono entrate.", "forze di Mosca", "Russia"),  # the capital as seat
        ("L'esercito di Kiev avanza verso il fiume.", "esercito di Kiev", "Ukraine"),
        ("A Ucrânia retomou a cidade.", "Ucrânia", "Ukraine"),  # the country's name in Portuguese
        ("Malis Militär eroberte die Stadt.", "Malis Militär", "Malian government"),
    ],
)
def test_nationality_phrases_name_that_country_s_side(matcher: ActorMatcher, text: str, surface: str,
                                                       actor: str) -> None:
    """A nationality, country or capital phrase means that country's side, whatever country is asked."""
    found = matcher.find(text, country="UA")
    assert [(m.surface, m.actor.name) for m in found] == [(surface, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "The Free Syrian Army entered the town.",  # a descriptive alias inside a longer proper name
        "The Arakan Army took the town.",  # a bare noun is never generic
        "An Arakan Army officer said the town was taken.",  # nor the army's speakers inside a name
        "Ejército Sirio Libre",
    ],
)
def test_longer_proper_names_are_not_generic(matcher: ActorMatcher, text: str) -> None:
    """Army phrases that are part of another group's name do not mean the government."""
    assert _found(matcher, text, country="SY") == []


def test_fuzzy_multi_word_name(matcher: ActorMatcher) -> None:
    """A misspelt multi-word name ("Tharir") still finds the actor."""
    assert _found(matcher, "Fighters of Hayat Tharir al-Sham advanced.") == [
        ("Hayat Tharir al-Sham", "Hayat Tahrir al-Sham", False)]


def test_mentions_do_not_overlap_and_are_in_order(matcher: ActorMatcher) -> None:
    """The longest reading wins where phrases overlap, and mentions come back left to right."""
    text = "The Afghan forces and the Taliban; later the army and ISIS."
    assert _found(matcher, text, country="AF") == [
        ("Afghan forces", "Afghan government", False), ("Taliban", "Taliban", False),
        ("the army", "Afghan government", True), ("ISIS", "Islamic State", False),
    ]


def test_opponents_are_symmetric(matcher: ActorMatcher) -> None:
    """An opponent declared on either side counts, and an actor without sides has none."""
    assert [a.name for a in matcher.opponents("Taliban")] == ["Afghan government"]
    assert [a.name for a in matcher.opponents("Islamic State")] == ["Iraqi government"]
    assert [a.name for a in matcher.opponents("Syrian government")] == ["Hayat Tahrir al-Sham"]
    assert matcher.opponents("Nobody") == []


@pytest.mark.parametrize(
    ("alias", "acronym"),
    [("IS", True), ("ISIS", True), ("FAMa", True), ("M23", True), ("Taliban", False),
     ("Islamic State", False)],
)
def test_is_acronym(alias: str, acronym: bool) -> None:
    """Short all-capital or mostly-capital aliases are acronyms, names are not."""
    assert is_acronym(alias) is acronym


def test_alias_keys_strip_endings_from_the_last_word() -> None:
    """An alias given in the plural also yields its stems, so the singular is found too."""
    # (and the French "ou" spelt "u" the German or Spanish way: transliterations of the whole key)
    assert alias_keys("moudjahidines") == {"moudjahidines", "moudjahidine", "moudjahidin", "mudjahidines"}
    assert alias_keys("ISIS") == {"isis"}


def test_no_actors_finds_nothing() -> None:
    """An empty watchlist finds no actor and no generic reference."""
    assert ActorMatcher([]).find("Government forces and the Taliban", country="AF") == []


@pytest.mark.parametrize(
    "text",
    [
        "Les combattants de l'État islamique ont fui.",
        "Los yihadistas del Estado Islámico huyeron.",
        "Kämpfer des Islamischen Staates flohen.",
        "I miliziani dello Stato islamico sono fuggiti.",
        "Os militantes do Estado Islâmico fugiram.",
    ],
)
def test_proper_names_are_found_in_translation(matcher: ActorMatcher, text: str) -> None:
    """An English "adjective + noun" name is found in the other languages without being listed."""
    assert [m.actor.name for m in matcher.find(text)] == ["Islamic State"]


def test_translated_group_name_beats_the_generic_army() -> None:
    """A watched group whose name contains a nationality and "army" keeps its name in French."""
    matcher = ActorMatcher([*ACTORS, Actor("Free Syrian Army", countries=("SY",))])
    assert _found(matcher, "L'Armée syrienne libre est entrée.", country="SY") == [
        ("Armée syrienne libre", "Free Syrian Army", False)]
    assert _found(matcher, "L'armée syrienne est entrée.", country="SY") == [
        ("armée syrienne", "Syrian government", True)]


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        ("Islamic State", {"état islamique", "estado islámico", "stato islamico", "islamischer Staat"},
         set()),
        ("Syrian Democratic Forces", {"forces démocratiques syriennes", "fuerzas democráticas sirias",
                                      "forze democratiche siriane"}, {"forze democratice siriane"}),
        ("Libyan National Army", {"armée nationale libyenne", "ejército nacional libio"}, set()),
    ],
)
def test_translate_name_agrees_in_gender_and_number(name: str, expected: set[str], absent: set[str]) -> None:
    """Romance translations put the noun first and make the adjectives agree with it."""
    from monitor.match.translate import translate_name

    forms = set(translate_name(name))
    assert expected <= forms
    assert not absent & forms


@pytest.mark.parametrize("name", ["Taliban", "Security Belt Forces", "Democratic Forces Kivu"])
def test_translate_name_leaves_unknown_words_alone(name: str) -> None:
    """A name with a word outside the lexicon is not translated (no half-translations)."""
    from monitor.match.translate import translate_name

    assert translate_name(name) == ()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Les djihadistes de Daech ont reculé.", "Daech"),
        ("Kämpfer von Daesch zogen ab.", "Daesch"),
    ],
)
def test_usual_transliterations_of_a_name_are_found(matcher: ActorMatcher, text: str, surface: str) -> None:
    """French and German spellings of an Arabic name ("sh" as "ch", "sch") need no listing."""
    assert _found(matcher, text) == [(surface, "Islamic State", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Les forces armées françaises ont quitté la base.",  # French forces in Mali are not Mali's
        "Rwandan security forces crossed the border.",
        "US forces left the airport.",
        "Die Bundeswehr und die deutschen Streitkräfte zogen ab.",
    ],
)
def test_a_foreign_army_is_not_the_local_government(matcher: ActorMatcher, text: str) -> None:
    """A phrase naming another country's forces never falls back to the local government."""
    assert _found(matcher, text, country="ML") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shabaab fighters left the port.", "Shabaab"),  # without the Arabic article
        ("Les Chabab ont quitté la ville.", "Chabab"),  # French spelling, long vowel written once
        ("Die al-Schabab-Miliz zog ab.", "al-Schabab"),
    ],
)
def test_article_and_long_vowels_are_optional(text: str, surface: str) -> None:
    """An Arabic name is found without its article and with its long vowels written once."""
    matcher = ActorMatcher([Actor("al-Shabaab", countries=("SO",))])
    assert _found(matcher, text) == [(surface, "al-Shabaab", False)]


@pytest.mark.parametrize(
    "text", ["The junta's troops entered.", "La junte a repris la ville.", "Die Militärjunta meldete."]
)
def test_a_junta_is_the_government_side(text: str) -> None:
    """"The junta" in any language means the government side of the country read about."""
    matcher = ActorMatcher([Actor("Malian government", countries=("ML",), government=True)])
    assert [(m.actor.name, m.generic) for m in matcher.find(text, country="ML")] == [
        ("Malian government", True)]


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("The town has fallen to the Russians.", "the Russians", "Russia"),
        ("Les Russes ont pris la ville.", "Les Russes", "Russia"),
        ("Los ucranianos recuperaron la ciudad.", "Los ucranianos", "Ukraine"),
        ("Gli ucraini hanno ripreso la città.", "Gli ucraini", "Ukraine"),
    ],
)
def test_a_nation_at_war_is_named_by_its_people(matcher: ActorMatcher, text: str, surface: str,
                                                actor: str) -> None:
    """For actors named after a country, "the Russians" and its translations mean that actor."""
    assert _found(matcher, text, country="UA") == [(surface, actor, True)]


@pytest.mark.parametrize(
    "text",
    [
        "La presse russe en parle.",  # the adjective alone
        "The Afghans queued at the airport.",  # a people whose side is not named after the country
        "El ejército rebelde cruzó el puente al amanecer.",  # a rebel army is not the government
        "L'armée de libération avance.",
        "Les forces de la résistance tiennent le col.",
    ],
)
def test_peoples_and_rebel_armies_are_not_governments(matcher: ActorMatcher, text: str) -> None:
    """Nationality adjectives, peoples and armies qualified as rebel or liberation armies stay unnamed."""
    assert _found(matcher, text, country="AF") == []


def test_an_army_that_liberates_is_still_the_army(matcher: ActorMatcher) -> None:
    """A verb after the phrase ("liberated") does not disqualify it; only a qualifier does."""
    assert _found(matcher, "The army liberated the town.", country="AF") == [
        ("The army", "Afghan government", True)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Pakistani Taliban claimed the attack.", []),  # another group of the same name
        ("Les talibans pakistanais ont revendiqué.", []),
        ("Die pakistanischen Taliban bekannten sich.", []),
        ("The Afghan Taliban took the city.", ["Taliban"]),
        ("Los talibanes afganos tomaron la ciudad.", ["talibanes"]),
        ("The US-Taliban deal was signed.", ["Taliban"]),  # a party to talks, not a branch
    ],
)
def test_a_namesake_from_another_country_is_not_the_actor(matcher: ActorMatcher, text: str,
                                                         found: list[str]) -> None:
    """A nationality outside the actor's countries, right next to its name, means another group."""
    assert [m.surface for m in matcher.find(text)] == found


def test_a_title_line_does_not_glue_onto_the_next_paragraph(matcher: ActorMatcher) -> None:
    """A capitalised word ending a line is not part of a name opening the next paragraph."""
    text = "Counter-offensive gathers pace near Izium\n\nUkrainian forces crossed the river."
    assert ("Ukrainian forces", "Ukraine", False) in _found(matcher, text, country="UA")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I talebani hanno conquistato la città.", "talebani"),
        ("Secondo fonti locali, i talebani controllano il valico.", "talebani"),
        ("Secondo fonti locali («i talebani») il valico è chiuso.", "talebani"),
        ("Sono arrivati.I talebani hanno chiuso il valico.", "talebani"),
        ("Taleban fighters reached the city gates.", "Taleban"),
        ("Talebans entered the valley.", "Talebans"),
    ],
)
def test_romance_plurals_and_sentence_initial_spellings_are_found(
    matcher: ActorMatcher, text: str, surface: str
) -> None:
    """Italian lower-case plurals and a misspelt name opening a sentence still name the actor."""
    assert (surface, "Taliban", False) in _found(matcher, text, country="AF")


@pytest.mark.parametrize(
    "text",
    [
        "Talking to reporters, the envoy said talks would resume.",
        "Tailored sanctions were announced; tailored measures follow.",
        "I tabellini sono stati pubblicati.",
        "Da Kigali talebani non se ne vedono.",  # "i" ends a word here: no article
        "Gli aiuti dei militari talebani arrivano.",  # the word after the article is another
    ],
)
def test_common_words_are_not_fuzzy_actors(matcher: ActorMatcher, text: str) -> None:
    """Ordinary words, at a sentence start or after an article, do not become actors."""
    assert [a for _s, a, g in _found(matcher, text, country="AF") if not g] == []


def test_a_capitalised_acronym_matches_its_alias() -> None:
    """An all-caps alias written with one capital ("Fardc") is still that actor."""
    m = ActorMatcher([Actor("DR Congo government", aliases=("FARDC",), countries=("CD",), government=True)])
    found = m.find("Les Fardc ont quitté la ville.", country="CD")
    assert [x.actor.name for x in found] == ["DR Congo government"]


@pytest.mark.parametrize("text", [
    "Les forces armées hongroises sont entrées dans la ville.",
    "Las fuerzas armadas bolivianas avanzan.",
])
def test_an_unwatched_country_s_army_is_not_the_local_government(matcher: ActorMatcher, text: str) -> None:
    """A generic phrase inside another country's army ("forces armées" in "… hongroises") names nobody."""
    assert _found(matcher, text, country="AF") == []
    assert _found(matcher, text.replace("hongroises", "afghanes").replace("bolivianas", "afganas"),
                  country="AF")[0][1] == "Afghan government"


def test_phrases_of_countries_nobody_watches_stay_out_of_the_matcher() -> None:
    """A nationality phrase that hides no shorter phrase is left out unless a watched side stands for
    its country: the matcher stays small with ~190 countries in the tables (issue 11, memory)."""
    keys = set(ActorMatcher(ACTORS)._automaton.keys())
    assert " afghan troops" in keys and " ukrainian troops" in keys
    assert " bolivian troops" not in keys and " japanese troops" not in keys
    assert " forces armees hongroises" in keys  # it hides "forces armées", the local government
