"""Article-level reading: lists, carried subjects, speakers, appositions, headlines without verbs.

Sentences written for these tests about Sudan, Myanmar, the Sahel and Libya, in English, French
and Spanish; each checks a general rule of the grammar, not a particular article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.control import Detector
from tests.detect_support import watchlist_detector

WATCHLIST = {
    "places": [
        {"name": n, "country": c}
        for n, c in [
            ("Wad Madani", "SD"),
            ("El Fasher", "SD"),
            ("Sennar", "SD"),
            ("Nyala", "SD"),
            ("El Obeid", "SD"),
            ("Kosti", "SD"),
            ("Myawaddy", "MM"),
            ("Lashio", "MM"),
            ("Sirte", "LY"),
            ("Gao", "ML"),
            ("Kidal", "ML"),
        ]
    ],
    "actors": [
        {
            "name": "RSF",
            "aliases": ["Rapid Support Forces"],
            "countries": ["SD"],
            "opposes": ["Sudanese army"],
        },
        {
            "name": "Sudanese army",
            "aliases": ["SAF", "Sudanese Armed Forces"],
            "countries": ["SD"],
            "government": True,
            "opposes": ["RSF"],
        },
        {
            "name": "Myanmar junta",
            "aliases": ["Tatmadaw", "Myanmar military"],
            "countries": ["MM"],
            "government": True,
            "opposes": ["Arakan Army"],
        },
        {"name": "Arakan Army", "aliases": ["AA"], "countries": ["MM"], "opposes": ["Myanmar junta"]},
        {"name": "Islamic State", "aliases": ["IS", "ISIS", "Daesh"], "countries": ["LY"]},
        {
            "name": "Malian government",
            "aliases": ["Malian army", "FAMa"],
            "countries": ["ML"],
            "government": True,
            "opposes": ["CSP"],
        },
        {
            "name": "CSP",
            "aliases": ["Cadre stratégique permanent"],
            "countries": ["ML"],
            "opposes": ["Malian government"],
        },
    ],
}
PUBLISHED = datetime(2024, 12, 6, tzinfo=UTC)
RSF, SAF, AA, ML, CSP = "RSF", "Sudanese army", "Arakan Army", "Malian government", "CSP"


def _detector() -> Detector:
    return watchlist_detector(WATCHLIST)


def _changes(text: str, title: str = "") -> set[tuple[str, str]]:
    return {(e.place, e.controller or "") for e in _detector().detect(title, text, PUBLISHED) if e.controller}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One verb distributed over a list whose items carry long asides.
        (
            "Depuis lundi, les RSF ont enchaîné les prises : Sennar (sud), Nyala (ouest), fief du "
            "célèbre chef tribal local Musa Hilal et de ses hommes, et surtout Wad Madani, la grande "
            "ville du centre, ainsi que deux autres villes, Kosti et El Obeid.",
            {(p, RSF) for p in ("Sennar", "Nyala", "Wad Madani", "Kosti", "El Obeid")},
        ),
        (
            "The RSF took Sennar, Nyala, the home town of a famous local tribal chief and his "
            "men, and above all Wad Madani on Sunday.",
            {(p, RSF) for p in ("Sennar", "Nyala", "Wad Madani")},
        ),
        # A long aside followed by another clause is no list item.
        (
            "The RSF took Sennar, the home town of a famous local tribal chief and his many men, "
            "while heavy fighting went on around Nyala.",
            {("Sennar", RSF)},
        ),
    ],
)
def test_lists_with_asides(text: str, expected: set[tuple[str, str]]) -> None:
    """A capture verb reaches every item of its list, past the asides on earlier items."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "We withdrew", said by a speaker known only by nationality: that side left.
        (
            '"We have withdrawn from El Fasher to save the lives of our men," a Sudanese officer '
            "said on Friday.",
            {("El Fasher", RSF)},
        ),
        (
            "« Sur ordre du commandement, (nous nous) sommes retirés de Nyala », a déclaré un "
            "général soudanais dans un message vidéo.",
            {("Nyala", RSF)},
        ),
        (
            "«Nos hemos retirado de Sennar para salvar vidas», declaró un oficial sudanés.",
            {("Sennar", RSF)},
        ),
        # A nationality that is not the speaker's (the quote's object) decides nothing.
        ('"We have withdrawn from El Fasher," he said.', set()),
    ],
)
def test_we_withdrew_said_by_a_nationality(text: str, expected: set[tuple[str, str]]) -> None:
    """The side of a speaker named by nationality is who "we" are."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The city opening the sentence is the subject, past a bracket and several appositions.
        (
            "La ville d'El Obeid (parfois écrite Al-Ubayyid), chef-lieu du Kordofan-Nord, au centre du "
            "Soudan, a quant à elle été livrée aux RSF sans résistance.",
            {("El Obeid", RSF)},
        ),
        (
            "Nyala (South Darfur), the state capital, in the west of the country, was handed over to "
            "the RSF without a fight.",
            {("Nyala", RSF)},
        ),
        (
            "La ciudad de Sennar, capital del estado homónimo, a orillas del Nilo Azul, fue tomada por "
            "las RSF el sábado.",
            {("Sennar", RSF)},
        ),
        # Another city in the last segment is the subject, not the one opening the sentence.
        (
            "Nyala, the state capital, in the west of the country, and El Fasher were both shelled; "
            "Kosti fell to the RSF.",
            {("Kosti", RSF)},
        ),
    ],
)
def test_subject_past_appositions(text: str, expected: set[tuple[str, str]]) -> None:
    """A passive or a fall reaches back to the city that opens the sentence through its asides."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A headline without a verb: the city, then whose hands it is in.
        ("Kidal aux mains du CSP", {("Kidal", CSP)}),
        ("Kidal désormais aux mains des rebelles du CSP", {("Kidal", CSP)}),
        ("Nyala, en manos de las RSF tras la retirada del ejército", {("Nyala", RSF)}),
        ("Nyala under RSF control after army pullout", {("Nyala", RSF)}),
        ("Lashio in Arakan Army hands", {("Lashio", AA)}),
        # Whose hands is not said, or the state is background to another verb.
        ("Nyala in safe hands, governor says", set()),
        ("Nyala, under RSF control for months, was shelled on Monday", set()),
        ("Kidal, sous le contrôle du CSP depuis 2012, a été bombardée", set()),
        ("Army shells Nyala, under RSF control", set()),
        ("Kidal reste aux mains du CSP", set()),
    ],
)
def test_verbless_headlines(title: str, expected: set[tuple[str, str]]) -> None:
    """A headline "X in Y's hands" is news that Y took X; the same words in a sentence are not."""
    assert _changes("", title=title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The third city taken, after A and B": A and B were taken before it.
        (
            "It is the third city taken by the RSF in a week, after Sennar and Kosti.",
            {("Sennar", RSF), ("Kosti", RSF)},
        ),
        (
            "C'est la troisième ville tombée aux mains des RSF en une semaine, après Sennar et Kosti.",
            {("Sennar", RSF), ("Kosti", RSF)},
        ),
        (
            "Es la tercera conquista de las RSF en menos de 24 horas, después de las ciudades de "
            "Sennar y Kosti.",
            {("Sennar", RSF), ("Kosti", RSF)},
        ),
        ("Nyala was the second town to fall to the RSF, after Sennar.", {("Nyala", RSF), ("Sennar", RSF)}),
        # An ordinal of times, or "after" fighting near a city, is no series of captures.
        ("It is the third time the RSF took a town after fighting near Sennar.", set()),
    ],
)
def test_series_after(text: str, expected: set[tuple[str, str]]) -> None:
    """An ordinal capture followed by "after A and B" reports A and B as earlier captures."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It"/"elle" losing or leaving a city is the side named before: a city does neither.
        (
            "The Sudanese army suffered heavy losses this week. It lost Sennar on Saturday.",
            {("Sennar", RSF)},
        ),
        (
            "L'armée soudanaise a subi de lourds revers. Elle a perdu Sennar samedi.",
            {("Sennar", RSF)},
        ),
        ("The RSF attacked El Obeid. It withdrew from Nyala on Sunday.", {("Nyala", SAF)}),
        # Other verbs with "it" keep their subject to the sentence.
        ("Sennar is calm. It lost power on Sunday.", set()),
    ],
)
def test_singular_pronoun_that_loses(text: str, expected: set[tuple[str, str]]) -> None:
    """A singular pronoun that withdraws from or loses a city stands for the side named before."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Control said with a noun: "assumption of control over", "un contrôle désormais total sur".
        (
            "Fighters entered the palace hours after the governor fled, a milestone in the RSF's "
            "assumption of control over Sennar.",
            {("Sennar", RSF)},
        ),
        ("Les RSF affirment exercer désormais un contrôle total sur Sennar.", {("Sennar", RSF)}),
        # Who surrenders is the old holder; the city goes to the other side.
        (
            "Le ministère a confirmé la reddition des ultimes soldats soudanais retranchés dans la caserne, "
            "ce qui vaut contrôle désormais total sur Sennar.",
            {("Sennar", RSF)},
        ),
        ("The surrender of the last Sudanese troops means full control of Sennar.", {("Sennar", RSF)}),
    ],
)
def test_control_nouns_and_surrender(text: str, expected: set[tuple[str, str]]) -> None:
    """A noun of control names the city; the side that surrenders is not its holder."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Si" before a reporting verb in the perfect grants a fact ("while the army announced").
        (
            "Si l'armée soudanaise a déclaré avoir évacué ses soldats de Sennar, beaucoup n'ont pas pu "
            "partir, selon un officier des RSF.",
            {("Sennar", RSF)},
        ),
        (
            "Si el ejército sudanés ha anunciado su retirada de Sennar, la mayoría de sus soldados "
            "siguen atrapados.",
            {("Sennar", RSF)},
        ),
        # A real condition stays one.
        ("Si les RSF prennent Sennar, la route du sud sera coupée.", set()),
        ("Si les RSF ont pris Sennar, la route du sud est coupée.", set()),
    ],
)
def test_concessive_si(text: str, expected: set[tuple[str, str]]) -> None:
    """A concessive "si" (fr, es) does not make the change it grants hypothetical."""
    assert _changes(text) == expected
