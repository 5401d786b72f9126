"""Relative clauses and their dates: a pluperfect relative dated this week is news ("Die Taliban,
die am Freitag X eingenommen hatten, …"), one of long ago is background; a relative clause naming
a side before the main verb ("X, which Russia had captured in March, was retaken by Ukraine")
leaves X the main verb's subject; "is now fully under Y control" is news like "is now under".
Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

KANDAHAR, KHERSON = {("Kandahar", "Taliban")}, {("Kherson", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Taliban, die am Freitag Kandahar eingenommen hatten, rücken auf Kabul vor.", KANDAHAR),
        ("The Taliban, who had taken Kandahar on Friday, are advancing on Kabul.", KANDAHAR),
        ("Les talibans, qui avaient pris Kandahar vendredi, avancent sur Kaboul.", KANDAHAR),
        ("Die Taliban, die Kandahar im Jahr 1996 eingenommen hatten, rücken auf Kabul vor.", set()),
        ("Kherson, which Russia had captured in March, was retaken by Ukraine.", KHERSON),
        ("Kherson, que la Russie avait prise en mars, a été reprise par l'Ukraine.", KHERSON),
        ("Jersón, que Rusia había tomado en marzo, fue recuperada por Ucrania.", KHERSON),
        ("Kherson, which Russia had captured in March, was shelled by Russia.", set()),
        ("Kandahar is now fully under Taliban control.", KANDAHAR),
        ("Kandahar is now completely in Taliban hands.", KANDAHAR),
    ],
)
def test_relative_clauses_and_states(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
