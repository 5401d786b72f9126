"""A withdrawal from a part of a city, or by one person of a side, leaves the city held (issue 10).

"The army withdrew from the outskirts of X" leaves the outskirts, as "took the outskirts of X"
takes them; "The army commander left X for Khartoum" tells where a person went, not that the
army gave the city up. Both were read as the army leaving the city, in six languages. Sentences
of our own about Sudan, against `tests/data/conflicts_watchlist.json`.
"""



from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from the outskirts of Nyala on Sunday.",
        "L'armée s'est retirée dimanche de la périphérie de Nyala.",
        "El ejército se retiró el domingo de las afueras de Nyala.",
        "Die Armee zog sich am Sonntag aus den Außenbezirken von Nyala zurück.",
        "L'esercito si è ritirato domenica dalla periferia di Nyala.",
        "O exército retirou-se no domingo da periferia de Nyala.",
    ],
)
def test_a_withdrawal_from_the_outskirts(text: str) -> None:
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The army commander left Nyala for Port Sudan on Sunday.",
        "Le commandant de l'armée a quitté Nyala dimanche pour Port-Soudan.",
        "El comandante del ejército abandonó Nyala el domingo rumbo a Puerto Sudán.",
        "Der Kommandeur der Armee hat Nyala am Sonntag verlassen.",
        "Il comandante dell'esercito ha lasciato Nyala domenica per Port Sudan.",
        "O comandante do exército deixou Nyala no domingo rumo a Port Sudan.",
    ],
)
def test_one_person_of_a_side_leaving(text: str) -> None:
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from Nyala on Sunday.",
        "El ejército abandonó Nyala el domingo.",
        "Die Armee hat Nyala am Sonntag verlassen.",
    ],
)
def test_the_side_itself_leaving_still_gives_the_city(text: str) -> None:
    assert corpus_changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "RSF fighters attacked Nyala on Sunday and withdrew.",
        "Les combattants des FSR ont attaqué Nyala dimanche puis se sont retirés.",
        "Las RSF atacaron Nyala el domingo y luego se retiraron.",
        "Die RSF griffen Nyala am Sonntag an und zogen sich wieder zurück.",
        "I miliziani delle RSF hanno fatto irruzione a Nyala domenica e si sono ritirati.",
        "As RSF atacaram Nyala no domingo e depois retiraram-se.",
        "The RSF withdrew from Nyala after a brief attack.",
        "Las RSF se retiraron de Nyala tras un breve ataque.",
        # a departure after looting the town: a raid
        "The RSF withdrew from Nyala after looting the market.",
        "Le RSF lasciano Nyala dopo averla saccheggiata.",
        "Les FSR ont quitté Nyala après l'avoir pillée.",
        # the short attack told first
        "After a brief incursion, the RSF withdrew from Nyala.",
        "Après une brève incursion, les FSR se sont retirées de Nyala.",
        "Nach einem kurzen Vorstoß zogen sich die RSF aus Nyala zurück.",
        # where a side withdrew to, inside the city
        "Le truppe dell'esercito si sono ritirate nelle caserme di Nyala.",
        "The army withdrew into its barracks in Nyala.",
    ],
)
def test_attackers_going_back_leave_the_city_held(text: str) -> None:
    """The attackers never held the city: their departure gives it to nobody."""
    assert corpus_changes(text) == set()


def test_who_left_after_anothers_attack_lost_the_city() -> None:
    """An attack told first by its attacker's name is not the leavers' own: they lost the city."""
    assert corpus_changes("After an attack by the RSF, the army withdrew from Nyala.") == {("Nyala", RSF)}


def test_who_left_after_anothers_looting_lost_the_city() -> None:
    """Looting by another side is not the leavers' raid."""
    text = "The army withdrew from Nyala after RSF fighters looted the market."
    assert corpus_changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        "After weeks of RSF attacks, the army withdrew from Nyala.",
        "The RSF attacked El Fasher, and the army withdrew from Nyala.",
        "Tras un ataque de las RSF, el ejército se retiró de Nyala.",
    ],
)
def test_a_side_leaving_after_the_others_attack(text: str) -> None:
    """Another side attacked: the one that left gave the city up."""
    assert corpus_changes(text) == {("Nyala", RSF)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the fall of Nyala, the RSF are advancing on El Fasher.", {("Nyala", RSF)}),
        ("Après la chute de Nyala, les FSR visent El Fasher.", {("Nyala", RSF)}),
        ("Tras la caída de Nyala, las RSF apuntan a El Fasher.", {("Nyala", RSF)}),
        ("Nach dem Fall von Nyala nehmen die RSF El Fasher ins Visier.", {("Nyala", RSF)}),
        ("Dopo la caduta di Nyala, le RSF puntano su El Fasher.", {("Nyala", RSF)}),
        ("Após a queda de Nyala, as RSF ameaçam El Fasher.", {("Nyala", RSF)}),
        # the side that lost it, sending help elsewhere, does not win it
        ("After the fall of Nyala, the army is moving reinforcements to El Fasher.", {("Nyala", RSF)}),
    ],
)
def test_after_the_fall_the_winner_moves_on(text: str, expected: set[tuple[str, str]]) -> None:
    """ "After the fall of X, the RSF are advancing on Y": who moves on to the next city won X."""
    assert corpus_changes(text) == expected
