"""A side named by its long name spelled out and then its acronym in brackets ("aux mains de la
force de paix de la Communauté économique des États de l'Afrique de l'Ouest (Ecomog)"): the name is
longer than the few words a holder is looked for in after "into the hands of", so the acronym, the
only watched side there, was missed and the side named earlier in the sentence taken instead. Six
languages, on sentences written for these tests about Liberia in 1990."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.detect_support import held_by

ECOMOG, NPFL, LR = "ECOMOG", "NPFL", "Liberian government"
WATCHLIST: dict[str, Any] = {
    "places": [{"name": "Buchanan", "country": "LR"}, {"name": "Monrovia", "country": "LR"}],
    "actors": [
        {"name": ECOMOG, "aliases": ["ECOMOG"], "countries": ["LR"], "opposes": [NPFL]},
        {"name": NPFL, "aliases": ["NPFL", "Charles Taylor's rebels"], "countries": ["LR"],
         "opposes": [ECOMOG, LR]},
        {"name": LR, "aliases": ["Liberian army"], "countries": ["LR"], "government": True,
         "opposes": [NPFL]},
    ],
}
SEPT_1990 = datetime(1990, 9, 12, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Los combatientes del NPFL se retiraron hacia el norte, y Buchanan quedó desde el mediodía en "
        "manos de la fuerza de paz de la Comunidad Económica de Estados de África Occidental (ECOMOG).",
        "Os combatentes da NPFL retiraram-se para norte, e Buchanan ficou desde o meio-dia nas mãos da "
        "força de paz da Comunidade Económica dos Estados da África Ocidental (ECOMOG).",
        "Les combattants du NPFL se sont retirés vers le nord, et Buchanan est tombée aux mains de la "
        "force de paix de la Communauté économique des États de l'Afrique de l'Ouest (ECOMOG).",
        "The NPFL fighters withdrew to the north, and Buchanan fell into the hands of the peacekeeping "
        "force of the Economic Community of West African States (ECOMOG).",
        "I combattenti del NPFL si sono ritirati verso nord, e Buchanan è passata oggi nelle mani della "
        "forza di pace della Comunità economica degli Stati dell'Africa occidentale (ECOMOG).",
        "Die NPFL-Kämpfer zogen sich nach Norden zurück, und Buchanan fiel in die Hände der "
        "Friedenstruppe der Wirtschaftsgemeinschaft der westafrikanischen Staaten (ECOMOG).",
    ],
)
def test_the_acronym_after_a_long_name_is_the_holder(text: str) -> None:
    """The bracketed acronym right after the spelled-out name, with no comma, stop or other side
    between, names the side the town fell to."""
    assert held_by(WATCHLIST, "", text, SEPT_1990) == {("Buchanan", ECOMOG)}


def test_a_side_named_in_a_clause_after_a_comma_is_not_the_acronym() -> None:
    """A side named after a comma belongs to another clause: the recipient is the one named first."""
    text = ("Buchanan cayó hoy en manos de las fuerzas de Charles Taylor, que combaten a la fuerza de la "
            "Comunidad Económica (ECOMOG).")
    assert held_by(WATCHLIST, "", text, SEPT_1990) == {("Buchanan", NPFL)}
