"""Corpus 9: twelve recent conflicts, written blind, for an honest score on wars and wordings new to it.

`tests/data/conflicts_corpus9.jsonl` holds 160 news items written for this test about twelve
conflicts of the last thirty years (Boko Haram 2014-2015, Central African Republic 2013 and 2021,
Burkina Faso and Niger jihadists 2019-2024, Haiti gangs 2024-2025, South Sudan 2013-2014,
Côte d'Ivoire 2011, Georgia 2008, Marawi 2017, Chechnya 1999-2000, Sri Lanka 2008-2009,
Eritrea-Ethiopia 2000, Swat 2009), in en/de (35 each), fr/es (30 each) and pt/it (15 each),
labelled like `shared/eval` (SCHEMA.md) against `conflicts_watchlist9.json`. Half the items are
hard negatives (sieges, claims rebutted in the same article, intent and imminence, background
captures and anniversaries, bases, airports, districts and villages near a town, reference points,
people captured, retreats towards a town, attacks repulsed, officials visiting held towns).
BLIND: written without reading the detector or running it on these items, and nobody may read
it; only its overall score is looked at. Do not write rules from its items. Its first score, before
any change of the session it was written in: P 0.716, R 0.639 (F1 0.675). The floor only catches a
regression. No longer blind since the session after: probes written for its conflicts (not its
items) shaped rules, and a few of its lines were printed by accident; corpus 10 took its place.
"""

from __future__ import annotations

from tests.corpus_kit import (
    assert_balanced,
    assert_floors,
    assert_labelled_against_watchlist,
    corpus_items,
    score_corpus,
)

CORPUS, WATCHLIST = "conflicts_corpus9.jsonl", "conflicts_watchlist9.json"
FLOORS = {"all": (0.68, 0.60)}


def test_corpus9_is_balanced_and_labelled_against_its_watchlist() -> None:
    """160 items: 35 en/de, 30 fr/es, 15 pt/it, twelve conflicts, 45-55% positives, labels known."""
    items = corpus_items(CORPUS)
    assert_balanced(items, {"en": 35, "de": 35, "fr": 30, "es": 30, "pt": 15, "it": 15}, 12, (10, 16))
    assert_labelled_against_watchlist(items, WATCHLIST)


def test_detector_stays_above_its_first_blind_score() -> None:
    """Precision and recall on the blind corpus do not fall under a little below its first score."""
    assert_floors(score_corpus(CORPUS, WATCHLIST), FLOORS)
