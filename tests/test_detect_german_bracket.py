"""What stands inside the German Satzklammer governs the verb around it (issue 10).

"Die Truppen nahmen X nicht ein", "haben X vorerst nicht besetzt", "ist weiterhin von … besetzt",
"brachten X beinahe unter ihre Kontrolle", "zieht sich nicht aus X zurück": the negation, the
hedge or the state sits between the verb's two parts, after the finite verb. Nouns and
attributes there do not ("nach wochenlanger Belagerung", "die nahe gelegene Stadt"), nor does a
relative clause. Our own sentences about Georgia 2008, Sudan and Ethiopia against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Die russischen Truppen haben Gori nicht besetzt.",
        "Die russischen Truppen nahmen Gori nicht ein.",
        "Die russischen Truppen nehmen Gori vorerst nicht ein.",
        "Die Armee eroberte Wad Madani trotz heftiger Angriffe nicht zurück.",
        "Die RSF nehmen Wad Madani wohl bald ein.",
        "Die RSF geben Wad Madani nicht auf.",
        "Die RSF zogen nicht aus Wad Madani ab.",
        "Die äthiopische Armee zieht sich nicht aus Mekele zurück.",
        "Gori ist weiterhin von russischen Truppen besetzt.",
        "Gori ist nach wie vor von russischen Truppen besetzt.",
        "Die RSF brachten Wad Madani beinahe unter ihre Kontrolle.",
    ],
)
def test_negation_and_hedges_inside_the_bracket(text: str) -> None:
    """A negation, a hedge or "weiterhin" between the verb's two parts: no change."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    ("how", "whether", "expected"),
    [
        (
            "Die RSF nahmen Wad Madani am Sonntag ohne Gegenwehr ein.",
            "Die RSF nahmen Wad Madani am Sonntag noch nicht ein.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die RSF nahmen nach wochenlanger Belagerung Wad Madani ein.",
            "Die RSF nahmen nach wochenlanger Belagerung Wad Madani beinahe ein.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die Armee zog sich am Sonntag aus Wad Madani zurück.",
            "Die Armee zog sich am Sonntag nicht aus Wad Madani zurück.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die Armee wehrte einen Angriff ab. Die RSF nahmen jedoch die nahe gelegene Stadt Singa ein.",
            "Die Armee wehrte einen Angriff ab. Die RSF nahmen die nahe gelegene Stadt Singa nicht ein.",
            {("Singa", RSF)},
        ),
    ],
)
def test_nouns_and_attributes_inside_the_bracket_do_not_govern(
    how: str, whether: str, expected: set[tuple[str, str]]
) -> None:
    """ "ohne Gegenwehr", "nach wochenlanger Belagerung", "die nahe gelegene Stadt" say how, not whether."""
    assert (corpus_changes(how), corpus_changes(whether)) == (expected, set())
