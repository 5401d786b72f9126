"""Control-change expressions in English, French, Spanish and German: each family that says a
city changed hands, with who holds it now."""

from __future__ import annotations

import pytest

from tests.detect_support import PUBLISHED, changes, detector

T, G, R, U = "Taliban", "Afghan government", "Russia", "Ukraine"

CASES = [
    # English
    ("en", "capture", "The Taliban captured Kandahar on Friday.", {("Kandahar", T)}),
    (
        "en",
        "seize control",
        "Taliban fighters seized control of the city of Herat after a week.",
        {("Herat", T)},
    ),
    ("en", "take over", "The insurgents took over Ghazni overnight, officials said.", {("Ghazni", T)}),
    ("en", "fall to", "Kunduz fell to the Taliban early on Sunday.", {("Kunduz", T)}),
    ("en", "passive agent", "Herat was captured by the Taliban on Thursday night.", {("Herat", T)}),
    ("en", "nominal fall", "The ministry confirmed the fall of Ghazni to the Taliban.", {("Ghazni", T)}),
    ("en", "withdrawal", "Russian forces withdrew from Kherson on Friday.", {("Kherson", U)}),
    ("en", "recapture", "Ukrainian forces recaptured Kherson this week.", {("Kherson", U)}),
    ("en", "liberate", "The Ukrainian army liberated Kherson after months of occupation.", {("Kherson", U)}),
    ("en", "hand over", "Afghan forces handed over Kunduz to the Taliban without a fight.", {("Kunduz", T)}),
    (
        "en",
        "list",
        "The Taliban captured Kunduz, Ghazni and Herat in three days.",
        {("Kunduz", T), ("Ghazni", T), ("Herat", T)},
    ),
    ("en", "after capturing", "After capturing Herat, the Taliban moved south.", {("Herat", T)}),
    ("en", "rebels", "Rebels seized Aleppo in a lightning offensive.", {("Aleppo", "Hayat Tahrir al-Sham")}),
    ("en", "claim", "The Taliban claimed they had captured Kandahar.", {("Kandahar", T)}),
    (
        "en",
        "declared free",
        "Rebels declared Aleppo free of the regime on Sunday.",
        {("Aleppo", "Hayat Tahrir al-Sham")},
    ),
    ("en", "unopposed entry", "Taliban fighters entered Ghazni without a fight on Sunday.", {("Ghazni", T)}),
    (
        "en",
        "entry after withdrawal",
        "Russian troops withdrew overnight. Ukrainian forces entered Kherson.",
        {("Kherson", U)},
    ),
    (
        "en",
        "elliptic",
        "Kandahar fell to the Taliban on Friday, and Herat too.",
        {("Kandahar", T), ("Herat", T)},
    ),
    (
        "en",
        "coordinated object",
        "The Taliban seized the airport and the city of Kandahar.",
        {("Kandahar", T)},
    ),
    (
        "en",
        "object relative",
        "Aleppo, which the rebels captured on Saturday, is a big city.",
        {("Aleppo", "Hayat Tahrir al-Sham")},
    ),
    ("en", "the city", "Residents of Kunduz said the city fell to the Taliban overnight.", {("Kunduz", T)}),
    (
        "en",
        "lost control",
        "The Syrian army lost control of Aleppo on Saturday.",
        {("Aleppo", "Hayat Tahrir al-Sham")},
    ),
    (
        "en",
        "back under control",
        "Kherson is back under Ukrainian control, officials said.",
        {("Kherson", U)},
    ),
    (
        "en",
        "enemy hands",
        "The governor of Kherson admitted it is now in enemy hands and that Russia means to stay.",
        {("Kherson", R)},
    ),
    ("en", "drove out", "Ukrainian troops drove Russian forces out of Kherson.", {("Kherson", U)}),
    ("en", "lost to", "Russia lost Kherson to Ukraine this week.", {("Kherson", U)}),
    ("en", "abandoned by", "Kherson was abandoned by Russian forces on Friday.", {("Kherson", U)}),
    ("en", "surrendered to", "Ghazni surrendered to the Taliban without a fight.", {("Ghazni", T)}),
    # French
    (
        "fr",
        "prendre le contrôle",
        "Les combattants talibans ont pris vendredi le contrôle de Ghazni.",
        {("Ghazni", T)},
    ),
    ("fr", "s'emparer", "Des combattants talibans se sont emparés jeudi soir de Hérat.", {("Herat", T)}),
    ("fr", "tomber aux mains", "Ghazni est tombée mardi aux mains des talibans.", {("Ghazni", T)}),
    ("fr", "passif", "Ghazni a été prise par les talibans après deux jours de combats.", {("Ghazni", T)}),
    ("fr", "chute de", "Le ministère a confirmé la chute de Ghazni aux mains des talibans.", {("Ghazni", T)}),
    ("fr", "se retirer", "Les forces russes se sont retirées de Kherson vendredi.", {("Kherson", U)}),
    ("fr", "reprendre", "L'armée ukrainienne a repris Kherson après huit mois.", {("Kherson", U)}),
    ("fr", "libérer", "Les forces ukrainiennes ont libéré Kherson cette semaine.", {("Kherson", U)}),
    ("fr", "revendiquer", "Les talibans ont affirmé avoir capturé Kandahar.", {("Kandahar", T)}),
    (
        "fr",
        "sans résistance",
        "Les talibans sont entrés dans Ghazni sans résistance dimanche.",
        {("Ghazni", T)},
    ),
    (
        "fr",
        "incise",
        "Ghazni, à 150 km au sud de Kaboul, est tombée aux mains des talibans.",
        {("Ghazni", T)},
    ),
    (
        "fr",
        "relative objet",
        "C'est la ville d'Alep que reprenaient les rebelles.",
        {("Aleppo", "Hayat Tahrir al-Sham")},
    ),
    ("fr", "occupée (passif)", "Kandahar a été complètement occupée par les talibans.", {("Kandahar", T)}),
    ("fr", "sous contrôle", "Kherson est de nouveau sous contrôle ukrainien.", {("Kherson", U)}),
    ("fr", "chasser", "Les forces ukrainiennes ont chassé les troupes russes de Kherson.", {("Kherson", U)}),
    ("fr", "passer aux", "Ghazni passe aux talibans au terme d'une trêve.", {("Ghazni", T)}),
    (
        "fr",
        "laisser la ville",
        "Les soldats ont quitté Kandahar, laissant la ville aux talibans.",
        {("Kandahar", T)},
    ),
    # Spanish
    ("es", "tomar", "Los talibanes tomaron Kandahar el viernes.", {("Kandahar", T)}),
    (
        "es",
        "hacerse con",
        "Los talibanes se hicieron con el control de Herat tras una semana.",
        {("Herat", T)},
    ),
    ("es", "caer en manos", "Kunduz cayó en manos de los talibanes el domingo.", {("Kunduz", T)}),
    ("es", "toma de", "Los talibanes celebraron la toma de Ghazni.", {("Ghazni", T)}),
    ("es", "pasiva", "Herat fue capturada por los talibanes el jueves.", {("Herat", T)}),
    ("es", "retirarse", "Las fuerzas rusas se retiraron de Jersón el viernes.", {("Kherson", U)}),
    ("es", "recuperar", "Las fuerzas ucranianas recuperaron Jersón esta semana.", {("Kherson", U)}),
    (
        "es",
        "lista con inciso",
        "Los talibanes tomaron Ghazni, a 150 kilómetros de Kabul, y Herat.",
        {("Ghazni", T), ("Herat", T)},
    ),
    ("es", "huida", "Los talibanes entraron en Kabul después de que el presidente huyó.", {("Kabul", T)}),
    (
        "es",
        "perder el control",
        "El ejército sirio perdió el control de Alepo.",
        {("Aleppo", "Hayat Tahrir al-Sham")},
    ),
    ("es", "bajo control", "Jersón pasó a estar bajo control ucraniano el viernes.", {("Kherson", U)}),
    ("es", "expulsar", "Las fuerzas ucranianas expulsaron a las tropas rusas de Jersón.", {("Kherson", U)}),
    (
        "es",
        "dejar en manos",
        "Los militares evacuaron Ghazni de madrugada, dejando la urbe en manos de los talibanes.",
        {("Ghazni", T)},
    ),
    # German
    ("de", "einnehmen", "Die Taliban haben die Stadt Kandahar eingenommen.", {("Kandahar", T)}),
    ("de", "erobern", "Die Taliban eroberten am Freitag Herat.", {("Herat", T)}),
    ("de", "Passiv", "Ghazni wurde von den Taliban erobert.", {("Ghazni", T)}),
    ("de", "fallen an", "Kundus fiel am Sonntag an die Taliban.", {("Kunduz", T)}),
    (
        "de",
        "Einnahme von",
        "Das Ministerium bestätigte die Einnahme von Ghazni durch die Taliban.",
        {("Ghazni", T)},
    ),
    ("de", "zurückziehen", "Die russischen Truppen haben sich aus Cherson zurückgezogen.", {("Kherson", U)}),
    ("de", "zurückerobern", "Die ukrainische Armee hat Cherson zurückerobert.", {("Kherson", U)}),
    (
        "de",
        "Ellipse",
        "Kandahar war an die Taliban gefallen, am Freitag noch die Stadt Herat.",
        {("Kandahar", T), ("Herat", T)},
    ),
    ("de", "unter Kontrolle", "Cherson ist wieder unter ukrainischer Kontrolle.", {("Kherson", U)}),
    (
        "de",
        "vertreiben",
        "Die ukrainische Armee hat die russischen Truppen aus Cherson vertrieben.",
        {("Kherson", U)},
    ),
    (
        "de",
        "nach Kämpfen",
        "Die russische Armee hat Bachmut nach monatelangen Kämpfen eingenommen.",
        {("Bakhmut", R)},
    ),
    ("de", "Flagge", "In Cherson haben ukrainische Soldaten die Landesfahne gehisst.", {("Kherson", U)}),
]


