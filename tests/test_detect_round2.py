"""Second round of detection rules: German word order and participles, lists, speakers.

Sentences written for these tests (Sudan, Myanmar, DR Congo, Syria, Libya); each checks a
general rule of the grammar, not a particular article.
"""

from __future__ import annotations

import pytest

from tests.test_detect_general import M23, MN, RSF, _changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verb-second order: the subject of a fall after the verb.
        ("Nach tagelangen Kämpfen fiel Lashio am Mittwoch an die MNDAA.", {("Lashio", MN)}),
        ("Am Sonntag fiel Wad Madani an die RSF.", {("Wad Madani", RSF)}),
        # "hatte X aufgeben müssen": a forced withdrawal is a withdrawal.
        ("Die sudanesische Armee hatte Wad Madani aufgeben müssen.", {("Wad Madani", RSF)}),
        # The presidential palace "in der Hauptstadt X" stands for the city.
        (
            "Kämpfer der Taliban haben den Präsidentenpalast in der Hauptstadt Kabul eingenommen.",
            {("Kabul", "Taliban")},
        ),
        # Control said to be new ("jetzt") is a change; plain control is not.
        ("Die M23 beherrschen jetzt Goma.", {("Goma", M23)}),
        ("Die Rebellen der M23 kontrollieren nun Goma.", {("Goma", M23)}),
        ("Die M23 kontrollieren Goma seit Jahren.", set()),
        # The verb is still a verb after a noun subject.
        ("Die Kämpfer der RSF eroberten Wad Madani am Dienstag.", {("Wad Madani", RSF)}),
    ],
)
def test_german_word_order(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A participle used as an adjective names a past change, not the news.
        "Im eroberten Wad Madani plünderten Kämpfer der RSF Geschäfte.",
        "Die von der RSF eroberte Stadt Wad Madani ist seit Monaten zerstört.",
        "In der befreiten Stadt Hama verteilte die HTS Brot.",
    ],
)
def test_german_attributive_participle_is_background(text: str) -> None:
    assert _changes(text) == set()
