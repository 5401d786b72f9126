"""A city held by a side since a recent day changed hands then; since an old date, it did not.

"Depuis dimanche, X est aux mains de Y", "Seit Montag ist X in der Hand der Y", "Since Tuesday X
has been under Y control" (the "since" before the state, or after it): the change is news when its
start is a day of this week or a date a few days before publication. "Since 2019", "depuis le
début de la guerre", "seit März" are background; a state that lasts ("toujours", "sigue") or the
"since" of another clause is no change. Sentences of our own (`monitor.match.since`).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import changes

KHERSON_DAYS = datetime(2022, 11, 14, tzinfo=UTC)  # a Monday, three days after Kherson was retaken
ALEPPO_DAYS = datetime(2024, 12, 2, tzinfo=UTC)
KH, AL, KA = ("Kherson", "Ukraine"), ("Aleppo", "Hayat Tahrir al-Sham"), ("Kandahar", "Taliban")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Since Friday Kherson has been under Ukrainian control.", KHERSON_DAYS, KH),
        ("Depuis vendredi, Kherson est aux mains des forces ukrainiennes.", KHERSON_DAYS, KH),
        ("Seit Freitag ist Cherson in der Hand der ukrainischen Armee.", KHERSON_DAYS, KH),
        ("Since November 11, Kherson has been under Ukrainian control.", KHERSON_DAYS, KH),
        ("Desde el sábado, Alepo está en manos de HTS.", ALEPPO_DAYS, AL),
        ("Desde o fim de semana, Alepo está sob controle do HTS.", ALEPPO_DAYS, AL),
        ("Da sabato Aleppo è sotto il controllo di HTS.", ALEPPO_DAYS, AL),
        ("Depuis dimanche, Kandahar est aux mains des talibans.", None, KA),
        ("Seit dem Wochenende steht Kandahar unter der Kontrolle der Taliban.", None, KA),
        ("Depuis le 9 août, Kandahar est aux mains des talibans.", None, KA),
    ],
)
def test_a_state_since_a_recent_day_is_news(
    text: str, published: datetime | None, expected: tuple[str, str]
) -> None:
    assert (changes(text, published=published) if published else changes(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Since March Kherson has been under Russian control.", KHERSON_DAYS),
        ("Seit März ist Cherson in der Hand der russischen Armee.", KHERSON_DAYS),
        ("Depuis le début de la guerre, Kherson est aux mains des Russes.", KHERSON_DAYS),
        ("Since 2016 Aleppo has been under the control of the Syrian army.", ALEPPO_DAYS),
        ("Desde 2016, Alepo está en manos del ejército sirio.", ALEPPO_DAYS),
        ("Dal 2016 Aleppo è sotto il controllo dell'esercito siriano.", ALEPPO_DAYS),
        ("Depuis le 2 mars, Kandahar est aux mains des talibans.", None),
        ("Depuis dimanche, Kandahar est toujours aux mains de l'armée afghane.", None),
        ("Desde el domingo, Kandahar sigue en manos del ejército afgano.", None),
        ("Depuis dimanche, les talibans encerclent Kandahar, qui est aux mains de l'armée afghane.", None),
        ("Since Tuesday Kherson has been under Russian shelling.", KHERSON_DAYS),
        ("Seit Montag steht Kandahar unter Beschuss der Taliban.", None),
        ("Kandahar est aux mains de l'armée afghane.", None),
    ],
)
def test_a_state_since_long_ago_or_that_lasts_is_no_change(text: str, published: datetime | None) -> None:
    assert (changes(text, published=published) if published else changes(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kandahar está desde el viernes bajo control talibán.", {KA}),
        ("Kandahar est depuis dimanche aux mains des talibans.", {KA}),
        ("Kandahar è da domenica nelle mani dei talebani.", {KA}),
        ("Kandahar está desde domingo nas mãos dos talibãs.", {KA}),
        ("Kandahar has since Friday been under Taliban control.", {KA}),
        ("Kandahar está desde 2019 en manos de los talibanes.", set()),
        ("Kandahar est depuis 2015 aux mains des talibans.", set()),
        ("Kandahar est depuis dimanche toujours aux mains de l'armée afghane.", set()),
        ("Kandahar está desde el viernes todavía en manos del ejército afgano.", set()),
    ],
)
def test_a_since_between_the_verb_and_the_state(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Depuis dimanche, les talibans contrôlent Kandahar.", {KA}),
        ("Depuis dimanche, Kandahar est contrôlée par les talibans.", {KA}),
        ("Desde el domingo, los talibanes controlan Kandahar.", {KA}),
        ("Dal fine settimana Kandahar è controllata dai talebani.", {KA}),
        ("Seit Sonntag kontrollieren die Taliban Kandahar.", {KA}),
        ("Since Sunday, the Taliban have controlled Kandahar.", {KA}),
        ("Depuis dimanche, l'armée afghane contrôle toujours Kandahar.", set()),
        ("Depuis 2015, les talibans contrôlent Kandahar.", set()),
        ("Since Sunday, the Taliban have controlled the road to Kandahar.", set()),
        ("Depuis dimanche, les talibans contrôlent les environs de Kandahar.", set()),
        ("The Taliban control Kandahar.", set()),
        # a relative clause says what the side is; the sentence's news is its main verb
        ("The Taliban, who have controlled Kandahar since Sunday, appointed a new governor.", set()),
        ("Les talibans, qui contrôlent Kandahar depuis dimanche, ont nommé un gouverneur.", set()),
        ("Los talibanes, que controlan Kandahar desde el domingo, nombraron un gobernador.", set()),
        ("I talebani, che controllano Kandahar da domenica, hanno nominato un governatore.", set()),
        ("Die Taliban, die Kandahar seit Sonntag kontrollieren, ernannten einen Gouverneur.", set()),
    ],
)
def test_control_since_a_recent_day(text: str, expected: set[tuple[str, str]]) -> None:
    assert changes(text) == expected
