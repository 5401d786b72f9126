"""A feature whose lead opens years back tells its story in the literary past, however far down.

"Trent'anni fa …", "Il y a trente ans …": the passato remoto and passé simple that follow, in
later paragraphs too, are that story, not news; a change told in the perfect ("Oggi … hanno
occupato") still is. Sentences about Bosnia 1995, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes


@pytest.mark.parametrize(
    "text",
    [
        "Trent'anni fa, nel luglio 1995, le truppe del VRS circondarono l'enclave di Srebrenica. Migliaia"
        " di civili cercarono rifugio presso la base dei caschi blu olandesi.\n\nDopo cinque giorni di"
        " combattimenti il VRS si impadronì di Srebrenica e, poco dopo, anche di Zepa.",
        "Il y a trente ans, en juillet 1995, les troupes de la VRS encerclèrent l'enclave de Srebrenica."
        " Des milliers de civils cherchèrent refuge auprès des Casques bleus.\n\nAprès cinq jours de"
        " combats, la VRS s'empara de Srebrenica et, peu après, de Zepa.",
    ],
)
def test_the_literary_past_of_a_feature_set_years_back_is_history(text: str) -> None:
    """The lead opens years back: the remote past below it is that time's story."""
    assert _changes(text) == set()


def test_the_perfect_below_a_lead_set_years_back_is_news() -> None:
    """"Oggi … hanno occupato": told in the perfect, today's change is news all the same."""
    text = (
        "Trent'anni fa il VRS prese Srebrenica. Oggi le forze governative bosniache hanno occupato Zepa"
        " dopo tre giorni di combattimenti."
    )
    assert _changes(text) == {("Zepa", "Bosnian government")}
