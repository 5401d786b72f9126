"""Reading the whole article: "the city" and pronouns across sentences, withdrawal nouns, capitals.

Sentences written for these tests, from Sudan, Myanmar, Libya, Iraq, DR Congo and Syria, in
English, French, Spanish and German; each checks a general rule, not a particular article.
"""

from __future__ import annotations

import pytest

from tests.detect_support import changes
from tests.test_detect_general import AA, HTS, IQG, M23, RSF, SAF, _changes, _detector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the city" in a later sentence stands for the city named before it.
        (
            "Heavy fighting was reported in Wad Madani for days. On Saturday the Sudanese army "
            "said it had retaken the city.",
            {("Wad Madani", SAF)},
        ),
        (
            "Les combats faisaient rage depuis une semaine à Goma. Les rebelles du M23 ont pris le "
            "contrôle de la ville dans la nuit de dimanche.",
            {("Goma", M23)},
        ),
        (
            "Durante semanas hubo combates en los alrededores de Mosul. Las fuerzas iraquíes "
            "recuperaron la ciudad el martes.",
            {("Mosul", IQG)},
        ),
        (
            "Seit Tagen wurde um Lashio gekämpft. Die Rebellen der MNDAA haben die Stadt am Mittwoch "
            "eingenommen.",
            {("Lashio", "MNDAA")},
        ),
        # A city named only as a reference point is not what "the city" means.
        (
            "The army pulled back toward El Fasher. Rapid Support Forces then captured the city of "
            "Wad Madani.",
            {("Wad Madani", RSF)},
        ),
        (
            "Fighters gathered near Sirte on Monday. The Islamic State has not taken the city.",
            set(),
        ),
        # A pronoun opening the sentence stands for the actor named before.
        (
            "Arakan Army fighters attacked Myawaddy for a week. They seized the town on Friday.",
            {("Myawaddy", AA)},
        ),
        (
            "Les combattants de HTS ont encerclé Hama pendant trois jours. Ils ont pris cette ville "
            "jeudi soir.",
            {("Hama", HTS)},
        ),
    ],
)
def test_references_across_sentences(text: str, expected: set[tuple[str, str]]) -> None:
    """'The city', 'la ville', 'die Stadt' and subject pronouns are resolved across sentences."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who withdraws is said next to the withdrawal noun, not by the clause's subject.
        (
            "Residents celebrated the Sudanese army's withdrawal from El Fasher on Sunday.",
            {("El Fasher", RSF)},
        ),
        (
            "Les habitants ont salué le retrait des forces irakiennes de Ramadi, selon l'État islamique.",
            {("Ramadi", "Islamic State")},
        ),
        # Spanish "quedar por" + infinitive: yet to be done.
        (
            "El ejército sudanés controla la mayor parte de Wad Madani, pero el centro de la ciudad "
            "queda por capturar.",
            set(),
        ),
        # German adjectives open a sentence capitalised: "Islamistische Rebellen" names no group.
        (
            "Islamistische Rebellen erklärten am Dienstag, sie hätten Hama erobert.",
            {("Hama", HTS)},
        ),
    ],
)
def test_article_level_holders(text: str, expected: set[tuple[str, str]]) -> None:
    """Holders come from the withdrawal noun's owner, a speaking capital, or the generic group."""
    assert _changes(text) == expected


def test_explain_trace_is_the_same_reading() -> None:
    """Reading with the trace gives the same events as reading without it."""
    text = "Heavy fighting was reported in Wad Madani. On Saturday the army said it had retaken the city."
    plain = _detector().read("", text)
    traced = _detector().read("", text, explain=True)
    assert plain.events == traced.events and plain.notes == () and traced.notes
    assert any(n.stage == "candidate" and n.kept and n.place == "Wad Madani" for n in traced.notes)


