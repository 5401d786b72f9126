"""Recall on unseen conflicts (issue 10): who holds a city, said in words the lexicon lacked.

- "the jihadist group", "le groupe jihadiste", "el grupo yihadista": the government's one opponent;
- "the gangs of Viv Ansanm", "les gangs de…": a side's fighters, not whom the city was taken from;
- "returned to X", "sont revenus à X", "regresaron a X": an entry, a change once the other side left;
- "the last army stronghold has fallen, the RSF said": the army owned what fell, it did not take it.

Sentences of our own about Burkina Faso, Haiti, Georgia and Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes


@pytest.mark.parametrize(
    "text",
    [
        "The jihadist group took control of Djibo on Sunday. Burkinabe soldiers pulled out of the town.",
        "Le groupe jihadiste a pris le contrôle de Djibo. Les soldats burkinabè se sont retirés de la ville.",
        "El grupo yihadista tomó el control de Djibo. Los soldados burkineses se retiraron de la ciudad.",
        "Il gruppo jihadista ha preso il controllo di Djibo. I soldati burkinabé si sono ritirati dalla "
        "città.",
        "O grupo jihadista tomou o controle de Djibo. Os soldados burquinenses retiraram-se da cidade.",
    ],
)
def test_a_group_named_by_its_creed_is_the_governments_opponent(text: str) -> None:
    assert _changes(text) == {("Djibo", "JNIM")}


@pytest.mark.parametrize(
    "text",
    [
        "Les gangs de Viv Ansanm se sont emparés de Mirebalais.",
        "Las pandillas de Viv Ansanm tomaron Mirebalais.",
        "The gangs of Viv Ansanm seized Mirebalais on Monday.",
    ],
)
def test_the_gangs_of_a_coalition_are_that_coalition(text: str) -> None:
    assert _changes(text) == {("Mirebalais", "Viv Ansanm")}


@pytest.mark.parametrize(
    "text",
    [
        "Georgian troops returned to Gori after the Russian withdrawal.",
        "Les soldats géorgiens sont revenus à Gori après le retrait russe.",
        "Las tropas georgianas regresaron a Gori tras la retirada rusa.",
        "Le truppe georgiane sono rientrate a Gori dopo il ritiro russo.",
        "As tropas georgianas regressaram a Gori após a retirada russa.",
        # German: the participle, and the separable verb whose "nach X" is where to, not "after"
        "Georgische Truppen sind nach Gori zurückgekehrt, nachdem die Russen abgezogen waren.",
        "Georgische Truppen kehrten nach dem Abzug der Russen nach Gori zurück.",
    ],
)
def test_returning_to_a_city_the_other_side_left_is_holding_it(text: str) -> None:
    assert _changes(text) == {("Gori", "Georgian government")}


@pytest.mark.parametrize(
    "text",
    [
        "Georgian troops returned to Gori on Monday amid Russian shelling.",
        "Georgische Truppen sind am Montag unter russischem Beschuss nach Gori zurückgekehrt.",
        "Der georgische Präsident kehrte am Montag nach Gori zurück.",
        # a withdrawal "nach X" is where the side went, not the city it left
        "Die georgischen Truppen haben sich nach Gori zurückgezogen.",
    ],
)
def test_returning_alone_is_no_change(text: str) -> None:
    assert _changes(text) == set()


def test_the_armys_lost_stronghold_does_not_name_the_taker() -> None:
    text = "El Fasher, the last army stronghold in Darfur, has fallen, the RSF said."
    assert _changes(text) == {("El Fasher", "Rapid Support Forces")}
