"""A conflict the rules were not written for: Nagorno-Karabakh, 2020 (issue 10).

Sentences of our own, read against a watchlist of our own (Azerbaijan; the Armenian forces).
A state's leader named by his title and the state's adjective after it, as the Romance languages
write it ("Le président azerbaïdjanais a annoncé la prise de X", "El presidente azerbaiyano"),
announces his state's capture, as "The Azerbaijani president" does; the town's name is found in
each language's spelling ("Choucha", "Schuscha", "Shushá").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

KARABAKH = {
    "places": [{"name": n, "country": "AZ"} for n in ("Shusha", "Hadrut", "Jabrayil")],
    "actors": [
        {"name": "Azerbaijan", "aliases": ["Azerbaijani army"], "countries": ["AZ"], "government": True,
         "opposes": ["Armenian forces"]},
        {"name": "Armenian forces", "aliases": ["Artsakh Defence Army"], "countries": ["AZ"],
         "opposes": ["Azerbaijan"]},
    ],
}
DAY = datetime(2020, 11, 8, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The Azerbaijani president announced the capture of Shusha.",
        "Le président azerbaïdjanais a annoncé la prise de Choucha.",
        "El presidente azerbaiyano anunció la toma de Shushá.",
        "Il presidente azero ha annunciato la presa di Shusha.",
        "O presidente azerbaijano anunciou a tomada de Shusha.",
        "Aserbaidschan hat nach eigenen Angaben die Stadt Schuscha eingenommen.",
    ],
)
def test_the_leader_announces_his_states_capture(text: str) -> None:
    """The state whose leader announces the capture holds the town."""
    assert held_by(KARABAKH, "Karabakh", text, DAY) == {("Shusha", "Azerbaijan")}


def test_a_denied_fall_is_no_change() -> None:
    """The other side denies it: no alert."""
    text = "Armenia denied that Shusha had fallen, saying fighting continued."
    assert held_by(KARABAKH, "Karabakh", text, DAY) == set()
