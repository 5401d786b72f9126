"""A change told in passing, days before, in a story about a later one.

Sentences of our own about the Nigerian civil war (1967-70): the lead tells federal troops
taking Owerri; a clause further down recalls that the push "began when" they seized Aba "on
Sept. 9", or that the army, "que conquistou Aba no passado dia 9", now holds the province.
Agency style shortens the month ("Sept. 9") or names only the day ("no passado dia 9"); both
date the clause eight days back, and a clause below its sentence's own tells no news.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import held_by

NIGERIA, BIAFRA = "Nigerian government", "Biafra"
WATCHLIST = {
    "places": [{"name": "Owerri", "country": "NG"}, {"name": "Aba", "country": "NG"}],
    "actors": [
        {"name": NIGERIA, "countries": ["NG"], "government": True, "opposes": [BIAFRA],
         "aliases": ["federal troops", "federal army", "exército federal", "tropas federales"]},
        {"name": BIAFRA, "aliases": ["Biafran forces", "Biafran troops"], "countries": ["NG"],
         "opposes": [NIGERIA]},
    ],
}
PUBLISHED = datetime(1968, 9, 17, 8, tzinfo=UTC)

ARTICLES = [
    (
        "Federal troops take Owerri",
        "LAGOS, Sept. 16 (AP) - Federal troops captured Owerri on Monday, the last large town held by"
        " Biafran forces in the south. The fall of Owerri crowns a push that began when federal troops"
        " seized Aba on Sept. 9. Refugees streamed north towards Umuahia.",
    ),
    (
        "Tropas federais tomam Owerri",
        "Lagos, 16 set (Lusa) - As tropas federais nigerianas tomaram hoje Owerri, a última grande cidade"
        " biafrense no sul, segundo fontes militares. O exército federal, que conquistou Aba no passado"
        " dia 9, controla agora quase toda a província.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ARTICLES)
def test_a_change_told_in_passing_days_before_is_background(title: str, text: str) -> None:
    """The lead's change is the news; Aba, taken eight days before in a clause about it, is not."""
    found = held_by(WATCHLIST, title, text, PUBLISHED)
    assert ("Owerri", NIGERIA) in found
    assert ("Aba", NIGERIA) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Biafran troops recaptured Owerri on Aug. 24 and have held it since.",
        "Biafran forces, which recaptured Owerri on Aug. 24, shelled federal positions on Monday.",
    ],
)
def test_a_shortened_month_dates_the_change(text: str) -> None:
    """"Aug. 24" in a paper of 17 September is a month back, as "August 24" is: background."""
    assert held_by(WATCHLIST, "Nigeria", text, PUBLISHED) == set()


QUIET_LEADS = [
    (
        "Federal push halted outside Umuahia",
        "LAGOS, Sept. 16 (Reuters) - Federal armour stood within sight of Umuahia today, but there was no"
        " sign of an assault while peace talks went on in Addis Ababa. Correspondents said the town"
        " remained in Biafran hands. Federal troops launched their offensive last week, capturing Owerri"
        " on Wednesday after heavy fighting.",
    ),
    (
        "Se reanudan las conversaciones de paz en Adís Abeba",
        "LAGOS, 16 de septiembre. - Las delegaciones del gobierno federal y de Biafra reanudaron hoy las"
        " conversaciones de paz. Mientras tanto, siguen los combates en el sur. Las tropas federales, que"
        " tomaron Owerri el viernes tras un largo asedio, avanzan hacia Umuahia, informaron fuentes"
        " militares.",
    ),
]


@pytest.mark.parametrize(("title", "text"), QUIET_LEADS)
def test_a_change_in_passing_under_a_lead_that_tells_none_is_background(title: str, text: str) -> None:
    """A lead about a halt or talks; Owerri, taken four or more days before in passing, is not news."""
    assert ("Owerri", NIGERIA) not in held_by(WATCHLIST, title, text, PUBLISHED)
