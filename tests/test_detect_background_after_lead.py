"""Earlier changes told after a lead that reports the day's change (issue 10).

A wire story leads with today's capture, then recalls the campaign: a change told in the
pluperfect and dated four days or more before publication is background ("The rebels had seized
X on Saturday", on a Thursday), while the campaign's latest steps stay news ("Mardi, ils avaient aussi
pris X", "On Tuesday they had also taken X"); a change a "since" counts time from is news
only when this week's ("Since Renamo took X on 1 October, thousands have fled" eight days on is
background); and "die Kleinstadt Inhaminga", a town noun with a name of its own, is not the
dateline's watched town. Articles written for these tests about the Mozambican war in 1986.
"""

# ruff: noqa: E501 -- one article a line reads better

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

RENAMO, MOZ = "RENAMO", "Mozambican government"
WATCHLIST = {
    "places": [{"name": "Caia", "country": "MZ"}, {"name": "Marromeu", "country": "MZ"}],
    "actors": [
        {"name": MOZ, "aliases": ["FPLM", "Mozambican army"], "countries": ["MZ"], "government": True,
         "opposes": [RENAMO]},
        {"name": RENAMO, "aliases": ["Mozambican National Resistance", "Renamo"], "countries": ["MZ"],
         "opposes": [MOZ]},
    ],
}
THURSDAY = datetime(1986, 10, 9, 12, tzinfo=UTC)
CAIA = {("Caia", RENAMO)}
BOTH = {("Caia", RENAMO), ("Marromeu", RENAMO)}

CASES: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    # a pluperfect dated five days back, after a lead about today's change: background
    ("en", "Renamo takes Caia", "MAPUTO (Reuters) - Renamo rebels captured the town of Caia on the Zambezi on Wednesday, the army said. Refugees were crossing the river by canoe. The rebels had seized Marromeu on Saturday after a week of fighting.", CAIA),
    ("fr", "La Renamo prend Caia", "MAPUTO (AFP) - Les rebelles de la Renamo se sont emparés mercredi de la ville de Caia, sur le Zambèze, selon l'armée. Des réfugiés traversaient le fleuve en pirogue. Les rebelles avaient pris Marromeu samedi après une semaine de combats.", CAIA),
    ("es", "La Renamo toma Caia", "MAPUTO (EFE) - Los rebeldes de la Renamo tomaron el miércoles la ciudad de Caia, a orillas del Zambeze, según el ejército. Los refugiados cruzaban el río en canoas. Los rebeldes habían tomado Marromeu el sábado tras una semana de combates.", CAIA),
    ("de", "Renamo nimmt Caia ein", "MAPUTO (dpa) - Die Renamo-Rebellen haben am Mittwoch die Stadt Caia am Sambesi eingenommen, wie die Armee mitteilte. Flüchtlinge setzten in Einbäumen über den Fluss. Die Rebellen hatten Marromeu am Samstag nach einwöchigen Kämpfen erobert.", CAIA),
    # the campaign's latest steps, the day before or two days back: news
    ("en", "Renamo takes Caia", "MAPUTO (Reuters) - Renamo rebels captured the town of Caia on the Zambezi on Wednesday, the army said. Refugees were crossing the river by canoe. On Tuesday, the rebels had also seized Marromeu.", BOTH),
    ("fr", "La Renamo prend Caia", "MAPUTO (AFP) - Les rebelles de la Renamo se sont emparés mercredi de la ville de Caia, sur le Zambèze, selon l'armée. Des réfugiés traversaient le fleuve en pirogue. Mardi, les rebelles avaient aussi pris Marromeu.", BOTH),
    # German puts the pluperfect's auxiliary far before its participle, over a long subject and
    # adverbials ("Bereits am 1. Oktober hatten … die Kleinstadt X gestürmt"): background still
    ("de", "Renamo nimmt Caia ein", "MAPUTO (dpa) - Die Renamo-Rebellen haben am Mittwoch die Stadt Caia am Sambesi eingenommen, wie die Armee mitteilte. Flüchtlinge setzten in Einbäumen über den Fluss. Bereits am 1. Oktober hatten Rebellen und Milizionäre aus der Provinz Sofala nach tagelangen heftigen Gefechten die Kleinstadt Marromeu am Sambesi gestürmt.", CAIA),
    # (the campaign's step of two days back, told the same way, stays news)
    ("de", "Renamo nimmt Caia ein", "MAPUTO (dpa) - Die Renamo-Rebellen haben am Mittwoch die Stadt Caia eingenommen, wie die Armee mitteilte. Flüchtlinge setzten in Einbäumen über den Fluss. Am Dienstag hatten Rebellen und Milizionäre aus der Provinz Sofala nach tagelangen heftigen Gefechten auch die Kleinstadt Marromeu am Sambesi gestürmt.", BOTH),
    # a "since" eight days back anchors the time; one of this week tells the news
    ("en", "Renamo takes Caia", "MAPUTO (Reuters) - Renamo rebels captured the town of Caia on the Zambezi on Wednesday, the army said. Since Renamo took Marromeu on October 1, thousands have fled to Malawi.", CAIA),
    ("es", "La Renamo toma Caia", "MAPUTO (EFE) - Los rebeldes de la Renamo tomaron el miércoles la ciudad de Caia, según el ejército. Desde que la Renamo tomó Marromeu el 1 de octubre, miles de personas han huido a Malaui.", CAIA),
    ("de", "Renamo nimmt Caia ein", "MAPUTO (dpa) - Die Renamo-Rebellen haben am Mittwoch die Stadt Caia eingenommen, wie die Armee mitteilte. Seit die Renamo Marromeu am 1. Oktober eingenommen hat, sind Tausende nach Malawi geflohen.", CAIA),
    ("en", "Renamo takes Caia", "MAPUTO (Reuters) - Renamo rebels captured the town of Caia on the Zambezi on Wednesday, the army said. Since Renamo took Marromeu on Monday, thousands have fled to Malawi.", BOTH),
    # a town noun followed by its own name is that town, not the dateline's
    ("de", "Renamo meldet Einnahme von Inhaminga", "CAIA (dpa) - Die Renamo-Rebellen haben am Mittwoch nach eigenen Angaben die Kleinstadt Inhaminga eingenommen. Die Armee äußerte sich nicht.", set()),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_earlier_changes_after_the_lead(lang: str, title: str, text: str, expected: set[tuple[str, str]]) -> None:
    """Each article reports its day's change and, of the earlier ones, only the campaign's latest."""
    assert held_by(WATCHLIST, title, text, THURSDAY) == expected
