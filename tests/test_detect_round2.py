"""Second round of detection rules: German word order and participles, lists, speakers.

Sentences written for these tests (Sudan, Myanmar, DR Congo, Syria, Libya); each checks a
general rule of the grammar, not a particular article.
"""

from __future__ import annotations

import pytest

from tests.test_detect_general import AA, IQG, M23, MN, RSF, SAF, _changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verb-second order: the subject of a fall after the verb.
        ("Nach tagelangen Kämpfen fiel Lashio am Mittwoch an die MNDAA.", {("Lashio", MN)}),
        ("Am Sonntag fiel Wad Madani an die RSF.", {("Wad Madani", RSF)}),
        # "hatte X aufgeben müssen": a forced withdrawal is a withdrawal.
        ("Die sudanesische Armee hatte Wad Madani aufgeben müssen.", {("Wad Madani", RSF)}),
        # The presidential palace "in der Hauptstadt X" stands for the city.
        (
            "Am Abend besetzten Taliban-Kämpfer den Präsidentenpalast in der afghanischen Hauptstadt Kabul.",
            {("Kabul", "Taliban")},
        ),
        # Control said to be new ("jetzt") is a change; plain control is not.
        ("Die M23 beherrschen jetzt Goma.", {("Goma", M23)}),
        ("Die Rebellen der M23 kontrollieren nun Goma.", {("Goma", M23)}),
        ("Die M23 kontrollieren Goma seit Jahren.", set()),
        # The verb is still a verb after a noun subject.
        ("Die Kämpfer der RSF eroberten Wad Madani am Dienstag.", {("Wad Madani", RSF)}),
        # "ging an X verloren" is a fall to X, not a withdrawal of X.
        ("Goma ging am Sonntag an die M23 verloren.", {("Goma", M23)}),
        # "Kämpfer" (fighters) is no fighting that blocks the verb; a speaker's genitive no city's.
        ("Laut einem Sprecher der RSF haben ihre Kämpfer Wad Madani eingenommen.", {("Wad Madani", RSF)}),
        ("Nach Angaben der Armee haben die Soldaten der RSF Wad Madani verlassen.", {("Wad Madani", SAF)}),
    ],
)
def test_german_word_order(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A participle used as an adjective names a past change, not the news.
        "Im eroberten Wad Madani plünderten Kämpfer der RSF Geschäfte.",
        "Die von der RSF eroberte Stadt Wad Madani ist seit Monaten zerstört.",
        "In der befreiten Stadt Hama verteilte die HTS Brot.",
        # a time inside the phrase keeps it one: "von der RSF" is still whose attribute, not from whom
        "Die am Sonntag von der RSF eroberte Stadt Wad Madani ist zerstört.",
        "Die erst gestern von der RSF eroberte Stadt Wad Madani ist zerstört.",
    ],
)
def test_german_attributive_participle_is_background(text: str) -> None:
    assert _changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # A month other than the publication's (December 2024) dates a past change: background.
        "The RSF, which captured Wad Madani in January, is now advancing on El Fasher.",
        "Les rebelles avaient pris Goma en janvier, rappelle l'AFP.",
        "Since the RSF captured Wad Madani last December, thousands have fled.",
        "Seit die M23 Goma im Januar eingenommen hat, sind Tausende geflohen.",
    ],
)
def test_dated_changes_are_background(text: str) -> None:
    assert _changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon after a plural of towns lists the objects of the verb.
        (
            "The MNDAA seized three towns on Friday: Lashio, Myawaddy and Muse.",
            {("Lashio", MN), ("Myawaddy", MN)},
        ),
        (
            "Les rebelles de l'AA ont pris deux villes : Lashio et Myawaddy.",
            {("Lashio", AA), ("Myawaddy", AA)},
        ),
        (
            "Die Arakan Army hat zwei Städte eingenommen: Lashio und Myawaddy.",
            {("Lashio", AA), ("Myawaddy", AA)},
        ),
        # A plural capture noun right before the colon: "ont enchaîné les prises : A (nord), B".
        (
            "Depuis vendredi, les rebelles de l'AA ont enchaîné les prises : Lashio (nord), "
            "Myawaddy (est) et Muse.",
            {("Lashio", AA), ("Myawaddy", AA)},
        ),
        # A colon that opens another sentence lists nothing.
        ("The MNDAA seized the town on Friday: Lashio residents said shops were closed.", set()),
        # An aside in brackets between the subject and a passive or a fall.
        ("Wad Madani (Gezira state) was captured by the RSF on Sunday.", {("Wad Madani", RSF)}),
        ("Wad Madani (Gezira) fell to the RSF on Sunday.", {("Wad Madani", RSF)}),
        # A dateline in brackets is no subject.
        ("GOMA (Reuters) - M23 rebels were captured by the army on Sunday.", set()),
        ("KHARTOUM (AP) — The RSF have captured the airport of the capital.", set()),
    ],
)
def test_lists_after_a_colon_and_bracketed_asides(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The participle of an active perfect is no passive: its object is after it.
        "Les rebelles du M23 avancent vers Goma après avoir pris Sake.",
        # A German subordinate clause holds its own object.
        "Die Rebellen rücken auf Goma vor, nachdem sie Sake eingenommen haben.",
        # A failed attempt is no change (five languages).
        "Les rebelles ont échoué à prendre Goma.",
        "Los rebeldes fracasaron en su intento de tomar Goma.",
        "Die Rebellen sind mit dem Versuch gescheitert, Goma einzunehmen.",
        "Os rebeldes falharam em tomar Goma.",
    ],
)
def test_not_a_change_of_the_named_city(text: str) -> None:
    assert _changes(text) == set()


