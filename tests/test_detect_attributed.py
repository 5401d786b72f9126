"""Reports told in the reportive mood or attributed to unnamed sources are claims (issue 10).

A claim is kept, with less confidence, until the article denies it; a confirmed report stays.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector

RSF, AA, TPLF, ISM = "Rapid Support Forces", "Arakan Army", "TPLF", "Islamic State"
FILLER = {
    "en": " Thousands of residents fled. ",
    "fr": " Des milliers d'habitants ont fui. ",
    "es": " Miles de vecinos huyeron. ",
    "it": " Migliaia di abitanti sono fuggiti. ",
    "pt": " Milhares de moradores fugiram. ",
    "de": " Tausende sind geflohen. ",
}
# Told as hearsay: (language, sentence, place, holder, a denial that names no place).
HEARSAY = [
    ("fr", "Selon des sources locales, les FSR auraient pris Singa dimanche.", "Singa", RSF,
     "L'armée soudanaise a démenti."),
    ("fr", "L'Armée d'Arakan aurait pris Paletwa, selon des habitants.", "Paletwa", AA, "La junte dément."),
    ("es", "Mekelle habría caído en manos del TPLF, según fuentes locales.", "Mekelle", TPLF,
     "El ejército etíope desmiente."),
    ("en", "RSF fighters reportedly captured Singa on Sunday.", "Singa", RSF,
     "The Sudanese army rejected the claim."),
    ("en", "The Arakan Army allegedly seized Paletwa on Sunday.", "Paletwa", AA,
     "The junta rejected the claim."),
    ("en", "The TPLF is believed to have captured Mekelle.", "Mekelle", TPLF,
     "The Ethiopian army rejected the claim."),
    ("it", "I ribelli dell'Arakan Army avrebbero conquistato Paletwa domenica.", "Paletwa", AA,
     "La giunta ha smentito."),
    ("pt", "Os jihadistas do Estado Islâmico teriam tomado Palma, segundo fontes locais.", "Palma", ISM,
     "O exército moçambicano desmentiu."),
]


def _events(text: str) -> dict[tuple[str, str], bool]:
    events = corpus_detector("conflicts_watchlist.json").detect("News", text, SENTENCE_DAY)
    return {(e.place, e.controller or ""): e.claim for e in events if e.controller}


@pytest.mark.parametrize(("lang", "text", "place", "holder", "denial"), HEARSAY)
def test_hearsay_is_a_claim(lang: str, text: str, place: str, holder: str, denial: str) -> None:
    """A change told as hearsay is reported, flagged as a claim."""
    assert _events(text) == {(place, holder): True}


@pytest.mark.parametrize(("lang", "text", "place", "holder", "denial"), HEARSAY)
def test_a_later_denial_drops_hearsay(lang: str, text: str, place: str, holder: str, denial: str) -> None:
    """A denial two sentences on, naming no place, drops a change told as hearsay."""
    assert _events(text + FILLER[lang] + denial) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hearsay without any denial stays reported.
        ("The Arakan Army allegedly seized Paletwa. Thousands of residents fled.", {("Paletwa", AA): True}),
        # Hearsay that the losing side then confirms stays reported.
        (
            "The Arakan Army allegedly seized Paletwa. Thousands of residents fled. "
            "The junta later admitted the loss of the town.",
            {("Paletwa", AA): True},
        ),
        # The losing side's admission, when its single opponent is the taker, is itself the change
        # told as a fact ("reconnu la perte de la ville"), so the event is no longer a mere claim.
        (
            "Les FSR auraient pris Singa dimanche. L'armée a reconnu la perte de la ville.",
            {("Singa", RSF): False},
        ),
    ],
)
def test_undenied_or_confirmed_hearsay_stays(text: str, expected: dict[tuple[str, str], bool]) -> None:
    """Hearsay that nobody denies, or that the other side confirms, is kept as a claim."""
    assert _events(text) == expected