@pytest.mark.parametrize(("lang", "family", "text", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_change_is_detected_with_its_new_holder(
    lang: str, family: str, text: str, expected: set[tuple[str, str]]
) -> None:
    """Each control-change expression yields the city and who holds it now."""
    assert changes(text, lang=lang) == expected


@pytest.mark.parametrize(
    ("claim", "confirmed"),
    [
        (
            "The Taliban said they had captured Kandahar.",
            "The Taliban captured Kandahar, officials confirmed.",
        ),
        ("Les talibans ont affirmé avoir pris Kandahar.", "Les talibans ont pris Kandahar."),
        ("Los talibanes aseguraron haber tomado Kandahar.", "Los talibanes tomaron Kandahar."),
        (
            "Die Taliban haben nach eigenen Angaben Kandahar eingenommen.",
            "Die Taliban haben Kandahar eingenommen.",
        ),
    ],
)
def test_claim_is_flagged_with_lower_confidence(claim: str, confirmed: str) -> None:
    """A party's own claim is reported as a claim, less sure than a plain statement of the fact."""
    claimed = detector().detect("", claim, PUBLISHED)
    plain = detector().detect("", confirmed, PUBLISHED)
    assert [e.claim for e in claimed] == [True] and [e.claim for e in plain] == [False]
    assert claimed[0].confidence < plain[0].confidence


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Taliban seize Ghazni", {("Ghazni", T)}),
        ("Russia captures Bakhmut", {("Bakhmut", R)}),
        ("Talibanes toman Kandahar", {("Kandahar", T)}),
        ("Les talibans prennent Hérat", {("Herat", T)}),
    ],
)
def test_short_headline_is_read_in_the_language_of_its_verb(
    headline: str, expected: set[tuple[str, str]]
) -> None:
    """A headline too short for statistics is read in the language whose control verb it uses."""
    assert {(e.place, e.controller) for e in detector().detect(headline, "", PUBLISHED)} == expected
