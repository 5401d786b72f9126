"""A withdrawal that an accord or a government asks for is no withdrawal.

Sentences of our own about the Angolan civil war after the Lusaka protocol (1994), where the
accords asked UNITA and the army to leave the towns they held: "The protocol calls for both
the army and UNITA to withdraw from X" tells a demand, however many sides stand between the
demand and its verb.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

UNITA, MPLA = "UNITA", "Angolan government"
WATCHLIST = {
    "places": [{"name": "Huambo", "country": "AO"}, {"name": "Kuito", "country": "AO"}],
    "actors": [
        {"name": UNITA, "aliases": ["Savimbi's rebels"], "countries": ["AO"], "opposes": [MPLA]},
        {"name": MPLA, "aliases": ["FAA", "government troops", "the army"], "countries": ["AO"],
         "government": True, "opposes": [UNITA]},
    ],
}
PUBLISHED = datetime(1994, 11, 22, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The protocol calls for both government troops and UNITA to withdraw from Huambo and other towns.",
        "The mediators have asked government troops, UNITA fighters and the police to withdraw from Huambo.",
        "Le protocole prévoit que les troupes gouvernementales et l'UNITA se retirent de Huambo.",
        "L'ONU a appelé les troupes gouvernementales et l'UNITA à se retirer de Huambo.",
        "Le Conseil de sécurité exige que les rebelles de l'UNITA et l'armée se retirent de Huambo.",
        # a bare infinitive after whom the demand is made to
        "La ONU exigió a las tropas gubernamentales abandonar Huambo.",
        "A ONU exigiu às tropas do governo abandonar Huambo.",
    ],
)
def test_a_demanded_withdrawal_is_no_change(text: str) -> None:
    """"calls for … to withdraw", "prévoit que … se retirent", "appelé … à se retirer": asked for."""
    assert held_by(WATCHLIST, "Angola", text, PUBLISHED) == set()


def test_a_withdrawal_done_after_a_demand_elsewhere_is_a_change() -> None:
    """A demand in another clause does not govern a finite verb: "pidió refuerzos y … tomaron X"."""
    text = "El ejército pidió refuerzos y los rebeldes de Savimbi tomaron Huambo el sábado."
    assert held_by(WATCHLIST, "Angola", text, PUBLISHED) == {("Huambo", UNITA)}
