"""The peoples without a state name a watched group in six languages (`demonyms._PEOPLES`).

Armed groups are named by their fighters' people ("Tamil rebels", "les rebelles sahraouis",
"belutschische Rebellen"); a people missing from the table left such a group nameless outside
English. These checks take a sample of the peoples, each in the words its language's press
uses, in sentences written for this file; and they keep the table apart from the states'
nationalities and from common words.
"""

from __future__ import annotations

import pytest

from monitor.match.actors import ActorMatcher
from monitor.match.demonyms import DEMONYMS, LANGS, PEOPLES
from monitor.match.normalize import name_key
from monitor.match.translate import nationalities
from monitor.model import Actor

# (English form, table code, the rebels as written in en, fr, es, de, pt, it).
REBELS = [
    ("Tamil", "tamil", ("Tamil rebels", "rebelles tamouls", "rebeldes tamiles", "tamilische Rebellen",
                        "rebeldes tâmeis", "ribelli tamil")),
    ("Baloch", "baloch", ("Baloch rebels", "rebelles baloutches", "rebeldes baluchis",
                          "belutschische Rebellen", "rebeldes balúchis", "ribelli beluci")),
    ("Uyghur", "uyghur", ("Uyghur rebels", "rebelles ouïghours", "rebeldes uigures", "uigurische Rebellen",
                          "rebeldes uigures", "ribelli uiguri")),
    ("Tibetan", "tibetan", ("Tibetan rebels", "rebelles tibétains", "rebeldes tibetanos",
                            "tibetische Rebellen", "rebeldes tibetanos", "ribelli tibetani")),
    ("Rohingya", "rohingya", ("Rohingya rebels", "rebelles rohingyas", "rebeldes rohinyás",
                              "Rohingya-Rebellen", "rebeldes rohingyas", "ribelli rohingya")),
    ("Arakanese", "arakanese", ("Arakanese rebels", "rebelles arakanais", "rebeldes arakaneses",
                                "arakanische Rebellen", "rebeldes arakaneses", "ribelli arakanesi")),
    ("Kokang", "kokang", ("Kokang rebels", "rebelles kokang", "rebeldes kokang", "Kokang-Rebellen",
                          "rebeldes kokang", "ribelli kokang")),
    ("Palaung", "taang", ("Palaung rebels", "rebelles palaungs", "rebeldes palaung", "Palaung-Rebellen",
                          "rebeldes palaung", "ribelli palaung")),
    ("Karenni", "karenni", ("Karenni rebels", "rebelles karennis", "rebeldes karenni", "Karenni-Rebellen",
                            "rebeldes karenni", "ribelli karenni")),
    ("Kashmiri", "kashmiri", ("Kashmiri rebels", "rebelles cachemiris", "rebeldes cachemires",
                              "kaschmirische Rebellen", "rebeldes caxemirianos", "ribelli kashmiri")),
    ("Sikh", "sikh", ("Sikh rebels", "rebelles sikhs", "rebeldes sijs", "Sikh-Rebellen", "rebeldes sikhs",
                      "ribelli sikh")),
    ("Acehnese", "acehnese", ("Acehnese rebels", "rebelles acehnais", "rebeldes acehneses",
                              "acehnesische Rebellen", "rebeldes acehneses", "ribelli acehnesi")),
    ("Papuan", "papuan", ("Papuan rebels", "rebelles papous", "rebeldes papúes", "papuanische Rebellen",
                          "rebeldes papuas", "ribelli papuani")),
    ("Alawite", "alawite", ("Alawite rebels", "rebelles alaouites", "rebeldes alauitas",
                            "alawitische Rebellen", "rebeldes alauitas", "ribelli alawiti")),
    ("Yazidi", "yazidi", ("Yazidi rebels", "rebelles yézidis", "rebeldes yazidíes", "jesidische Rebellen",
                          "rebeldes yazidis", "ribelli yazidi")),
    ("Circassian", "circassian", ("Circassian rebels", "rebelles circassiens", "rebeldes circasianos",
                                  "tscherkessische Rebellen", "rebeldes circassianos", "ribelli circassi")),
    ("Catalan", "catalan", ("Catalan rebels", "rebelles catalans", "rebeldes catalanes",
                            "katalanische Rebellen", "rebeldes catalães", "ribelli catalani")),
    ("Ingush", "ingush", ("Ingush rebels", "rebelles ingouches", "rebeldes ingush", "inguschische Rebellen",
                          "rebeldes inguches", "ribelli ingusci")),
    ("Tatar", "tatar", ("Tatar rebels", "rebelles tatars", "rebeldes tártaros", "tatarische Rebellen",
                        "rebeldes tártaros", "ribelli tatari")),
    ("Transnistrian", "transnistrian", ("Transnistrian rebels", "rebelles transnistriens",
                                        "rebeldes transnistrianos", "transnistrische Rebellen",
                                        "rebeldes transnistrianos", "ribelli transnistriani")),
    ("Cossack", "cossack", ("Cossack rebels", "rebelles cosaques", "rebeldes cosacos", "kosakische Rebellen",
                            "rebeldes cossacos", "ribelli cosacchi")),
    ("Hutu", "hutu", ("Hutu rebels", "rebelles hutus", "rebeldes hutus", "Hutu-Rebellen", "rebeldes hutus",
                      "ribelli hutu")),
    ("Tutsi", "tutsi", ("Tutsi rebels", "rebelles tutsis", "rebeldes tutsis", "Tutsi-Rebellen",
                        "rebeldes tutsis", "ribelli tutsi")),
    ("Lendu", "lendu", ("Lendu rebels", "rebelles lendus", "rebeldes lendus", "Lendu-Rebellen",
                        "rebeldes lendus", "ribelli lendu")),
    ("Nuer", "nuer", ("Nuer rebels", "rebelles nuers", "rebeldes nuer", "Nuer-Rebellen", "rebeldes nuer",
                      "ribelli nuer")),
    ("Masalit", "masalit", ("Masalit rebels", "rebelles massalits", "rebeldes masalit", "Masalit-Rebellen",
                            "rebeldes masalit", "ribelli masalit")),
    ("Zaghawa", "zaghawa", ("Zaghawa rebels", "rebelles zaghawas", "rebeldes zaghawa", "Zaghawa-Rebellen",
                            "rebeldes zaghawa", "ribelli zaghawa")),
    ("Darfuri", "darfuri", ("Darfuri rebels", "rebelles darfouris", "rebeldes darfuríes",
                            "darfurische Rebellen", "rebeldes darfurianos", "ribelli darfuriani")),
    ("Sahrawi", "sahrawi", ("Sahrawi rebels", "rebelles sahraouis", "rebeldes saharauis",
                            "sahrauische Rebellen", "rebeldes saarauis", "ribelli sahrawi")),
    ("Amazigh", "berber", ("Amazigh rebels", "rebelles berbères", "rebeldes bereberes",
                           "berberische Rebellen", "rebeldes berberes", "ribelli berberi")),
    ("Kabyle", "kabyle", ("Kabyle rebels", "rebelles kabyles", "rebeldes cabileños", "kabylische Rebellen",
                          "rebeldes cabilas", "ribelli cabili")),
    ("Igbo", "igbo", ("Igbo rebels", "rebelles igbos", "rebeldes igbos", "Igbo-Rebellen", "rebeldes igbos",
                      "ribelli igbo")),
    ("Biafran", "biafran", ("Biafran rebels", "rebelles biafrais", "rebeldes biafreños",
                            "biafranische Rebellen", "rebeldes biafrenses", "ribelli biafrani")),
    ("Ambazonian", "ambazonian", ("Ambazonian rebels", "rebelles ambazoniens", "rebeldes ambazonianos",
                                  "ambazonische Rebellen", "rebeldes ambazonianos", "ribelli ambazoniani")),
    ("Cabindan", "cabindan", ("Cabindan rebels", "rebelles cabindais", "rebeldes cabindeses",
                              "cabindische Rebellen", "rebeldes cabindenses", "ribelli cabindesi")),
    ("Casamance", "casamance", ("Casamance rebels", "rebelles casamançais", "rebeldes casamanceños",
                                "casamancische Rebellen", "rebeldes casamanceses", "ribelli casamancesi")),
    ("Toubou", "toubou", ("Toubou rebels", "rebelles toubous", "rebeldes tubu", "Tubu-Rebellen",
                          "rebeldes tubu", "ribelli tubu")),
    ("Zulu", "zulu", ("Zulu rebels", "rebelles zoulous", "rebeldes zulúes", "Zulu-Rebellen", "rebeldes zulus",
                      "ribelli zulu")),
    ("Miskito", "miskito", ("Miskito rebels", "rebelles miskitos", "rebeldes misquitos", "Miskito-Rebellen",
                            "rebeldes miskitos", "ribelli miskito")),
    ("Mapuche", "mapuche", ("Mapuche rebels", "rebelles mapuches", "rebeldes mapuches", "Mapuche-Rebellen",
                            "rebeldes mapuches", "ribelli mapuche")),
]

