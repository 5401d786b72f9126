"""What is not a change of hands, in English, French, Spanish and German: negation, intent,
threat, attempt, approach, future, encirclement, siege, fighting, denials, people, buildings,
weapons and districts captured, old changes, and a city merely under someone's control."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.detect_support import changes

CASES = [
    # English
    ("en", "negation", "The Taliban did not capture Kandahar despite days of fighting."),
    ("en", "never fell", "Herat never fell to the Taliban during the offensive."),
    ("en", "intent", "The Taliban aim to capture Kandahar before the end of the month."),
    ("en", "threat", "The insurgents threatened to seize Ghazni within days."),
    ("en", "attempt", "Taliban fighters tried to take Herat but were pushed back."),
    ("en", "approach", "The Taliban moved closer to taking Kabul on Saturday."),
    ("en", "future", "Analysts say the Taliban could capture Kabul within weeks."),
    ("en", "encirclement", "The Taliban have encircled Kunduz and cut the roads."),
    ("en", "siege", "Herat has been under siege by the Taliban for weeks."),
    ("en", "fighting", "Heavy fighting continued inside Kandahar on Sunday."),
    ("en", "shelling", "Russian forces shelled Kherson overnight."),
    ("en", "denial", "The Afghan army denied that Ghazni had fallen to the Taliban."),
    ("en", "person", "The governor of Ghazni was captured by the Taliban on his way to Kabul."),
    ("en", "building", "The Taliban captured the police headquarters in Kunduz."),
    ("en", "weapons", "The Taliban seized weapons and vehicles at a base near Herat."),
    ("en", "part", "The Taliban captured much of Kandahar, officials said, as fighting raged."),
    ("en", "old change", "The Taliban first captured Kandahar in 1994."),
    ("en", "state", "Kandahar has been under the control of the Taliban for years."),
    ("en", "question", "Has Kandahar fallen to the Taliban?"),
    ("en", "hedge", "Russian forces have almost taken Bakhmut, officials said."),
    ("en", "push alone", "The Taliban moved into Herat on Monday."),
    (
        "en",
        "entry amid fighting",
        "Government forces pulled back to the airport. The Taliban entered Kandahar amid heavy fighting.",
    ),
    ("en", "kept control", "The Afghan army retained full control of Kabul."),
    ("en", "compound", "A Herat-born commander was captured by the Taliban."),
    ("en", "province", "The Taliban captured most districts of Kunduz province."),
    ("en", "since the fall", "Since the fall of Kabul, thousands of families have left the country."),
    ("en", "years after", "Two years after the Taliban took Kabul, the economy is in ruins."),
    ("en", "fell silent", "Kabul fell silent as the Taliban patrolled the streets."),
    ("en", "people expelled", "The Taliban expelled foreign journalists from Kandahar."),
    ("en", "fought to", "Government forces fought to regain control of Kunduz."),
    ("en", "person surrendered", "Ghazni's governor surrendered to the Taliban."),
    ("en", "condition", "If Kherson falls, Russian forces will control the whole region."),
    (
        "en",
        "foreign withdrawal",
        "Taliban fighters moved into Ghazni as the US completed its withdrawal from Afghanistan.",
    ),
    ("en", "person left", "The president left Kabul for Doha on Sunday."),
    # French
    ("fr", "négation", "Les talibans n'ont pas pris Kandahar malgré les combats."),
    ("fr", "intention", "Les talibans cherchent à prendre Kandahar avant la fin du mois."),
    ("fr", "menace", "Les talibans menacent de s'emparer de Ghazni."),
    ("fr", "tentative", "Les insurgés ont tenté de prendre Hérat mais ont été repoussés."),
    # an assault repelled out of the city: its holder kept it ("poussés hors de" is an expulsion)
    ("fr", "repoussés hors de", "L'armée a repoussé les talibans hors de Ghazni après deux jours de combat."),
    ("fr", "approche", "Les talibans étaient plus proches du contrôle de Kaboul samedi."),
    ("fr", "futur", "Selon des analystes, les talibans pourraient prendre Kaboul en quelques semaines."),
    ("fr", "encerclement", "Les talibans ont encerclé Kunduz et coupé les routes."),
    ("fr", "combats", "De violents combats se déroulaient à Kandahar dimanche."),
    ("fr", "démenti", "Le gouverneur a démenti la chute de Ghazni."),
    ("fr", "personne", "L'homme fort d'Hérat a été capturé par les talibans."),
    ("fr", "bâtiment", "Les talibans ont capturé le commissariat central et la maison d'arrêt de Ghazni."),
    ("fr", "ancien", "Kunduz était déjà tombée aux mains des talibans en 2015."),
    ("fr", "état", "Kandahar est aux mains des talibans depuis des années."),
    ("fr", "occupée (état)", "Dans la ville occupée de Kherson, les habitants manquent de tout."),
    ("fr", "depuis la chute", "Depuis la chute de Kaboul, des milliers de familles ont fui."),
    # Spanish
    ("es", "negación", "Los talibanes no tomaron Kandahar pese a los combates."),
    ("es", "intención", "Los talibanes intentan tomar Kandahar antes de fin de mes."),
    ("es", "amenaza", "Los insurgentes amenazan con tomar Ghazni."),
    ("es", "acercamiento", "Los talibanes están cerca de tomar Kabul."),
    ("es", "futuro", "Los talibanes podrían tomar Kabul en pocas semanas."),
    ("es", "cerco", "Los talibanes rodearon Kunduz y cortaron las carreteras."),
    ("es", "combates", "Continúan los combates en Kandahar."),
    ("es", "desmentido", "El gobierno desmintió la caída de Ghazni."),
    ("es", "persona", "El gobernador de Ghazni fue capturado por los talibanes."),
    ("es", "edificio", "Los talibanes tomaron la sede de la policía en Kunduz."),
    ("es", "antiguo", "Los talibanes tomaron Kandahar en 1994."),
    ("es", "ocupada (estado)", "En la ocupada Jersón faltan agua y electricidad."),
    ("es", "desde la caída", "Desde la caída de Kabul, miles de familias han huido."),
    ("es", "condición", "Si los talibanes toman Kabul, el gobierno caerá."),
    # German
    ("de", "Verneinung", "Die Taliban haben Kandahar nicht eingenommen."),
    ("de", "Absicht", "Die Taliban wollen Kandahar bis Monatsende einnehmen."),
    ("de", "Drohung", "Die Aufständischen drohen, Ghazni zu erobern."),
    ("de", "Versuch", "Die Taliban versuchten, Herat einzunehmen."),
    ("de", "Zukunft", "Die Taliban könnten Kabul in wenigen Wochen erobern."),
    ("de", "Einkesselung", "Die Taliban haben Kundus eingekesselt."),
    ("de", "Kämpfe", "In Kandahar gingen die heftigen Kämpfe weiter."),
    ("de", "Dementi", "Die Regierung dementierte den Fall von Ghazni."),
    ("de", "Person", "Der Gouverneur von Ghazni wurde von den Taliban gefangen genommen."),
    ("de", "Gebäude", "Die Taliban haben das Polizeihauptquartier in Kundus eingenommen."),
    ("de", "besetzt (Zustand)", "Im von Russland besetzten Cherson protestierten Menschen."),
    ("de", "seit dem Fall", "Seit dem Fall von Kabul sind Tausende Familien geflohen."),
    ("de", "fiel aus", "In Kiew fiel der Strom aus, nachdem russische Truppen angegriffen hatten."),
    ("de", "Bedingung", "Wenn Kabul an die Taliban fällt, flieht die Regierung."),
    ("pt", "condição", "Se os talibãs tomarem Cabul, o governo cai."),
    ("it", "condizione", "Se i talebani prendono Kabul, il governo cade."),
    ("de", "alt", "Die Taliban hatten Kandahar bereits 1994 erobert."),
    # an agreement to leave or hand over, not done yet
    ("en", "agreed to", "The Afghan army has agreed to withdraw from Ghazni under a ceasefire deal."),
    ("en", "committed to", "The Taliban committed to handing Kunduz back to the government."),
    ("fr", "accepté de", "L'armée afghane a accepté de se retirer de Ghazni."),
    ("es", "aceptó", "El ejército afgano aceptó retirarse de Ghazni en virtud del alto el fuego."),
    ("es", "se comprometió a", "Los talibanes se comprometieron a entregar Kunduz al gobierno."),
    ("it", "accettato di", "L'esercito afghano ha accettato di ritirarsi da Ghazni."),
    ("pt", "concordou em", "O exército afegão concordou em retirar-se de Ghazni."),
]


@pytest.mark.parametrize(("lang", "family", "text"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_not_a_change_yields_nothing(lang: str, family: str, text: str) -> None:
    """A sentence that mentions a city and an actor but no change of hands yields no event."""
    assert changes(text, lang=lang) == set()


def test_denied_claim_is_dropped() -> None:
    """A party's claim contradicted in the next sentence is not reported."""
    text = (
        "Russia claimed its forces had captured Kherson. "
        "The mayor denied it and said the city remained under Ukrainian control."
    )
    assert changes(text, lang="en", published=datetime(2022, 3, 2, tzinfo=UTC)) == set()


def test_change_long_before_publication_is_ignored_by_month() -> None:
    """A capture dated months before the article ("last May") is history, not news."""
    text = "Russian forces seized Bakhmut last May after months of fighting."
    assert changes(text, lang="en", published=datetime(2024, 2, 17, tzinfo=UTC)) == set()
