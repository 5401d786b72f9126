"""A German entry's participle ends its clause: a town after "und" and a new verb is not entered.

"Truppen sind in die Provinz einmarschiert und rücken auf X vor": the entry is into the province
(no watched town), and X is what the next clause's troops advance on. The town before the
participle is still entered. Our own sentences about Somalia and Georgia.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somalische Truppen sind am Montag in Jubaland einmarschiert und rücken von drei Seiten auf"
         " Kismayo vor.", set()),
        ("Russische Truppen sind in Südossetien eingerückt und beschießen seit dem Morgen Gori.", set()),
        # the entry's own town, before the participle, is still entered
        ("Somalische Truppen sind am Montag in Kismayo einmarschiert und rücken weiter nach Süden vor.",
         {("Kismayo", "Somali government")}),
    ],
)
def test_a_town_after_the_entry_clause(text: str, expected: set[tuple[str, str]]) -> None:
    """A town named in the clause after an entry's participle is not the town entered."""
    assert corpus_changes(text, C1) == expected
