"""German verbs of taking, holding and giving up a city that wire copy uses (issue 10).

"erstürmt", "in Besitz genommen", "die Kontrolle über X errungen", "X wird nun von Y
kontrolliert", "kampflos an Y übergeben" (the recipient before the participle), "preisgegeben",
"haben sich aus X abgesetzt". Our own sentences about Chechnya and Ethiopia, against
`tests/data/conflicts_watchlist.json`; a state of long standing stays no news.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russische Truppen haben Grosny erstürmt.", {("Grozny", "Russia")}),
        ("Russische Spezialeinheiten erstürmten am Morgen Grosny.", {("Grozny", "Russia")}),
        ("Die TPLF hat Mekele in Besitz genommen.", {("Mekelle", "TPLF")}),
        ("Die TPLF hat die Kontrolle über Mekele errungen.", {("Mekelle", "TPLF")}),
        ("Mekele wird nun von der TPLF kontrolliert.", {("Mekelle", "TPLF")}),
        (
            "Gudermes wird seit Montag von tschetschenischen Rebellen kontrolliert.",
            {("Gudermes", "Chechen separatists")},
        ),
        ("Mekele ist an die TPLF übergeben worden.", {("Mekelle", "TPLF")}),
        ("Die Armee hat Mekele kampflos an die TPLF übergeben.", {("Mekelle", "TPLF")}),
        ("Die Regierung hat Mekele preisgegeben.", {("Mekelle", "TPLF")}),
        ("Die äthiopischen Truppen haben sich in der Nacht aus Mekele abgesetzt.", {("Mekelle", "TPLF")}),
    ],
)
def test_more_german_verbs(text: str, expected: set[tuple[str, str]]) -> None:
    """Storming, taking possession, a state reached now, a handover to a named side, giving up."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("news", "background"),
    [
        (
            "Mekele wird seit Sonntag von der TPLF kontrolliert.",
            "Mekele wird seit 2020 von der TPLF kontrolliert.",
        ),
        ("Die TPLF hat Mekele erstürmt.", "Die TPLF hat den Flughafen von Mekele erstürmt."),
        ("Russische Truppen erstürmten Grosny.", "Russische Truppen erstürmten Grosny nicht."),
    ],
)
def test_the_new_verbs_keep_their_limits(news: str, background: str) -> None:
    """A year, a building or a negation still keeps the new verbs from reporting a change."""
    assert (bool(corpus_changes(news)), corpus_changes(background)) == (True, set())
