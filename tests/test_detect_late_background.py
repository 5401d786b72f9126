"""A change told late in a long article, of a place its lead does not name (`late_background`).

Each article here is a headline and a lead about something else (hunger in northern Mali), three
sentences of detail, then the sentence under test: background in the tenses the press uses for it,
news when its verb, a day or the lead ties it to now. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import watchlist_detector
from tests.long_articles_kit import MALI

APRIL_2012 = datetime(2012, 4, 4, 10, tzinfo=UTC)

# (headline, lead, three sentences of detail) about something other than a change of hands.
FRAMES = {
    "en": (
        "Aid agencies warn of hunger in northern Mali",
        "BAMAKO (Wire) - Aid agencies warned of a food crisis in northern Mali, where grain prices have "
        "tripled.",
        "The World Food Programme said it needed more funding. Schools are closed across the region. "
        "Many families have fled to Mauritania.",
    ),
    "fr": (
        "Les humanitaires alertent sur la faim dans le nord du Mali",
        "BAMAKO (Agence) – Les organisations humanitaires alertent sur une crise alimentaire dans le nord "
        "du Mali, où le prix des céréales a triplé.",
        "Le Programme alimentaire mondial réclame des fonds. Les écoles sont fermées dans toute la région. "
        "Beaucoup de familles ont fui vers la Mauritanie.",
    ),
    "es": (
        "Las agencias humanitarias alertan del hambre en el norte de Malí",
        "BAMAKO (Agencia) – Las agencias humanitarias alertaron de una crisis alimentaria en el norte de "
        "Malí, donde el precio del grano se ha triplicado.",
        "El Programa Mundial de Alimentos pidió más fondos. Las escuelas están cerradas en toda la región. "
        "Muchas familias han huido a Mauritania.",
    ),
    "de": (
        "Hilfsorganisationen warnen vor Hunger im Norden Malis",
        "BAMAKO (Agentur) - Hilfsorganisationen haben vor einer Hungerkrise im Norden Malis gewarnt, wo sich "
        "die Getreidepreise verdreifacht haben.",
        "Das Welternährungsprogramm forderte mehr Geld. Die Schulen in der Region sind geschlossen. "
        "Viele Familien sind nach Mauretanien geflohen.",
    ),
    "it": (
        "Le agenzie umanitarie lanciano l'allarme fame nel nord del Mali",
        "BAMAKO – Le agenzie umanitarie hanno lanciato l'allarme per una crisi alimentare nel nord del Mali, "
        "dove il prezzo dei cereali è triplicato.",
        "Il Programma alimentare mondiale chiede più fondi. Le scuole sono chiuse in tutta la regione. "
        "Molte famiglie sono fuggite in Mauritania.",
    ),
    "pt": (
        "Agências humanitárias alertam para a fome no norte do Mali",
        "BAMAKO (Agência) – As agências humanitárias alertaram para uma crise alimentar no norte do Mali, "
        "onde o preço dos cereais triplicou.",
        "O Programa Alimentar Mundial pediu mais fundos. As escolas estão fechadas em toda a região. "
        "Muitas famílias fugiram para a Mauritânia.",
    ),
}


def _late(lang: str, sentence: str, title: str | None = None) -> set[tuple[str, str]]:
    """Return the (place, holder) events of the article whose fifth body sentence is `sentence`."""
    headline, lead, detail = FRAMES[lang]
    text = f"{lead}\n\n{detail}\n\n{sentence}"
    events = watchlist_detector(MALI).detect(title or headline, text, APRIL_2012)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The MNLA had taken Gao after a week of fighting."),
        ("fr", "Le MNLA avait pris Gao après une semaine de combats."),
        ("fr", "Gao était tombée aux mains du MNLA après une semaine de combats."),
        ("es", "El MNLA había tomado Gao tras una semana de combates."),
        ("de", "Die MNLA hatte Gao nach einer Woche heftiger Kämpfe eingenommen."),
        ("it", "L'MNLA aveva conquistato Gao dopo una settimana di combattimenti."),
        ("pt", "O MNLA tinha tomado Gao após uma semana de combates."),
    ],
)
def test_a_late_pluperfect_is_background(lang: str, sentence: str) -> None:
    """"had taken", "avait pris", "était tombée", "hatte eingenommen": told before the news."""
    assert _late(lang, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le MNLA s'empara de Gao après une semaine de combats."),
        ("it", "L'MNLA conquistò Gao dopo una settimana di combattimenti."),
    ],
)
def test_a_late_narrative_past_is_background(lang: str, sentence: str) -> None:
    """The French passé simple and the Italian passato remoto tell history in the press."""
    assert _late(lang, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The MNLA took Gao after a week of fighting."),
        ("es", "El MNLA tomó Gao tras una semana de combates."),
        ("de", "Die MNLA nahm Gao nach einer Woche heftiger Kämpfe ein."),
        ("pt", "O MNLA tomou Gao após uma semana de combates."),
    ],
)
def test_a_late_undated_past_under_a_lead_about_something_else_is_background(
    lang: str, sentence: str
) -> None:
    """A lead about hunger: an undated capture told four sentences later is the story's background."""
    assert _late(lang, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The MNLA has taken Gao and Kidal since the uprising began."),
        ("es", "El MNLA ha tomado Gao y Kidal desde el comienzo de la rebelión."),
    ],
)
def test_a_late_present_perfect_summing_up_the_war_is_background(lang: str, sentence: str) -> None:
    """"have taken X and Y since the uprising began": a summary of the war, not its news."""
    assert _late(lang, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The MNLA has taken Gao after a week of fighting."),
        ("en", "The MNLA took Gao on Sunday after a week of fighting."),
        ("fr", "Les consignes sont arrivées alors que le MNLA prenait le contrôle de Gao."),
        ("en", "The orders came as the MNLA was taking control of Gao."),
        ("fr", "Le MNLA a pris Gao après une semaine de combats."),
        ("de", "Die MNLA hat Gao nach einer Woche heftiger Kämpfe eingenommen."),
        ("it", "L'MNLA ha conquistato Gao dopo una settimana di combattimenti."),
        ("pt", "O MNLA tomou Gao no domingo após uma semana de combates."),
    ],
)
def test_a_late_change_told_as_now_stays_news(lang: str, sentence: str) -> None:
    """A present perfect, a concurrent imperfect, a day: the sentence ties the change to now (a guard:
    these passed before the rule too)."""
    assert _late(lang, sentence) == {("Gao", "MNLA")}


