"""A German entry into a town named after a country in the Saxon genitive ("sind in Somalias
Hauptstadt X eingerückt"), and the cavalry's entry ("sind in X eingeritten", "ritten in X ein").

The verb-final entry took the town before the participle only when "in" came through articles, a
town noun and one adjective ("in die somalische Hauptstadt X"); a genitive name where the article
stands ("in Gambias Hauptstadt") hid it. "eingeritten" was no entry verb at all. The other
languages read the same entry into a country's capital already: parity rows.
Our own sentences about Somalia, Ethiopia and Georgia.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

C1 = "conflicts_watchlist.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kämpfer von al-Shabaab sind ohne Widerstand in Somalias Hauptstadt Mogadischu eingerückt.",
            {("Mogadishu", "al-Shabaab")},
        ),
        (
            "Kämpfer der TPLF sind in Tigrays Hauptstadt Mekelle einmarschiert, nachdem die Armee"
            " abgezogen war.",
            {("Mekelle", "TPLF")},
        ),
        (
            "Kämpfer der TPLF sind in Äthiopiens Stadt Mekelle einmarschiert, nachdem die Armee"
            " abgezogen war.",
            {("Mekelle", "TPLF")},
        ),
        (
            "Heute Mittag sind russische Truppen in Gori eingeritten, nachdem die georgische Armee"
            " abgezogen war.",
            {("Gori", "Russia")},
        ),
        (
            "Russische Kosaken ritten am Mittag ohne Widerstand in Gori ein.",
            {("Gori", "Russia")},
        ),
        # an entry amid fighting, or up to the capital: no change
        (
            "Kämpfer von al-Shabaab sind in Somalias Hauptstadt Mogadischu eingedrungen, wo heftige"
            " Kämpfe toben.",
            set(),
        ),
        (
            "Kämpfer von al-Shabaab sind bis vor Somalias Hauptstadt Mogadischu vorgedrungen.",
            set(),
        ),
    ],
)
def test_german_entry_into_a_named_countrys_town(text: str, expected: set[tuple[str, str]]) -> None:
    """The town after a genitive country name, or ridden into, is the one entered."""
    assert corpus_changes(text, C1) == expected


@pytest.mark.parametrize(
    "text",
    [
        "al-Shabaab fighters entered Somalia's capital Mogadishu without resistance after the army withdrew.",
        "Los combatientes de al-Shabaab entraron sin resistencia en la capital somalí, Mogadiscio.",
        "Les combattants d'al-Shabaab sont entrés sans résistance dans la capitale somalienne Mogadiscio.",
        "I combattenti di al-Shabaab sono entrati senza resistenza nella capitale somala Mogadiscio.",
        "Os combatentes do al-Shabaab entraram sem resistência na capital somali, Mogadíscio.",
    ],
)
def test_entry_into_a_countrys_capital_parity(text: str) -> None:
    """The same entry into a country's capital in the other languages."""
    assert corpus_changes(text, C1) == {("Mogadishu", "al-Shabaab")}
