"""Romance and German readings found on the second cross-conflict corpus (issue 10), on own sentences.

Each rule is general grammar: a denial with a pronoun object in the sentence after a report,
a week or a month after a fall as background, "se niega a" as a refusal, plans and promises
as intent. The sentences are about Sudan, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence after the report denies it, with a pronoun object: contested, not news.
        ("Las FAR tomaron Singa el viernes. El ejército lo negó.", set()),
        ("Les FSR ont pris Singa vendredi. L'armée l'a démenti.", set()),
        ("Die RSF haben Singa eingenommen. Die Armee wies dies umgehend zurück.", set()),
        ("Le FSR hanno conquistato Singa. L'esercito lo ha smentito.", set()),
        ("The RSF took Singa on Friday. The army denied it.", set()),
        # Without the denial, or when it is taken back at once, the report stands.
        ("Las FAR tomaron Singa el viernes.", {("Singa", RSF)}),
        ("Die RSF haben Singa eingenommen.", {("Singa", RSF)}),
        (
            "Las FAR tomaron Singa. El ejército lo negó, pero admitió que sus tropas se retiraron.",
            {("Singa", RSF)},
        ),
        # A week or a month after a fall: the fall is the time anchor, not the news.
        ("Eine Woche nach dem Fall von Singa rücken die RSF auf Sennar vor.", set()),
        ("Una semana después de la caída de Singa, las FAR avanzan hacia Sennar.", set()),
        ("Une semaine après la chute de Singa, les FSR avancent vers Sennar.", set()),
        # "se niega a" is a refusal: it denies nothing the sentence reports.
        ("Las FAR tomaron Singa, mientras el general se niega a negociar.", {("Singa", RSF)}),
        # Plans and promises are intent.
        ("El ejército prevé tomar Singa antes de fin de mes.", set()),
        ("Les FSR ont promis de s'emparer d'El Obeid.", set()),
    ],
)
def test_romance_and_german_rules(text: str, expected: set[tuple[str, str]]) -> None:
    """Each rule reads sentences of its own as labelled."""
    assert _changes(text) == expected
