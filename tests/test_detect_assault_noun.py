"""The Spanish noun "asalto" is not the verb "asaltó" (folded alike): an attack told as a noun.

Folding drops the accent, so "atribuyó el asalto a los rebeldes" read "asalto" as the past
"asaltó" ("stormed"), a capture, and gave the city to whoever the clause named. After an article,
a possessive or a demonstrative ("el", "un", "al", "del", "su", "este", "ese") or "nuevo" and
"primer", it is the noun: an attack, often one repelled. The verb stays a capture ("El M23 asaltó
X"). The other languages' rows are parity guards (their noun and verb differ in writing).
Articles written for these tests about the war in the eastern Congo in 2012.
"""

# ruff: noqa: E501 -- one article a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

M23, DRC = "M23", "Congolese government"
WATCHLIST = {
    "places": [{"name": "Goma", "country": "CD"}, {"name": "Rutshuru", "country": "CD"}],
    "actors": [
        {"name": DRC, "aliases": ["FARDC", "Congolese army", "ejército congoleño", "armée congolaise"],
         "countries": ["CD"], "government": True, "opposes": [M23]},
        {"name": M23, "aliases": ["M23", "Mouvement du 23 mars"], "countries": ["CD"], "opposes": [DRC]},
    ],
}
SATURDAY = datetime(2012, 12, 1, 18, tzinfo=UTC)

CASES: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    # the noun after an article or a possessive: an attack, no change
    ("es", "Rechazado un ataque contra el cuartel de Goma", "KINSHASA, 1 dic (EFE) - El ejército congoleño rechazó en la madrugada de este sábado un ataque de hombres armados contra el cuartel general de Goma, según informó el Gobierno, que atribuyó el asalto a rebeldes del M23. Los atacantes huyeron hacia las colinas.", set()),
    ("es", "Goma, en alerta", "KINSHASA, 1 dic (EFE) - El Gobierno congoleño condenó este sábado el asalto contra el mercado central de Goma, que atribuyó a los rebeldes del M23.", set()),
    # the verb stays a capture
    ("es", "Combates en el este del Congo", "KINSHASA, 1 dic (EFE) - El M23 asaltó este sábado Goma tras dos días de combates y las tropas del ejército congoleño huyeron hacia el sur, según testigos.", {("Goma", M23)}),
    ("es", "El M23 en Goma", "KINSHASA, 1 dic (EFE) - Los rebeldes del M23 asaltaron este sábado la ciudad de Goma, de la que huyeron las tropas del ejército congoleño.", {("Goma", M23)}),
    # parity: the same repelled attack in the other languages
    ("en", "Attack on Goma barracks repelled", "KINSHASA, Dec 1 (Reuters) - The Congolese army repelled an attack by gunmen on its headquarters in Goma early on Saturday, the government said, blaming the assault on M23 rebels. The attackers fled into the hills.", set()),
    ("fr", "Attaque repoussée à Goma", "KINSHASA, 1er déc (AFP) - L'armée congolaise a repoussé samedi à l'aube une attaque d'hommes armés contre son quartier général de Goma, a annoncé le gouvernement, qui a attribué l'assaut aux rebelles du M23. Les assaillants ont fui vers les collines.", set()),
    ("pt", "Ataque repelido em Goma", "KINSHASA, 1 dez (Lusa) - O exército congolês repeliu na madrugada deste sábado um ataque de homens armados contra o seu quartel-general em Goma, segundo o governo, que atribuiu o assalto aos rebeldes do M23. Os atacantes fugiram para as colinas.", set()),
    ("it", "Respinto un attacco a Goma", "KINSHASA, 1 dic (ANSA) - L'esercito congolese ha respinto all'alba di sabato un attacco di uomini armati contro il suo quartier generale di Goma, ha reso noto il governo, che ha attribuito l'assalto ai ribelli dell'M23. Gli assalitori sono fuggiti verso le colline.", set()),
    ("de", "Angriff in Goma abgewehrt", "KINSHASA (dpa) - Die kongolesische Armee hat am Samstagmorgen einen Angriff bewaffneter Männer auf ihr Hauptquartier in Goma abgewehrt, wie die Regierung mitteilte, die den Überfall Rebellen der M23 zuschrieb. Die Angreifer flohen in die Hügel.", set()),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_assault_noun(lang: str, title: str, text: str, expected: set[tuple[str, str]]) -> None:
    """An assault told as a noun changes no hands; the Spanish verb still takes the city."""
    assert held_by(WATCHLIST, title, text, SATURDAY) == expected
