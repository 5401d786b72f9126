"""Wire-service leads in Spanish and Portuguese (issue 10, "verb forms and word order").

- "se hicieron este sábado con el control de X": a day with "este" between the verb and "con";
- "irrumpieron el sábado en X tras la retirada del Ejército": a forced entry counts once the other
  side left, and not amid fighting;
- "entraram em X depois de o exército ter abandonado a cidade": the subject of a Portuguese personal
  infinitive after "depois de" is who left, not whom the city was taken from.

Leads written for these tests, in the style of EFE and Lusa, against the Sudan test watchlist.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Jartum, 30 jun (EFE).- Las Fuerzas de Apoyo Rápido (FAR) se hicieron este sábado con el control "
        "de la ciudad de Singa, capital del estado de Sennar, según fuentes locales.",
        "Jartum, 30 jun (EFE).- Los paramilitares de las FAR irrumpieron el sábado en Singa tras la "
        "retirada de las tropas del Ejército hacia Sennar.",
        "Cartum, 30 jun (Lusa) - Os paramilitares entraram em Singa depois de o exército ter abandonado "
        "a cidade.",
    ],
)
def test_a_wire_lead_gives_the_town_to_the_paramilitaries(text: str) -> None:
    assert corpus_changes(text) == {("Singa", RSF)}


def test_a_forced_entry_amid_fighting_is_no_change() -> None:
    assert corpus_changes("Las FAR irrumpieron el sábado en Singa en medio de intensos combates.") == set()
