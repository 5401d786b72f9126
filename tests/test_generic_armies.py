"""A country's army, forces or government named generically resolve to its government side (issue 10).

Sentences of our own about Peru (the Shining Path) and Nepal (the Maoists), two conflicts no
other test or labelled set uses: nationality adjectives, country names in every word order and
case ("Armee Perus", "do Exército do Nepal"), and capitals standing for governments.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.match.actors import ActorMatcher
from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS, LANGS
from monitor.model import Actor
from tests.detect_support import held_by

PERU, SENDERO = "Peruvian government", "Shining Path"
NEPAL, MAOISTS = "Nepalese government", "Maoists"
ACTORS = [
    Actor(PERU, countries=("PE",), government=True, opposes=(SENDERO,)),
    Actor(SENDERO, aliases=("Sendero Luminoso",), countries=("PE",), opposes=(PERU,)),
    Actor(NEPAL, countries=("NP",), government=True, opposes=(MAOISTS,)),
    Actor(MAOISTS, aliases=("Maoist rebels", "Communist Party of Nepal (Maoist)"), countries=("NP",),
          opposes=(NEPAL,)),
]
WATCHLIST = {
    "places": [{"name": "Huanta", "country": "PE"}, {"name": "Ayacucho", "country": "PE"},
               {"name": "Rolpa", "country": "NP"}],
    "actors": [
        {"name": PERU, "countries": ["PE"], "government": True, "opposes": [SENDERO]},
        {"name": SENDERO, "aliases": ["Sendero Luminoso"], "countries": ["PE"], "opposes": [PERU]},
        {"name": NEPAL, "countries": ["NP"], "government": True, "opposes": [MAOISTS]},
        {"name": MAOISTS, "aliases": ["Maoist rebels"], "countries": ["NP"], "opposes": [NEPAL]},
    ],
}
PUBLISHED = datetime(1990, 6, 30, 8, tzinfo=UTC)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    """A matcher over two governments and their insurgents."""
    return ActorMatcher(ACTORS)


def _changes(title: str, text: str = "") -> set[tuple[str, str]]:
    return held_by(WATCHLIST, title, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Die Armee Perus meldete Erfolge.", PERU),
        ("Ein Sprecher der Armee Nepals sagte das.", NEPAL),
        ("Das Militär Perus meldete Erfolge.", PERU),
        ("Die peruanische Armee meldete Erfolge.", PERU),
        ("Ein Sprecher der nepalesischen Streitkräfte sagte das.", NEPAL),
        ("Selon l'armée péruvienne, la ville est calme.", PERU),
        ("Un porte-parole des forces armées népalaises l'a dit.", NEPAL),
        ("Les troupes du Pérou avancent.", PERU),
        ("El ejército del Perú avanzó.", PERU),
        ("O Exército do Nepal avançou.", NEPAL),
        ("Um porta-voz do exército peruano confirmou.", PERU),
        ("L'esercito nepalese avanza.", NEPAL),
        ("Lo ha detto un portavoce dell'esercito del Perù.", PERU),
        ("Les troupes de Katmandou avancent.", NEPAL),
        ("I soldati di Lima avanzano.", PERU),
        ("Nepal's army moved north.", NEPAL),
    ],
)
def test_a_countrys_army_is_its_government(matcher: ActorMatcher, text: str, actor: str) -> None:
    """"<country or nationality> army/forces/troops", any word order or case, names its government."""
    assert [m.actor.name for m in matcher.find(text)] == [actor]


def test_another_countrys_army_is_not_this_government(matcher: ActorMatcher) -> None:
    """A nationality without a watched government resolves to nobody, not to a watched one."""
    assert [m.actor.name for m in matcher.find("The Bolivian army moved north.")] == []


@pytest.mark.parametrize("table", [DEMONYMS, COUNTRY_NAMES, CAPITALS])
def test_every_country_has_forms_in_all_six_languages(table: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """Each country of the tables has its adjectives, names and capital in en, fr, es, de, pt and it."""
    assert set(DEMONYMS) == set(COUNTRY_NAMES) == set(CAPITALS)
    for code, per_lang in table.items():
        assert all(per_lang.get(lang) for lang in LANGS), code


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Die Armee Perus hat Huanta zurückerobert.", "", {("Huanta", PERU)}),
        ("O Exército do Peru retomou Huanta.", "", {("Huanta", PERU)}),
        ("L'esercito peruviano ha riconquistato Huanta.", "", {("Huanta", PERU)}),
        ("Huanta è caduta in mano ai soldati di Lima.", "", {("Huanta", PERU)}),
        # A bare army in a headline is still the army: the only named side, the rebels, did not take
        # it; they fled right after the headline's capture, so their one opponent holds it.
        ("Armee erobert Rolpa", "Die Maoisten flohen in die Berge.", {("Rolpa", NEPAL)}),
        # The side the sentence says lost the town is never given it.
        ("Maoist rebels pulled out of Rolpa.", "", {("Rolpa", NEPAL)}),
    ],
)
def test_generic_armies_take_towns_for_their_government(title: str, text: str, expected: set[tuple[str, str]]
                                                        ) -> None:
    """The government side takes a town its army took; an unplaced army gives the town to no rebel."""
    assert _changes(title, text) == expected
