"""German clauses that carry over (issue 10): the Satzklammer, "zu" infinitives, "besetzen", roles.

Sentences of our own in wire style (dpa, Deutschlandfunk, NZZ) about Georgia 2008, Chechnya,
Bosnia, Ethiopia, Myanmar and Sudan, read against `tests/data/conflicts_watchlist.json`:
a negation after "nach eigenen Angaben" still negates; a siege after "nach" dates a fall; an
apposition or a relative clause between the city and its verb holds no subject; "von den RSF"
after an active verb says from whom; "besetzen" in every tense; "wieder unter ihre Kontrolle
gebracht"; "gelang es, X einzunehmen" against "versuchten, X einzunehmen"; a denial before
indirect speech without "dass".
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
TPLF, ENDF = "TPLF", "Ethiopian government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland besetzt nach heftigen Kämpfen die Stadt Gori.", {("Gori", "Russia")}),
        ("Russische Panzer besetzten am Mittwoch Gori.", {("Gori", "Russia")}),
        ("Russische Truppen besetzen die georgische Stadt Gori.", {("Gori", "Russia")}),
        ("Georgien meldet, dass russische Truppen Gori besetzt haben.", {("Gori", "Russia")}),
        ("Georgische Medien berichteten, russische Truppen hätten Gori besetzt.", {("Gori", "Russia")}),
        ("Am Dienstag haben russische Truppen Gori besetzt.", {("Gori", "Russia")}),
        (
            "Im Morgengrauen besetzten die tschetschenischen Kämpfer Gudermes.",
            {("Gudermes", "Chechen separatists")},
        ),
    ],
)
def test_besetzen_in_every_tense_and_order(text: str, expected: set[tuple[str, str]]) -> None:
    """ "besetzen" in the present, the past and the perfect, with its subject before or after the verb."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("news", "attribute"),
    [
        ("Russische Panzer besetzten am Mittwoch Gori.", "Im russisch besetzten Gori herrscht Angst."),
        ("Russische Truppen besetzen die Stadt Gori.", "Die Bewohner des seit Tagen besetzten Gori fliehen."),
        (
            "Russland besetzt nach heftigen Kämpfen die Stadt Gori.",
            "Das von Russland besetzt gehaltene Gori ist abgeriegelt.",
        ),
    ],
)
def test_besetzt_as_an_attribute_is_no_news(news: str, attribute: str) -> None:
    """The verb reports a change; a participle before the city ("im besetzten Gori") describes it."""
    assert (corpus_changes(news), corpus_changes(attribute)) == ({("Gori", "Russia")}, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition or a relative clause between the city and the verb holds no subject
        (
            "Die RSF haben El Fasher, die letzte Bastion der Armee in Darfur, eingenommen.",
            {("El Fasher", RSF)},
        ),
        ("Die TPLF hat Dessie, das die Armee seit Juli verteidigt hatte, erobert.", {("Dessie", TPLF)}),
        # "von" after an active verb: from whom
        (
            "Die sudanesische Armee eroberte am Samstag nach Gefechten Wad Madani von den RSF zurück.",
            {("Wad Madani", SAF)},
        ),
        # "wieder" and "vollständig" before "unter ihre Kontrolle gebracht"
        ("Die Armee hat Wad Madani wieder unter ihre Kontrolle gebracht.", {("Wad Madani", SAF)}),
        ("Die äthiopische Armee hat Dessie wieder unter ihre Kontrolle gebracht.", {("Dessie", ENDF)}),
        # a siege after "nach" dates the fall
        ("El Fasher fiel nach über einem Jahr Belagerung an die RSF.", {("El Fasher", RSF)}),
        (
            "Srebrenica fiel nach tagelanger Belagerung an die bosnisch-serbische Armee.",
            {("Srebrenica", "Bosnian Serb forces")},
        ),
        # a state reached now, "ganz"
        ("Die aserbaidschanische Armee kontrolliert jetzt ganz Fuzuli.", {("Fuzuli", "Azerbaijan")}),
        ("Die TPLF kontrolliert nun die ganze Stadt Lalibela.", {("Lalibela", TPLF)}),
    ],
)
def test_roles_across_the_satzklammer(text: str, expected: set[tuple[str, str]]) -> None:
    """Who holds the city is the subject of the main clause, whatever stands between."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("success", "aim", "expected"),
    [
        (
            "Der Armee gelang es, Wad Madani zurückzuerobern.",
            "Die Armee hat versucht, Wad Madani zurückzuerobern.",
            {("Wad Madani", SAF)},
        ),
        (
            "Den russischen Truppen gelang es am Sonntag, Grosny einzunehmen.",
            "Den russischen Truppen gelang es nicht, Grosny einzunehmen.",
            {("Grozny", "Russia")},
        ),
        (
            "Der MNDAA ist es gelungen, Lashio unter ihre Kontrolle zu bringen.",
            "Die MNDAA hofft, Lashio noch vor der Regenzeit unter ihre Kontrolle zu bringen.",
            {("Lashio", "MNDAA")},
        ),
        (
            "Den RSF gelang es, Wad Madani einzunehmen.",
            "Die RSF stehen kurz davor, Wad Madani einzunehmen.",
            {("Wad Madani", RSF)},
        ),
        (
            "Der TPLF gelang es, Dessie zu erobern.",
            "Die TPLF plant, Dessie in den kommenden Tagen zu erobern.",
            {("Dessie", TPLF)},
        ),
    ],
)
def test_zu_infinitives(success: str, aim: str, expected: set[tuple[str, str]]) -> None:
    """A "zu" infinitive is a change only after success ("gelang es"), not after an attempt or a plan."""
    assert (corpus_changes(success), corpus_changes(aim)) == (expected, set())


@pytest.mark.parametrize(
    "text",
    [
        "Die RSF haben Wad Madani nach eigenen Angaben nicht eingenommen, sondern nur umzingelt.",
        "Die russischen Truppen haben Grosny nach Angaben aus Moskau noch nicht eingenommen.",
        "Die Armee widersprach Angaben der RSF, die Stadt Wad Madani sei gefallen.",
        "Die Regierung in Addis Abeba wies Meldungen zurück, die TPLF habe Dessie erobert.",
        "Die Junta widersprach, die MNDAA sei in Lashio einmarschiert und habe die Stadt eingenommen.",
    ],
)
def test_negation_and_denial_reach_the_verb(text: str) -> None:
    """A negation after "nach Angaben" and a denial before indirect speech govern the verb."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source named before the subjunctive, in the same clause
        ("Nach Angaben der Armee hätten die RSF am Montag Wad Madani eingenommen.", {("Wad Madani", RSF)}),
        # the plural subjunctive goes on reporting what the sentence before attributed
        (
            "Die Armee meldete am Abend Erfolge im Norden. "
            "Auch in Dessie hätten sich die Kämpfer der TPLF ergeben.",
            {("Dessie", ENDF)},
        ),
        # a condition, or a modal after the participle, keeps it a hypothesis
        ("Ohne die Luftangriffe hätten die RSF Wad Madani eingenommen.", set()),
        ("Die RSF hätten Wad Madani eingenommen, wenn die Armee nicht rechtzeitig gekommen wäre.", set()),
        ("Nach Angaben der Armee hätten die RSF Wad Madani einnehmen können.", set()),
    ],
)
def test_indirect_speech_in_the_past_subjunctive(text: str, expected: set[tuple[str, str]]) -> None:
    """ "hätten" reports what a source said (plural indirect speech), unless a condition governs it."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb-second: a prepositional phrase before the verb is the one constituent there, so a
        # side named inside it is no subject; the subject follows the verb
        ("Nach dem Abzug der sudanesischen Armee eroberten die RSF Wad Madani.", {("Wad Madani", RSF)}),
        ("Trotz heftiger Gegenwehr der Armee übernahmen die RSF Wad Madani.", {("Wad Madani", RSF)}),
        ("Trotz der Gegenwehr der RSF eroberte die Armee Wad Madani zurück.", {("Wad Madani", SAF)}),
        # the subject before the verb still is the subject
        ("Die sudanesische Armee eroberte Wad Madani von den RSF zurück.", {("Wad Madani", SAF)}),
    ],
)
def test_a_fronted_phrase_holds_no_subject(text: str, expected: set[tuple[str, str]]) -> None:
    """ "Nach dem Abzug der Armee eroberten die RSF X": the side after the verb took X."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry in the present, as headlines tell it
        ("RSF rücken in Wad Madani ein", {("Wad Madani", RSF)}),
        ("Die Kämpfer der TPLF marschieren in Dessie ein.", {("Dessie", TPLF)}),
        # a state reached by now ("inzwischen", "mittlerweile")
        ("Nach Angaben von Zeugen ist Dessie inzwischen ganz in der Hand der TPLF.", {("Dessie", TPLF)}),
        ("Wad Madani befindet sich mittlerweile in den Händen der RSF.", {("Wad Madani", RSF)}),
        # a state alone is no news
        ("Wad Madani befindet sich in den Händen der RSF.", set()),
    ],
)
def test_present_entries_and_states_reached_by_now(text: str, expected: set[tuple[str, str]]) -> None:
    """ "rücken in X ein" is an entry like "rückten in X ein"; "inzwischen in der Hand" a change."""
    assert corpus_changes(text) == expected
