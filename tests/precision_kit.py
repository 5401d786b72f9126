"""The watchlist and reading helper of the hard-negative batteries (tests/test_detect_precision_*.py).

The watchlist (tests/data/precision_watchlist.json) names conflicts outside the evaluation set:
Spain 1936-1939, Korea 1950, Chechnya, Libya, Nigeria, Myanmar, Ethiopia, Nagorno-Karabakh,
Croatia and Bosnia, Somalia, Mozambique.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.corpus_kit import corpus_detector

WATCHLIST = "precision_watchlist.json"
DAY = datetime(2024, 6, 30, 8, tzinfo=UTC)  # when the battery's sentences are published

AZ, ARM = "Azerbaijan", "Armenian forces"
NAT, REP = "Nationalists", "Spanish Republic"
NK, SK = "North Korea", "South Korea"
RU, CHE = "Russia", "Chechen separatists"
LNA, GNA = "Libyan National Army", "Government of National Accord"
BH, NGA = "Boko Haram", "Nigerian government"
TAT, MNDAA, AA, KNU = "Myanmar military", "MNDAA", "Arakan Army", "KNU"
TPLF, ETH = "TPLF", "Ethiopian government"
HV, SRB, ARBIH = "Croatian army", "Serb forces", "Bosnian army"
SHB, SOM = "al-Shabaab", "Somali government"
IS, MOZ = "Islamic State", "Mozambican government"


def held(text: str, published: datetime = DAY) -> set[tuple[str, str]]:
    """Return the (place, holder) pairs the detector reads in `text` against the battery's watchlist."""
    return held_article("", text, published)


def held_article(title: str, text: str, published: datetime = DAY) -> set[tuple[str, str]]:
    """Return the (place, holder) pairs the detector reads in an article with a title."""
    events = corpus_detector(WATCHLIST).detect(title, text, published)
    return {(e.place, e.controller) for e in events if e.controller}