@pytest.mark.parametrize(
    ("lang", "title", "sentence"),
    [
        ("en", "Tuareg rebels seize a string of northern towns",
         "The MNLA took Gao after a week of fighting."),
        ("de", "Tuareg-Rebellen erobern weitere Städte im Norden Malis",
         "Die MNLA nahm Gao nach einer Woche heftiger Kämpfe ein."),
        ("es", "Los rebeldes tuareg toman otra ciudad del norte de Malí",
         "El MNLA tomó Gao tras una semana de combates."),
    ],
)
def test_a_late_undated_past_under_a_campaign_headline_stays_news(
    lang: str, title: str, sentence: str
) -> None:
    """"A string of towns", "weitere Städte", "otra ciudad": each capture told later is the campaign's
    news (a guard)."""
    assert _late(lang, sentence, title) == {("Gao", "MNLA")}


GAO_LEAD = {
    "en": ("Gao endures a third month under Islamist rule",
           "GAO (Wire) - Residents of Gao said food was running short in the city, where music and football "
           "are now banned.",
           "The MUJAO drove the MNLA out of Gao after a short battle."),
    "fr": ("Gao vit son troisième mois sous la loi des islamistes",
           "GAO (Agence) – Les habitants de Gao manquent de nourriture dans la ville, où la musique et le "
           "football sont désormais interdits.",
           "Le Mujao avait chassé le MNLA de Gao après une brève bataille."),
}


@pytest.mark.parametrize("lang", sorted(GAO_LEAD))
def test_a_late_change_of_a_place_the_lead_names_without_a_change_is_background(lang: str) -> None:
    """A lead about life in X tells no change of it: an undated capture of X told later is how the
    city came to be held, not the news."""
    title, lead, sentence = GAO_LEAD[lang]
    _headline, _lead, detail = FRAMES[lang]
    text = f"{lead}\n\n{detail}\n\n{sentence}"
    events = watchlist_detector(MALI).detect(title, text, APRIL_2012)
    assert {(e.place, e.controller) for e in events if e.controller} == set()


