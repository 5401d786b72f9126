"""A group's Romance name is read back into English, so its other translations can be made."""

from __future__ import annotations

import pytest

from monitor.match.back_translate import english_names


@pytest.mark.parametrize(("name", "english"), [
    ("Front de libération nationale", ("National Liberation Front",)),
    ("Forces démocratiques syriennes", ("Syrian Democratic Forces",)),
    ("Partido Socialista Progresista", ("Progressive Socialist Party",)),
    ("Forças Armadas Revolucionárias da Colômbia",
     ("Colombia Revolutionary Armed Forces", "Revolutionary Armed Forces of Colombia")),
])
def test_a_romance_name_is_read_back_into_english(name: str, english: tuple[str, ...]) -> None:
    assert english_names(name) == english


@pytest.mark.parametrize("name", ["Jaish al-Mahdi", "Armée", "National Liberation Front"])
def test_a_name_outside_the_lexicon_or_in_english_has_none(name: str) -> None:
    assert english_names(name) == ()
