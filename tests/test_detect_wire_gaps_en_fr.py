"""Wire phrasings that hid a change, or made one up, in English and French reports of unseen wars.

A part of the day with its article between the verb and the city ("se sont emparés samedi à
l'aube de X", "captured in the night the town of X"), compared in six languages. Sentences written for
these tests about the wars in Sierra Leone (1998-2000) and Angola (1992-93).
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

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

]

test_reads_alike, test_has_six_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, {})
