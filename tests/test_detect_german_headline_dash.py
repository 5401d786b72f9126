"""A German headline's dash joins two clauses: "Krieg auf dem Balkan – Skopje in der Hand der serbischen Truppen".

The fold turns dashes into blanks, so such a headline read as one clause, and its second half was
no verbless headline (a state "with a verb", dropped). In a German headline a spaced dash now
separates as a colon does ("Balkan: Skopje in der Hand …" already read). About the
First Balkan War (1912), which no corpus covers. A dash in the body, a lasting state between two
dashes, a headline of an attack and a dash before no town ("… räumen X – Y rücken ein", an entry
into X) keep their reading. The parity table compares the same
headline in six languages; the other five are unchanged by this German rule (their gaps).
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import DAY, LANGS, Pairs, detector_for, side

SERBS, OTTOMANS = "Serbian army", "Ottoman army"

WATCHLIST = {
    "places": [
        {"name": "Skopje", "country": "MK"},
        {"name": "Bitola", "country": "MK"},
        {"name": "Edirne", "country": "TR"},
    ],
    "actors": [
        side(SERBS, ["Serbian troops", "troupes serbes", "tropas serbias", "serbische Truppen", "truppe serbe", "tropas sérvias"], ["MK", "TR"], OTTOMANS),
        side(OTTOMANS, ["Ottomans", "Osmanen", "Türken", "Turks"], ["MK", "TR"], SERBS, True),
    ],
}

_BODY = {
    "en": "Refugees crowd the roads to the south.",
    "fr": "Des réfugiés encombrent les routes du sud.",
    "es": "Los refugiados llenan las carreteras del sur.",
    "de": "Flüchtlinge drängen sich auf den Straßen nach Süden.",
    "it": "I profughi affollano le strade verso sud.",
    "pt": "Refugiados enchem as estradas para o sul.",
}

CHANGES: list[tuple[str, str, Pairs]] = [
    ("Krieg auf dem Balkan – Skopje in der Hand der serbischen Truppen", _BODY["de"], {("Skopje", SERBS)}),
    ("Neue Offensive in Makedonien — Bitola in der Gewalt der serbischen Truppen", _BODY["de"], {("Bitola", SERBS)}),
    ("Nach dem Sturm - Edirne in der Hand der serbischen Truppen", _BODY["de"], {("Edirne", SERBS)}),
    # a dash before no town stays a blank: the entry after it is into the town named before
    ("Makedonien: Türken räumen Bitola – serbische Truppen rücken ein", _BODY["de"], {("Bitola", SERBS)}),
]

NO_CHANGES: list[tuple[str, str]] = [
    # an attack, not a state
    ("Krieg auf dem Balkan – Angriff der serbischen Truppen auf Skopje", _BODY["de"]),
    # a lasting state between two dashes, with a verb after it
    ("Skopje – seit Monaten in der Hand der serbischen Truppen – erneut beschossen", _BODY["de"]),
    # a dash in the body is no headline
    ("Lage auf dem Balkan", "Die Front – so heißt es – verläuft bei Skopje, seit Monaten in der Hand der serbischen Truppen."),
]


@pytest.mark.parametrize(("title", "body", "expected"), CHANGES)
def test_a_headline_after_its_dash(title: str, body: str, expected: Pairs) -> None:
    """The clause after a German headline's dash is a verbless headline: the town changed hands."""
    events = detector_for(WATCHLIST).detect(title, body, DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == expected


@pytest.mark.parametrize(("title", "body"), NO_CHANGES)
def test_the_dash_keeps_its_limits(title: str, body: str) -> None:
    """An attack, a lasting state and a dash in the body tell no change."""
    events = detector_for(WATCHLIST).detect(title, body, DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == set()


# The same headline in six languages; only German reads its dash as a boundary (so far).
PARITY = (
    "War in the Balkans – Skopje in the hands of Serbian troops",
    "Guerre dans les Balkans – Skopje aux mains des troupes serbes",
    "Guerra en los Balcanes – Skopje en manos de las tropas serbias",
    "Krieg auf dem Balkan – Skopje in der Hand der serbischen Truppen",
    "Guerra nei Balcani – Skopje in mano alle truppe serbe",
    "Guerra nos Bálcãs – Skopje nas mãos das tropas sérvias",
)
GAPS = {
    lang: "the fold turns the dash into a blank: the headline reads as one clause (German only so far)"
    for lang in ("en", "fr", "es", "it", "pt")
}


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        pytest.param(lang, title, id=lang, marks=[pytest.mark.xfail(strict=True, reason=GAPS[lang])] if lang in GAPS else [])
        for lang, title in zip(LANGS, PARITY, strict=True)
    ],
)
def test_the_dash_headline_reads_alike(lang: str, title: str) -> None:
    """The headline after its dash reports the same change whatever its language."""
    events = detector_for(WATCHLIST).detect(title, _BODY[lang], DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == {("Skopje", SERBS)}
