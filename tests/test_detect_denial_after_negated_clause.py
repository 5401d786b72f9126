"""A retort after a clause that ends in a negation still denies the claim before it.

"Unabhängig bestätigt ist das nicht; Regierungsvertreter weisen es zurück": the "nicht" closes
the clause about confirming, so the retort is not negated ("did not deny it" would be). The
check for a negation stops at the punctuation before the denying words. The other languages'
rows are parity guards (they passed before: their negation stands further from the retort). Articles written for
these tests about the war in the eastern Congo in 2012.
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
        {"name": DRC, "aliases": ["FARDC", "Congolese army"], "countries": ["CD"], "government": True,
         "opposes": [M23]},
        {"name": M23, "aliases": ["M23"], "countries": ["CD"], "opposes": [DRC]},
    ],
}
SATURDAY = datetime(2012, 12, 1, 18, tzinfo=UTC)

CASES: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    ("de", "Newsblog: Kämpfe um Goma", "11.30 Uhr: Ein Sprecher der M23 erklärt im Radio, seine Kämpfer hätten Goma „unter ihre Kontrolle gebracht“. Unabhängig bestätigt ist das nicht; Regierungsvertreter weisen es als „Propaganda“ zurück.", set()),
    ("de", "Newsblog: Kämpfe um Goma", "11.30 Uhr: Ein Sprecher der M23 erklärt im Radio, seine Kämpfer hätten Goma unter ihre Kontrolle gebracht. Überprüfen lässt sich das nicht, die Regierung weist es als Propaganda zurück.", set()),
    ("en", "Live: fighting for Goma", "11.30: An M23 spokesman told radio listeners that his fighters had taken Goma. That could not be confirmed; the government denied it.", set()),
    ("fr", "En direct : combats à Goma", "11h30 : Un porte-parole du M23 a affirmé à la radio que ses combattants avaient pris Goma. L'information ne se confirme pas ; Kinshasa l'a démentie.", set()),
    ("es", "Directo: combates en Goma", "11.30: Un portavoz del M23 afirmó en la radio que sus combatientes habían tomado Goma. No ha podido ser confirmado; el Gobierno lo negó.", set()),
    ("it", "Diretta: combattimenti a Goma", "11.30: Un portavoce dell'M23 ha detto alla radio che i suoi combattenti hanno preso Goma. Non è stato possibile verificarlo; il governo lo ha smentito.", set()),
    ("pt", "Ao vivo: combates em Goma", "11h30: Um porta-voz do M23 afirmou na rádio que os seus combatentes tomaram Goma. Não foi possível confirmar; o governo o desmentiu.", set()),
    # a retort that is itself negated leaves the claim standing
    ("en", "Live: fighting for Goma", "11.30: An M23 spokesman told radio listeners that his fighters had taken Goma. The government did not deny it.", {("Goma", M23)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_denial_after_negated_clause(lang: str, title: str, text: str, expected: set[tuple[str, str]]) -> None:
    """The retort denies the claim; the negation of the clause before it is not its own."""
    assert held_by(WATCHLIST, title, text, SATURDAY) == expected
