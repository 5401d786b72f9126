"""Acronyms written with dots are indexed as written, and do not end a sentence."""

from __future__ import annotations

from monitor.match.dotted import dotted_forms
from monitor.match.lang import split_sentences


def test_an_acronym_and_a_name_beginning_with_one_are_dotted() -> None:
    assert dotted_forms("ELN") == ("E.L.N.", "E.L.N")
    assert dotted_forms("SSC-Khatumo") == ("S.S.C.-Khatumo", "S.S.C-Khatumo")


def test_short_or_mixed_case_acronyms_are_not_dotted() -> None:
    assert dotted_forms("IS") == ()
    assert dotted_forms("FAMa") == ()


def test_a_dotted_acronym_does_not_end_a_sentence() -> None:
    text = "Les guérilleros de l'E.L.N. se sont emparés de la ville."
    assert split_sentences(text) == [(0, len(text))]
