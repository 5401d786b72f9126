"""A passive whose agent is a generic side named with its "by" ("pelo exército", "dall'esercito"),
and control held again told in the passive (issue 10, "who holds it now").

The Portuguese and Italian generic names of a government side hold the preposition ("pelo
exército", "dall'esercito": `generic`), so the passive's "by" is read inside the name: the side
took the city, or, for a city abandoned by it, left it. "X voltou a ser controlada pelo exército",
"X è tornata a essere controllata dall'esercito", "X is once again controlled by the army" say
the side holds it again, as the Spanish "volvió a ser controlada por" did.

Sentences of our own against `tests/data/conflicts_watchlist.json` (Sudan).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Singa foi tomada pelo exército no sábado.",
        "Singa voltou a ser controlada pelo exército no sábado.",
        "Singa è tornata a essere controllata dall'esercito sabato.",
        "Singa is once again controlled by the army.",
    ],
)
def test_the_generic_agent_holds_the_city(text: str) -> None:
    assert corpus_changes(text) == {("Singa", SAF)}


@pytest.mark.parametrize(
    "text",
    ["Singa foi abandonada pelo exército no sábado.", "Singa è stata abbandonata dall'esercito sabato."],
)
def test_a_city_abandoned_by_the_generic_agent_goes_to_its_opponent(text: str) -> None:
    assert corpus_changes(text) == {("Singa", RSF)}
