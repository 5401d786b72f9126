"""Corpus 7: twelve older and other conflicts, written blind, a development corpus for new wars.

`tests/data/conflicts_corpus7.jsonl` holds 150 news items written for this test, without running
the detector or reading its rules, about twelve conflicts that neither `shared/eval` nor corpora 1-6
cover (Franco-Prussian War 1870-1871, Polish-Soviet War 1920, Greco-Turkish War 1919-1922, Second
Sino-Japanese War 1937-1938, Chad-Libya 1987, First Congo War 1996-1997, Afghan civil war
1992-1996, Yemen 1994, Iraq uprising 1991, Croatia 1991, Italo-Ethiopian War 1935-1936, Indonesia
1948-1949), in de (60: dpa-style Meldungen, period telegrams, newspaper reports, ticker lines,
analysis), en (30), fr (20), es (20), pt (10) and it (10), labelled like `shared/eval` (SCHEMA.md)
against `conflicts_watchlist7.json`. Half the items are hard negatives (sieges, claims denied in
the same article, intent, background captures, anniversaries, airfields, bases, villages and
districts near a city, datelines, people captured, retreats towards a city, repulsed attacks).
Unlike corpora 3, 4 and 6 it is a development corpus: its items may be read to find general
causes of errors, but no rule, alias or exception may be written for one item.
"""

from __future__ import annotations

from collections import Counter

from tests.corpus_kit import assert_labelled_against_watchlist, corpus_items

CORPUS, WATCHLIST = "conflicts_corpus7.jsonl", "conflicts_watchlist7.json"


def test_corpus7_is_balanced_and_labelled_against_its_watchlist() -> None:
    """150 items (60 de, 30 en, 20 fr/es, 10 pt/it), 12 conflicts, 45-55% positives, all labels listed."""
    items = corpus_items(CORPUS)
    assert len(items) >= 150
    langs = Counter(str(it["lang"]) for it in items)
    assert langs["de"] >= 60 and langs["en"] >= 30
    assert langs["fr"] >= 20 and langs["es"] >= 20
    assert langs["pt"] >= 10 and langs["it"] >= 10
    assert len({str(it["id"]) for it in items}) == len(items)
    assert len({str(it["conflict"]) for it in items}) == 12
    positives = sum(1 for it in items if it["expected"])
    assert 0.45 <= positives / len(items) <= 0.55
    assert_labelled_against_watchlist(items, WATCHLIST)
