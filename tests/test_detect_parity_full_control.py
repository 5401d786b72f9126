"""A side in full control of a city told with the verb "control" and an adverb, in six languages.

"By Sunday night the rebels were in full control of X" was read; "the rebels fully controlled X",
"contrôlaient entièrement X", "controlaban por completo X", "kontrollierten X vollständig",
"controllavano completamente X", "controlavam totalmente X" and "hatten X vollständig unter
Kontrolle" were not. A relative clause describing a side ("the rebels, who fully control X")
and a state that goes on ("kontrolliert X weiterhin vollständig") tell no change. Sentences
written for this battery about Myanmar's northern Shan offensive of 2023, against a watchlist of
its own.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from monitor.match.control import Detector
from tests.sentence_kit import Pairs, detector_for, held, parity_battery, side

MMR, TNLA = "Myanmar government", "TNLA"

WATCHLIST = {
    "places": [{"name": name, "country": "MM"} for name in ("Namhsan", "Mantong", "Kutkai")],
    "actors": [
        side(MMR, ["Myanmar army", "junta", "armée birmane", "ejército birmano", "birmanische Armee", "esercito birmano", "exército birmanês"], "MM", TNLA, True),
        side(TNLA, ["Ta'ang National Liberation Army"], "MM", MMR),
    ],
}

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("by the evening the rebels fully controlled X", {("Namhsan", TNLA)}, (
        "The TNLA attacked Namhsan on Saturday. By Sunday evening its fighters fully controlled the town.",
        "La TNLA a attaqué Namhsan samedi. Dimanche soir, ses combattants contrôlaient entièrement la ville.",
        "El TNLA atacó Namhsan el sábado. El domingo por la noche, sus combatientes controlaban por completo la ciudad.",
        "Die TNLA griff Namhsan am Samstag an. Am Sonntagabend kontrollierten ihre Kämpfer die Stadt vollständig.",
        "Il TNLA ha attaccato Namhsan sabato. Domenica sera i suoi combattenti controllavano completamente la città.",
        "O TNLA atacou Namhsan no sábado. No domingo à noite, os seus combatentes controlavam totalmente a cidade.",
    )),
]


test_full_control_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, {}
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return detector_for(WATCHLIST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Abend hatte die TNLA Kutkai vollständig unter ihrer Kontrolle.", {("Kutkai", TNLA)}),
        # a side described by a relative clause, a state that goes on: no change
        ("The TNLA, which fully controls Mantong, attacked Kutkai.", set()),
        ("La TNLA, qui contrôle entièrement Mantong, a attaqué Kutkai.", set()),
        ("Die birmanische Armee kontrolliert Mantong weiterhin vollständig.", set()),
        ("Die birmanische Armee kontrolliert seit Jahren Mantong vollständig.", set()),
        ("The Myanmar army still fully controls Mantong.", set()),
    ],
)
def test_full_control_and_what_is_no_news(detector: Detector, text: str, expected: Pairs) -> None:
    """Wholly under control, from a given time, is news; a described side or a lasting state is not."""
    assert held(detector, text) == expected
