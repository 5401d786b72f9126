"""German wire phrasings that named the city and its taker yet gave no change.

A state regained with an adverb between "wieder" and "unter" ("hat den Bezirk X wieder
vollständig unter Kontrolle": the side holds it again), and "nahe" that says where the city
lies ("besetzten den Küstenort X nahe der Grenze"), not that a change came near; an auxiliary
right before a comma ends its relative clause ("die X geräumt hatten, … haben Y besetzt": the
participle belongs to "haben"), and that withdrawal is the subject's story, not news. Our own
sentences about Sudan; a control kept and a change only near stay no change.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Wochen des Häuserkampfs hat die sudanesische Armee den Altstadtbezirk Omdurman "
            "nach eigenen Angaben wieder vollständig unter Kontrolle.",
            {("Omdurman", SAF)},
        ),
        ("Die sudanesische Armee hat Singa wieder ganz unter Kontrolle.", {("Singa", SAF)}),
        ("Singa ist wieder vollständig unter Kontrolle der sudanesischen Armee.", {("Singa", SAF)}),
        # a control kept, not regained
        ("Die sudanesische Armee hat Singa weiterhin vollständig unter Kontrolle.", set()),
    ],
)
def test_regained_with_an_adverb(text: str, expected: set[tuple[str, str]]) -> None:
    """"wieder vollständig unter Kontrolle" is a control regained, like "wieder unter Kontrolle"."""
    assert corpus_changes(text, C1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zuvor hatten Kämpfer der RSF den Grenzort Zalingei nahe der Grenze zum Tschad besetzt.",
            {("Zalingei", RSF)},
        ),
        ("Die RSF haben am Montag die Stadt Singa nahe Wad Madani eingenommen.", {("Singa", RSF)}),
        # a change only near, or denied: no change
        ("Die RSF waren nahe daran, Singa einzunehmen.", set()),
        ("Die RSF haben Singa nahe der Grenze nicht eingenommen.", set()),
    ],
)
def test_near_says_where_the_city_lies(text: str, expected: set[tuple[str, str]]) -> None:
    """"X nahe der Grenze" locates X; it does not govern the verb as "nahe daran" would."""
    assert corpus_changes(text, C1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the auxiliary before a comma ends its own (relative) clause; "und haben" opens a new one
        (
            "Die Kämpfer der RSF, die Wad Madani am Montag geräumt hatten, sind in Singa "
            "eingetroffen und haben Singa besetzt.",
            {("Singa", RSF)},
        ),
        ("Die RSF sind am Dienstag in Singa eingetroffen und haben die Stadt besetzt.", {("Singa", RSF)}),
        # a withdrawal of this week told on its own is news
        ("Die RSF haben Wad Madani am Montag geräumt.", {("Wad Madani", SAF)}),
    ],
)
def test_a_capture_after_where_its_subject_came_from(text: str, expected: set[tuple[str, str]]) -> None:
    """"Die Rebellen, die X geräumt hatten, … haben Y besetzt": Y is the news, X the rebels' story."""
    assert corpus_changes(text, C1) == expected
