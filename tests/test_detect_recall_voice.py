"""Recall on unseen conflicts (issue 10): voices, hearsay and scope of the Romance and German grammar.

Each family is read in several languages on sentences of our own about conflicts outside the
evaluation set (Sudan, Myanmar, Mozambique, Libya, Tigray), against
`tests/data/conflicts_watchlist.json`: passive expulsions, states reached ("passée sous le
contrôle", "finita nelle mani", "em poder de"), hearsay in the conditional ("se seraient
emparées", "sollen … eingenommen haben"), and a blocker's scope ending at "and" + a finite
auxiliary.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector
from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
IS, AA, MNDAA, TPLF = "Islamic State", "Arakan Army", "MNDAA", "TPLF"
LNA, GNA = "Libyan National Army", "Government of National Accord"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Passive expulsion: the subject left, so its single opponent holds the city ...
        ("L'armée soudanaise a été chassée de Nyala après trois jours de combats.", {("Nyala", RSF)}),
        ("L'esercito sudanese è stato cacciato da Nyala dopo tre giorni di combattimenti.", {("Nyala", RSF)}),
        ("O exército sudanês foi expulso de Nyala depois de três dias de combates.", {("Nyala", RSF)}),
        ("El ejército sudanés fue expulsado de Nyala tras tres días de combates.", {("Nyala", RSF)}),
        ("The Sudanese army was driven out of Nyala after three days of fighting.", {("Nyala", RSF)}),
        # ... and the agent of the expulsion holds it, unlike the agent of an abandonment.
        (
            "L'armée soudanaise a été chassée de Nyala par les FSR au terme de trois jours de combats.",
            {("Nyala", RSF)},
        ),
        (
            "The Sudanese army was driven out of Nyala by the RSF after three days of fighting.",
            {("Nyala", RSF)},
        ),
        ("Les forces du GNA ont été chassées de Tarhuna par l'Armée nationale libyenne.", {("Tarhuna", LNA)}),
    ],
)
def test_passive_expulsion(text: str, expected: set[tuple[str, str]]) -> None:
    """Who was driven out of a city lost it; the agent of the expulsion holds it."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Après une semaine de combats, Lashio est repassée sous le contrôle de la junte birmane.",
            {("Lashio", "Myanmar military")},
        ),
        (
            "Dopo una settimana di scontri, la città di Lashio è finita nelle mani dell'MNDAA.",
            {("Lashio", MNDAA)},
        ),
        (
            "Dopo due giorni di combattimenti, la città di Palma è passata allo Stato Islamico.",
            {("Palma", IS)},
        ),
        (
            "I ribelli dell'Esercito di Arakan hanno occupato Paletwa dopo la fuga dei soldati.",
            {("Paletwa", AA)},
        ),
        (
            "Secondo il portavoce, la città di Sittwe è ora controllata dall'Esercito di Arakan.",
            {("Sittwe", AA)},
        ),
        (
            "Selon un porte-parole, la ville de Sittwe est désormais contrôlée par l'Armée d'Arakan.",
            {("Sittwe", AA)},
        ),
        (
            "Segundo um porta-voz, a vila de Palma está agora controlada pelo Estado Islâmico.",
            {("Palma", IS)},
        ),
        (
            "Según un portavoz, la ciudad de Sittwe está ahora controlada por el Ejército de Arakan.",
            {("Sittwe", AA)},
        ),
        (
            "Depois de dois dias de combates, Palma caiu em poder dos jihadistas do Estado Islâmico.",
            {("Palma", IS)},
        ),
        (
            "Depois de dois dias de combates, a cidade de Mekelle caiu para as forças da TPLF.",
            {("Mekelle", TPLF)},
        ),
        (
            "Le forze di supporto rapido sono riuscite a conquistare Nyala dopo un lungo assedio.",
            {("Nyala", RSF)},
        ),
    ],
)
def test_states_reached(text: str, expected: set[tuple[str, str]]) -> None:
    """A city that passes, ends up or falls into someone's hands or control changed hands."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les FSR se seraient emparées de Nyala dimanche, selon des témoins.", {("Nyala", RSF)}),
        ("D'après des habitants, Mekelle serait tombée aux mains du TPLF dans la nuit.", {("Mekelle", TPLF)}),
        (
            "Die RSF sollen am Sonntag die Stadt Nyala eingenommen haben, berichten Augenzeugen.",
            {("Nyala", RSF)},
        ),
        (
            "Nach Angaben von Anwohnern soll Mekelle in der Nacht an die TPLF gefallen sein.",
            {("Mekelle", TPLF)},
        ),
    ],
)
def test_hearsay_in_the_conditional(text: str, expected: set[tuple[str, str]]) -> None:
    """ "Se seraient emparées", "sollen … eingenommen haben" report a change: a claim, not a condition."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("claim", "refused"),
    [
        # A denial drops the hearsay; an order or a counterfactual in the same mood stays refused.
        (
            "Les FSR se seraient emparées de Nyala dimanche.",
            [
                "Les FSR se seraient emparées de Nyala dimanche. L'armée soudanaise a démenti.",
                "Sans les frappes aériennes, Nyala serait tombée aux mains des FSR la semaine dernière.",
            ],
        ),
        (
            "Die RSF sollen die Stadt Nyala eingenommen haben.",
            [
                "Die RSF sollen die Stadt Nyala eingenommen haben. Die sudanesische Armee dementierte dies.",
                "Die RSF sollen die Stadt Nyala bis Ende der Woche einnehmen, befahl ihr Kommandeur.",
            ],
        ),
    ],
)
def test_hearsay_is_a_claim(claim: str, refused: list[str]) -> None:
    """Hearsay is read as a claim: kept alone, dropped by a denial; a condition or an order is not hearsay."""
    assert _changes(claim) == {("Nyala", RSF)}
    assert all(_changes(text) == set() for text in refused)


