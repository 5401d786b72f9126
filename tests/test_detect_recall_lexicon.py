"""Recall on unseen conflicts (issue 10): the tenses and synonyms of headlines, and "della città".

Headlines are in the present ("Le RSF espugnano X", "Nyala passa sotto il controllo"), and a
city may come back ("torna sotto il controllo", "vuelve a manos de", "volta ao controle"),
swing ("bascule aux mains de"), be wrested ("arraché à", "strappano"), or be claimed ("affirment
contrôler X"). Later sentences name it "della città", "da cidade". Sentences of our own about
Sudan, against `tests/data/conflicts_watchlist.json`, after a neutral body sentence.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
TAKEN, BACK = {("Nyala", RSF)}, {("Nyala", SAF)}
BODY = {
    "fr": "Des milliers d'habitants ont fui vers le sud, selon les Nations unies.",
    "it": "Migliaia di abitanti sono fuggiti verso sud, secondo le Nazioni Unite.",
    "pt": "Milhares de moradores fugiram para o sul, segundo as Nações Unidas.",
    "es": "Miles de habitantes huyeron hacia el sur, según las Naciones Unidas.",
    "en": "Thousands of residents fled south, according to the United Nations.",
    "de": "Tausende Einwohner flohen nach Süden, so die Vereinten Nationen.",
}


def _changes(title: str, text: str) -> set[tuple[str, str]]:
    events = corpus_detector("conflicts_watchlist.json").detect(title, text, SENTENCE_DAY)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        ("fr", "Les FSR investissent Nyala", TAKEN),
        ("fr", "Nyala a basculé aux mains des FSR", TAKEN),
        ("fr", "Nyala bascule sous le contrôle des FSR", TAKEN),
        ("fr", "Nyala est désormais tenue par les FSR", TAKEN),
        ("fr", "Les FSR ont arraché Nyala à l'armée soudanaise", TAKEN),
        ("fr", "Nyala repasse aux mains de l'armée soudanaise", BACK),
        ("fr", "Nyala retombe aux mains de l'armée soudanaise", BACK),
        ("it", "Le RSF espugnano Nyala", TAKEN),
        ("it", "Le RSF si impossessano di Nyala", TAKEN),
        ("it", "Le RSF si impadroniscono di Nyala", TAKEN),
        ("it", "Le RSF strappano Nyala all'esercito sudanese", TAKEN),
        ("it", "Nyala passa sotto il controllo delle RSF", TAKEN),
        ("it", "Nyala torna sotto il controllo dell'esercito sudanese", BACK),
        ("it", "Nyala è tornata nelle mani dell'esercito sudanese", BACK),
        ("pt", "Nyala volta ao controle do exército sudanês", BACK),
        ("pt", "Nyala voltou às mãos do exército sudanês", BACK),
        ("pt", "As RSF apossaram-se de Nyala", TAKEN),
        ("es", "Nyala vuelve a manos del ejército sudanés", BACK),
        ("es", "Nyala volvió a estar bajo control del ejército sudanés", BACK),
        ("es", "Nyala volvió a quedar bajo control del ejército sudanés", BACK),
        ("es", "Las RSF ocupan desde el domingo Nyala", TAKEN),
        ("fr", "Les FSR occupent Nyala depuis dimanche", TAKEN),
        ("fr", "Les FSR tiennent Nyala depuis dimanche", TAKEN),
        ("it", "Le RSF occupano Nyala da domenica", TAKEN),
        ("en", "The RSF have held Nyala since Sunday", TAKEN),
        ("en", "RSF fighters now occupy Nyala", TAKEN),
        # held for long: no news
        ("fr", "Les FSR tiennent Nyala depuis des années", set()),
        ("en", "The RSF have held Nyala since 2023", set()),
        ("pt", "As RSF ocupam Nyala desde domingo", TAKEN),
        ("pt", "Nyala voltou a ficar sob controle do exército sudanês", BACK),
        ("es", "Las FAR se adueñan de Nyala", TAKEN),
        ("es", "Las FAR se adueñaron de Nyala", TAKEN),
        ("de", "RSF bringen Nyala unter ihre Kontrolle", TAKEN),
        ("de", "Nyala unter Kontrolle der RSF", TAKEN),
        ("de", "Nyala in der Hand der RSF", TAKEN),
        # a country before a comma opens an Italian or Spanish headline as a kicker
        ("it", "Sudan, Nyala nelle mani delle RSF", TAKEN),
        ("es", "Sudán, Nyala en manos de las RSF", TAKEN),
        ("en", "RSF wrested Nyala from the army", TAKEN),
    ],
)
def test_headline_verbs(lang: str, title: str, expected: set[tuple[str, str]]) -> None:
    """Present tenses and synonyms of taking, swinging and coming back read as changes."""
    assert _changes(title, BODY[lang]) == expected


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("fr", "Les FSR affirment contrôler Nyala"),
        ("it", "Le RSF affermano di controllare Nyala"),
        ("pt", "As RSF afirmam controlar Nyala"),
        ("es", "Las FAR aseguran controlar Nyala"),
        ("en", "The RSF say they control Nyala"),
    ],
)
def test_claiming_to_control(lang: str, title: str) -> None:
    """A side saying it controls a city claims its capture: kept alone, dropped by a denial."""
    denial = {
        "fr": "L'armée soudanaise dément.",
        "it": "L'esercito sudanese smentisce.",
        "pt": "O exército sudanês desmente.",
        "es": "El ejército sudanés lo desmiente.",
        "en": "The army denied it.",
    }[lang]
    assert _changes(title, BODY[lang]) == TAKEN
    assert _changes(title, denial) == set()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sudan, scontri a Nyala",
            "Le RSF hanno attaccato Nyala sabato. Domenica hanno preso il controllo della città.",
        ),
        (
            "Sudão: combates em Nyala",
            "As RSF lançaram no sábado um ataque contra Nyala. No domingo, tomaram o controlo da cidade.",
        ),
    ],
)
def test_the_city_after_a_preposition(title: str, text: str) -> None:
    """ "della città", "da cidade" stand for the city named before, like "la città", "a cidade"."""
    assert _changes(title, text) == TAKEN


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("fr", "Les FSR revendiquent la ville de Nyala"),
        ("it", "Le RSF rivendicano Nyala"),
        ("pt", "As RSF reivindicam Nyala"),
        ("es", "Las FAR reivindican Nyala"),
        ("en", "The RSF claimed Nyala"),
    ],
)
def test_claiming_a_city(lang: str, title: str) -> None:
    """Claiming a city claims its capture; claiming an attack on it does not."""
    assert _changes(title, BODY[lang]) == TAKEN
    assert _changes("The RSF claimed responsibility for the attack on Nyala", BODY["en"]) == set()
