"""Foreign marines and reports nobody denies, in six languages.

A foreign force is often named by its marines ("U.S. Marines", "i marines americani", "les marines
américains", "Amerikanische Marineinfanteristen", "os fuzileiros americanos"), with the dotted
"U.S." that folds to two spaces; and a side that "did not deny" a report ("n'ont pas démenti",
"no desmintió", "dementierte das nicht", "non ha smentito", "não desmentiu") leaves it standing:
a negated denial is no denial. Sentences written for this battery about Veracruz in 1914 and
the Djibouti war of 1991; none comes from an evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from datetime import UTC, datetime

from tests.detect_support import held_by
from tests.sentence_kit import Pairs, parity_battery, side

USA, MEX = "US forces", "Mexican government"
FRUD, DJI = "FRUD", "Djiboutian government"

WATCHLIST = {
    "places": [
        {"name": "Veracruz", "country": "MX"},
        {"name": "Tampico", "country": "MX"},
        {"name": "Randa", "country": "DJ"},
        {"name": "Balho", "country": "DJ"},
    ],
    "actors": [
        side(USA, ["American troops", "US-led forces"], "MX", MEX),
        side(MEX, ["Mexican army", "federal army"], "MX", USA, True),
        side(FRUD, ["Front for the Restoration of Unity and Democracy"], "DJ", DJI),
        side(DJI, ["Djiboutian army"], "DJ", FRUD, True),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("the marines of a foreign country took X", {("Veracruz", USA)}, (
        "U.S. Marines took control of Veracruz on Tuesday after a brief fight at the customs house.",
        "Les marines américains ont pris le contrôle de Veracruz mardi après un bref combat à la douane.",
        "Los marines estadounidenses tomaron el control de Veracruz el martes tras un breve combate en la aduana.",
        "Amerikanische Marineinfanteristen haben Veracruz am Dienstag nach einem kurzen Gefecht am Zollhaus eingenommen.",
        "I marines americani hanno preso il controllo di Veracruz martedì dopo un breve scontro alla dogana.",
        "Os fuzileiros americanos tomaram o controlo de Veracruz na terça-feira, após um breve combate na alfândega.",
    )),
    ("a side claims X; the other side does not deny it", {("Randa", FRUD)}, (
        "The FRUD said it had seized Randa on Thursday. The government did not deny the report.",
        "Le FRUD affirme s'être emparé de Randa jeudi. Les autorités n'ont pas démenti.",
        "El FRUD afirma haberse apoderado de Randa el jueves. El gobierno no desmintió la información.",
        "Die FRUD erklärte, sie habe Randa am Donnerstag eingenommen. Die Regierung dementierte das nicht.",
        "Il FRUD afferma di aver conquistato Randa giovedì. Il governo non ha smentito.",
        "A FRUD afirma ter tomado Randa na quinta-feira. O governo não desmentiu.",
    )),
    ("a side claims X; the other side denies it", set(), (
        "The FRUD said it had seized Randa on Thursday. The government denied the report.",
        "Le FRUD affirme s'être emparé de Randa jeudi. Les autorités ont démenti.",
        "El FRUD afirma haberse apoderado de Randa el jueves. El gobierno desmintió la información.",
        "Die FRUD erklärte, sie habe Randa am Donnerstag eingenommen. Die Regierung dementierte das.",
        "Il FRUD afferma di aver conquistato Randa giovedì. Il governo ha smentito.",
        "A FRUD afirma ter tomado Randa na quinta-feira. O governo desmentiu.",
    )),
]

GAPS: dict[tuple[str, str], str] = {}


test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)


def test_a_contracted_negation_leaves_the_report_standing() -> None:
    """"didn't deny" folds to "didn t deny": the negation is the word before the "t"."""
    text = "The FRUD said it had seized Randa on Thursday. The government didn't deny the report."
    assert held_by(WATCHLIST, "", text, datetime(1991, 11, 22, tzinfo=UTC)) == {("Randa", FRUD)}