# A sentence per language around the rebels, in the order of `LANGS`; the towns are made up.
SENTENCES = (
    "Overnight, {} overran the hill town of Varsek, local officials said.",
    "Selon un responsable local, des {} se sont emparés de Varsek dans la nuit.",
    "Según fuentes locales, los {} tomaron durante la noche la localidad de Varsek.",
    "In der Nacht haben {} die Bergstadt Varsek eingenommen, wie Behörden mitteilten.",
    "Segundo autoridades locais, os {} tomaram a cidade de Varsek durante a noite.",
    "Secondo fonti locali, nella notte i {} hanno conquistato la cittadina di Varsek.",
)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher whose only names are the English "<People> rebels" of the sample."""
    return ActorMatcher([Actor(f"{english} rebels") for english, _code, _forms in REBELS])


def test_the_sample_is_wide() -> None:
    """At least 25 peoples of the table, each with a line in every language."""
    assert len(REBELS) >= 25
    assert all(set(PEOPLES[code]) == set(LANGS) for _english, code, _forms in REBELS)


@pytest.mark.parametrize(("english", "code"), [(english, code) for english, code, _forms in REBELS])
def test_the_english_form_names_the_people(english: str, code: str) -> None:
    """The folded English form finds the people (and no state) among the nationalities."""
    assert [found for found, _forms in nationalities(name_key(english))] == [code]


@pytest.mark.parametrize(
    ("english", "lang", "surface"),
    [(english, lang, surface) for english, _code, forms in REBELS for lang, surface in zip(LANGS, forms,
                                                                                            strict=True)],
)
def test_the_rebels_are_found_in_every_language(matcher: ActorMatcher, english: str, lang: str,
                                                surface: str) -> None:
    """The English "<People> rebels" is found as each press writes it: "tamilische Rebellen", …"""
    text = SENTENCES[LANGS.index(lang)].format(surface)
    assert [(m.surface, m.actor.name) for m in matcher.find(text)] == [(surface, f"{english} rebels")]


def test_no_people_form_is_a_state_nationality() -> None:
    """A people is never read as a state's government: no folded form is also a nationality's."""
    nationality_forms = {name_key(f) for per_lang in DEMONYMS.values() for forms in per_lang.values()
                         for f in forms}
    clashes = sorted({(code, form) for code, per_lang in PEOPLES.items() for forms in per_lang.values()
                      for form in forms if name_key(form) in nationality_forms})
    assert clashes == []


@pytest.mark.parametrize("word", ["chin", "mon", "fur", "afar", "naga", "bodo", "vasca", "baschi", "corsi"])
def test_common_words_and_towns_are_no_people(word: str) -> None:
    """Forms that are common words ("the chin", "mon ami", "la vasca") or towns (Naga, Bodø) are left out."""
    assert nationalities(word) == []


@pytest.mark.parametrize(
    "text",
    [
        "I baschi verdi sono entrati a Varsek dopo la vasca di contenimento.",
        "A prefeitura de Catalão anunciou obras na avenida principal.",
        "Sa sœur a reçu mon ami Shane à Varsek.",
    ],
)
def test_a_common_word_is_not_read_as_a_people(text: str) -> None:
    """Italian berets and tubs, a Brazilian town, a first name: no Basque, Catalan or Shan rebels."""
    watched = ActorMatcher([Actor("Basque rebels"), Actor("Catalan rebels"), Actor("Shan rebels")])
    assert [m.actor.name for m in watched.find(text)] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("L'Armée de libération baloutche a revendiqué l'embuscade près de Varsek.",
         "Armée de libération baloutche"),
        ("El Ejército de Liberación Baluchi reivindicó la emboscada cerca de Varsek.",
         "Ejército de Liberación Baluchi"),
        ("Die Belutschische Befreiungsarmee bekannte sich zu dem Hinterhalt bei Varsek.",
         "Belutschische Befreiungsarmee"),
        ("O Exército de Libertação Balúchi reivindicou a emboscada perto de Varsek.",
         "Exército de Libertação Balúchi"),
    ],
)
def test_a_group_named_after_its_people_is_translated(text: str, surface: str) -> None:
    """A watched group whose English name holds a people is found under its translated name."""
    watched = ActorMatcher([Actor("Baloch Liberation Army")])
    assert [(m.surface, m.actor.name) for m in watched.find(text)] == [(surface, "Baloch Liberation Army")]


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("The Tamils retook Varsek before dawn.", "The Tamils", "Tamil rebels"),
        ("Die Tamilen haben Varsek zurückerobert.", "Die Tamilen", "Tamil rebels"),
        ("Les Hutus ont repris Varsek à l'aube.", "Les Hutus", "Hutu rebels"),
        ("Die Uiguren hielten Varsek zwei Tage lang.", "Die Uiguren", "Uyghur rebels"),
    ],
)
def test_the_people_itself_names_its_rebels(matcher: ActorMatcher, text: str, surface: str,
                                            actor: str) -> None:
    """The people's plural noun with its article is its watched rebels: "die Tamilen", "les Hutus"."""
    assert [(m.surface, m.actor.name) for m in matcher.find(text)] == [(surface, actor)]
