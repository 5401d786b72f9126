"""Wire phrasings that hid a change, or made one up, in English and French reports of unseen wars.

A part of the day with its article between the verb and the city ("se sont emparés samedi à
l'aube de X", "captured in the night the town of X"); one quarter of the city taken, named by an
adjective after "the city" ("ont pris la ville basse", "la ciudad vieja": not the whole city),
both compared in six languages; and "claims X is safe", a verb of saying before its clause, not
a claim on the city. Sentences written for these tests about the wars in Sierra Leone
(1998-2000) and Angola (1992-93).
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

SLE, RUF = "Sierra Leone government", "RUF"
AGO, UNITA = "MPLA", "UNITA"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {"SL": ("Makeni", "Koidu", "Kenema"), "AO": ("Huambo", "Luena", "Caxito")}.items()
        for name in names
    ],
    "actors": [
        side(SLE, ["Sierra Leone army", "ECOMOG"], "SL", RUF, True),
        side(RUF, ["Revolutionary United Front", "RUF rebels"], "SL", SLE),
        side(AGO, ["Angolan government", "Angolan army"], "AO", UNITA, True),
        side(UNITA, ["Unita"], "AO", AGO),
    ],
}

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("part-of-day-before-city", {("Koidu", RUF)}, (
        "RUF rebels captured in the night the diamond town of Koidu, residents said.",
        "Les rebelles du RUF se sont emparés samedi à l'aube de Koidu, selon des habitants.",
        "Los rebeldes del RUF tomaron en la madrugada la ciudad de Koidu, según vecinos.",
        "Die Rebellen der RUF eroberten in der Nacht die Stadt Koidu, sagten Bewohner.",
        "I ribelli del RUF hanno conquistato nella notte la città di Koidu, secondo gli abitanti.",
        "Os rebeldes da RUF tomaram na madrugada a cidade de Koidu, segundo moradores.",
    )),

    ("one-quarter-of-the-city", set(), (
        "KENEMA, June 13 (AP) - RUF rebels took the city centre on Saturday, but troops held the rest.",
        "KENEMA, 13 juin (AFP) — Les rebelles du RUF ont pris samedi la ville basse, mais l'armée tient le reste.",
        "KENEMA, 13 de junio (AFP) — Los rebeldes del RUF tomaron el sábado la ciudad vieja, pero el ejército resiste.",
        "KENEMA, 13. Juni — Die Rebellen der RUF haben am Samstag die Altstadt erobert, die Armee hält den Rest.",
        "KENEMA, 13 giugno — I ribelli del RUF hanno conquistato sabato la città bassa, ma l'esercito resiste.",
        "KENEMA, 13 de junho — Os rebeldes da RUF tomaram no sábado a cidade baixa, mas o exército resiste.",
    )),
    ("entry-around-the-city", set(), (
        "ECOMOG troops deployed on Thursday at the airfield and around the port of Kenema without meeting resistance.",
        "Les troupes de l'ECOMOG se sont déployées jeudi à l'aéroport de Lungi et autour du port de Kenema sans rencontrer de résistance.",
        "Las tropas del ECOMOG se desplegaron el jueves en el aeropuerto de Lungi y alrededor del puerto de Kenema sin encontrar resistencia.",
        "Die ECOMOG-Truppen rückten am Donnerstag bis zum Flughafen Lungi und rund um den Hafen von Kenema vor.",
        "Le truppe dell'ECOMOG sono entrate giovedì all'aeroporto di Lungi e intorno al porto di Kenema senza incontrare resistenza.",
        "As tropas do ECOMOG entraram na quinta-feira no aeroporto de Lungi e em volta do porto de Kenema sem encontrar resistência.",
    )),
    ("entry-into-the-city", {("Kenema", SLE)}, (
        "ECOMOG troops entered Kenema on Thursday after the RUF withdrew, residents said.",
        "Les troupes de l'ECOMOG sont entrées jeudi à Kenema après le retrait du RUF, selon des habitants.",
        "Las tropas del ECOMOG entraron el jueves en Kenema tras la retirada del RUF, según vecinos.",
        "Die ECOMOG-Truppen sind am Donnerstag nach dem Abzug der RUF in Kenema einmarschiert, sagten Bewohner.",
        "Le truppe dell'ECOMOG sono entrate giovedì a Kenema dopo il ritiro del RUF, secondo gli abitanti.",
        "As tropas do ECOMOG entraram na quinta-feira em Kenema após a retirada da RUF, segundo moradores.",
    )),
]

test_reads_alike, test_has_six_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, {})

# Only one language has the construction (French says "affirme que X est sûre").
NO_CHANGE: list[str] = [
    "Kenema : les rebelles du RUF ont pris la ville européenne, la médina résiste\nKENEMA, 13 juin (AFP) — Les rebelles du RUF ont progressé samedi dans la ville.",
    "A year after the peace deal, the RUF claims Kenema is safe for returning families.",
    "The Sierra Leone army claims Makeni was calm on Sunday, a week after the RUF withdrew.",
]
CHANGES: list[tuple[str, Pairs]] = [
    ("RUF rebels claimed the town of Koidu on Saturday after the army fled.", {("Koidu", RUF)}),
]


@pytest.mark.parametrize("text", NO_CHANGE)
def test_no_change(text: str) -> None:
    """A quarter taken, or a city said to be safe, reports no change."""
    assert held(detector_for(WATCHLIST), text) == set()


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_changes(text: str, expected: Pairs) -> None:
    """A city claimed by a side changed hands (a guard for the narrower "claim")."""
    assert held(detector_for(WATCHLIST), text) == expected
