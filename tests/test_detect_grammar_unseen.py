"""German, Portuguese and Italian grammar found on the second cross-conflict corpus (issue 10).

Each rule is general grammar, read on sentences of its own about Sudan, Myanmar, Somalia and
Bosnia (against `tests/data/conflicts_watchlist.json`): a fall noun dated "last week" and a
pluperfect "the day before" as background, "in mano a" as a state after the city, "reports of"
as a claim, an apposition naming the old holder, "passam a controlar", "liberata da".
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector
from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SHABAAB, SOMALIA = "al-Shabaab", "Somali government"



def _claims(text: str) -> set[tuple[str, bool]]:
    events = corpus_detector("conflicts_watchlist.json").detect("", text, SENTENCE_DAY)
    return {(e.place, e.claim) for e in events if e.controller}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fall noun dated "last week" is background to what follows.
        ("Depois da queda de Singa na semana passada, as FAR avançam agora rumo a Sennar.", set()),
        ("Dopo la caduta di Singa la settimana scorsa, le RSF avanzano verso Sennar.", set()),
        ("Nach dem Fall von Singa letzte Woche rücken die RSF auf Sennar vor.", set()),
        # A verb so dated is still a report.
        ("As FAR tomaram Singa, disse um porta-voz.", {("Singa", RSF)}),
        # "The day before" with a pluperfect: background to the day's news.
        (
            "As FAR tomaram Nyala nesta quarta-feira. Na véspera, tinham assumido o controle de Singa.",
            {("Nyala", RSF)},
        ),
        ("Le RSF hanno conquistato Nyala. Il giorno prima era caduta Singa.", {("Nyala", RSF)}),
        # Right after the city, or as a headline, "in the hands of" is the news of a fall.
        ("Baidoa è in mano agli shebab.", {("Baidoa", SHABAAB)}),
        ("Baidoa in mano agli shebab", {("Baidoa", SHABAAB)}),
        ("Baidoa está nas mãos do al-Shabaab.", {("Baidoa", SHABAAB)}),
        # Elsewhere in the sentence it is a state: not read as one.
        ("Gli abitanti di Mogadiscio temono gli shebab.", set()),
        # "Come to control".
        ("As FAR passam a controlar Singa após a retirada do exército.", {("Singa", RSF)}),
        ("Las FAR pasan a controlar Singa.", {("Singa", RSF)}),
        # Italian "da" after a liberation verb: freed from the armed group.
        ("Baidoa è stata liberata dagli shebab dopo mesi di combattimenti.", {("Baidoa", SOMALIA)}),
        ("Baidoa è stata liberata dall'esercito somalo.", {("Baidoa", SOMALIA)}),
        # An apposition after the city names who held it: the old holder, not the new one.
        (
            "Die Armee meldet die Einnahme von Kismayo, der letzten Hafenstadt unter Kontrolle der Shabaab.",
            {("Kismayo", SOMALIA)},
        ),
        # Reports of a fall that the government rejects in the same sentence: contested.
        ("Die Regierung wies Berichte über einen Fall von Singa zurück.", set()),
        ("Die Armee widerspricht Berichten, wonach Singa gefallen sei.", set()),
    ],
)
def test_unseen_grammar(text: str, expected: set[tuple[str, str]]) -> None:
    """Each rule reads sentences of its own as labelled."""
    assert _changes(text) == expected


def test_reports_of_a_fall_are_a_claim() -> None:
    """"Reports of the fall of X" are kept as a claim until confirmed or denied."""
    assert _claims("Berichte über die Einnahme von Singa durch die RSF häufen sich.") == {("Singa", True)}
    assert _claims("Die RSF haben Singa eingenommen.") == {("Singa", False)}
