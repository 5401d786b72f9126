"""A second blind corpus (issue 10): twelve more conflicts nobody wrote rules for.

`tests/data/conflicts_corpus4.jsonl` holds 133 news items written for this test without running
the detector, about twelve conflicts that neither `shared/eval` nor corpora 1-3 cover (Korea
1950-51, the Spanish Civil War, the Chinese Civil War 1948-49, Biafra, Kuwait 1990-91, Iraq 2003,
Uganda-Tanzania 1978-79, Bangladesh 1971, Cuba 1958-59, the Ogaden, Guinea-Bissau 1998-99,
Indochina 1953-55), in en/fr/es/de and a few pt/it, labelled like `shared/eval` (SCHEMA.md)
against `conflicts_watchlist4.json`. Do not write rules from its items. First scored when it
landed, before any rule of that session: P 0.754, R 0.614 (F1 0.677); at that session's end
P 0.787, R 0.686. The floor only catches a regression.
"""

from __future__ import annotations

from collections import Counter

from tests.corpus_kit import assert_floors, assert_labelled_against_watchlist, corpus_items, score_corpus

CORPUS, WATCHLIST = "conflicts_corpus4.jsonl", "conflicts_watchlist4.json"
FLOORS = {"all": (0.76, 0.65)}


def test_corpus4_is_balanced_and_labelled_against_its_watchlist() -> None:
    """110+ items, 25+ in each of en/fr/es/de, some pt/it, about half positives, labels in the watchlist."""
    items = corpus_items(CORPUS)
    assert len(items) >= 110
    langs = Counter(str(it["lang"]) for it in items)
    assert all(langs[lang] >= 25 for lang in ("en", "fr", "es", "de"))
    assert langs["pt"] >= 5 and langs["it"] >= 5
    positives = sum(1 for it in items if it["expected"])
    assert 0.40 <= positives / len(items) <= 0.55
    assert_labelled_against_watchlist(items, WATCHLIST)


def test_detector_stays_above_its_first_blind_score() -> None:
    """Precision and recall on the blind corpus do not fall under a little below its first score."""
    assert_floors(score_corpus(CORPUS, WATCHLIST), FLOORS)