def test_subordinate_clause_keeps_its_own_object() -> None:
    text = "Die Armee meldete, dass die Rebellen der M23 Goma eingenommen haben."
    assert _changes(text) == {("Goma", M23)}


@pytest.mark.parametrize(
    "text",
    [
        # A change attributed to the side that gains is its claim; a later denial drops it.
        "Nach Angaben der RSF ist Wad Madani gefallen, die Armee widersprach jedoch.",
        "Laut der RSF ist Wad Madani gefallen. Die Armee widersprach.",
        "According to the RSF, Wad Madani has fallen. The army denied it.",
        "Selon un porte-parole du M23, les rebelles ont pris Goma. L'armée congolaise a démenti.",
        "Según las RSF, sus combatientes tomaron Wad Madani. El ejército lo desmintió.",
        "Segundo as RSF, Wad Madani caiu. O exército negou.",
    ],
)
def test_attributed_claim_then_denied(text: str) -> None:
    assert _changes(text) == set()


def test_attributed_to_the_other_side_is_no_claim() -> None:
    text = "According to the army, the RSF captured Wad Madani on Sunday."
    assert _changes(text) == {("Wad Madani", RSF)}


@pytest.mark.parametrize(
    "text",
    [
        # A ministry or general staff of the side that gains speaks for it: a claim, here denied.
        "The Russian defence ministry said Russian troops had captured Kherson. Ukraine denied it.",
        "Le ministère russe de la Défense a affirmé que ses troupes avaient pris Kherson. Kiev a démenti.",
        (
            "Das russische Verteidigungsministerium erklärte, Cherson sei eingenommen worden. "
            "Die Ukraine widersprach."
        ),
    ],
)
def test_ministry_claim_denied(text: str) -> None:
    assert _changes(text) == set()


def test_ministry_of_the_other_side_reports_a_fact() -> None:
    text = "The Ukrainian defence ministry said Russian troops had left Kherson."
    assert _changes(text) == {("Kherson", "Ukraine")}


@pytest.mark.parametrize(
    "text",
    [
        # A decision to withdraw is no withdrawal yet; the first verb does not take the second's object.
        "Russia retreats and decides to withdraw troops from Kherson.",
        "Moscovo recua e opta por retirar os soldados de Kherson.",
        "La Russie recule et décide de retirer ses troupes de Kherson.",
        "Russland beschließt den Rückzug aus Cherson.",
    ],
)
def test_decision_to_withdraw(text: str) -> None:
    assert _changes(text) == set()


def test_decision_then_withdrawal() -> None:
    text = "Russia decided to withdraw from Kherson on Wednesday. Russian troops left Kherson on Friday."
    assert _changes(text) == {("Kherson", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German verb-second order: an adverbial first, the subject after the verb, then the object.
        ("Am Sonntag eroberten die Kämpfer der M23 Goma.", {("Goma", M23)}),
        ("Nach schweren Kämpfen eroberte die RSF Wad Madani.", {("Wad Madani", RSF)}),
        ("Am Sonntag griffen die Kämpfer der M23 Goma an.", set()),
        # More German forms of a capture or a fall.
        ("Goma wurde von der M23 überrannt.", {("Goma", M23)}),
        ("Die M23 haben die Kontrolle über Goma erlangt.", {("Goma", M23)}),
        ("Goma steht nun unter der Kontrolle der M23.", {("Goma", M23)}),
        ("Goma steht unter der Kontrolle der M23.", set()),
    ],
)
def test_german_inverted_subject_and_forms(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A promise or an oath to take a city is intent (five languages).
        "The Congolese army promised to retake Goma.",
        "L'armée congolaise a juré de reprendre Goma.",
        "El ejército congoleño prometió recuperar Goma.",
        "O exército congolês prometeu retomar Goma.",
        "L'esercito congolese ha promesso di riconquistare Goma.",
    ],
)
def test_promise_is_intent(text: str) -> None:
    assert _changes(text) == set()


