"""A German entry whose town is followed by where it lies: "sind in das Städtchen X an der
Westküste eingerückt", "in die Stadt X im Osten (des Landes) einmarschiert", or by another
spelling in brackets ("in X (Y) eingezogen").

The verb-final entry looked for its town only right before the participle; an area phrase
(a compass point, a coast, the centre) between them hid it. The entry still counts only when a
side left or met no resistance; "bis vor die Stadt", "in die Vororte von X" stay no entry.
Our own sentences about Ethiopia, Chechnya and Georgia.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kämpfer der TPLF sind am Freitag ohne Widerstand in das Bergstädtchen Lalibela an der"
            " Westküste Äthiopiens eingerückt.",
            {("Lalibela", "TPLF")},
        ),
        (
            "Tschetschenische Rebellen sind in die Stadt Gudermes im Osten einmarschiert, nachdem die"
            " russischen Truppen abgezogen waren.",
            {("Gudermes", "Chechen separatists")},
        ),
        (
            "Russische Truppen sind ohne Widerstand in das Städtchen Gori im Zentrum Georgiens eingerückt.",
            {("Gori", "Russia")},
        ),
        # another spelling in brackets before the participle
        (
            "Die Kämpfer der TPLF sind am gestrigen Tage in Mekelle (Mekele) eingezogen, nachdem die Armee"
            " abgezogen war.",
            {("Mekelle", "TPLF")},
        ),
        # an entry amid fighting, up to the city, into its suburbs: no change
        (
            "Russische Truppen sind in das Städtchen Gori im Zentrum Georgiens eingerückt, wo heftige"
            " Kämpfe toben.",
            set(),
        ),
        (
            "Russische Truppen sind bis vor die Stadt Gori im Zentrum Georgiens vorgedrungen, nachdem die"
            " georgische Armee abgezogen war.",
            set(),
        ),
        (
            "Russische Truppen sind in die Vororte von Gori im Zentrum Georgiens eingedrungen, nachdem die"
            " georgische Armee abgezogen war.",
            set(),
        ),
    ],
)
def test_entry_past_where_the_town_lies(text: str, expected: set[tuple[str, str]]) -> None:
    """The town before an area phrase is the one entered."""
    assert corpus_changes(text, C1) == expected
