"""A loss without a subject (Spanish, Italian, Portuguese drop it) or with a pronoun: the side is
the sentence before's.

"Las tropas afganas cedieron Kunduz a los talibanes. La víspera habían perdido Kandahar": who gave
Kunduz up lost Kandahar, to the same side. "Las fuerzas rusas tomaron Bajmut. Días antes habían
perdido Jersón": who took Bakhmut lost Kherson, to its opponent. "Hours earlier they had lost X",
"Stunden zuvor hatte sie X verloren": the pronoun is that side, whichever was named last. A
sentence before that tells no change gives its opening subject to a dropped one only ("Las tropas
afganas resistieron en Y. Al día siguiente abandonaron X"), not to a pronoun.
Nothing when the verb is no loss, when the sentence before has a city, not a side, as its
subject, or when the side is not at war where the city is. A German dative before the
participle ("hat X den Taliban überlassen") is to whom. Sentences of our own
(`monitor.match.carried`).
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

HERAT, GHAZNI = ("Herat", "Taliban"), ("Ghazni", "Taliban")
KUNDUZ, KANDAHAR = ("Kunduz", "Taliban"), ("Kandahar", "Taliban")
BAKHMUT, KHERSON = ("Bakhmut", "Russia"), ("Kherson", "Ukraine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Las tropas afganas cedieron Kunduz a los talibanes. Un día antes habían perdido Kandahar.",
            {KUNDUZ, KANDAHAR},
        ),
        (
            "Los soldados cedieron Kandahar a los insurgentes. Dos días antes habían perdido Kunduz.",
            {KUNDUZ, KANDAHAR},
        ),
        (
            "L'esercito afghano ha ceduto Herat ai talebani. Poche ore prima aveva perso Ghazni.",
            {HERAT, GHAZNI},
        ),
        (
            "O exército afegão entregou Kunduz aos talibãs. Um dia antes tinha perdido Kandahar.",
            {KUNDUZ, KANDAHAR},
        ),
        ("Las fuerzas rusas tomaron Bajmut. Días antes habían perdido Jersón.", {BAKHMUT, KHERSON}),
        (
            "Le forze russe hanno conquistato Bakhmut. Pochi giorni prima avevano perso Kherson.",
            {BAKHMUT, KHERSON},
        ),
        ("As forças russas tomaram Bakhmut. Dias antes tinham perdido Kherson.", {BAKHMUT, KHERSON}),
    ],
)
def test_a_loss_without_subject_is_the_sentence_befores_side(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las tropas afganas resistieron en Herat. Al día siguiente abandonaron Ghazni.", {GHAZNI}),
        ("L'esercito afghano ha difeso Herat per giorni. Poi ha abbandonato Ghazni.", {GHAZNI}),
        ("O exército afegão defendeu Herat. Depois abandonou Ghazni.", {GHAZNI}),
        (
            "Los talibanes atacaron Herat. Al día siguiente abandonaron Ghazni.",
            {("Ghazni", "Afghan government")},
        ),
        (
            "Las tropas resistieron frente a los talibanes. Al día siguiente abandonaron Ghazni.",
            set(),
        ),
    ],
)
def test_a_loss_without_subject_after_a_sentence_without_change(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Afghan army handed Herat to the Taliban. Hours earlier they had lost Ghazni.", {HERAT, GHAZNI}),
        (
            "The demoralised troops handed Herat to the insurgents. Hours earlier they had lost Ghazni.",
            {HERAT, GHAZNI},
        ),
        (
            "L'armée afghane a cédé Herat aux talibans. Quelques heures plus tôt, elle avait perdu Ghazni.",
            {HERAT, GHAZNI},
        ),
        (
            "Les troupes démoralisées ont cédé Herat aux insurgés. Peu avant, elles avaient perdu Ghazni.",
            {HERAT, GHAZNI},
        ),
        (
            "Die afghanische Armee hat Herat den Taliban überlassen. Kurz zuvor hatte sie Ghazni verloren.",
            {HERAT, GHAZNI},
        ),
        ("Russian forces took Bakhmut. Days earlier they had lost Kherson.", {BAKHMUT, KHERSON}),
        (
            "Die Taliban haben Herat erobert. Tage zuvor hatten sie Ghazni verloren.",
            {HERAT, ("Ghazni", "Afghan government")},
        ),
    ],
)
def test_a_pronoun_that_lost_a_city_is_the_sentence_befores_side(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die afghanische Armee hat Herat kampflos den Taliban überlassen.", {HERAT}),
        ("Die Taliban haben Herat der afghanischen Armee übergeben.", {("Herat", "Afghan government")}),
        ("Die russische Armee hat Cherson den ukrainischen Truppen überlassen.", {KHERSON}),
        ("Afghan army hands Herat to Taliban", {HERAT}),
        ("China presses the Taliban to hand Herat back to the Afghan army.", set()),
        ("The Afghan army handed out food in Herat.", set()),
    ],
)
def test_a_city_handed_to_a_side_is_its_own(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las fuerzas rusas tomaron Bajmut. Días antes habían bombardeado Jersón.", {BAKHMUT}),
        ("Las fuerzas rusas tomaron Bajmut. Días antes habían perdido a cien soldados en Jersón.", {BAKHMUT}),
        (
            "Las tropas afganas cedieron Kunduz a los talibanes. La víspera habían reforzado Kandahar.",
            {KUNDUZ},
        ),
        (
            "Las tropas afganas cedieron Kunduz a los talibanes. No perderán Kandahar, dijo el gobernador.",
            {KUNDUZ},
        ),
        ("Kunduz cayó en manos de los talibanes. La víspera habían perdido Kandahar.", {KUNDUZ}),
        ("The Taliban took Herat. Hours earlier they had attacked Ghazni.", {HERAT}),
        (
            "The Afghan army handed Herat to the Taliban. Hours earlier it had lost 200 soldiers in Ghazni.",
            {HERAT},
        ),
        (
            "El ejército sirio entregó Alepo a HTS. La víspera había perdido Kandahar.",
            {("Aleppo", "Hayat Tahrir al-Sham")},
        ),
    ],
)
def test_no_loss_or_no_side_before_carries_nothing(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