def test_a_capital_that_speaks_is_its_government() -> None:
    """'Kabul announced it had withdrawn its troops from Kandahar': Kabul is the government, not a city."""
    assert changes("Kabul announced on Sunday that it had withdrawn its troops from Kandahar.") == {
        ("Kandahar", "Taliban")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German separable verbs in the present and past: the particle ends the clause.
        ("Die RSF nehmen Wad Madani nach tagelangen Kämpfen ein.", {("Wad Madani", RSF)}),
        (
            "Die Rebellen der MNDAA nahmen Lashio am Mittwoch ohne Widerstand der Armee ein.",
            {("Lashio", "MNDAA")},
        ),
        ("Die sudanesische Armee zieht ihre Truppen aus El Fasher ab.", {("El Fasher", RSF)}),
        # "ein" as an article is no particle: the clause goes on.
        ("Die RSF nehmen Wad Madani ein Ziel nach dem anderen unter Beschuss.", set()),
        # A nationality opening the subject stands for its country's side.
        (
            "Die irakische Anti-Terror-Einheit hat Mosul am Sonntag vollständig zurückerobert.",
            {("Mosul", IQG)},
        ),
        # Not the city's own adjective: the passive names no holder here.
        ("Die irakische Stadt Ramadi wurde am Sonntag eingenommen.", set()),
    ],
)
def test_german_word_order(text: str, expected: set[tuple[str, str]]) -> None:
    """Separable verbs, verb-final clauses and nationality subjects in German."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A claim nobody contradicts stays (flagged as a claim) even when it cannot be verified.
        (
            "The RSF said it had captured El Fasher. The claim could not be independently verified.",
            {("El Fasher", RSF)},
        ),
        # A contradiction naming the city, anywhere in the article, removes the claim.
        (
            "The RSF claimed on Monday to have captured El Fasher. Residents described calm streets "
            "and shops opening. Aid convoys were expected later in the week. The Sudanese army "
            "denied that El Fasher had fallen.",
            set(),
        ),
        (
            "M23 claims to have captured Goma, but the Congolese army says fighting continues in Goma.",
            set(),
        ),
        # Background told in a relative clause in the pluperfect is not news.
        (
            "The army began pulling troops out of Sirte, which the Islamic State had captured in the "
            "first weeks.",
            set(),
        ),
    ],
)
def test_claims_and_background_over_the_article(text: str, expected: set[tuple[str, str]]) -> None:
    """Unverified claims stay, contradicted ones go; pluperfect relative clauses are background."""
    assert _changes(text) == expected


def test_the_latest_event_for_a_place_wins() -> None:
    """An event told in the pluperfect gives way to a later one, whatever their order in the text."""
    assert changes(
        "Russian forces had captured Kherson early on. Ukrainian forces retook Kherson on Friday."
    ) == {("Kherson", "Ukraine")}
    assert changes(
        "Ukrainian forces retook Kherson on Friday. Russian forces had captured Kherson early on."
    ) == {("Kherson", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RSF fighters have fully occupied El Fasher, residents said.", {("El Fasher", RSF)}),
        ("The Arakan Army is now in control of Myawaddy, a local official said.", {("Myawaddy", AA)}),
        ("M23 has taken full control of Goma after the army fled.", {("Goma", M23)}),
        # "not … until" says when it happened.
        ("Wad Madani did not fall to the RSF until Sunday morning.", {("Wad Madani", RSF)}),
        ("Wad Madani did not fall to the RSF on Sunday.", set()),
        # Occupation as a state is not a change.
        ("Residents of occupied Sirte fled the Islamic State.", set()),
        # "The city of <a name we do not know>" is that city, not the one named before.
        (
            "Fighting went on in Hama. The strategic city of Salamiyah fell to HTS on Friday.",
            set(),
        ),
    ],
)
def test_english_forms(text: str, expected: set[tuple[str, str]]) -> None:
    """'Fully occupied', 'now in control of', 'not … until', and a named city that is not watched."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Intent and imminence are not a change.
        ("The RSF are anticipating taking full control of El Fasher within days.", set()),
        ("Os rebeldes estão muito próximo de conquistar Goma.", set()),
        # A month ago or more is background, in every language.
        ("The RSF took Wad Madani last month and have since advanced south.", set()),
        ("Le M23 s'est emparé de Goma le mois dernier.", set()),
        ("El M23 tomó Goma el mes pasado.", set()),
        ("Die M23 hatte Goma im vergangenen Monat eingenommen.", set()),
        # A group named generically is the government's one opponent there.
        ("Gunmen of a militia seized Goma on Sunday.", {("Goma", M23)}),
        ("Des hommes armés ont pris Goma dimanche.", {("Goma", M23)}),
        # One verb over several cities, each with its date.
        (
            "The army retook Mosul on Monday and Ramadi on Wednesday.",
            {("Mosul", IQG), ("Ramadi", IQG)},
        ),
        # Who holds it comes from the clause's roles.
        ("Iraqi troops handed the insurgents a defeat by retaking Ramadi.", {("Ramadi", IQG)}),
        ("We have lost Wad Madani, a Sudanese army officer admitted.", {("Wad Madani", RSF)}),
        # where the speakers are is not an aside: "the city" they speak of is that place
        ("Officials in Wad Madani say the city is now in the hands of the RSF.", {("Wad Madani", RSF)}),
        ("Residents in Wad Madani said the town was now held by the RSF.", {("Wad Madani", RSF)}),
        # a denial in a clause about other places leaves the sentence's own change standing
        (
            "Officials say Wad Madani is now in the hands of the RSF, a force which also remains in control "
            "of much of El Fasher.",
            {("Wad Madani", RSF)},
        ),
        # people fleeing a city are no side leaving it
        ("Since the RSF seized Wad Madani in December, thousands of people have fled the city.", set()),
        ("Thousands of families have fled El Fasher in recent weeks, aid agencies said on Monday.", set()),
        # the army's speakers named without their country: their "we" is the army
        ('"We have lost Wad Madani," an army officer admitted on Thursday.', {("Wad Madani", RSF)}),
        ('"We have lost Wad Madani," a military source told reporters on Thursday.', {("Wad Madani", RSF)}),
        ('"We have lost Wad Madani," a senior army commander said by telephone.', {("Wad Madani", RSF)}),
    ],
)
def test_time_intent_generic_groups_and_roles(text: str, expected: set[tuple[str, str]]) -> None:
    """Intent, relative dates, generic group names, coordinated dates and clause roles."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Defenders surrendering: the garrison's city falls to whom they surrendered.
        ("Sudanese army soldiers in El Fasher surrendered to the RSF.", {("El Fasher", RSF)}),
        # A list's last item after asides, opened by "ainsi que", "as well as".
        (
            "Les forces irakiennes ont repris Mossoul, la deuxième ville du pays, ainsi que Ramadi, "
            "plus à l'ouest.",
            {("Mosul", IQG), ("Ramadi", IQG)},
        ),
        # A new verb after "and" is a new clause, not a list: "and are closing in on".
        (
            "L'État islamique s'est emparé de Ramadi, dans l'ouest du pays, et se rapproche de Mossoul.",
            {("Ramadi", "Islamic State")},
        ),
    ],
)
def test_garrisons_and_lists(text: str, expected: set[tuple[str, str]]) -> None:
    """Garrisons that surrender hand over their city; additive lists go on after asides."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The regional capital" stands for the city named before; "the capital" does not.
        (
            "Fighting went on in Wad Madani for a week. The army said it had retaken the regional "
            "capital from the RSF.",
            {("Wad Madani", SAF)},
        ),
        # A withdrawal whose owner is not said: celebrated by someone is not "who left".
        ("Residents of Mosul celebrated the withdrawal on Friday, Iraqi officials said.", set()),
        ("Iraqi officials celebrated the withdrawal from Mosul on Friday.", set()),
        # Announced by its subject, it is the subject's: "the army announced the withdrawal from X".
        ("The Sudanese army announced the withdrawal from El Fasher.", {("El Fasher", RSF)}),
    ],
)
def test_regional_capitals_and_withdrawal_owners(text: str, expected: set[tuple[str, str]]) -> None:
    """Regional capitals refer back; a withdrawal noun needs an owner, a possessive or an announcer."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kämpfer der Taliban haben den Präsidentenpalast in Kabul eingenommen.", {("Kabul", "Taliban")}),
        ("HTS fighters seized the presidential palace in Aleppo on Saturday.", {("Aleppo", HTS)}),
        ("Rockets hit the presidential palace in Kabul on Sunday.", set()),
        ("The Taliban seized the police headquarters in Kabul.", set()),
    ],
)
def test_taking_the_seat_of_power_is_taking_the_city(text: str, expected: set[tuple[str, str]]) -> None:
    """The presidential palace stands for its city; other buildings do not."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "withdraws X's troops from Y": the object is who left.
        ("The commander withdraws Sudanese army troops from El Fasher.", {("El Fasher", RSF)}),
        (
            "The general ordered the pullout and withdrew Iraqi troops from Ramadi.",
            {("Ramadi", "Islamic State")},
        ),
        # Quotes inside a German verb-final clause do not hide the object.
        (
            'Die RSF haben die Stadt Wad Madani nach eigenen Angaben "vollständig" eingenommen.',
            {("Wad Madani", RSF)},
        ),
        # "was still under X control" in the past is background, not a denial.
        (
            "Die RSF haben Wad Madani eingenommen. Wad Madani war die letzte Stadt der Region, die "
            "noch unter Kontrolle der Armee war.",
            {("Wad Madani", RSF)},
        ),
        (
            "Die RSF haben nach eigenen Angaben Wad Madani eingenommen. Die Armee erklärte, die Stadt "
            "sei noch unter ihrer Kontrolle.",
            set(),
        ),
    ],
)
def test_objects_that_leave_and_present_denials(text: str, expected: set[tuple[str, str]]) -> None:
    """Who is withdrawn is the object; a denial is in the present, a past state is background."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The defender confirming a fall does not hold the city: its opponent does.
        (
            "Sudanese army officials confirmed the city's fall on Monday. El Fasher had been besieged "
            "for months.",
            set(),
        ),
        ("Sudanese army officials confirmed that El Fasher had fallen.", {("El Fasher", RSF)}),
        ("The Sudanese army confirmed the fall of El Fasher on Monday.", {("El Fasher", RSF)}),
        # Withdrawing civilians or staff is no side leaving.
        ("The Iraqi army withdrew civilians from Ramadi on Tuesday.", set()),
        ("Le gouvernement irakien a ordonné hier le retrait de son personnel de Ramadi.", set()),
        # Giving up the capture of a city is no capture.
        ("Die RSF haben die Eroberung von El Fasher vorerst aufgegeben.", set()),
        # Announced after the noun, in German: "hat den Rückzug aus X erklärt".
        ("Die sudanesische Armee hat den Rückzug aus El Fasher erklärt.", {("El Fasher", RSF)}),
    ],
)
def test_falls_withdrawals_and_given_up_captures(text: str, expected: set[tuple[str, str]]) -> None:
    """Who confirms a fall, who is withdrawn, and what is given up decide the holder or nothing."""
    assert _changes(text) == expected


def test_a_country_named_as_a_place_is_not_the_subject() -> None:
    """'Forces in eastern Ukraine have taken X': Ukraine is where, not who."""
    assert changes("Separatists in eastern Ukraine have captured Bakhmut.") == {("Bakhmut", "Russia")}


@pytest.mark.parametrize(
    "text",
    [
        "O Exército sudanês recebeu ordens para se retirar de El Fasher.",
        "A vitória abre a possibilidade de o exército iraquiano retomar Mosul.",
    ],
)
def test_portuguese_orders_and_possibility_are_no_change(text: str) -> None:
    """'Ordens para', 'possibilidade de' govern the verb that follows."""
    assert _changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinshasa est calme. Le M23 a capturé Goma, la plus grande ville du Nord-Kivu.", {("Goma", M23)}),
        ("Le gouvernement siège à Goma. Les rebelles ont pris la plus grande ville du nord.", set()),
        ("Aid reached Mosul on Monday. The Islamic State seized the country's second city.", set()),
    ],
)
def test_a_described_city_is_not_the_one_named_before(text: str, expected: set[tuple[str, str]]) -> None:
    """'The largest city of the north', 'the second city' describe another city: no referent."""
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Las tropas iraquíes entraron este viernes en la ciudad de Mosul tras la retirada del "
            "Estado Islámico.",
            {("Mosul", IQG)},
        ),
        (
            "Les forces irakiennes sont entrées samedi dans Ramadi après le retrait de l'État islamique.",
            {("Ramadi", IQG)},
        ),
        # An entry amid fighting, with nobody leaving, is no change.
        ("Las tropas iraquíes entraron este viernes en Mosul entre intensos combates.", set()),
    ],
)
def test_entries_with_a_time_between_verb_and_city(text: str, expected: set[tuple[str, str]]) -> None:
    """'Entraron este viernes en X' after the other side's withdrawal is an entry into X."""
    assert _changes(text) == expected
