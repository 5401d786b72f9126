"""A capture named in a prepositional phrase ("Nach der Einnahme von X", "Since the capture of X",
"Depuis la prise de X") is background when its time is long before publication ("vor drei Jahren",
"im März", "since" with no date), and news when it names a day of this week ("am Dienstag", "on
Sunday"). The time is read against publication (`monitor.match.since.recent_day`), in every
language; German articles after the noun ("durch die Taliban") are no relative pronouns.
Sentences of our own; published on Friday 13 August 2021 (`detect_support.PUBLISHED`).
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes

KANDAHAR = ("Kandahar", "Taliban")


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Einnahme von Kandahar am Dienstag rückten die Taliban weiter nach Norden vor.",
        "Seit der Einnahme von Kandahar durch die Taliban am Sonntag sind Tausende geflohen.",
        "After the capture of Kandahar on Tuesday, the Taliban advanced north.",
        "Since the capture of Kandahar by the Taliban on Sunday, thousands have fled.",
        "Since the Taliban took Kandahar on Sunday, thousands have fled.",
        "Depuis la prise de Kandahar par les talibans dimanche, des milliers d'habitants ont fui.",
        "Desde la toma de Kandahar por los talibanes el domingo, miles de personas han huido.",
        "Dalla presa di Kandahar da parte dei talebani domenica, migliaia di persone sono fuggite.",
        "Tras la toma de Kandahar por los talibanes el martes, los combatientes avanzaron hacia el norte.",
    ],
)
def test_a_capture_of_this_week_in_a_phrase_is_news(text: str) -> None:
    assert changes(text) == {KANDAHAR}


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Einnahme Kandahars durch die Taliban vor drei Jahren verließen viele Bewohner die Stadt.",
        "Nach der Einnahme von Kandahar durch die Taliban vor drei Jahren flohen viele Bewohner.",
        "Seit der Eroberung von Kandahar im März durch die Taliban sind viele Bewohner geflohen.",
        "Seit der Eroberung Kandahars durch die Taliban sind viele geflohen.",
        "After the capture of Kandahar by the Taliban three years ago, many residents left.",
        "Since the capture of Kandahar by the Taliban, thousands have fled.",
        "Since the Taliban took Kandahar in 1996, thousands have fled.",
        "Depuis la prise de Kandahar par les talibans en mars, des milliers d'habitants ont fui.",
        "Desde la toma de Kandahar por los talibanes en marzo, miles de personas han huido.",
        "Tras la toma de Kandahar por los talibanes hace tres años, muchos se fueron.",
    ],
)
def test_a_capture_of_long_ago_in_a_phrase_is_background(text: str) -> None:
    assert changes(text) == set()
