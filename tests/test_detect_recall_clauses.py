"""Recall on unseen conflicts (issue 10): clause shapes and phrasings that name a new holder.

Sentences of our own about conflicts outside the evaluation set (Sudan, Myanmar, Mozambique,
Tigray, Somalia), against `tests/data/conflicts_watchlist.json`: a participle opening the
sentence ("Tombée aux mains des FSR, la ville…"), an entry followed by the capture of what held
the city, claimed control, an admitted loss, "au profit de", states since a recent day, and a
headline whose city has an apposition.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes as _changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
IS, AA, MNDAA, TPLF = "Islamic State", "Arakan Army", "MNDAA", "TPLF"
JUNTA = "Myanmar military"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tombée aux mains des FSR dimanche, la ville de Wad Madani est désormais coupée du monde.",
            {("Wad Madani", RSF)},
        ),
        (
            "Conquistata dalle RSF domenica, Wad Madani è ora isolata dal resto del paese.",
            {("Wad Madani", RSF)},
        ),
        (
            "Tomada por las FAR el domingo, Wad Madani está ahora aislada del resto del país.",
            {("Wad Madani", RSF)},
        ),
        (
            "Captured by the RSF on Sunday, Wad Madani is now cut off from the rest of the country.",
            {("Wad Madani", RSF)},
        ),
    ],
)
def test_participle_opening_the_sentence(text: str, expected: set[tuple[str, str]]) -> None:
    """A participle phrase opening the sentence is said of the city that opens the main clause."""
    assert _changes(text) == expected


def test_participle_opening_needs_a_holder_or_a_time() -> None:
    """An idiom ("prise en tenaille") or an old date in the participle phrase is no news of a change."""
    assert _changes("Tombée aux mains des FSR dimanche, Wad Madani est coupée du monde.") == {
        ("Wad Madani", RSF)
    }
    assert _changes("Prise en tenaille par les FSR, Wad Madani résiste toujours.") == set()
    assert _changes("Tombée aux mains des FSR en 2023, Wad Madani reste coupée du monde.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Las FAR entraron en Nyala y tomaron el cuartel general del ejército sudanés.",
        "Le RSF sono entrate a Nyala e hanno preso il quartier generale dell'esercito sudanese.",
        "Les FSR sont entrées dans Nyala et ont pris le quartier général de l'armée soudanaise.",
        "As RSF entraram em Nyala e tomaram o quartel-general do exército sudanês.",
        # German: a forced entry, then the installation before the verb, with its owner or compound
        "Die Kämpfer der RSF sind am Samstag in Nyala eingedrungen und haben das Hauptquartier der Armee "
        "eingenommen.",
        "Die Kämpfer der RSF sind am Samstag in Nyala eingedrungen und haben das Armeehauptquartier "
        "eingenommen.",
    ],
)
def test_entry_then_capture_of_an_installation(text: str) -> None:
    """Entering a city and taking what held it (headquarters, barracks) is taking the city."""
    assert _changes(text) == {("Nyala", RSF)}


def test_entry_then_capture_of_people_is_no_change() -> None:
    """Taking hostages after entering is a raid: the entry alone still needs a side to have left."""
    assert _changes("Les FSR sont entrées dans Nyala et ont pris la caserne de l'armée.") == {("Nyala", RSF)}
    assert _changes("Les FSR sont entrées dans Nyala et ont pris des otages parmi les civils.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'Esercito di Arakan è entrato stamattina nella città di Sittwe dopo il ritiro della giunta.",
            {("Sittwe", AA)},
        ),
        (
            "Le forze di supporto rapido sono entrate ieri a Nyala dopo la ritirata dell'esercito sudanese.",
            {("Nyala", RSF)},
        ),
    ],
)
def test_italian_entry_with_an_adverb(text: str, expected: set[tuple[str, str]]) -> None:
    """ "È entrato stamattina nella città", after the other side withdrew, is an entry."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les FSR revendiquent le contrôle de Nyala après une semaine de combats.", {("Nyala", RSF)}),
        ("Le RSF rivendicano il controllo di Nyala dopo una settimana di combattimenti.", {("Nyala", RSF)}),
        ("As RSF reivindicam o controlo de Nyala depois de uma semana de combates.", {("Nyala", RSF)}),
        ("Las FAR reivindican el control de Nyala tras una semana de combates.", {("Nyala", RSF)}),
    ],
)
def test_claimed_control(text: str, expected: set[tuple[str, str]]) -> None:
    """Claiming control of a city reports its capture, as a claim."""
    assert _changes(text) == expected


