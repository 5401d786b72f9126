"""Pro-drop subjects, buildings taken in a city, German ordinals and other misses of issue 10.

Each rule is general grammar, read on sentences of its own about Sudan, Somalia and Nigeria
(against `tests/data/conflicts_watchlist.json`).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SHABAAB, SOMALIA = "al-Shabaab", "Somali government"



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb without a subject takes the previous sentence's subject, not the last actor named.
        (
            "El ejército sudanés atacó Nyala, defendida por las FAR. Al día siguiente tomaron Singa.",
            {("Singa", SAF)},
        ),
        ("O exército sudanês cercou Nyala, defendida pelas FAR. Tomaram Singa no domingo.", {("Singa", SAF)}),
        (
            "L'esercito sudanese ha assediato Nyala, difesa dalle RSF. Domenica ha conquistato Singa.",
            {("Singa", SAF)},
        ),
        (
            "Las FAR atacaron Nyala, defendida por el ejército sudanés. Al día siguiente tomaron Singa.",
            {("Singa", RSF)},
        ),
        # Not when the trigger is a noun.
        (
            "El ejército sudanés defendió Nyala. La toma de Singa por las FAR fue confirmada.",
            {("Singa", RSF)},
        ),
        # Italian "has control of X", French "occupy since Saturday X": news of a capture.
        ("Somalia, al-Shabaab ha il controllo di Baidoa.", {("Baidoa", SHABAAB)}),
        ("Gli shebab hanno il controllo della città di Baidoa.", {("Baidoa", SHABAAB)}),
        ("Gli shebab hanno ancora il controllo di Baidoa.", set()),
        ("L'esercito somalo ha il controllo della situazione a Baidoa.", set()),
        (
            "Les shebab occupent depuis samedi Baidoa, une ville désertée par ses habitants.",
            {("Baidoa", SHABAAB)},
        ),
        ("Les shebab occupent Baidoa depuis 2012.", set()),
        # A country opening a headline before a comma is its topic, not its subject.
        ("Somalie, les shebab occupent désormais Baidoa", {("Baidoa", SHABAAB)}),
        # German "X ist in der Hand der Y" right after the city: news of a fall, without "nun".
        ("Baidoa ist in der Hand der Shabaab.", {("Baidoa", SHABAAB)}),
        ("Baidoa ist seit 2008 in der Hand der Shabaab.", set()),
        ("Baidoa ist noch in der Hand der Shabaab.", set()),
        # A building taken in the city is not the city.
        ("As FAR atacaram a cidade de Singa e ocuparam um hospital e a prisão local.", set()),
        ("Le RSF hanno occupato l'ospedale di Singa.", set()),
        ("Las FAR tomaron el aeropuerto y la ciudad de Singa.", {("Singa", RSF)}),
        # The seat of power stands for the capital.
        ("Des combattants des FSR ont pris le palais présidentiel à Khartoum.", {("Khartoum", RSF)}),
        # "The militias of X": whose fighters, not from whom.
        (
            "Las milicias del ejército sudanés, que cercaban la ciudad desde hace meses, tomaron Singa.",
            {("Singa", SAF)},
        ),
    ],
)
def test_grammar(text: str, expected: set[tuple[str, str]]) -> None:
    """Each rule reads sentences of its own as labelled."""
    assert _changes(text) == expected


def test_a_noun_subject_is_not_dropped() -> None:
    """A capture with a noun subject of its own does not take the previous sentence's subject."""
    assert ("Singa", SAF) not in _changes(
        "El ejército sudanés atacó Nyala. Milicianos locales tomaron Singa el martes."
    )
