"""Shortcuts taken for speed find what the plain scans they replace find (issue 10, "Speed holds")."""

from __future__ import annotations

import pytest

from monitor.match.expressions import LANGUAGES, TRIGGERS, get_lexicon
from monitor.match.signature import TOKEN, fold, make_signature
from monitor.match.trigger_gate import may_trigger
from monitor.match.word_scan import WordPattern
from monitor.match.words import ATTRIBUTION, REPORTIVE, SINCE, SOURCE_NOUN

TEXTS = [
    "Insurgent groups shelled the outskirts of Portville; the rebels said the rebel forces held.",
    "Les rebelles et les insurgés islamistes ont quitté Valmer, disent les habitants de Valmer.",
    "Die Rebellen und Milizionäre zogen aus Nordheim ab; Separatisten blieben in den Hügeln.",
    "Los guerrilleros y paramilitares entraron en Sanvega; rebeldes armados huyeron al monte.",
    "Gli insorti e i miliziani sono entrati a Ventoria, dicono fonti locali ai giornalisti.",
    "Os rebeldes e guerrilheiros tomaram Porto Alvo, segundo moradores; os militantes fugiram.",
    "unrebellious islands, insurgentsia, rebels-in-arms and militant's flags: rebelsrebels rebels",
    "Kaboul, Kabul and Cabul: the Kabul government; Kabulistan is no capital, nor is akabul.",
]


def _spans(words: WordPattern, folded: str) -> bool:
    """Say whether `finditer` finds the spans its regex's own `finditer` finds."""
    return [m.span() for m in words.finditer(folded)] == [m.span() for m in words.pattern.finditer(folded)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_word_pattern_finds_what_its_regex_finds(lang: str) -> None:
    """Found where the alternation's prefixes occur, the matches are those of the whole regex."""
    words = WordPattern(get_lexicon(lang).lex.insurgents)
    for text in TEXTS:
        assert _spans(words, fold(text))


@pytest.mark.parametrize("alternation", ["kaboul|cabul|kabul", "is|isl|islamists?", r"\w+ists", "(?!)"])
def test_word_pattern_with_short_or_unknown_prefixes(alternation: str) -> None:
    """Prefixes of one letter, overlapping ones or none known: the same matches all the same."""
    words = WordPattern(alternation)
    for text in TEXTS:
        assert _spans(words, fold(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_gate_passes_every_sentence_with_a_trigger(lang: str) -> None:
    """A sentence the gate turns away has no match in any trigger family."""
    lex = get_lexicon(lang)
    sentences = [
        *TEXTS,
        "The militia captured Portville on Sunday.",
        "Valmer est tombée aux mains des rebelles.",
        "Depuis dimanche, Nordheim est aux mains der Rebellen.",
        "Sanvega cayó en manos de los rebeldes tras la retirada del ejército.",
        "Le truppe si sono ritirate da Ventoria.",
        "Os rebeldes entraram em Porto Alvo.",
    ]
    for sentence in sentences:
        text = " ".join(TOKEN.findall(fold(sentence)))
        if not may_trigger(text, lex):
            assert not any(lex.has(family, text) for family in TRIGGERS)


SAYINGS = [
    "According to residents, the militia said on Sunday it had taken Portville, citing local sources.",
    "Selon des témoins, les rebelles auraient pris Valmer ; selon l'armée, la ville tient depuis lundi.",
    "Laut Anwohnern und nach Angaben der Armee haben die Rebellen Nordheim seit Sonntag eingenommen.",
    "Según fuentes locales, los rebeldes habrían tomado Sanvega desde que el ejército se retiró, dijo.",
    "Secondo fonti locali, stando a testimoni, gli insorti hanno preso Ventoria dal lunedì.",
    "Segundo moradores, de acordo com a imprensa, os rebeldes tomaram Porto Alvo, disse um porta-voz.",
    "sources sources according to according to citing since since",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_matching_finds_the_tokens_at_finds(lang: str) -> None:
    """`Signature.matching` yields the tokens, and the matches, that `at` finds token by token."""
    lex = get_lexicon(lang)
    patterns = [ATTRIBUTION, REPORTIVE, SINCE, SOURCE_NOUN, lex.say, lex.capture, lex.passive, lex.source]
    for sentence in [*SAYINGS, *TEXTS]:
        sig = make_signature(sentence, 0, len(sentence), [], [])
        size = len(sig.tokens)
        for rx in patterns:
            for lo, hi in [(0, size), (0, size // 2), (2, size - 3), (size // 2, size + 4), (-2, 3), (5, 5)]:
                expected = [(k, sig.at(rx, k)) for k in range(lo, hi)]
                want = [(k, m.span()) for k, m in expected if m is not None]
                assert [(k, m.span()) for k, m in sig.matching(rx, lo, hi)] == want
