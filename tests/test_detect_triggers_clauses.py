"""Who a trigger bears on and what governs it: a dateline is no subject, "les gardes" is no
"garder", a German sentence in the present subjunctive goes on reporting, power taken "in X", an
apposition describes the subject before it ("X, the border post, was captured"), and a day may
stand between a passive and its agent ("taken overnight by").

Sentences of our own about Sudan and Myanmar, against `tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_detector

SAF, RSF = {("Nyala", "Sudanese Armed Forces")}, {("Nyala", "Rapid Support Forces")}


def _changes(text: str) -> set[tuple[str, str]]:
    events = corpus_detector("conflicts_watchlist.json").detect("", text, SENTENCE_DAY)
    return {(e.place, e.controller) for e in events if e.controller}


def test_a_dateline_is_not_the_subject_of_a_surrender() -> None:
    """"NYALA, June 3 - The men holding the stadium surrendered": a building's defenders, not the city."""
    assert _changes("NYALA, June 3 - The men holding the stadium surrendered to the Sudanese army.") == set()
    assert _changes("NYALA, June 3 (Reuters) - Nyala fell to the Sudanese army this afternoon.") == SAF


def test_guards_are_no_keeping() -> None:
    """"Les gardes … ont évacué X": a noun, not "garder" (to keep), so the withdrawal stands."""
    assert _changes("Les gardes des Forces de soutien rapide ont évacué Nyala dans la nuit.") == SAF


def test_a_present_subjunctive_reports_the_sentence() -> None:
    """"hätten X geräumt, … sei zurückgekehrt": indirect speech (a report), not a condition."""
    assert _changes("Die RSF hätten Nyala geräumt, die Armee sei in die Stadt zurückgekehrt.") == SAF


def test_power_taken_in_a_city() -> None:
    """"In X haben die RSF die Macht übernommen": the city where power was taken changes hands."""
    assert _changes("In Nyala haben die RSF die Macht übernommen.") == RSF


def test_an_apposition_after_a_dateline_describes_the_subject() -> None:
    """"BANGKOK, Jan. 16 - X, the last army border post, was captured": X is the subject."""
    text = "BANGKOK, Jan. 16 - Paletwa, the last army border post, was captured by the Arakan Army."
    events = corpus_detector("conflicts_watchlist.json").detect("", text, SENTENCE_DAY)
    assert {(e.place, e.controller) for e in events} == {("Paletwa", "Arakan Army")}


@pytest.mark.parametrize(
    "text",
    [
        "Nyala was taken overnight by the Sudanese army, RSF commanders admitted.",
        "Nyala fue tomada ayer por el ejército sudanés, admitieron las RSF.",
        "Le RSF hanno detto che Nyala è stata conquistata ieri dall'esercito sudanese.",
    ],
)
def test_a_day_between_a_passive_and_its_agent(text: str) -> None:
    """"taken overnight by", "tomada ayer por": the agent after the day holds the city."""
    assert _changes(text) == SAF


def test_a_city_included_in_what_was_taken() -> None:
    """"seized the state, including its capital, X": the city is part of the object, not an airport."""
    assert _changes("RSF fighters seized South Darfur state, including its capital, Nyala.") == RSF
    assert _changes("Les FSR ont pris le contrôle du Darfour-Sud, y compris sa capitale Nyala.") == RSF
    assert _changes("RSF fighters seized South Darfur state, including the airport near Nyala.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Les FSR affirment vouloir reprendre Nyala.",
        "Las FAR dicen querer tomar Nyala.",
        "Le RSF dicono di volere conquistare Nyala.",
    ],
)
def test_wanting_to_take_a_city_is_no_capture(text: str) -> None:
    """The infinitive of "to want" ("vouloir", "querer", "volere") governs the capture: an intent."""
    assert _changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kämpfer der RSF sind in die sudanesische Provinzhauptstadt Nyala eingerückt und haben die "
            "Kontrolle übernommen.",
            RSF,
        ),
        ("Die sudanesische Armee hat die Provinzhauptstadt Nyala zurückerobert.", SAF),
    ],
)
def test_a_german_city_after_its_noun(text: str, expected: set[tuple[str, str]]) -> None:
    """"in die sudanesische Provinzhauptstadt X", "die Provinzhauptstadt X": the city, not a province."""
    assert _changes(text) == expected


def test_a_dateline_is_not_what_it_stands_for() -> None:
    """"EL FASHER, June 3 (Reuters) - … entered Nyala and took control of it": "it" is Nyala, the
    one city the sentence names besides the place the wire was filed from."""
    text = ("EL FASHER, June 3 (Reuters) - Sudanese army troops entered the town of Nyala at dawn "
            "and took control of it, a military spokesman said.")
    assert _changes(text) == SAF