def test_kept_promise_is_a_change() -> None:
    assert _changes("The army retook Goma, as it had promised.") == {("Goma", "DR Congo government")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Control said to be new, in French and Spanish; old control is no change.
        ("Le M23 contrôle désormais Goma.", {("Goma", M23)}),
        ("Le M23 a désormais la mainmise sur Goma.", {("Goma", M23)}),
        ("Le M23 est désormais maître de Goma.", {("Goma", M23)}),
        ("Les rebelles du M23 ont investi Goma dimanche.", {("Goma", M23)}),
        ("Goma quedó en poder del M23.", {("Goma", M23)}),
        ("El M23 controla ya Goma.", {("Goma", M23)}),
        ("Le M23 contrôle Goma depuis 2012.", set()),
        ("Le gouvernement a investi des millions à Goma.", set()),
        ("Goma, que quedó en manos del M23 en 2012, vuelve a estar en calma.", set()),
    ],
)
def test_new_control_fr_es(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A claim contradicted in other words than "denied": the other side still holds or fights.
        (
            "The RSF claimed to have captured Wad Madani, but the army said its troops were still "
            "fighting inside the city."
        ),
        "Rebels of the M23 said they had taken Goma; the government said its forces still held the city.",
        "Les rebelles du M23 affirment avoir pris Goma, mais l'armée assure tenir toujours la ville.",
        (
            "Los rebeldes del M23 dicen haber tomado Goma, pero el ejército afirma que sigue "
            "controlando la ciudad."
        ),
        (
            "Die M23 erklärte, Goma eingenommen zu haben. Die Armee erklärte dagegen, die Stadt sei "
            "weiter unter ihrer Kontrolle."
        ),
        # Reports called false.
        "Le gouvernement a qualifié de fausses les informations sur la chute de Goma.",
        "El gobierno calificó de falsas las informaciones sobre la caída de Goma.",
    ],
)
def test_contradicted_in_free_wording(text: str) -> None:
    assert _changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two weeks or more before publication is background, as "ago" is in English.
        ("El M23 tomó el control de Goma hace dos semanas.", set()),
        ("Le M23 a pris Goma il y a deux semaines.", set()),
        ("Die M23 hat Goma vor zwei Wochen eingenommen.", set()),
        ("O M23 tomou Goma há duas semanas.", set()),
        ("Le M23 a pris Goma il y a deux jours.", {("Goma", M23)}),
    ],
)
def test_weeks_before_publication(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "zur Einnahme … geführt" is a result; the nationality of the offensive is the holder.
        (
            "Die jüngste ukrainische Offensive hat zur Einnahme der Stadt Cherson geführt.",
            {("Kherson", "Ukraine")},
        ),
        ("Die ukrainische Gegenoffensive hat zur Einnahme von Cherson geführt.", {("Kherson", "Ukraine")}),
        # An offensive aimed at the capture is no capture.
        ("Die russische Offensive zielt auf die Einnahme von Cherson.", set()),
        # The city's own adjective is not the holder.
        ("Die ukrainische Stadt Cherson wurde von Russland eingenommen.", {("Kherson", "Russia")}),
    ],
)
def test_german_result_of_an_offensive(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The city attacked is not the object of the second, coordinated verb.
        ("Les jihadistes ont attaqué Goma et pris le contrôle de l'aéroport.", set()),
        ("Die Dschihadisten griffen Goma an und nahmen den Flughafen ein.", set()),
        ("Les rebelles du M23 ont encerclé Goma et pris Sake.", set()),
        # A participle after the city with its agent is still a passive.
        ("Goma, prise par les rebelles du M23 dimanche, est calme.", {("Goma", M23)}),
        # a day after the participle is no object: "el domingo" dates it, the agent follows
        ("Goma, tomada el domingo por los rebeldes del M23, está en calma.", {("Goma", M23)}),
        ("Goma, prise le matin par les rebelles du M23, est calme.", {("Goma", M23)}),
        ("Los rebeldes del M23 atacaron Goma y tomaron el domingo el aeropuerto.", set()),
        ("Die M23 nahm die Stadt Goma ein.", {("Goma", M23)}),
    ],
)
def test_coordinated_verbs_keep_their_objects(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of a city is not the city.
        ("Iraqi forces retook eastern Mosul.", set()),
        ("Les forces irakiennes ont repris l'est de Mossoul.", set()),
        ("Las fuerzas iraquíes recuperaron el este de Mosul.", set()),
        ("Die irakische Armee eroberte den Ostteil von Mossul zurück.", set()),
        # "the northern city of X" is the city.
        ("Iraqi forces retook the northern city of Mosul.", {("Mosul", IQG)}),
    ],
)
def test_part_of_a_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(text) == expected
