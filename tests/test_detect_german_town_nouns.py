"""A town named again as "der Ort", "das Städtchen" or "die Hafenstadt", and a report filed from another city.

German calls a town it has already named "der Ort" ("haben den Ort besetzt", "die Häuser des
Ortes") or "das Städtchen": the phrase stands for that town as "die Stadt" does. Not a part of a
town ("die Altstadt"). A dateline's city in ordinary case ("Mogadischu (AP) -", "Khartum, 3.
Mai.") is where the report was filed: such a phrase stands for it only when it is the one city
named near. A kind of town compounded with "Stadt" ("die Hafenstadt", "die Grenzstadt") stands for
the town too; a part of it does not ("im Westen der Stadt X", "den Nordteil Xs"). Our own sentences
about Somalia, Nigeria and Sudan, in German, English and French.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.corpus_kit import corpus_changes, corpus_detector

C1 = "conflicts_watchlist.json"
SOM, NIG, RSF = "Somali government", "Nigerian government", "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kismayo war zwei Jahre lang in der Hand von al-Shabaab. Einheiten der somalischen Armee"
            " nahmen den Ort am Freitag nach kurzen Gefechten ein.",
            {("Kismayo", SOM)},
        ),
        (
            "Boko Haram hatte Mubi im Oktober überrannt. Am Sonntag hat die nigerianische Armee die"
            " Kämpfer von Boko Haram aus dem Städtchen vertrieben.",
            {("Mubi", NIG)},
        ),
        (
            "Um Gwoza wurde seit Tagen gekämpft. Am Montag haben nigerianische Soldaten den Ort"
            " zurückerobert.",
            {("Gwoza", NIG)},
        ),
        # a kind of town compounded with "Stadt"
        (
            "In Kismayo wurde seit Tagen gekämpft. Am Morgen rückten Einheiten der somalischen Armee"
            " in die Hafenstadt ein.",
            {("Kismayo", SOM)},
        ),
        (
            "Um Mubi wurde seit Tagen gekämpft. Am Montag hat die nigerianische Armee die Grenzstadt"
            " zurückerobert.",
            {("Mubi", NIG)},
        ),
        # a part of the town is not the town
        (
            "Die RSF griffen Omdurman am Montag von Westen an. Am Abend besetzten sie die Altstadt.",
            set(),
        ),
        (
            "Die RSF griffen Omdurman am Montag an. Am Abend besetzten sie ein Krankenhaus im"
            " Westen der umkämpften Großstadt.",
            set(),
        ),
        ("Am Montag besetzten die RSF den Nordteil der Stadt Omdurman.", set()),
        ("Am Montag besetzten die RSF den Nordteil Omdurmans.", set()),
    ],
)
def test_a_town_named_by_its_kind(text: str, expected: set[tuple[str, str]]) -> None:
    """"Der Ort" or "das Städtchen" stands for the town named before it."""
    assert corpus_changes(text, C1) == expected


DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # filed from Mogadishu, about Kismayo: the town is Kismayo
        (
            "Kismayo: Armee meldet Erfolg",
            "Mogadischu (AP) - Soldaten der somalischen Armee haben am Montag die Stadt nach kurzen"
            " Gefechten eingenommen.",
            {("Kismayo", SOM)},
        ),
        (
            "Armee rückt in Kismayo ein",
            "Mogadischu, 3. Mai. Die Kämpfer von al-Shabaab haben Kismayo am Morgen geräumt. Wenige"
            " Stunden später rückten Truppen der somalischen Regierung aus Mogadischu vor und besetzten"
            " den Ort.",
            {("Kismayo", SOM)},
        ),
        # the same in English and French
        (
            "Kismayo: army reports success",
            "Mogadishu (AP) - Somali army troops took the city on Monday after brief fighting.",
            {("Kismayo", SOM)},
        ),
        (
            "Kismayo : l'armée annonce un succès",
            "Mogadiscio, 3 mai (AFP) - Les soldats de l'armée somalienne ont pris la ville lundi après de"
            " brefs combats.",
            {("Kismayo", SOM)},
        ),
        # the dateline's city is the one named: the town is the city the report was filed from
        (
            "Kämpfe im Sudan",
            "Omdurman, 3. Mai. Die RSF haben die Stadt am Morgen eingenommen.",
            {("Omdurman", RSF)},
        ),
    ],
)
def test_a_dateline_is_where_the_report_was_filed(
    title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    """The town phrase stands for the dateline's city only when no other city is named near."""
    events = corpus_detector(C1).detect(title, text, DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == expected
