"""Control taken with no object is the control of the city named before it (issue 10).

"The RSF attacked X and took control", and across sentences "The RSF attacked X on Saturday. On
Sunday they took control": the clause ends on "control", so what was taken is the one city the
sentence, or the sentence before, named. Both were read as no change in six languages. An object
("took control of the airport"), a failure or a control kept tell no taking of the city.
Sentences of our own about Sudan, against `tests/data/conflicts_watchlist.json`.
"""



from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_changes, corpus_detector

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The RSF attacked Nyala on Saturday and took full control on Sunday.",
        "Les FSR ont attaqué Nyala samedi puis ont pris le contrôle dimanche.",
        "Las RSF atacaron Nyala el sábado y tomaron el control el domingo.",
        "Die RSF griffen Nyala am Samstag an und übernahmen die Kontrolle.",
        "Le RSF hanno attaccato Nyala sabato e hanno preso il controllo domenica.",
        "As RSF atacaram Nyala no sábado e assumiram o controle no domingo.",
    ],
)
def test_control_taken_in_the_sentence_of_the_city(text: str) -> None:
    assert corpus_changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF attacked Nyala on Saturday. On Sunday they took control.",
        "Les FSR ont attaqué Nyala samedi. Dimanche, elles ont pris le contrôle.",
        "Las RSF atacaron Nyala el sábado. El domingo las RSF tomaron el control.",
        "Die RSF griffen Nyala am Samstag an. Am Sonntag übernahmen sie die Kontrolle.",
        "Le RSF hanno attaccato Nyala sabato. Domenica le RSF hanno preso il controllo.",
        "As RSF atacaram Nyala no sábado. No domingo as RSF assumiram o controle.",
    ],
)
def test_control_taken_in_the_next_sentence(text: str) -> None:
    assert corpus_changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF attacked Nyala and took control of the airport.",
        "The RSF attacked Nyala. The RSF failed to take control.",
        "The RSF attacked Nyala. The army said it kept control.",
        "Fighting raged in Nyala. The situation is under control.",
    ],
)
def test_control_of_something_else_or_not_taken(text: str) -> None:
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "title",
    ["Nyala: RSF take control", "Nyala : les FSR prennent le contrôle", "Nyala: RSF übernehmen Kontrolle"],
)
def test_a_headline_on_its_city(title: str) -> None:
    """ "X: the RSF take control": the headline's topic is what was taken."""
    events = corpus_detector("conflicts_watchlist.json").detect(title, "", SENTENCE_DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == {("Nyala", RSF)}
