"""German wire verbs and phrasings that named the city yet gave no candidate.

"haben den Grenzort X überrollt" (overrun, like "überrannt"), a claim quoted inside the
object ("haben „die volle Kontrolle" über X übernommen": the closing quote stands between
"Kontrolle" and "über") and "ist nun Herrin von X" (the feminine of "Herr"). Our own sentences
about Sudan, Libya and Georgia; the intent and the modal stay no change.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
RSF, SAF, LNA = "Rapid Support Forces", "Sudanese Armed Forces", "Libyan National Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kämpfer der RSF haben den Grenzort Zalingei überrollt.", {("Zalingei", RSF)}),
        ("Die RSF überrollten am Montag die Stadt Singa.", {("Singa", RSF)}),
        ("Die Armee hat „die volle Kontrolle\" über Singa übernommen.", {("Singa", SAF)}),
        ('Die LNA hat nach eigenen Angaben "die Kontrolle" über Gharyan übernommen.', {("Gharyan", LNA)}),
        ("Die RSF ist nun Herrin von Singa.", {("Singa", RSF)}),
        # intent and a modal: no change
        ("Die RSF drohen, Singa zu überrollen.", set()),
        ("Die RSF könnten Singa in den kommenden Tagen überrollen.", set()),
        ("Die Armee will „die volle Kontrolle\" über Singa übernehmen.", set()),
    ],
)
def test_overrun_and_quoted_control(text: str, expected: set[tuple[str, str]]) -> None:
    """Overrun is a capture; a quote around the control claim keeps its city."""
    assert corpus_changes(text, C1) == expected
