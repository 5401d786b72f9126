"""Recall on unseen conflicts (issue 10): an army deploying in a town the other side left
("se déploie à X après le retrait israélien") holds it; a quoted first-person claim ("Nous
contrôlons X", "Controlamos X", "Controlliamo X") is its speaker's side's claim.

Sentences of our own about South Lebanon and South Kordofan, against watchlists written here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by, watchlist_detector
from tests.test_detect_recall3_opponents import WATCHLIST as KORDOFAN

LEBANON = {
    "places": [{"name": "Naqoura", "country": "LB"}, {"name": "Bint Jbeil", "country": "LB"}],
    "actors": [
        {"name": "Israel", "aliases": ["Israeli army", "IDF", "Israeli forces"], "countries": ["LB"],
         "opposes": ["Lebanese government", "Hezbollah"]},
        {"name": "Lebanese government", "aliases": ["Lebanese army"], "countries": ["LB"], "government": True,
         "opposes": ["Israel"]},
        {"name": "Hezbollah", "aliases": ["Hizbollah"], "countries": ["LB"], "opposes": ["Israel"]},
    ],
}
WHEN = datetime(2025, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "After the Israeli withdrawal, the Lebanese army deployed in Naqoura on Wednesday.",
        "L'armée libanaise a commencé mercredi à se déployer à Naqoura, après le retrait des troupes "
        "israéliennes de la localité.",
        "Après le retrait israélien, l'armée libanaise s'est déployée à Naqoura mercredi.",
        "Tras la retirada israelí, el ejército libanés se desplegó en Naqoura el miércoles.",
        "Dopo il ritiro israeliano, l'esercito libanese si è schierato a Naqoura mercoledì.",
        "Após a retirada israelense, o exército libanês posicionou-se em Naqoura na quarta-feira.",
    ],
)
def test_deploying_where_the_other_side_left_is_holding(text: str) -> None:
    assert held_by(LEBANON, "", text, WHEN) == {("Naqoura", "Lebanese government")}


@pytest.mark.parametrize(
    "text",
    [
        "The Lebanese army deployed in Naqoura on Wednesday amid Israeli strikes.",  # nobody left
        "Israeli forces withdrew from the area. 3,000 soldiers were deployed to Naqoura on Monday.",
        "Les forces israéliennes se sont retirées. 3000 soldats seront déployés à Naqoura.",
    ],
)
def test_a_deployment_alone_or_of_unnamed_troops_is_no_change(text: str) -> None:
    assert held_by(LEBANON, "", text, WHEN) == set()


@pytest.mark.parametrize(
    "text",
    [
        '"We control Kadugli," an SPLM-N spokesman said on Monday.',
        "« Nous contrôlons Kadugli », a déclaré un porte-parole du SPLM-N.",
        "«Controlamos Kadugli», declaró un portavoz del SPLM-N.",
        '"Controlliamo Kadugli", ha detto un portavoce del SPLM-N.',
        '"Controlamos Kadugli", disse um porta-voz do SPLM-N.',
        '"Tomámos Kadugli", disse um porta-voz do SPLM-N.',
    ],
)
def test_a_quoted_first_person_claim_is_the_speakers_claim(text: str) -> None:
    events = watchlist_detector(KORDOFAN).detect("", text, WHEN)
    assert [(e.place, e.controller, e.claim) for e in events] == [("Kadugli", "SPLM-N", True)]


@pytest.mark.parametrize(
    "text",
    [
        "«No controlamos Kadugli», admitió un portavoz del SPLM-N.",
        "«Controlamos la situación en Kadugli», dijo el ejército sudanés.",
        '"We control the situation in Kadugli," the Sudanese army said.',
    ],
)
def test_a_denial_or_control_of_a_situation_is_no_claim(text: str) -> None:
    assert held_by(KORDOFAN, "", text, WHEN) == set()
