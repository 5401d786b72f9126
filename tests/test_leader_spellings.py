"""A leader's name is looked for in the spellings of each language's press."""

from __future__ import annotations

from monitor.match.leaders import spellings


def test_a_leaders_name_is_spelt_the_french_spanish_and_german_ways() -> None:
    forms = spellings("gamsakhurdia")
    assert forms[0] == "gamsakhurdia"
    assert {"gamsakhourdia", "gamsajurdia", "gamsachurdia"} <= set(forms)