def test_a_late_change_of_the_leads_own_change_stays() -> None:
    """The lead reports X taken; the body tells it again later, undated: still the news (a guard)."""
    text = (
        "GAO (Wire) - The MNLA took Gao on Sunday after the army fled. "
        + FRAMES["en"][2]
        + " Aid groups are worried. The MNLA took Gao after a short battle."
    )
    events = watchlist_detector(MALI).detect("Tuareg rebels take Gao", text, APRIL_2012)
    assert {(e.place, e.controller) for e in events if e.controller} == {("Gao", "MNLA")}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "An army officer confirmed the fall of Gao to the MNLA."),
        ("es", "Un oficial confirmó la caída de Gao en manos del MNLA."),
        ("pt", "Um oficial confirmou a queda de Gao nas mãos do MNLA."),
    ],
)
def test_a_late_confirmation_of_a_fall_stays_news(lang: str, sentence: str) -> None:
    """"confirmed the fall of X": the confirmation is the news, in a simple past as in a perfect."""
    assert _late(lang, sentence) == {("Gao", "MNLA")}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "An army officer confirmed the news, saying that the MNLA had taken Gao."),
        ("fr", "Un officier a confirmé la nouvelle, assurant que le MNLA avait pris Gao."),
        ("es", "Un oficial confirmó la noticia, asegurando que el MNLA había tomado Gao."),
        ("it", "Un ufficiale ha confermato la notizia, affermando che l'MNLA aveva conquistato Gao."),
    ],
)
def test_a_late_pluperfect_in_reported_speech_stays_news(lang: str, sentence: str) -> None:
    """"confirmed …, saying that the MNLA had taken X": the pluperfect is the news told in the past."""
    assert _late(lang, sentence) == {("Gao", "MNLA")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lage verschlechterte sich, als die MNLA Gao einnahm.",
        "Gao war nach einer Woche heftiger Kämpfe an die MNLA gefallen.",
    ],
)
def test_a_late_german_clause_of_the_past_is_background(sentence: str) -> None:
    """"als die Miliz X einnahm", "X war gefallen": a subordinate Präteritum, a Plusquamperfekt."""
    assert _late("de", sentence) == set()


def test_a_late_undated_past_under_a_lead_listing_towns_taken_stays_news() -> None:
    """A lead that lists the towns taken tells a campaign: the next one, told later, is its news."""
    text = (
        "BAMAKO (Wire) - Tuareg rebels have seized Kidal, Timbuktu and Mopti in three days, officials said. "
        + FRAMES["en"][2]
        + " Aid groups are worried. The MNLA took Gao after a short battle."
    )
    events = watchlist_detector(MALI).detect("Rebels advance in Mali", text, APRIL_2012)
    assert ("Gao", "MNLA") in {(e.place, e.controller) for e in events}


def test_a_late_change_told_from_the_leads_place_stays_news() -> None:
    """"Before X, the rebels had taken Y": a sequence from the lead's own change (a guard)."""
    text = (
        "GAO (Wire) - The MNLA took Kidal on Sunday after the army fled. "
        + FRAMES["en"][2]
        + " Aid groups are worried. Before Kidal, the MNLA had taken Gao."
    )
    events = watchlist_detector(MALI).detect("Tuareg rebels take Kidal", text, APRIL_2012)
    assert {(e.place, e.controller) for e in events if e.controller} == {("Kidal", "MNLA"), ("Gao", "MNLA")}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "El MNLA tomó Gao, al este del río Níger, tras una semana de combates."),
        ("pt", "O MNLA tomou Gao, a segunda cidade do norte, após uma semana de combates."),
        ("en", "The MNLA took Gao after a week of fighting, and this gave the rebels the whole north."),
    ],
)
def test_a_demonstrative_or_an_ordinal_is_no_time(lang: str, sentence: str) -> None:
    """"al este de" (east of), "a segunda cidade" (the second city), "this gave": not "esta semana",
    "segunda-feira" or "this week"."""
    assert _late(lang, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "El MNLA tomó Gao esta semana tras una semana de combates."),
        ("pt", "O MNLA tomou Gao na segunda-feira após uma semana de combates."),
        ("en", "The MNLA took Gao this week after a week of fighting."),
    ],
)
def test_this_week_and_monday_tie_a_late_change_to_now(lang: str, sentence: str) -> None:
    """"esta semana", "segunda-feira", "this week": news (a guard)."""
    assert _late(lang, sentence) == {("Gao", "MNLA")}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The MNLA took Gao over the weekend after a week of fighting."),
        ("fr", "Le MNLA prit Gao pendant le week-end après une semaine de combats."),
        ("es", "El MNLA tomó Gao durante el fin de semana tras una semana de combates."),
        ("de", "Die MNLA nahm Gao am Wochenende nach einer Woche heftiger Kämpfe ein."),
        ("it", "L'MNLA conquistò Gao nel fine settimana dopo una settimana di combattimenti."),
        ("pt", "O MNLA tomou Gao no fim de semana após uma semana de combates."),
    ],
)
def test_a_late_change_over_the_weekend_stays_news(lang: str, sentence: str) -> None:
    """The weekend just past ties a late change to now, as a day of the week does."""
    assert _late(lang, sentence) == {("Gao", "MNLA")}
