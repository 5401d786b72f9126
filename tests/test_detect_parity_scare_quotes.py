"""Scare quotes inside a clause, in six languages: intent still governs the quoted verb.

A word or three between quote marks ("want to «liberate» X", "sie könne X „jederzeit" einnehmen")
do not end the clause: the intent or modal before them still governs the verb, as it does
without the quotes. Sentences written for this battery about the Djibouti war of 1991-1993;
none comes from an evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

FRUD, DJI = "FRUD", "Djiboutian government"

WATCHLIST = {
    "places": [{"name": "Tadjourah", "country": "DJ"}, {"name": "Obock", "country": "DJ"}],
    "actors": [
        side(FRUD, ["Front for the Restoration of Unity and Democracy", "Afar rebels"], "DJ", DJI),
        side(DJI, ["Djiboutian army"], "DJ", FRUD, True),
    ],
}

# (construction, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("a side wants to 'liberate' X (scare quotes)", set(), (
        'The FRUD says it wants to "liberate" Tadjourah and Obock before the rains.',
        "Le FRUD dit vouloir « libérer » Tadjourah et Obock avant les pluies.",
        "El FRUD dice querer «liberar» Tadjourah y Obock antes de las lluvias.",
        "Die FRUD sagt, sie wolle Tadjourah und Obock vor der Regenzeit „befreien“.",
        'Il FRUD dice di voler "liberare" Tadjourah e Obock prima delle piogge.',
        'A FRUD diz querer "libertar" Tadjourah e Obock antes das chuvas.',
    )),
    ("a side says it could take X 'at any time' (scare quotes)", set(), (
        'The FRUD says it could take Obock "at any time".',
        "Le FRUD affirme pouvoir prendre Obock « à tout moment ».",
        "El FRUD afirma que podría tomar Obock «en cualquier momento».",
        "Die FRUD sagt, sie könne Obock „jederzeit“ einnehmen.",
        'Il FRUD afferma di poter prendere Obock "in qualsiasi momento".',
        'A FRUD afirma que poderia tomar Obock "a qualquer momento".',
    )),
    ("a side wants to take X (no quotes)", set(), (
        "The FRUD says it wants to liberate Tadjourah before the rains.",
        "Le FRUD dit vouloir libérer Tadjourah avant les pluies.",
        "El FRUD dice querer liberar Tadjourah antes de las lluvias.",
        "Die FRUD sagt, sie wolle Tadjourah vor der Regenzeit befreien.",
        "Il FRUD dice di voler liberare Tadjourah prima delle piogge.",
        "A FRUD diz querer libertar Tadjourah antes das chuvas.",
    )),
]

GAPS: dict[tuple[str, str], str] = {}


test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)
