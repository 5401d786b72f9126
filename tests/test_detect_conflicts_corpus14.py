"""Corpus 14: thirteen more conflicts, written blind and meant to be read, to find what real articles do.

`tests/data/conflicts_corpus14.jsonl` holds 180 news items written for this test about thirteen
conflicts that no earlier set covers (Iraqi Kurdistan 1996, Djibouti 1991-1993, Mozambique
1982-1988, Jordan 1970-1971, Lebanon 1976, Mexico 1911, Chile 1891, Costa Rica 1948, Grenada 1983,
the Iran-Iraq war 1986-1988, the PRRI/Permesta rebellion in Indonesia 1958, Hungary 1956 and
Almaty in January 2022), in de (40), en/fr/es (30 each) and it/pt (25 each), labelled like
`shared/eval` (SCHEMA.md) against `conflicts_watchlist14.json`. About 40% of the items are long
articles (250-450 words: headline, dateline, lead, quotes, background paragraphs, analysis) in the
styles of wire copy, newspaper reports, analyses and radio bulletins, several of them period
pieces (1891, 1911) whose wording is old. About half the items are hard negatives: sieges,
ultimatums, claims denied or contradicted in the same article, captures told as background,
bases, airstrips, camps, hotels and public buildings in or near a city, people captured, attacks
repulsed, a government's resignation, analyses of who holds what. Positives name the sides as the
press does (by leader, by party, in translation, by the government's own word for the rebels).

BLIND: written without reading the detector or running it on these items. Unlike corpora 3-13,
this corpus is meant to be read item by item to find general causes of errors (never to add a rule
that exists for one item); each item's `note` says which sentence makes its label.

First score, before it was read (the code of a6ea8fd): P 0.611, R 0.604, F1 0.607 (de 0.520, en
0.722, es 0.667, fr 0.588, it 0.455, pt 0.720), close to the hidden articles' F1 0.61. The floor
only catches a regression.
"""

from __future__ import annotations

from tests.corpus_kit import (
    assert_balanced,
    assert_floors,
    assert_labelled_against_watchlist,
    corpus_items,
    score_corpus,
    watchlist_data,
)

CORPUS, WATCHLIST = "conflicts_corpus14.jsonl", "conflicts_watchlist14.json"


def test_corpus14_is_balanced() -> None:
    """180 items (de 40, en/fr/es 30, it/pt 25), thirteen conflicts of 10-20 items, 45-55% positives."""
    items = corpus_items(CORPUS)
    assert_balanced(items, {"en": 30, "de": 40, "fr": 30, "es": 30, "it": 25, "pt": 25}, 13, (10, 20))


def test_corpus14_is_labelled_against_its_watchlist() -> None:
    """Every expected event names a watched place and a watched actor."""
    assert_labelled_against_watchlist(corpus_items(CORPUS), WATCHLIST)


def test_corpus14_labels_name_the_place_country_of_the_watchlist() -> None:
    """Every expected event gives its place's country as the watchlist does."""
    country = {p["name"]: p["country"] for p in watchlist_data(WATCHLIST)["places"]}
    for item in corpus_items(CORPUS):
        for event in item["expected"]:
            assert event["country"] == country[event["place"]], item["id"]


def test_corpus14_has_long_articles() -> None:
    """About 40% of the items are long articles (250-450 words), the rest 50-150 words."""
    words = [len(str(item["text"]).split()) for item in corpus_items(CORPUS)]
    long_share = sum(1 for n in words if n >= 250) / len(words)
    assert 0.35 <= long_share <= 0.45, long_share
    assert all(50 <= n <= 150 or 250 <= n <= 450 for n in words), sorted(words)


def test_corpus14_items_have_ids_notes_and_plausible_dates() -> None:
    """Ids follow c14-<lang>-NNN, every item says why its label is what it is, dates are ISO UTC."""
    for item in corpus_items(CORPUS):
        assert str(item["id"]).startswith(f"c14-{item['lang']}-"), item["id"]
        assert len(str(item["note"])) > 20, item["id"]
        assert str(item["published"]).endswith("Z") and str(item["published"])[4] == "-", item["id"]


FLOORS = {"all": (0.66, 0.60)}


def test_detector_stays_above_its_score_once_read() -> None:
    """Overall precision and recall stay near the score reached after reading the corpus."""
    assert_floors(score_corpus(CORPUS, WATCHLIST), FLOORS)
