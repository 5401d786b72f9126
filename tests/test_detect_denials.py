"""Denials and contested claims over the whole article (issue 10), on sentences of our own.

A denial drops a report only when it bears on the change (the place, "it", "the claim", "the
capture"), never a denial of something else ("denied it had abandoned civilians").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus_kit import corpus_detector

RSF, SAF, AA = "Rapid Support Forces", "Sudanese Armed Forces", "Arakan Army"
PUBLISHED = datetime.fromisoformat("2024-06-30T08:00:00+00:00")


def _changes(title: str, text: str) -> set[tuple[str, str]]:
    events = corpus_detector("conflicts_watchlist.json").detect(title, text, PUBLISHED)
    return {(e.place, e.controller or "") for e in events if e.controller}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denial of something else leaves the change standing.
        (
            "The RSF captured Singa on Sunday after the army withdrew. "
            "The army denied it had abandoned civilians in the town.",
            {("Singa", RSF)},
        ),
        (
            "The RSF captured Singa on Sunday. The army denied that it had abandoned civilians.",
            {("Singa", RSF)},
        ),
        (
            "The Arakan Army captured Paletwa on Sunday. "
            "The junta rejected accusations of shelling villages.",
            {("Paletwa", AA)},
        ),
        # A denial of the change itself drops the claim.
        ("The RSF said it had taken Singa. The army denied it.", set()),
        ("The RSF said it had taken Singa. The army denied losing the town.", set()),
        ("The RSF said it had taken Singa. The army rejected the claim on Monday.", set()),
        ("Las FAR afirman haber tomado Singa. El ejército lo desmiente y asegura que combate.", set()),
        ("Les FSR affirment avoir pris Singa. L'armée a démenti la prise de la ville.", set()),
        # the report named by a Portuguese singular; a state in the French imperfect; a German
        # passive of fighting going on
        ("As RSF afirmaram ter tomado Singa. O exército rejeitou a informação.", set()),
        ("Les FSR ont affirmé avoir pris Singa. L'armée a assuré que ses troupes tenaient toujours la ville.",
         set()),
        ("Die RSF erklärten, sie hätten Singa eingenommen. Nach Angaben der Armee wird in der Stadt weiter "
         "gekämpft.", set()),
        # (fighting elsewhere, a city held elsewhere: the change stands)
        ("Les FSR ont pris Singa samedi. L'armée tenait toujours la ville de Sennar.", {("Singa", RSF)}),
    ],
)
def test_a_denial_drops_only_the_change_it_bears_on(text: str, expected: set[tuple[str, str]]) -> None:
    """A denial drops a reported change only when its object is the change, the report or a pronoun."""
    assert _changes("Sudan", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF said on Sunday they had captured Singa. Thousands of residents fled. "
            "Aid groups warned of hunger. The Sudanese army rejected the claim on Monday.",
            set(),
        ),
        (
            "Les FSR affirment avoir pris Singa dimanche. Des milliers d'habitants ont fui. "
            "Les agences humanitaires s'inquiètent. L'armée soudanaise conteste.",
            set(),
        ),
        (
            "Die RSF haben nach eigenen Angaben Singa erobert. Tausende sind geflohen. "
            "Hilfsorganisationen sind besorgt. Die sudanesische Armee widerspricht.",
            set(),
        ),
        # The claimant denying something of its own does not contest its claim.
        (
            "The RSF said on Sunday they had captured Singa. Thousands of residents fled. "
            "Aid groups warned of hunger. The RSF denied it on Monday.",
            {("Singa", RSF)},
        ),
        # A far denial by no watched side stays local.
        (
            "The RSF said on Sunday they had captured Singa. Thousands of residents fled. "
            "Aid groups warned of hunger. Diplomats rejected the claim on Monday.",
            {("Singa", RSF)},
        ),
    ],
)
def test_the_losing_side_contests_a_claim_anywhere_later(text: str, expected: set[tuple[str, str]]) -> None:
    """A denial naming no place drops a claim any sentence later when another watched side denies."""
    assert _changes("Sudan", text) == expected
