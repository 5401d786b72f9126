"""German states, passives and entries that were not read, on our own sentences about Croatia (1991-95).

A town "wieder in kroatischer Hand", "seit Samstagmorgen in kroatischen Händen" (a side named by
its country's adjective, a day and its time in one word) or "in der Gewalt" of a side since a
recent day has changed hands. A passive "wurde von der kroatischen Armee besetzt" and a verbless
headline "X von der Armee besetzt" name their agent as the holder (the agent was swallowed by the
trigger and the city with it). A ceremonial entry ("hielten ihren Einzug in X", "made its entry into X"), an entry "in das
Bergdorf X" or "in den Ort X", and a control taken "über den Ort X" or after a long Mittelfeld
("übernahmen nach Angaben der Regierung in Y binnen weniger Stunden die Kontrolle über X") are
read like their plain forms. The parity table compares the constructions in six languages.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

import pytest

from tests.sentence_kit import DAY, Pairs, detector_for, held, parity_battery, side

CRO, SRB = "Croatia", "Krajina Serbs"

WATCHLIST = {
    "places": [{"name": name, "country": "HR"} for name in ("Knin", "Vukovar", "Dubrovnik", "Osijek")],
    "actors": [
        side(CRO, ["Croatian army", "kroatische Armee", "HV"], "HR", SRB, True),
        side(SRB, ["Serb forces", "Serben", "serbische Milizen", "Krajina-Serben"], "HR", CRO),
    ],
}

CHANGES: list[tuple[str, str, Pairs]] = [
    # states: a national adjective's hand, a compound day and time, "in der Gewalt"
    ("", "Knin ist wieder in kroatischer Hand.", {("Knin", CRO)}),
    ("", "Knin ist seit Samstagmorgen in kroatischen Händen.", {("Knin", CRO)}),
    ("", "Die Stadt Knin ist seit Samstagmorgen in der Hand der kroatischen Armee.", {("Knin", CRO)}),
    ("", "Knin ist seit gestern in der Gewalt der kroatischen Armee.", {("Knin", CRO)}),
    ("", "Nach schweren Kämpfen ist Vukovar nun in der Gewalt der Serben.", {("Vukovar", SRB)}),
    ("Knin wieder in kroatischer Hand", "Die Lage in der Stadt ist ruhig.", {("Knin", CRO)}),
    # passives and verbless headlines with their agent
    ("", "Vukovar wurde von der kroatischen Armee besetzt.", {("Vukovar", CRO)}),
    ("", "Osijek ist von der kroatischen Armee besetzt worden.", {("Osijek", CRO)}),
    ("Vukovar von den Serben besetzt", "Die Lage in der Stadt ist ruhig.", {("Vukovar", SRB)}),
    ("Knin kampflos von der kroatischen Armee besetzt", "Die Lage in der Stadt ist ruhig.", {("Knin", CRO)}),
    # entries after a withdrawal, into a settlement named by its noun
    ("", "Nachdem die Serben abgezogen waren, hielt die kroatische Armee am Samstag ihren Einzug in Knin.", {("Knin", CRO)}),
    ("", "Die Serben haben sich zurückgezogen. Die kroatische Armee hat am Samstag ihren feierlichen Einzug in Knin gehalten.", {("Knin", CRO)}),
    ("", "Nach dem Abzug der Serben ist die kroatische Armee am Samstag in das Bergdorf Knin eingerückt.", {("Knin", CRO)}),
    ("", "Nach dem Abzug der Serben ist die kroatische Armee am Samstag in den Ort Knin eingerückt.", {("Knin", CRO)}),
    # a ceremonial entry alone, in an article calm about it
    ("", "Am Samstag hielt die kroatische Armee ihren Einzug in Knin.", {("Knin", CRO)}),
    ("", "On Saturday the Croatian army made its triumphal entry into Knin.", {("Knin", CRO)}),
    # control over a town named by its noun, or after a long Mittelfeld
    ("", "Die kroatische Armee hat die Kontrolle über den Ort Knin zurückgewonnen.", {("Knin", CRO)}),
    ("", "Die kroatische Armee übernahm nach Angaben der Regierung in Zagreb binnen weniger Stunden die Kontrolle über die früheren Hochburgen Knin und Vukovar.", {("Knin", CRO), ("Vukovar", CRO)}),
]

NO_CHANGES = [
    "Knin ist seit 1991 in serbischen Händen.",
    "Knin ist noch in serbischer Hand.",
    "Knin ist in guten Händen.",
    "Knin ist seit Samstag in guten Händen.",
    "Die Geiseln sind seit Samstag in der Gewalt der Serben.",
    "Vukovar ist weiterhin von den Serben besetzt.",
    "Vukovar, von den Serben besetzt, wurde am Samstag beschossen.",
    # an entry while the fighting goes on, a ceremonial entry only planned
    "Am Samstag hielt die kroatische Armee ihren Einzug in Knin. In den Hügeln gehen die Kämpfe weiter.",
    "Die Serben zogen sich zurück. Die kroatische Armee plant ihren Einzug in Knin.",
    "The Croatian army will make its entry into Knin on Saturday.",
    # a camp or a place near the town
    "Die Serben haben den Ort bei Knin besetzt.",
]


@pytest.mark.parametrize(("title", "text", "expected"), CHANGES)
def test_a_change(title: str, text: str, expected: Pairs) -> None:
    """Each state, passive, headline, entry or control above tells who holds the town now."""
    events = detector_for(WATCHLIST).detect(title, text, DAY)
    assert {(e.place, e.controller) for e in events if e.controller} == expected


@pytest.mark.parametrize("text", NO_CHANGES)
def test_no_change(text: str) -> None:
    """An old or lasting state, hands that are no side's, hostages, an apposition, an entry while
    fighting goes on or only planned, a place near the town: no change."""
    assert held(detector_for(WATCHLIST), text) == set()


CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("again in a side's hands, named by its adjective", {("Knin", CRO)}, (
        "Knin is back in Croatian hands.",
        "Knin est de nouveau aux mains croates.",
        "Knin está de nuevo en manos croatas.",
        "Knin ist wieder in kroatischer Hand.",
        "Knin è di nuovo in mani croate.",
        "Knin está de novo em mãos croatas.",
    )),
    ("in a side's hands since this morning, named by its adjective", {("Knin", CRO)}, (
        "Knin has been in Croatian hands since Saturday morning.",
        "Knin est depuis samedi matin aux mains croates.",
        "Knin está desde el sábado por la mañana en manos croatas.",
        "Knin ist seit Samstagmorgen in kroatischen Händen.",
        "Knin è da sabato mattina in mani croate.",
        "Knin está desde sábado de manhã em mãos croatas.",
    )),
    ("a ceremonial entry after the other side left", {("Knin", CRO)}, (
        "After the Serbs had withdrawn, the Croatian army made its entry into Knin on Saturday.",
        "Après le retrait des Serbes, l'armée croate a fait son entrée dans Knin samedi.",
        "Tras la retirada de los serbios, el ejército croata hizo su entrada en Knin el sábado.",
        "Nachdem die Serben abgezogen waren, hielt die kroatische Armee am Samstag ihren Einzug in Knin.",
        "Dopo il ritiro dei serbi, l'esercito croato ha fatto il suo ingresso a Knin sabato.",
        "Após a retirada dos sérvios, o exército croata fez a sua entrada em Knin no sábado.",
    )),
    ("a passive whose agent is the government's army", {("Vukovar", CRO)}, (
        "Vukovar was occupied by the Croatian army on Tuesday.",
        "Vukovar a été occupée mardi par l'armée croate.",
        "Vukovar fue ocupada el martes por el ejército croata.",
        "Vukovar wurde am Dienstag von der kroatischen Armee besetzt.",
        "Vukovar è stata occupata martedì dall'esercito croato.",
        "Vukovar foi ocupada na terça-feira pelo exército croata.",
    )),
]

GAPS = {
    ("again in a side's hands, named by its adjective", "pt"): "'de novo em mãos croatas': no article before 'mãos' (the Iberian helper's files)",
    ("in a side's hands since this morning, named by its adjective", "es"): "'desde el sábado por la mañana en manos croatas': the since and its time part before the state",
    ("in a side's hands since this morning, named by its adjective", "it"): "'da sabato mattina in mani croate': no article before 'mani' in the dated state",
    ("a passive whose agent is the government's army", "pt"): "'foi ocupada na terça-feira pelo exército croata': a day before the agent hides the government's army (not a Serb one)",
}

test_reads_alike, test_has_its_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, GAPS)
