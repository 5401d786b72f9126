"""Detection on conflicts nobody wrote rules for (issue 10): a corpus of our own, and its rules.

`tests/data/conflicts_corpus.jsonl` holds 264 news items written for this test about fifteen
conflicts outside the evaluation set (Sudan, Myanmar, Ethiopia, Karabakh, Libya, Mozambique,
Somalia, Nigeria, Bosnia, Georgia, Chechnya, Haiti, Lebanon, Burkina Faso) in six languages,
labelled like `shared/eval` (SCHEMA.md) against `conflicts_watchlist.json`. The floors sit a
little under what the detector reaches, so a regression fails here. The rule tests below use
sentences of their own.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import (
    assert_floors,
    assert_labelled_against_watchlist,
    corpus_items,
    score_corpus,
)
from tests.corpus_kit import corpus_changes as _changes

# Reached when the test was written: overall P 0.877 R 0.843 (before the rules of issue 10:
# P 0.836 R 0.803); now P 0.910 R 0.953; en P 0.930 R 1.000, fr P 0.900 R 0.931,
# es P 0.958 R 0.958, de P 0.885 R 0.920.
FLOORS = {"all": (0.89, 0.93), "en": (0.91, 0.97), "fr": (0.88, 0.91), "es": (0.93, 0.93), "de": (0.86, 0.90)}


CORPUS, WATCHLIST = "conflicts_corpus.jsonl", "conflicts_watchlist.json"


def test_corpus_is_balanced_and_labelled_against_its_watchlist() -> None:
    """The corpus has 200+ items over en/fr/es/de, 40-50% positives, each naming watched places and actors."""
    items = corpus_items(CORPUS)
    assert len(items) >= 200
    assert {"en", "fr", "es", "de", "pt", "it"} <= {str(it["lang"]) for it in items}
    positives = sum(1 for it in items if it["expected"])
    assert 0.40 <= positives / len(items) <= 0.50
    assert_labelled_against_watchlist(items, WATCHLIST)


def test_detector_meets_the_floors_on_the_corpus() -> None:
    """Precision and recall on the corpus stay above the floors, overall and in en, fr, es, de."""
    assert_floors(score_corpus(CORPUS, WATCHLIST), FLOORS)


RSF, SAF, GNA = "Rapid Support Forces", "Sudanese Armed Forces", "Government of National Accord"
SOM, NG, MOZ = "Somali government", "Nigerian government", "Mozambican government"




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<fighters> of <actor>" names the subject, not whom the city was taken from.
        ("Les paramilitaires des FSR se sont emparés de Singa.", {("Singa", RSF)}),
        ("Fighters of the RSF seized Singa on Saturday.", {("Singa", RSF)}),
        ("Las fuerzas del GNA tomaron Gharyan.", {("Gharyan", GNA)}),
        ("Les FSR ont pris Singa aux soldats de l'armée.", {("Singa", RSF)}),
        # Fleeing or falling back toward a city is not losing it.
        ("Thousands of residents fled to Maiduguri as Boko Haram attacked nearby villages.", set()),
        ("Les soldats se sont repliés vers Sennar, abandonnant Singa aux FSR.", {("Singa", RSF)}),
        ("The army withdrew from Singa.", {("Singa", RSF)}),
        # An apposition after the city carries its own date.
        ("The army said it had retaken Palma, the town overrun by insurgents last month.", {("Palma", MOZ)}),
        ("The army retook Palma last month.", set()),
        # Reported and denied in one sentence: a claim the denial governs.
        ("The RSF said it had taken Singa, but the army denied it.", set()),
        ("The RSF said it had taken Singa.", {("Singa", RSF)}),
        # Control stated as now.
        ("The army now controls Khartoum for the first time in two years.", {("Khartoum", SAF)}),
        ("Las FAR aseguran controlar ya Singa.", {("Singa", RSF)}),
        ("Las FAR, que ya controlan Nyala desde octubre, atacan El Fasher.", set()),
        # A headline kicker ("Country :") before a verbless state.
        ("Soudan : Singa aux mains des FSR", {("Singa", RSF)}),
        ("Soudan : combats à Nyala, aux mains de l'armée depuis avril", set()),
        # Who expelled is no watched side: the expelled side's single opponent, never itself.
        ("Local militias drove al-Shabaab out of Baidoa.", {("Baidoa", SOM)}),
        ("Les rebelles karen ont chassé la junte de Myawaddy.", set()),
        ("Nigerianische Soldaten haben Boko Haram aus Gwoza vertrieben.", {("Gwoza", NG)}),
    ],
)
def test_cross_conflict_rules(text: str, expected: set[tuple[str, str]]) -> None:
    """Each general rule found on the corpus reads sentences of its own as labelled."""
    assert _changes(text) == expected
