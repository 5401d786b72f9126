"""How far a German clause reaches back from its verb (issue 10): lists, quoted names, modals.

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. A German
modal governs the whole clause, however far it stands from the infinitive at the end; the clause
does not end at the comma of a list of towns ("will X, Y und Z zurückerobern") nor at a name in
quotes inside it ("und die »grüne Zone« zurückerobern"). The Konjunktiv of reported plans
("die Armee werde X zurückerobern", "müsse X einnehmen") and the wish ("möchte") govern as
"will" does; "konnte" tells what was done. A side that has a town "wieder unter Kontrolle" holds it.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("done", "planned"),
    [
        (
            "Die Armee hat Nyala, Zalingei und El Daein zurückerobert.",
            "Die Armee will Nyala, Zalingei und El Daein zurückerobern.",
        ),
        (
            "Die Armee hat in den vergangenen Tagen Omdurman, Khartum und die Vororte zurückerobert.",
            "Die Armee will in den kommenden Tagen Omdurman, Khartum und die Vororte zurückerobern.",
        ),
        (
            "Die RSF haben nach Angaben von Bewohnern Singa, Sennar und Kosti eingenommen.",
            "Die RSF wollen nach Angaben von Bewohnern Singa, Sennar und Kosti einnehmen.",
        ),
    ],
)
def test_a_modal_governs_every_town_of_a_list(done: str, planned: str) -> None:
    """The comma between towns is inside the clause: "will" reaches the verb after the list."""
    assert corpus_changes(done) and not corpus_changes(planned)


def test_a_comma_that_opens_a_clause_still_ends_it() -> None:
    """A comma before a finite verb or a relative pronoun ends the clause: its words do not govern."""
    assert corpus_changes("Nachdem die RSF abgezogen waren, hat die Armee Singa und Sennar eingenommen.") == {
        ("Singa", SAF)
    }
    relative = "Die RSF, die Sennar und Kosti halten wollten, haben Singa eingenommen."
    assert corpus_changes(relative) == {("Singa", RSF)}


@pytest.mark.parametrize(
    ("done", "planned"),
    [
        (
            "Die Armee hat Wad Madani und die »sogenannte grüne Zone von Gezira« zurückerobert.",
            "Die Armee will Wad Madani und die »sogenannte grüne Zone von Gezira« zurückerobern.",
        ),
        (
            "Die Armee hat Wad Madani, Sennar und die „Kornkammer des Landes“ zurückerobert.",
            "Die Armee will Wad Madani, Sennar und die „Kornkammer des Landes“ zurückerobern.",
        ),
        (
            "Die Armee hat die als »Tor zum Süden« bekannte Stadt Wad Madani zurückerobert.",
            "Die Armee will die als »Tor zum Süden« bekannte Stadt Wad Madani zurückerobern.",
        ),
    ],
)
def test_a_quoted_name_inside_the_clause_does_not_end_it(done: str, planned: str) -> None:
    """Quote marks around a name between the modal and the verb are part of the clause."""
    assert (corpus_changes(done), corpus_changes(planned)) == ({("Wad Madani", SAF)}, set())


@pytest.mark.parametrize(
    "text",
    [
        "Burhan sagte: »Die Armee hat Wad Madani zurückerobert«.",
        "»Die Armee hat Wad Madani zurückerobert«, sagte Burhan.",
    ],
)
def test_direct_speech_is_still_read(text: str) -> None:
    """A quotation that holds the whole clause is read as before."""
    assert corpus_changes(text) == {("Wad Madani", SAF)}


@pytest.mark.parametrize(
    "text",
    [
        "Burhan kündigte an, die Armee werde Wad Madani zurückerobern.",
        "Die Armee werde Wad Madani einnehmen.",
        "Die Armee müsse Wad Madani zurückerobern, sagte der General.",
        "Die Armee möchte Wad Madani zurückerobern.",
        "Die Armee müsste Wad Madani erst zurückerobern.",
        "Der Armeechef solle Wad Madani zurückerobern, forderten Demonstranten.",
    ],
)
def test_the_konjunktiv_of_a_plan_and_a_wish_govern(text: str) -> None:
    """A reported future, a duty or a wish is not a change."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee konnte Wad Madani am Samstag zurückerobern.",
        "Der Armee gelang es am Samstag, Wad Madani zurückzuerobern.",
        "Die RSF mussten Wad Madani räumen.",
    ],
)
def test_what_a_side_could_or_had_to_do_is_done(text: str) -> None:
    """ "konnte", "gelang es" and "mussten" (past) tell what happened."""
    assert corpus_changes(text) == {("Wad Madani", SAF)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee hat Singa wieder unter Kontrolle.", {("Singa", SAF)}),
        ("Die Armee hat die Stadt Singa erneut unter ihrer Kontrolle.", {("Singa", SAF)}),
        ("Die Armee hat die Lage in Singa wieder unter Kontrolle.", set()),
        ("Die Feuerwehr hat den Brand in Singa wieder unter Kontrolle.", set()),
        ("Die Armee will Singa wieder unter Kontrolle bringen.", set()),
    ],
)
def test_a_town_had_again_under_control(text: str, expected: set[tuple[str, str]]) -> None:
    """ "hat X wieder unter Kontrolle": the subject holds the town again; the situation in it is no town."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die RSF haben die Flagge über Singa gehisst.",
        "Die RSF haben die Flagge über der Stadt Singa gehisst.",
        "Die RSF hissten ihre Flagge über Singa.",
    ],
)
def test_a_flag_raised_over_the_town(text: str) -> None:
    """ "die Flagge über X gehisst": the town between the flag and the participle."""
    assert corpus_changes(text) == {("Singa", RSF)}