@pytest.mark.parametrize(
    ("text", "governed"),
    [
        (
            "Le RSF hanno avanzato per tutta la notte e hanno conquistato Nyala all'alba.",
            "Le RSF cercano di circondare Nyala e conquistare la città.",
        ),
        (
            "Les FSR ont tenté pendant des mois d'encercler Nyala et ont finalement pris la ville.",
            "Les FSR veulent encercler Nyala et prendre la ville avant la saison des pluies.",
        ),
        (
            "Las FAR intentaron durante meses cercar Nyala y han tomado finalmente la ciudad.",
            "Las FAR intentan cercar Nyala y tomar la ciudad antes de las lluvias.",
        ),
    ],
)
def test_blocker_scope_ends_at_a_coordinated_clause(text: str, governed: str) -> None:
    """A duration or an attempt before "and" + a finite auxiliary governs the first verb only.

    Without a finite auxiliary of its own, the second verb is still governed.
    """
    assert _changes(text) == {("Nyala", RSF)}
    assert _changes(governed) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nyala è stata abbandonata dall'esercito sudanese dopo una settimana di combattimenti.",
        "Nyala è stata evacuata dall'esercito sudanese dopo una settimana di combattimenti.",
        "El ejército sudanés dejó Nyala tras una semana de combates.",
        "Les FSR conquirent Nyala après une semaine de combats.",
    ],
)
def test_elided_agent_and_more_verb_forms(text: str) -> None:
    """Italian "dall'esercito" is an agent (who left); "dejó X" and "conquirent" are changes too."""
    assert _changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "According to unconfirmed reports, the RSF have taken Nyala.",
        "Según informaciones no confirmadas, las FAR tomaron Nyala.",
        "Secondo informazioni non confermate, le RSF hanno preso Nyala.",
        "Selon des témoins, les FSR ont pris Nyala.",
    ],
)
def test_reports_named_as_the_source_make_a_claim(text: str) -> None:
    """ "According to (unconfirmed) reports" attributes the change as "according to residents" does:
    the alert says it is unconfirmed."""
    events = corpus_detector("conflicts_watchlist.json").detect("", text, SENTENCE_DAY)
    assert [(e.place, e.controller, e.claim) for e in events] == [("Nyala", RSF, True)]
