"""Corpus 11: twelve more conflicts, written blind, to give an honest score on wars never seen.

`tests/data/conflicts_corpus11.jsonl` holds 160 news items written for this test about twelve
conflicts that no earlier set covers (American Civil War 1862-1865, Italian unification 1860-1870,
Russo-Japanese War 1904-1905, Italo-Turkish War 1911-1912, Winter and Continuation Wars 1939-1944,
German-Soviet war 1941-1944, Pacific War 1941-1945, Congo crisis 1960-1964, Rif War 1921-1926,
Sino-Indian War 1962, Iraqi Kurdistan 2017, Amhara Fano insurgency 2023-2024), in en/de (35 each),
fr/es (30 each) and pt/it (15 each), in the style of the wires and newspapers of each time, labelled
like `shared/eval` (SCHEMA.md) against `conflicts_watchlist11.json`. About half the items are hard
negatives (sieges, claims denied or contradicted in the same article, intent, threats and imminence,
background captures, forts, bases, districts, hills and villages near a city, reference points and
datelines, anniversaries and analyses, people captured, officials in a city already held, attacks
repulsed, hypotheticals).

BLIND: written without reading the detector or running it on these items, and nobody may read the
corpus to write rules; only its overall score is looked at. First scored on the code of the start
of the session it was written in: P 0.803, R 0.605 (F1 0.690; en 0.625, fr 0.667, de 0.727, es
0.828, it 0.600, pt 0.545); at that session's end P 0.790, R 0.605 (a French and Portuguese
"capitulation" rule cost one false alarm). The floor only catches a regression.
"""

from __future__ import annotations

from tests.corpus_kit import (
    assert_balanced,
    assert_floors,
    assert_labelled_against_watchlist,
    corpus_items,
    score_corpus,
)

CORPUS, WATCHLIST = "conflicts_corpus11.jsonl", "conflicts_watchlist11.json"
FLOORS = {"all": (0.77, 0.59)}


def test_corpus11_is_balanced_and_labelled_against_its_watchlist() -> None:
    """160 items (en/de 35, fr/es 30, pt/it 15), twelve conflicts, 45-55% positives, watchlist labels."""
    items = corpus_items(CORPUS)
    assert_balanced(items, {"en": 35, "de": 35, "fr": 30, "es": 30, "pt": 15, "it": 15}, 12, (10, 16))
    assert_labelled_against_watchlist(items, WATCHLIST)


def test_detector_stays_above_its_first_blind_score() -> None:
    """Overall precision and recall stay near their first blind score (the corpus is not read)."""
    assert_floors(score_corpus(CORPUS, WATCHLIST), FLOORS)
