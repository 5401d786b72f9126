"""German verbless headlines: "Grosny von russischen Truppen eingenommen" names the taker.

A headline drops the auxiliary of "X wurde von Y eingenommen"; without it, "von Y" was read as
whom X was taken from, and the city went to Y's opponent. A clause that opens with the city,
goes on with "von"/"vom"/"durch" and ends with the participle is a passive: Y holds X. Our own
sentences about Sudan, Chechnya, Ethiopia and Nigeria, against
`tests/data/conflicts_watchlist.json`; the active order "X haben die RSF von der Armee erobert"
keeps "von" as "from".
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grosny von russischen Truppen eingenommen", {("Grozny", "Russia")}),
        ("Gudermes von tschetschenischen Rebellen erobert", {("Gudermes", "Chechen separatists")}),
        ("Wad Madani von der Armee zurückerobert", {("Wad Madani", SAF)}),
        ("Mekele von Regierungstruppen zurückerobert", {("Mekelle", "Ethiopian government")}),
        ("Wad Madani von den RSF eingenommen, heißt es in Khartum", {("Wad Madani", RSF)}),
    ],
)
def test_a_verbless_headline_is_a_passive(title: str, expected: set[tuple[str, str]]) -> None:
    """The side after "von" took the city named first."""
    assert corpus_changes(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after the city: active, "von" is whom it was taken from
        ("Wad Madani haben die RSF von der Armee erobert.", {("Wad Madani", RSF)}),
        ("Die Armee hat Wad Madani von den RSF zurückerobert.", {("Wad Madani", SAF)}),
        # the auxiliary written out, as before
        ("Wad Madani wurde von den RSF eingenommen.", {("Wad Madani", RSF)}),
        # no taking in the headline
        ("Wad Madani von den RSF angegriffen", set()),
        ("Mekele von der TPLF bedroht", set()),
    ],
)
def test_the_headline_rule_keeps_its_limits(text: str, expected: set[tuple[str, str]]) -> None:
    """Full sentences keep their reading; an attack or a threat is no change."""
    assert corpus_changes(text) == expected
