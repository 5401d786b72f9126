"""Italian surrender and control sentences of the press, with their parity in the other languages.

Against `tests/data/conflicts_watchlist.json` (Somalia, Libya, Sudan): a city that capitulates or
gives itself up to a side ("X capitola", "X si arrende ai …"), control taken "da ieri", a city held
"ora saldamente" by a side, a city passed under a side's sovereignty; and the negatives around them
(a chapter, a threat, a city that did not give in); a city fallen "after a long siege", the siege
only dating the fall, in the six languages; a headline's "X torna azera" (the city returns to a
nation, named by its adjective).
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

SHABAAB, SOMALIA = "al-Shabaab", "Somali government"
LNA, GNA = "Libyan National Army", "Government of National Accord"
RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The city gives itself up to a side named after the verb.
        ("Baidoa si arrende agli shebab dopo due settimane di assedio.", {("Baidoa", SHABAAB)}),
        ("Ieri Baidoa si arrende agli shebab.", {("Baidoa", SHABAAB)}),
        ("Baidoa surrendered to al-Shabaab after a two-week siege.", {("Baidoa", SHABAAB)}),
        ("Baidoa s'est rendue aux shebab après deux semaines de siège.", {("Baidoa", SHABAAB)}),
        ("Baidoa se rindió a al-Shabaab tras dos semanas de asedio.", {("Baidoa", SHABAAB)}),
        ("Baidoa rendeu-se aos shebab após duas semanas de cerco.", {("Baidoa", SHABAAB)}),
        # The city capitulates to a side.
        ("Sirte capitola davanti all'LNA dopo un mese di assedio.", {("Sirte", LNA)}),
        ("Sirte ha capitolato davanti all'LNA.", {("Sirte", LNA)}),
        ("Sirte capitulated to the LNA after a month-long siege.", {("Sirte", LNA)}),
        # Not a surrender: a threat, a refusal, a chapter.
        ("Baidoa non si arrende agli shebab.", set()),
        ("Gli shebab minacciano: Baidoa si arrenderà.", set()),
        ("Il primo capitolo del libro racconta Baidoa e gli shebab.", set()),
    ],
)
def test_a_city_gives_itself_up(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Control taken "since yesterday": the day between the verb and its object.
        ("Le RSF hanno assunto da ieri il controllo di Nyala.", {("Nyala", RSF)}),
        ("The RSF took control of Nyala yesterday.", {("Nyala", RSF)}),
        # A city now held firmly by a side (adverbs of manner between).
        ("Sirte è ora saldamente controllata dall'LNA.", {("Sirte", LNA)}),
        ("Sirte è ormai completamente controllata dall'LNA.", {("Sirte", LNA)}),
        ("Sirte est désormais contrôlée par l'ANL.", {("Sirte", LNA)}),
        ("Sirte è ancora saldamente controllata dal GNA.", set()),
        # A city passed under a side's sovereignty or rule.
        ("Sirte è passata ieri sotto la sovranità dell'LNA.", {("Sirte", LNA)}),
        ("Sirte è passata sotto l'autorità dell'LNA.", {("Sirte", LNA)}),
        ("Sirte è passata oggi sotto il controllo dell'LNA.", {("Sirte", LNA)}),
        ("Sirte passed under the control of the LNA yesterday.", {("Sirte", LNA)}),
    ],
)
def test_control_taken_and_held(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A siege after "after" dates the fall; it no longer governs it as a mere encirclement.
        "Gli shebab hanno bombardato Baidoa per settimane. Baidoa è caduta ieri dopo un lungo assedio.",
        "Gli shebab hanno bombardato Baidoa per settimane. Baidoa capitola dopo otto giorni d'assedio.",
        "Al-Shabaab shelled Baidoa for weeks. Baidoa fell yesterday after a long siege.",
        "Les shebab ont bombardé Baidoa pendant des semaines. Baidoa est tombée hier après un long siège.",
        "Al-Shabaab bombardeó Baidoa durante semanas. Baidoa cayó ayer tras un largo asedio.",
        "O al-Shabaab bombardeou Baidoa durante semanas. Baidoa caiu ontem após um longo cerco.",
        "Al-Shabaab beschoss Baidoa wochenlang. Baidoa fiel gestern nach langer Belagerung.",
    ],
)
def test_a_city_falls_after_a_siege(text: str) -> None:
    assert corpus_changes(text) == {("Baidoa", SHABAAB)}


@pytest.mark.parametrize(
    "text",
    [
        "Gli shebab hanno bombardato Baidoa per settimane. Baidoa non è caduta nonostante un lungo assedio.",
        "Al-Shabaab shelled Baidoa for weeks. Baidoa has not fallen despite a long siege.",
        "Al-Shabaab shelled Baidoa for weeks. Baidoa could fall after a long siege.",
        "Gli shebab hanno bombardato Baidoa per settimane. Baidoa potrebbe cadere dopo un lungo assedio.",
    ],
)
def test_a_city_that_did_not_fall_under_siege(text: str) -> None:
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's nation: the city "returns" Azerbaijani, its state's side now holds it.
        ("Dopo ventotto anni di occupazione armena, Shusha torna azera.", {("Shusha", "Azerbaijan")}),
        ("Con la partenza delle ultime truppe, Shusha torna azerbaigiana.", {("Shusha", "Azerbaijan")}),
        ("Dopo ventotto anni di occupazione armena, Shusha è tornata azera.", {("Shusha", "Azerbaijan")}),
        # any other adjective is no nation
        ("Dopo ventotto anni di occupazione armena, Shusha torna tranquilla.", set()),
        ("Dopo la guerra, Shusha torna sotto i riflettori.", set()),
    ],
)
def test_a_city_returns_to_a_nation(text: str, expected: set[tuple[str, str]]) -> None:
    assert corpus_changes(text) == expected
