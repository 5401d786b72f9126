"""An army's entry into a town is a change when nothing in the article says the fighting goes on,
even if no side is said to leave (the Boer war 1900, the Mexican revolution 1913-14), on sentences
written for these tests. Not a forced entry, a landing or a return, not amid fighting told in
another sentence or with a verb ("combaten en el centro", "si combatte"), not with hostages taken
or a change the article says is not done, and not for a side the entry's clause does not name."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.detect_support import held_by

BRIT, BOER, VILLA, FED = "British army", "Boers", "Villistas", "Mexican federal army"
WATCHLIST: dict[str, Any] = {
    "places": [
        {"name": "Bloemfontein", "country": "ZA"},
        {"name": "Pretoria", "country": "ZA"},
        {"name": "Torreón", "country": "MX"},
        {"name": "Zacatecas", "country": "MX"},
        {"name": "Ciudad Juárez", "country": "MX"},
    ],
    "actors": [
        {"name": BRIT, "aliases": ["British troops", "Lord Roberts"], "countries": ["ZA"], "opposes": [BOER]},
        {"name": BOER, "aliases": ["Boer commandos", "burghers"], "countries": ["ZA"], "government": True,
         "opposes": [BRIT]},
        {"name": VILLA, "aliases": ["villistas", "Villisten", "villisti", "División del Norte"],
         "countries": ["MX"], "opposes": [FED]},
        {"name": FED, "aliases": ["federales", "Huerta's army"], "countries": ["MX"], "government": True,
         "opposes": [VILLA]},
    ],
}
JUNE_1914 = datetime(1914, 6, 25, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lord Roberts entered Bloemfontein yesterday at the head of his cavalry, the band playing.",
         {("Bloemfontein", BRIT)}),
        ("Les villistas sont entrés hier soir à Zacatecas, où la population les a acclamés.",
         {("Zacatecas", VILLA)}),
        ("La División del Norte entró esta mañana en Torreón con la banda de música al frente.",
         {("Torreón", VILLA)}),
        ("Die Villisten sind gestern Abend in Zacatecas eingezogen.", {("Zacatecas", VILLA)}),
        ("Die Villisten zogen am Dienstag ohne einen Schuss in Torreón ein.", {("Torreón", VILLA)}),
        ("I villisti sono entrati ieri a Ciudad Juárez tra gli applausi della folla.",
         {("Ciudad Juárez", VILLA)}),
        ("Os villistas entraram ontem em Torreón, onde foram recebidos com flores.", {("Torreón", VILLA)}),
        ("Las fuerzas de la División del Norte ingresaron anoche a Zacatecas.", {("Zacatecas", VILLA)}),
        ("I villisti hanno fatto il loro ingresso a Torreón nel pomeriggio.", {("Torreón", VILLA)}),
        # resistance given up is no fighting
        ("Le gouverneur a renoncé à toute résistance. Les villistas sont entrés hier à Zacatecas.",
         {("Zacatecas", VILLA)}),
        ("El gobernador renunció a toda resistencia. Los villistas entraron ayer en Zacatecas.",
         {("Zacatecas", VILLA)}),
    ],
)
def test_a_plain_entry_in_a_calm_article_is_a_change(text: str, expected: set[tuple[str, str]]) -> None:
    """"Entered X", "sont entrés à X", "entró en X", "sind in X eingezogen", "zogen in X ein",
    "sono entrati a X", "entraram em X": the side the clause names holds the town now."""
    assert held_by(WATCHLIST, "", text, JUNE_1914) == expected


@pytest.mark.parametrize(
    "text",
    [
        # forced, a landing, a return: an incursion or a visit, not the town's new holder
        "Die Villisten sind gestern in Torreón eingedrungen.",
        "Les villistas ont pénétré dans Zacatecas pendant la nuit.",
        "Lord Roberts returned to Bloemfontein on Friday.",
        # fighting goes on: in another sentence, or said with a verb
        "Los villistas entraron en Torreón. Los combates continúan en el centro de la ciudad.",
        "Los villistas entraron en Torreón y combaten contra los federales cerca de la estación.",
        "I villisti sono entrati a Zacatecas e si combatte ancora vicino alla cattedrale.",
        "British troops entered Pretoria on Monday; the burghers were still fighting at the station.",
        # a raid: hostages taken; the change itself denied or not done in another sentence
        "Los villistas entraron en Torreón y se llevaron rehenes entre los comerciantes.",
        "Lord Roberts entered Pretoria on Monday. Officials in London said the town had not fallen.",
        "Die Villisten zogen in Zacatecas ein. Torreón wollen sie bis Sonntag einnehmen.",
        # nobody named in the entry's clause: no side guessed from the rest of the article
        "A column entered Zacatecas at dawn. The villistas had camped outside the town for a week.",
    ],
)
def test_no_entry_alone_by_force_amid_fighting_or_unnamed(text: str) -> None:
    """An entry alone counts only as a plain one, in calm, for the side its clause names."""
    assert held_by(WATCHLIST, "", text, JUNE_1914) == set()


def test_german_indirect_speech_is_a_claim_the_article_denies() -> None:
    """"Sie teilten mit, ihre Truppen seien in X eingezogen": indirect speech (Konjunktiv I) after
    a saying verb is the side's claim, and the government's denial before it voids it."""
    text = (
        "Die Regierung hat Berichte über die Einnahme von Torreón durch die Villisten zurückgewiesen. "
        "Die Villisten hatten zuvor mitgeteilt, ihre Truppen seien in Torreón eingezogen."
    )
    assert held_by(WATCHLIST, "", text, JUNE_1914) == set()
