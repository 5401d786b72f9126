"""Entries that met no one, and shells that fell: Angola 1975-76, written for these tests.

"Troops entered X without meeting resistance" is a change (the defenders had gone); in Italian
and French the entry's perfect takes "essere"/"être", which is no passive: the place after "a"/"à"
is where the troops went, not a dateline's city before the verb. What falls may be fired: mortar
rounds that "fell on the districts of X" leave X to whoever held it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import watchlist_detector

WATCHLIST = {
    "places": [{"name": n, "country": "AO"} for n in ("Luanda", "Huambo", "Lobito", "Benguela")],
    "actors": [
        {"name": "MPLA", "aliases": ["FAPLA"], "countries": ["AO"], "government": True, "opposes": ["UNITA"]},
        {"name": "UNITA", "aliases": ["Jonas Savimbi"], "countries": ["AO"], "opposes": ["MPLA"]},
    ],
}
PUBLISHED = datetime(1976, 2, 9, tzinfo=UTC)


def _changes(title: str, text: str) -> set[tuple[str, str]]:
    events = watchlist_detector(WATCHLIST).detect(title, text, PUBLISHED)
    return {(e.place, e.controller or "") for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "FAPLA troops entered Lobito on Sunday without meeting any resistance, witnesses said.",
        "LUANDA - Le truppe dell'MPLA sono entrate domenica a Lobito senza incontrare resistenza.",
        "LUANDA - Les troupes du MPLA sont entrées dimanche à Lobito sans rencontrer de résistance.",
        "LUANDA - Las tropas del MPLA entraron el domingo en Lobito sin encontrar resistencia.",
    ],
)
def test_an_unopposed_entry_takes_the_city_named_after_it(text: str) -> None:
    """The city entered is the one after the verb, never the dateline's; unopposed, it changed hands."""
    assert _changes("", text) == {("Lobito", "MPLA")}


@pytest.mark.parametrize(
    "text",
    [
        "HUAMBO - Several mortar rounds fell overnight on the southern districts of Huambo, causing no"
        " casualties. The army blamed UNITA fighters for the attack.",
        "HUAMBO - Plusieurs obus de mortier sont tombés dans la nuit sur les quartiers sud de Huambo,"
        " sans faire de victimes. L'armée accuse les combattants de l'UNITA.",
        "HUAMBO - Alcuni colpi di mortaio sono caduti nella notte sui quartieri meridionali di Huambo,"
        " senza fare vittime. L'esercito accusa i guerriglieri dell'UNITA.",
        "HUAMBO - Varios proyectiles de mortero cayeron durante la noche sobre los barrios del sur de"
        " Huambo, sin causar víctimas. El ejército culpa a los guerrilleros de la UNITA.",
        "HUAMBO - Vários projéteis de morteiro caíram durante a noite sobre os bairros do sul de"
        " Huambo, sem causar vítimas. O exército acusa os guerrilheiros da UNITA.",
        "HUAMBO - Mehrere Mörsergranaten fielen in der Nacht auf die südlichen Viertel von Huambo,"
        " ohne Opfer zu fordern. Die Armee macht Kämpfer der UNITA verantwortlich.",
    ],
)
def test_shells_that_fell_on_a_city_are_no_fall_of_it(text: str) -> None:
    """A fall whose subject is what was fired ("mortar rounds fell on X") changes no holder."""
    assert _changes("", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Huambo fell to UNITA on Sunday after a week of shelling.",
        "Huambo è caduta domenica nelle mani dell'UNITA dopo una settimana di bombardamenti.",
    ],
)
def test_a_city_falling_after_shelling_still_falls(text: str) -> None:
    assert _changes("", text) == {("Huambo", "UNITA")}
