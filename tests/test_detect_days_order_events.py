"""Two events for one town told on two named days: the later day's holder wins (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`, published
on a Sunday (30 June 2024). "The RSF took Singa on Saturday. On Sunday, the army retook the city":
each sentence names its day, so the army holds the town now, whichever was read as stronger. When
only one sentence names a day, or both name the same one, the order of strength stays. German
sentences that open on a day ("Am Sonntag nahm die Armee X ein") find their subject after the verb.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SUNDAY = datetime(2024, 6, 30, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The RSF took Singa on Saturday. On Sunday, the army retook the city.",
        "Les FSR ont pris Singa samedi. Dimanche, l'armée a repris la ville.",
        "Las FAR tomaron Singa el sábado. El domingo, el ejército recuperó la ciudad.",
        "As RSF tomaram Singa no sábado. No domingo, o exército recuperou a cidade.",
        "Die RSF haben Singa am Samstag eingenommen. Am Sonntag eroberte die Armee die Stadt zurück.",
    ],
)
def test_the_later_day_wins(text: str) -> None:
    """Saturday's capture, then Sunday's recapture: the army holds it."""
    assert corpus_changes(text, published=SUNDAY) == {("Singa", SAF)}


def test_the_later_day_wins_in_either_order_of_telling() -> None:
    """The day, not the order of the sentences, says which came last."""
    text = "The army retook Singa on Sunday. The RSF had stormed the town on Saturday."
    assert corpus_changes(text, published=SUNDAY) == {("Singa", SAF)}
    told_back = "On Sunday the RSF seized Singa. On Friday the army had retaken it."
    assert corpus_changes(told_back, published=SUNDAY) == {("Singa", RSF)}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Am Sonntag nahm die Armee Singa ein.", SAF),
        ("Am Sonntag eroberte die Armee Singa zurück.", SAF),
        ("Gestern eroberten die RSF Singa.", RSF),
        ("Am Sonntag gab die Armee Singa auf.", RSF),
    ],
)
def test_a_german_sentence_opening_on_a_day_has_its_subject_after_the_verb(text: str, holder: str) -> None:
    """Verb-second: after "Am Sonntag" the verb comes, then the subject ("die Armee")."""
    assert corpus_changes(text, published=SUNDAY) == {("Singa", holder)}
