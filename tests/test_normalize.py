"""Folding text fast: the byte-table path gives exactly what str.translate gives."""

from __future__ import annotations

import random

import pytest

from monitor.match import normalize, signature
from monitor.match.normalize import byte_table, fold, translate


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Heavy rain cut the road to Port Sudan?",
        "« Nous n’avons plus d’eau », a déclaré l’infirmière à Kidal — 40 % des puits sont à sec.",
        "Die Bewohner flohen über die Brücke nach Mazār-e Sharīf; „Wir haben Angst“, sagte einer.",
        "??? ¿Qué pasó en Ğazni? ß, İstanbul, Łódź, ǅ, ﬁ",
        "Москва и Київ — «переговоры»",  # mostly another alphabet
        "مدينة حلب 2024",
        "Lone surrogate: \ud800 and an emoji 🙂 in the middle?",
    ],
)
def test_translate_agrees_with_str_translate(text: str) -> None:
    """Both folds give character for character what str.translate with their table gives."""
    for module, table in ((normalize, normalize._TABLE), (signature, signature._FOLD)):
        assert translate(text, table, byte_table(table)) == text.translate(table)
        assert module.fold(text) == text.translate(table)


def test_translate_agrees_on_random_text() -> None:
    """Random mixes of ASCII, question marks and other characters fold as str.translate folds them."""
    rng = random.Random(7)
    table = normalize._TABLE
    ascii_table = byte_table(table)
    for _ in range(2000):
        text = "".join(
            chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000), ord("?")]))
            for _ in range(rng.randrange(60))
        )
        assert translate(text, table, ascii_table) == text.translate(table)


def test_fold_keeps_length_and_offsets() -> None:
    """A folded text has the length of the text, so offsets found in it index the original."""
    text = "Les talibans sont entrés à Hérat, a dit l’agence."
    assert fold(text) == "les talibans sont entres a herat  a dit l agence "
    assert len(fold(text)) == len(text)
