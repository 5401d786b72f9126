"""Language identification, sentence splitting, signatures and lemmas used by the detector."""

from __future__ import annotations

import pytest

from monitor.match.lang import detect_language, identify_language, split_sentences
from monitor.match.lemmas import lemmatize
from monitor.match.signature import fold


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Taliban captured the provincial capital on Friday, officials said.", "en"),
        ("Les talibans se sont emparés de la capitale provinciale vendredi, selon des responsables.", "fr"),
        ("Los talibanes tomaron la capital provincial el viernes, según las autoridades.", "es"),
        ("Die Taliban haben am Freitag die Provinzhauptstadt eingenommen, sagten Beamte.", "de"),
        ("Os talibãs tomaram a capital provincial na sexta-feira, segundo as autoridades.", "pt"),
        ("I talebani hanno conquistato il capoluogo di provincia venerdì, secondo le autorità.", "it"),
    ],
)
def test_language_is_identified_among_supported_ones(text: str, lang: str) -> None:
    """Each supported language is recognised from one ordinary news sentence."""
    assert detect_language(text) == lang


def test_unsupported_language_maps_to_a_supported_one() -> None:
    """A text in a language we have no expressions for still gets a supported code."""
    assert detect_language("Taliban wamechukua udhibiti wa mji huo siku ya Ijumaa.") in {
        "en",
        "fr",
        "es",
        "de",
        "pt",
        "it",
    }


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Het leger van Soedan heeft de stad Wad Madani heroverd op de paramilitairen, meldden "
            "inwoners zaterdag aan persbureaus.",
            "nl",
        ),
        (
            "Jeshi la Sudan limeuteka tena mji wa Wad Madani kutoka kwa wanamgambo, wakazi "
            "walisema siku ya Jumamosi.",
            "sw",
        ),
        ("Sudanese army retakes Wad Madani from the paramilitary RSF, residents say.", None),
        ("Jeshi lateka Wad Madani", None),  # a headline is too short to say
    ],
)
def test_unsupported_language_is_named_when_sure(text: str, other: str | None) -> None:
    """A long enough text in a language without a grammar is named as such; a headline is not."""
    supported, unsupported = identify_language(text)
    assert unsupported == other and supported in {"en", "fr", "es", "de", "pt", "it"}


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Gen. Ahmad said the city fell. Officials agreed.",
            ["Gen. Ahmad said the city fell.", "Officials agreed."],
        ),
        (
            "U.S. forces left on Monday. The Taliban arrived.",
            ["U.S. forces left on Monday.", "The Taliban arrived."],
        ),
        (
            '"Kunduz est tombée." Les talibans ont pris la ville.',
            ['"Kunduz est tombée."', "Les talibans ont pris la ville."],
        ),
        ("M. Dupont a parlé. Il est parti.", ["M. Dupont a parlé.", "Il est parti."]),
        (
            "First paragraph without a stop\nSecond paragraph.",
            ["First paragraph without a stop", "Second paragraph."],
        ),
        ("A title  The body starts here.", ["A title", "The body starts here."]),
    ],
)
def test_sentences_respect_abbreviations_quotes_and_paragraphs(text: str, sentences: list[str]) -> None:
    """Abbreviations and quotes do not split a sentence; paragraphs and full stops do."""
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("S'emparer d'Hérat", "s emparer d herat"),
        ("würde", "würde"),
        ("à Kaboul", "à kaboul"),
        ("Afghanistan’s third-largest", "afghanistan s third largest"),
    ],
)
def test_fold_keeps_offsets_and_meaningful_accents(text: str, folded: str) -> None:
    """Folding lowercases and strips accents one char per char, keeping `à` and umlauts."""
    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("word", "lang", "lemma"),
    [
        ("took", "en", "take"),
        ("emparés", "fr", "emparer"),
        ("tomaron", "es", "tomar"),
        ("eroberten", "de", "erobern"),
    ],
)
def test_lemmas_give_the_dictionary_form(word: str, lang: str, lemma: str) -> None:
    """Inflected verbs are reduced to their dictionary form."""
    assert lemmatize(word, lang) == lemma
