"""A capture participle after a demonstrative pronoun describes "the one", it reports no change.

"rispetto a quella conquistata dai nordcoreani", "celle prise par les nationalistes", "aquella
tomada por los nacionales", "the one captured by": the city as it once was (`monitor.match.
attributes`). Found when corpus 7's nationality words let "nordcoreani" name North Korea. Our own
sentences against the battery's watchlist (`tests/precision_kit.py`), with the pronoun in a
real change next to them.
"""

from __future__ import annotations

import pytest

from tests.precision_kit import BH, NAT, NK, held


@pytest.mark.parametrize(
    "text",
    [
        "La Bilbao reconstruite diffère beaucoup de celle prise par les nationalistes.",
        "Hoy Toledo recuerda poco a aquella tomada por los nacionales.",
        "Today's Seoul differs from the one captured by the North Koreans.",
        "A Maiduguri de hoje pouco lembra aquela tomada pelo Boko Haram.",
        "La Seoul ricostruita somiglia poco a quella occupata dai nordcoreani.",
    ],
)
def test_a_participle_of_the_one_is_no_change(text: str) -> None:
    """The participle qualifies the pronoun: the city as it once was."""
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les nationalistes ont pris Bilbao, celle que les républicains tenaient depuis un an.",
         {("Bilbao", NAT)}),
        ("I nordcoreani hanno conquistato Seoul, quella che tutti credevano imprendibile.", {("Seoul", NK)}),
        ("Boko Haram tomou Maiduguri, aquela que o exército dizia segura.", {("Maiduguri", BH)}),
    ],
)
def test_a_pronoun_after_the_change_leaves_it(text: str, expected: set[tuple[str, str]]) -> None:
    """A pronoun elsewhere in the sentence does not touch the change it follows."""
    assert held(text) == expected
