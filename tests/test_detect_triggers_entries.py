"""An entry into a city is a change when the side inside gave it up, wherever the article says so.

A plain "troops entered X" is a change in an article that tells of no fighting (see
test_detect_calm_entries.py); a forced entry, a landing or a deployment alone stays no change (a
raid, a push). Either becomes one when the article also tells that the garrison surrendered, that
a (white) flag went up or that the crowd welcomed the troops, and no fighting goes on; fighting
"after" which the troops entered is over.
Entries are read with a time between the verb and its preposition ("entraram esta manhã em"),
as a landing ("desembarcaram em") and as "hizo su entrada en". A handover names its recipient by
a nationality ("aux officiers croates"), and only part of a side leaving is no withdrawal.
Sentences of our own about Croatia 1995 and Chad, against `tests/data/conflicts_watchlist2.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector

KNIN = {("Knin", "Croatian government")}


def _changes(text: str) -> set[tuple[str, str]]:
    events = corpus_detector("conflicts_watchlist2.json").detect("", text, SENTENCE_DAY)
    return {(e.place, e.controller) for e in events if e.controller}


@pytest.mark.parametrize(
    "text",
    [
        "As tropas croatas entraram esta manhã em Knin sem encontrar resistência.",
        "Le truppe croate sono entrate ieri sera a Knin. La guarnigione serba si è arresa nel pomeriggio.",
        "Croatian troops entered Knin on Saturday. The Serb garrison surrendered in the afternoon.",
        "Kroatische Truppen sind in Knin eingerückt. Die serbische Besatzung hatte sich zuvor ergeben.",
        "Les troupes croates ont pénétré samedi à Knin, où un drapeau blanc avait été hissé.",
        "Las tropas croatas hicieron su entrada en Knin. La población las recibió con flores.",
        "As tropas croatas desembarcaram esta madrugada em Knin. A guarnição sérvia rendeu-se.",
        "Croatian troops entered Knin after two days of fighting. Its garrison surrendered.",
        "Le truppe croate sono entrate stamane a Knin, che la popolazione aveva già liberato dai serbi.",
        "Croatian troops entered Knin this morning, a town its people had freed from the Serb militias.",
    ],
)
def test_an_entry_the_defenders_gave_up_is_a_change(text: str) -> None:
    """An entry counts when the garrison surrendered, a flag went up, the crowd welcomed the troops or
    the city was already freed from its holder."""
    assert _changes(text) == KNIN


def test_an_entry_amid_fighting_is_no_change() -> None:
    """A plain entry is a change in calm, and with a surrender; with fighting going on, it is none,
    and a forced entry alone is none either."""
    entry = "Croatian troops entered Knin on Saturday."
    gave_up = f"{entry} The Serb garrison surrendered."
    assert _changes(gave_up) == KNIN
    assert _changes(entry) == KNIN
    assert _changes(f"{entry} Fighting continues in the centre.") == set()
    assert _changes(f"{gave_up} Fighting continues in the centre.") == set()
    assert _changes("Croatian troops moved into Knin on Saturday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a remis Knin aux officiers croates.",
        "Les troupes croates sont arrivées devant Knin. Le maire a remis la ville aux officiers croates.",
    ],
)
def test_a_handover_to_a_nationality_names_the_recipient(text: str) -> None:
    """"remis X aux officiers croates": the nationality of who receives the city is its holder."""
    assert _changes(text) == KNIN


def test_part_of_a_side_leaving_is_no_withdrawal() -> None:
    """"Muitos soldados … abandonaram X": many of a side's men leave, the side does not."""
    assert _changes("Muitos soldados e funcionários do governo chadiano abandonaram N'Djamena.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Les troupes croates tiennent entièrement Knin. La garnison serbe a cessé le combat dans la soirée.",
        "Croatian troops entered Knin on Saturday. The Serb defenders laid down their arms.",
    ],
)
def test_defenders_who_stopped_fighting_gave_the_city_up(text: str) -> None:
    """"a cessé le combat", "laid down their arms": a ceased fight is no fighting going on."""
    assert _changes(text) == KNIN


@pytest.mark.parametrize(
    "text",
    [
        "Samedi, les soldats croates ont été accueillis en libérateurs à Knin.",
        "Croatian soldiers were welcomed as liberators by the people of Knin on Saturday.",
        "Die kroatischen Soldaten wurden in Knin als Befreier empfangen.",
    ],
)
def test_soldiers_welcomed_as_liberators_hold_the_city(text: str) -> None:
    """Welcomed "as heroes", "as liberators" by a city's people: like a raised flag, the side holds it."""
    assert _changes(text) == KNIN
    assert _changes("Croatian leaders welcomed the ceasefire in Knin.") == set()


def test_a_city_held_by_nightfall_is_a_change() -> None:
    """"Ao fim do dia … ocupavam a cidade", "by nightfall they occupy": done; a landing alone is not."""
    landing = "As tropas croatas desembarcaram esta madrugada em Knin."
    assert _changes(f"{landing} Ao fim do dia as tropas croatas ocupavam a cidade.") == KNIN
    assert _changes("Croatian troops pushed into Knin at dawn and by nightfall they occupy the town.") == KNIN
    assert _changes(landing) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Les troupes croates se sont déployées à Knin. Le ministre s'est rendu à Zagreb dans la soirée.",
        "Las tropas croatas se desplegaron en Knin. El presidente rindió homenaje a los caídos.",
        "Le truppe croate si sono schierate a Knin. La notizia è stata resa nota dal ministero.",
        "As tropas croatas desembarcaram em Knin. A operação rendeu elogios ao governo.",
        "Las tropas croatas se desplegaron en Knin. El gobierno recibió con preocupación la noticia.",
        "Le truppe croate si sono schierate a Knin. La proposta di tregua è stata accolta dal governo.",
        "Kroatische Truppen sind in Knin eingedrungen. Daraus hat sich eine Debatte ergeben.",
    ],
)
def test_false_friends_of_a_surrender_or_a_welcome(text: str) -> None:
    """"s'est rendu à" (went), "rindió homenaje", "resa nota", "accolta", "sich ergeben": none gave up,
    so a deployment, a landing or a forced entry stays no change."""
    assert _changes(text) == set()
