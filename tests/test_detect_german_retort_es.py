"""German "weisen es zurück": the other side rejects a claim with "es" as with "das".

Our own sentences about the Russian Civil War on the Volga (1918). A claim that the next
sentence's watched side rejects ("Die Bolschewiki weisen es als Propaganda zurück") is contested;
"es" that announces a clause of its own ("weisen es zurück, die Stadt zu beschießen") is not.
"""

from __future__ import annotations

import pytest

from tests.sentence_kit import detector_for, held, side

RED, LEG = "Red Army", "Czechoslovak Legion"

WATCHLIST = {
    "places": [{"name": name, "country": "RU"} for name in ("Kazan", "Samara", "Ufa")],
    "actors": [
        side(RED, ["Rote Armee", "Bolschewiki"], "RU", LEG, True),
        side(LEG, ["Tschechoslowakische Legion", "Legion"], "RU", RED),
    ],
}

_CLAIM = "Ein Sprecher der Legion erklärt, ihre Einheiten hätten Ufa „unter ihre Kontrolle gebracht“. "


@pytest.mark.parametrize(
    "retort",
    [
        "Die Bolschewiki weisen es als Propaganda zurück.",
        "Unabhängig bestätigt ist das nicht; die Bolschewiki weisen es als „Propaganda“ zurück.",
        "Die Bolschewiki wiesen es am Abend entschieden zurück.",
    ],
)
def test_a_claim_rejected_with_es(retort: str) -> None:
    """The other side's "weisen es zurück" contests the claim before it."""
    assert held(detector_for(WATCHLIST), _CLAIM + retort) == set()


def test_es_announcing_a_clause_denies_nothing() -> None:
    """"weisen es zurück, die Stadt zu beschießen" rejects something else: the capture stands."""
    text = "Die Legion hat Ufa eingenommen. Die Bolschewiki weisen es zurück, die Stadt zu beschießen."
    assert held(detector_for(WATCHLIST), text) == {("Ufa", LEG)}
