"""A change "five to ten weeks ago" is background in the Romance languages too (corpus 7).

"la reprise de Fada, il y a six semaines, n'était qu'un début" was news: only two to four weeks
("il y a trois semaines", "hace dos semanas") dated a change, while "six weeks ago" did in English.
Our own sentences against the battery's watchlist (`tests/precision_kit.py`), each next to the
same change on a recent day.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, LNA, NAT, held


@pytest.mark.parametrize(
    ("old", "recent", "expected"),
    [
        ("Les nationalistes ont pris Bilbao il y a six semaines.",
         "Les nationalistes ont pris Bilbao dimanche.", {("Bilbao", NAT)}),
        ("Le commandant a rappelé que la prise de Bilbao, il y a huit semaines, n'était qu'un début.",
         "Le commandant a annoncé la prise de Bilbao par les nationalistes dimanche.", {("Bilbao", NAT)}),
        ("Los nacionales tomaron Toledo hace siete semanas.", "Los nacionales tomaron Toledo el domingo.",
         {("Toledo", NAT)}),
        ("L'ANL ha conquistato Derna cinque settimane fa.", "L'ANL ha conquistato Derna domenica.",
         {("Derna", LNA)}),
        ("O Boko Haram tomou Maiduguri há oito semanas.", "O Boko Haram tomou Maiduguri no domingo.",
         {("Maiduguri", BH)}),
    ],
)
def test_weeks_ago_date_a_change(old: str, recent: str, expected: set[tuple[str, str]]) -> None:
    """Five, six, seven, eight weeks ago: background; on Sunday: news."""
    assert (held(old), held(recent)) == (set(), expected)
