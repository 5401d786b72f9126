"""German falls told with the holder inside the phrase (issue 10).

"X ist in die Hände der Einheitsregierung gefallen": the side named inside "in die Hände" holds
the city, even when it is a government (a government that confirms a fall lost the city; one
into whose hands it falls won it). "X ging für die RSF verloren": the side named after "für"
lost it. Our own sentences about Libya 2019-2020 and Sudan, against
`tests/data/conflicts_watchlist.json`.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import SENTENCE_DAY, corpus_changes, corpus_detector

GNA = "Government of National Accord"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarhuna ist in die Hände der Einheitsregierung gefallen.", {("Tarhuna", GNA)}),
        ("Gharyan ist am Mittwoch in die Hände der Einheitsregierung gefallen.", {("Gharyan", GNA)}),
        ("Baidoa ist in die Hände der somalischen Armee gefallen.", {("Baidoa", "Somali government")}),
        ("Khartum ging für die RSF verloren.", {("Khartoum", SAF)}),
        ("Wad Madani ging am Samstag für die sudanesische Armee verloren.", {("Wad Madani", RSF)}),
    ],
)
def test_the_side_inside_the_fall(text: str, expected: set[tuple[str, str]]) -> None:
    """ "in die Hände der X gefallen": X holds it; "für X verloren": X lost it."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee hat Nyala am Sonntag an die RSF verloren.", {("Nyala", RSF)}),
        ("Die RSF haben Wad Madani nach schweren Kämpfen an die Armee verloren.", {("Wad Madani", SAF)}),
        ("Die Armee hat El Fasher am Montag kampflos an die RSF übergeben.", {("El Fasher", RSF)}),
    ],
)
def test_whom_to_before_the_participle(text: str, expected: set[tuple[str, str]]) -> None:
    """ "hat X am Sonntag an die RSF verloren": the side after "an" gained it, though it is the
    side nearest the participle; the subject lost it."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebellenverbände haben am Montag Mekele eingenommen.",
        "Die Rebellenmiliz hat nach schweren Kämpfen Mekele eingenommen.",
        "Die Rebellenkämpfer sind in Mekele einmarschiert, die Regierungstruppen hatten die Stadt geräumt.",
    ],
)
def test_german_compounds_of_rebels(text: str) -> None:
    """ "Rebellenverbände", "Rebellenmiliz": the rebels, the government's single opponent there.

    A compound that names no force ("die Rebellenhochburg") is no side.
    """
    stronghold = "Die Armee hat die Rebellenhochburg Mekele eingenommen."
    assert (corpus_changes(text), corpus_changes(stronghold)) == (
        {("Mekelle", "TPLF")},
        {("Mekelle", "Ethiopian government")},
    )


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Grosny in russischer Hand",
            "Die tschetschenische Hauptstadt ist nach wochenlangen Kämpfen gefallen.",
            {("Grozny", "Russia")},
        ),
        (
            "Armee: Wad Madani zurückerobert",
            "Die sudanesische Armee hat nach eigenen Angaben die Stadt wieder unter Kontrolle.",
            {("Wad Madani", SAF)},
        ),
    ],
)
def test_states_in_headlines_and_had_under_control(
    title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    """ "X in russischer Hand" heads the news; "Die Armee hat X wieder unter Kontrolle": the army holds it."""
    events = corpus_detector("conflicts_watchlist.json").detect(title, text, SENTENCE_DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die RSF griffen Wad Madani am Samstag an. Am Sonntagabend hatten ihre Kämpfer die Stadt"
            " vollständig unter Kontrolle, sagten Bewohner.",
            {("Wad Madani", RSF)},
        ),
        ("Am Abend hatte die Armee Wad Madani vollständig unter ihrer Kontrolle.", {("Wad Madani", SAF)}),
        # a place in it, a state that goes on, an aim: no change
        ("Die Armee hat die Lage in Wad Madani vollständig unter Kontrolle.", set()),
        ("Die Armee hat Wad Madani weiterhin vollständig unter Kontrolle.", set()),
        ("Die Armee will Wad Madani vollständig unter Kontrolle bringen.", set()),
    ],
)
def test_wholly_under_control(text: str, expected: set[tuple[str, str]]) -> None:
    """ "hatten X vollständig unter Kontrolle" reads as "were in full control of X": a side in
    full control of the city itself, not of the situation in it."""
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die RSF wurden aus Wad Madani vertrieben.", {("Wad Madani", SAF)}),
        ("Nach Angaben der Armee seien die RSF aus Wad Madani vertrieben worden.", {("Wad Madani", SAF)}),
        ("Wad Madani sei gefallen, sagte ein Sprecher der Armee.", {("Wad Madani", RSF)}),
        ("Baidoa sei gefallen, teilte ein Sprecher der somalischen Armee mit.", {("Baidoa", "al-Shabaab")}),
    ],
)
def test_reported_passives_and_falls(text: str, expected: set[tuple[str, str]]) -> None:
    """A side driven out in the passive lost the city; a government reporting a fall lost it too."""
    assert corpus_changes(text) == expected


def test_a_passive_claimed_by_its_speaker() -> None:
    """ "„X ist befreit“, erklärte ein Kommandeur der RSF": the speaker's side freed it, not the army."""
    text = "„Wad Madani ist befreit“, erklärte ein Kommandeur der RSF."
    assert corpus_changes(text) == {("Wad Madani", RSF)}


def test_a_side_giving_itself_up_in_the_city() -> None:
    """ "In X hat sich die Armee ergeben": X goes to its opponent; "es hat sich ergeben" is no fall."""
    surrendered = "In Gorazde hat sich die bosnische Armee am Sonntag ergeben."
    resulted = "Aus den Gesprächen in Gorazde hat sich ergeben, dass die bosnische Armee weiterkämpft."
    assert (corpus_changes(surrendered), corpus_changes(resulted)) == (
        {("Gorazde", "Bosnian Serb forces")},
        set(),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Die RSF belagerten Wad Madani monatelang. Am Montag hat Wad Madani sich ergeben.",
        "Die RSF belagerten Wad Madani monatelang. Am Montag hat sich Wad Madani ergeben.",
        "Die RSF belagerten Wad Madani lange. Am Montag hat sich die Stadt auf Gnade und Ungnade ergeben.",
    ],
)
def test_the_city_gave_itself_up_in_the_perfect(text: str) -> None:
    """ "hat X sich ergeben", "hat sich die Stadt ergeben": the city surrendered, to its besiegers
    (as "ergab sich X" and "X surrendered" were read); "hat sich in X ergeben, dass" is no fall."""
    result = "Bei den Gesprächen hat sich in Wad Madani ergeben, dass die Armee bleibt."
    assert (corpus_changes(text), corpus_changes(result)) == ({("Wad Madani", RSF)}, set())
