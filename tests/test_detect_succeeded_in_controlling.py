"""A side that succeeded in controlling a town has taken it (issue 10), in five languages.

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. "Control"
is a state; after a verb of success ("managed to", "lograron", "ont réussi à", "sono riuscite a",
"conseguiram") it is a change, as "managed to take" already was. Negated or sought, it is none.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        ("The RSF managed to control Singa by nightfall.", "The RSF have not managed to control Singa."),
        ("Las RSF lograron controlar Singa el sábado.", "Las RSF no lograron controlar Singa."),
        ("Las RSF consiguieron controlar Singa tras dos días.", "Las RSF buscan lograr controlar Singa."),
        ("Les FSR ont réussi à contrôler Singa samedi.", "Les FSR ne sont pas parvenues à contrôler Singa."),
        ("Les FSR sont parvenues à contrôler Singa.", "Les FSR n'ont pas réussi à contrôler Singa."),
        ("Le RSF sono riuscite a controllare Singa.", "Le RSF non sono riuscite a controllare Singa."),
        ("As RSF conseguiram controlar Singa no sábado.", "As RSF não conseguiram controlar Singa."),
    ],
)
def test_success_in_controlling_is_a_capture(done: str, not_done: str) -> None:
    """Success makes the state a change; negation undoes it."""
    assert (corpus_changes(done), corpus_changes(not_done)) == ({("Singa", RSF)}, set())