def test_claimed_control_is_a_claim() -> None:
    """A denial of the army drops the claimed control."""
    text = "Les FSR revendiquent le contrôle de Nyala après une semaine de combats."
    assert _changes(text) == {("Nyala", RSF)}
    assert _changes(text + " L'armée soudanaise a démenti.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "L'armée soudanaise reconnaît la perte de Nyala après une semaine de combats.",
        "L'esercito sudanese ammette la perdita di Nyala dopo una settimana di combattimenti.",
        "O exército sudanês admite a perda de Nyala depois de uma semana de combates.",
        "El ejército sudanés admite la pérdida de Nyala tras una semana de combates.",
        "The Sudanese army acknowledged the loss of Nyala after a week of fighting.",
        "L'armée soudanaise s'est repliée hors de Nyala après une semaine de combats.",
    ],
)
def test_admitted_loss(text: str) -> None:
    """A side that admits losing a city, or falls back out of it, left it to its single opponent."""
    assert _changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La junte a perdu Lashio, la plus grande ville du nord, au profit des rebelles du MNDAA.",
            {("Lashio", MNDAA)},
        ),
        ("O exército birmanês perdeu Lashio, a maior cidade do norte, para o MNDAA.", {("Lashio", MNDAA)}),
        ("The Myanmar army lost Lashio, the largest town in the north, to the MNDAA.", {("Lashio", MNDAA)}),
    ],
)
def test_lost_to_a_named_side(text: str, expected: set[tuple[str, str]]) -> None:
    """Lost X, an apposition, to Y (or "au profit de Y"): Y holds X, whatever the other opponents."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon les habitants, Nyala est contrôlée par les FSR depuis dimanche.", {("Nyala", RSF)}),
        ("Selon les habitants, Nyala est aux mains des FSR depuis dimanche.", {("Nyala", RSF)}),
        ("Según los vecinos, Nyala está en manos de las FAR desde el domingo.", {("Nyala", RSF)}),
        ("Selon les habitants, les FSR tiennent désormais Nyala et ses environs.", {("Nyala", RSF)}),
        ("Selon les habitants, les FSR se sont rendues maîtresses de Nyala dimanche.", {("Nyala", RSF)}),
        ("Segundo os moradores, as RSF assumiram no domingo o controle de Nyala.", {("Nyala", RSF)}),
    ],
)
def test_states_since_a_recent_day(text: str, expected: set[tuple[str, str]]) -> None:
    """Holding a city since a recent day, or taking control of it on a named day, is news."""
    assert _changes(text) == expected


def test_state_since_a_year_is_no_news() -> None:
    """A state since a year is the background, not a change."""
    assert _changes("Selon les habitants, Nyala est aux mains des FSR depuis dimanche.") == {("Nyala", RSF)}
    assert _changes("Selon les habitants, Nyala est aux mains des FSR depuis 2023.") == set()


@pytest.mark.parametrize(
    "title",
    [
        "Soudan : Nyala, deuxième ville du pays, aux mains des FSR",
        "Sudan: Nyala, seconda città del paese, nelle mani delle RSF",
        "Sudão: Nyala, segunda cidade do país, nas mãos das RSF",
    ],
)
def test_headline_with_an_apposition(title: str) -> None:
    """A verbless headline "X, the country's second city, in the hands of Y" is news of a change."""
    assert _changes(title) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "Les paramilitaires ont pris Nyala après une semaine de combats contre l'armée.",
        "Los paramilitares tomaron Nyala tras una semana de combates contra el ejército.",
        "The paramilitaries captured Nyala after a week of fighting against the army.",
    ],
)
def test_paramilitaries_are_the_government_opponent(text: str) -> None:
    """ "The paramilitaries", like "the rebels", are the single opponent of the government there."""
    assert _changes(text) == {("Nyala", RSF)}
