"""Who claims a city: a side before a colon, a quote's speaker, or both sides at once (Angola 1975-76).

"UNITA: Huambo liberated. Army denies" is UNITA's word against the army's, as a quote would be;
a country before the colon is the story's label, not a speaker ("Angola: UNITA takes Huambo");
"both sides claim the town" is contested: no one took it.
Sentences written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import watchlist_detector

WATCHLIST = {
    "places": [{"name": n, "country": "AO"} for n in ("Luanda", "Huambo", "Lobito")],
    "actors": [
        {"name": "MPLA", "aliases": ["FAPLA", "Angola"], "countries": ["AO"], "government": True,
         "opposes": ["UNITA"]},
        {"name": "UNITA", "aliases": ["Savimbi's guerrillas"], "countries": ["AO"], "opposes": ["MPLA"]},
    ],
}
PUBLISHED = datetime(1976, 2, 9, tzinfo=UTC)


def _events(title: str, text: str) -> list[tuple[str, str, bool]]:
    events = watchlist_detector(WATCHLIST).detect(title, text, PUBLISHED)
    return [(e.place, e.controller or "", e.claim) for e in events]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("UNITA: Huambo liberated. Army denies",
         "LUANDA - The government said its troops still held the town."),
        ("Angola, l'UNITA: Huambo liberata. L'esercito smentisce",
         "LUANDA - Il governo afferma di controllare la città."),
        ("Angola : l'UNITA affirme avoir libéré Huambo, l'armée dément", ""),
        ("La UNITA: Huambo liberada. El ejército lo desmiente", ""),
        ("UNITA: Huambo befreit. Armee dementiert", ""),
    ],
)
def test_a_side_before_a_colon_claims_and_a_denial_drops_it(title: str, text: str) -> None:
    """The words after "UNITA:" are UNITA's claim; the army's denial in the headline drops it."""
    assert _events(title, text) == []


def test_a_side_before_a_colon_undenied_is_a_claim() -> None:
    assert _events("UNITA: Huambo liberated", "") == [("Huambo", "UNITA", True)]


@pytest.mark.parametrize(
    "title",
    ["Angola: UNITA fighters take Huambo", "Angola : les combattants de l'UNITA prennent Huambo"],
)
def test_a_country_before_a_colon_is_a_label(title: str) -> None:
    """"Angola:" names the story, though Angola is the government's alias: a fact, not a claim."""
    assert _events(title, "") == [("Huambo", "UNITA", False)]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Angola: in Huambo both sides claim the town",
         "UNITA radio said on Sunday that its fighters held the centre of Huambo. Missionaries reported"
         " army columns halted north of the town."),
        ("Angola, a Huambo entrambi i campi rivendicano la città",
         "Una radio vicina all'UNITA ha detto che i guerriglieri controllano il centro di Huambo."),
        ("Angola : à Huambo, les deux camps revendiquent la ville",
         "La radio de l'UNITA a affirmé dimanche que ses combattants tenaient le centre de Huambo."),
    ],
)
def test_both_sides_claiming_a_city_is_contested(title: str, text: str) -> None:
    """"Both sides claim the town": no side took it, whichever the article names most."""
    assert _events(title, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "« Huambo est libérée », a déclaré un commandant de l'UNITA.",
        '"Huambo is liberated," a UNITA commander said.',
        '"Huambo está liberada", dijo un comandante de la UNITA.',
        "„Huambo ist befreit“, sagte ein Kommandeur der UNITA.",
        '"Huambo è liberata", ha detto un comandante dell\'UNITA.',
        '"Huambo está libertada", disse um comandante da UNITA.',
    ],
)
def test_a_quoted_liberation_is_claimed_by_its_speakers_side(text: str) -> None:
    """"'X is liberated,' a commander of Y said": Y freed it, by Y's word (a claim)."""
    assert _events("", text) == [("Huambo", "UNITA", True)]
