"""The light pattern a short headline's language check uses says what the full lexicon says."""

from __future__ import annotations

import pytest

from monitor.match.expressions import CHANGE_CUES, LANGUAGES, get_change_cues, get_lexicon
from monitor.match.signature import TOKEN, fold

# Written for this test: headlines with and without a word of change, in several languages.
HEADLINES = [
    "Rebels seize Goma", "Army retakes Marawi after five months", "Kismayo falls to militants",
    "Troops pull out of Kherson", "Fighting near Aleppo", "Mayor visits Odesa",
    "Les rebelles prennent Bouaké", "Chute de Tombouctou", "Combats autour de Gao",
    "Los rebeldes toman Jalapa", "Cae Bucaramanga", "Visita oficial a Managua",
    "Rebellen erobern Kidal", "Armee zieht sich aus Mekele zurück", "Kämpfe bei Saporischschja",
    "I ribelli conquistano Sirte", "Caduta di Bengasi", "Os rebeldes tomaram Pemba",
    "Retirada de Mocímboa", "Eleições em Maputo",
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("headline", HEADLINES)
def test_cues_match_where_the_lexicon_families_do(lang: str, headline: str) -> None:
    """For every language and headline: a cue is found exactly when one of the five families matches."""
    words = " ".join(TOKEN.findall(fold(headline)))
    lexicon = get_lexicon(lang)
    expected = any(getattr(lexicon, family).search(words) for family in CHANGE_CUES)
    assert bool(get_change_cues(lang).search(words)) == expected


def test_the_cues_tell_changes_from_other_news() -> None:
    """The check is not vacuous: English change headlines have a cue, the others none."""
    cues = get_change_cues("en")
    said = {h for h in HEADLINES[:6] if cues.search(" ".join(TOKEN.findall(fold(h))))}
    assert said == set(HEADLINES[:4])
