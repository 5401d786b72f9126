"""A head of government's victory is the government's: "the Iraqi prime minister proclaimed
victory in X", "le Premier ministre irakien a proclamé la victoire à X", in each language's word
order ("{nation} prime minister", "premier ministre {nation}"). What he says another side did
stays that side's. Victory proclaimed in a town is read in Italian and Portuguese too. Our own
sentences, about Iraq (Ramadi, 2015-16).
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import detector_for, held, side

IRAQ, IS = "Iraqi government", "Islamic State"

WATCHLIST = {
    "places": [{"name": name, "country": "IQ"} for name in ("Ramadi", "Fallujah")],
    "actors": [
        side(IRAQ, ["Iraqi army", "Iraqi forces"], "IQ", IS, True),
        side(IS, ["ISIS", "Daesh", "Islamic State"], "IQ", IRAQ),
    ],
}

VICTORY = [
    "The Iraqi prime minister proclaimed victory in Ramadi on Monday.",
    "Le Premier ministre irakien a proclamé la victoire à Ramadi lundi.",
    "El primer ministro iraquí proclamó la victoria en Ramadi el lunes.",
    "Il primo ministro iracheno ha proclamato la vittoria a Ramadi lunedì.",
    "O primeiro-ministro iraquiano proclamou a vitória em Ramadi na segunda-feira.",
]


@pytest.mark.parametrize("text", VICTORY)
def test_the_head_of_government_s_victory(text: str) -> None:
    """The prime minister proclaimed victory in the town: the government holds it."""
    assert held(detector_for(WATCHLIST), text) == {("Ramadi", IRAQ)}


def test_what_he_says_another_side_did() -> None:
    """"The Iraqi prime minister said ISIS had captured Ramadi": the speaker is not the taker."""
    text = "The Iraqi prime minister said on Monday that ISIS fighters had captured Ramadi."
    assert held(detector_for(WATCHLIST), text) == {("Ramadi", IS)}
