"""Spanish and Portuguese wire copy of other wars (EFE, Lusa, Agência Brasil style), on sentences
written for these tests: Nicaragua 1979 and Mozambique in the 1980s."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.detect_support import held_by

FSLN, SOMOZA, RENAMO, FRELIMO = "Sandinistas", "Somoza government", "RENAMO", "Mozambican government"
WATCHLIST: dict[str, Any] = {
    "places": [
        {"name": "León", "country": "NI"},
        {"name": "Masaya", "country": "NI"},
        {"name": "Estelí", "country": "NI"},
        {"name": "Jinotepe", "country": "NI"},
        {"name": "Corinto", "country": "NI"},
        {"name": "Caia", "country": "MZ"},
        {"name": "Marromeu", "country": "MZ"},
        {"name": "Beira", "country": "MZ"},
    ],
    "actors": [
        {"name": FSLN, "aliases": ["FSLN", "Pastora's forces"], "countries": ["NI"], "opposes": [SOMOZA]},
        {"name": SOMOZA, "aliases": ["National Guard"], "countries": ["NI"], "government": True,
         "opposes": [FSLN]},
        {"name": RENAMO, "aliases": ["Mozambican National Resistance"], "countries": ["MZ"],
         "opposes": [FRELIMO]},
        {"name": FRELIMO, "aliases": ["FRELIMO", "Mozambican army"], "countries": ["MZ"],
         "government": True, "opposes": [RENAMO]},
    ],
}
JULY_1979 = datetime(1979, 7, 5, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Según noticias llegadas por radio, los guerrilleros ocuparon hoy Jinotepe. "
        "El Gobierno no ha confirmado la noticia, pero tampoco la ha desmentido.",
        "The guerrillas occupied Jinotepe on Friday. "
        "The government has not confirmed the report, nor has it denied it.",
    ],
)
def test_a_denial_said_not_to_be_made_leaves_the_report(text: str) -> None:
    """"Has not confirmed it, but has not denied it either" ("tampoco la ha desmentido", "nor has
    it denied it") leaves the report standing, like "did not deny it"; a plain denial still drops it."""
    assert held_by(WATCHLIST, "", text, JULY_1979) == {("Jinotepe", FSLN)}
    denied = text.split(". ")[0] + ". El Gobierno lo niega."
    assert held_by(WATCHLIST, "", denied, JULY_1979) == set()


JULY_1985 = datetime(1985, 7, 5, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MANAGUA, 5 (EFE).- Columnas revolucionarias ocuparon hoy Estelí.", {("Estelí", FSLN)}),
        (
            "BEIRA, 5 (EFE).- Fuerzas de la escuadra sublevada ocuparon hoy el puerto de Beira.",
            {("Beira", RENAMO)},
        ),
        ("Maputo, 5 (Lusa) - As colunas revoltosas ocuparam hoje Caia.", {("Caia", RENAMO)}),
        (
            "Maputo, 5 (Lusa) - As forças da esquadra revolucionaria ocuparam hoje o porto da Beira.",
            {("Beira", RENAMO)},
        ),
    ],
)
def test_a_force_named_by_a_rebel_adjective_is_the_rebels(text: str, expected: set[tuple[str, str]]) -> None:
    """"La escuadra revolucionaria", "as colunas revoltosas": a column, fleet or regiment called
    revolutionary, rebellious or mutinous is the government's one opponent, like "los revoltosos"."""
    published = JULY_1979 if "Estelí" in text else JULY_1985
    assert held_by(WATCHLIST, "", text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maputo, 5 (Havas) - Os revoltosos occuparam hontem a cidade de Caia.",
        "Maputo, 5 (Havas) - A cidade de Caia foi occupada pelos revoltosos.",
    ],
)
def test_portuguese_verbs_in_the_old_spelling(text: str) -> None:
    """Papers kept "occupar" (before the reforms of 1911 and 1943) into the 1940s."""
    assert held_by(WATCHLIST, "", text, JULY_1985) == {("Caia", RENAMO)}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "LEÓN, 5 (EFE).- Tropas leales al Gobierno ocuparon hoy Estelí, donde los sandinistas "
            "dominaban desde finales de mayo el cuartel y la emisora local.",
            ("Estelí", SOMOZA),
        ),
        (
            "Maputo, 5 (Lusa) - As tropas governamentais ocuparam hoje Caia, onde os rebeldes "
            "dominavam desde o fim de maio o quartel e a estação de rádio.",
            ("Caia", FRELIMO),
        ),
        (
            "Maputo, July 5 - Government troops recaptured Caia on Friday, where the rebels had held "
            "the barracks since late May.",
            ("Caia", FRELIMO),
        ),
        (
            "Maputo, 5 juillet - L'armée mozambicaine a repris vendredi la ville de Caia, où les "
            "rebelles tenaient depuis fin mai la caserne.",
            ("Caia", FRELIMO),
        ),
        (
            "Maputo, 5 luglio - Le truppe governative hanno occupato venerdì Caia, dove i ribelli "
            "controllavano da fine maggio la caserma e la radio.",
            ("Caia", FRELIMO),
        ),
    ],
)
def test_a_month_in_a_where_clause_dates_the_clause(text: str, holder: tuple[str, str]) -> None:
    """"Ocuparon hoy X, donde los rebeldes dominaban desde abril": the month tells how long the
    losers held the place (the where-clause's time), not when it was taken; a month before the
    clause still dates the capture."""
    assert held_by(WATCHLIST, "", text, JULY_1979) == {holder}
    earlier = "Maputo, 5 (Lusa) - As tropas governamentais ocuparam em maio Caia, onde os rebeldes dominavam."
    assert held_by(WATCHLIST, "", earlier, JULY_1979) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Maputo, 5 (Lusa) - Pelo acordo, os rebeldes deverão retirar-se da província de Sofala, que "
        "ocupam desde o verão passado, incluindo as cidades de Caia e Marromeu.",
        "MAPUTO, 5 (EFE).- Según el acuerdo, los rebeldes deberán retirarse de la provincia de Sofala, "
        "que ocupan desde el verano pasado, incluidas las ciudades de Caia y Marromeu.",
        "Maputo, 5 (Lusa) - Os rebeldes ocuparam Caia no verão passado.",
    ],
)
def test_last_summer_is_the_past(text: str) -> None:
    """"Que ocupam desde o verão passado", "el verano pasado": a season gone by dates the
    occupation before the news, like "el año pasado" (the French "depuis l'été dernier" is not
    read so yet)."""
    assert held_by(WATCHLIST, "", text, JULY_1985) == set()
    assert held_by(WATCHLIST, "", "Maputo, 5 (Lusa) - Os rebeldes ocuparam hoje Caia.", JULY_1985) == {
        ("Caia", RENAMO)
    }


@pytest.mark.parametrize(
    "text",
    [
        "MANAGUA, 5 (EFE).- Los sandinistas ocuparon hoy Corinto, el puerto de León, tras la retirada "
        "de la Guardia Nacional.",
        "Manágua, 5 (Lusa) - Os sandinistas ocuparam hoje Corinto, o porto de León, depois da retirada "
        "da Guarda Nacional.",
        "Managua, 5 juillet - Les sandinistes ont pris vendredi Corinto, le port de León, après le "
        "retrait de la Garde nationale.",
        "Managua, 5 luglio - I sandinisti hanno conquistato venerdì Corinto, il porto di León, dopo il "
        "ritiro della Guardia nazionale.",
    ],
)
def test_the_town_a_port_serves_is_not_taken_with_it(text: str) -> None:
    """"Ocuparon Corinto, el puerto de León": the apposition says whose port was taken (as English
    "the port of" already reads); a plain list still shares the verb."""
    assert held_by(WATCHLIST, "", text, JULY_1979) == {("Corinto", FSLN)}
    listed = "MANAGUA, 5 (EFE).- Los sandinistas ocuparon hoy Corinto, Estelí y León."
    assert held_by(WATCHLIST, "", listed, JULY_1979) == {("Corinto", FSLN), ("Estelí", FSLN), ("León", FSLN)}


@pytest.mark.parametrize(
    "text",
    [
        "LEÓN, 5 (EFE).- Las fuerzas sandinistas han ocupado en las últimas cuarenta y ocho horas las "
        "poblaciones de Masaya y Jinotepe.",
        "Manágua, 5 (Lusa) - As forças sandinistas ocuparam nas últimas quarenta e oito horas as cidades "
        "de Masaya e Jinotepe.",
        "Managua, July 5 - Sandinista forces have taken in the last forty-eight hours the towns of Masaya "
        "and Jinotepe.",
    ],
)
def test_a_long_duration_between_the_verb_and_its_towns(text: str) -> None:
    """"Han ocupado en las últimas cuarenta y ocho horas X y Y": how long it took, in up to six
    words and after "nas"/"nos" too, stands between the verb and its object."""
    assert held_by(WATCHLIST, "", text, JULY_1979) == {("Masaya", FSLN), ("Jinotepe", FSLN)}


@pytest.mark.parametrize(
    "text",
    [
        "MANAGUA, 5 (EFE).- La plaza de Masaya cayó ayer en poder de las fuerzas norteñas que manda "
        "Edén Pastora.",
        "MANAGUA, 5 (EFE).- Las tropas al mando del comandante Edén Pastora ocuparon ayer Masaya.",
        "Manágua, 5 (Lusa) - As forças comandadas por Edén Pastora ocuparam ontem Masaya.",
        "Managua, July 5 - Troops led by Edén Pastora seized Masaya on Thursday.",
        "Managua, 5 juillet - Les troupes commandées par Edén Pastora ont pris jeudi Masaya.",
    ],
)
def test_forces_a_leader_commands_are_his_side(text: str) -> None:
    """"Las fuerzas surianas que manda Zapata", "al mando de", "comandadas por", "led by": the
    forces a leader commands are the side named after him ("Pastora's forces"), like "las fuerzas
    de Pastora"; his bare name stays the man."""
    assert held_by(WATCHLIST, "", text, JULY_1979) == {("Masaya", FSLN)}


def test_latin_american_entrar_a() -> None:
    """"Entraron a Masaya" (the Latin American "entrar a") is an entry like "entraron en Masaya";
    "entraron a las afueras de X" is not one into the town."""
    text = "MANAGUA, 5 (EFE).- Tras la retirada de la Guardia Nacional, los sandinistas entraron a Masaya."
    assert held_by(WATCHLIST, "", text, JULY_1979) == {("Masaya", FSLN)}
    outskirts = text.replace("entraron a Masaya", "entraron a las afueras de Masaya")
    assert held_by(WATCHLIST, "", outskirts, JULY_1979) == set()


@pytest.mark.parametrize(
    "text",
    [
        "MAPUTO, 5 (EFE).- Las tropas de Afonso Dhlakama ocuparon hoy Caia.",
        "MAPUTO, 5 (EFE).- Las tropas irregulares de Afonso Dhlakama ocuparon hoy Caia.",
        "Maputo, July 5 - The forces of Afonso Dhlakama seized Caia on Friday.",
    ],
)
def test_a_leader_named_in_full_in_the_alias(text: str) -> None:
    """An alias with the leader's full name ("Afonso Dhlakama's forces", "Getúlio Vargas' forces")
    names his forces by the surname, and one adjective may stand before "de" ("las tropas
    irregulares de Dhlakama"); his name alone is still the man."""
    watchlist = {
        "places": WATCHLIST["places"],
        "actors": [
            *[a for a in WATCHLIST["actors"] if a["name"] != RENAMO],
            {"name": RENAMO, "aliases": ["Afonso Dhlakama's forces"], "countries": ["MZ"],
             "opposes": [FRELIMO]},
            {"name": "Zimbabwean army", "countries": ["MZ"], "opposes": [RENAMO]},
        ],
    }
    assert held_by(watchlist, "", text, JULY_1985) == {("Caia", RENAMO)}
    assert held_by(watchlist, "", "MAPUTO, 5 (EFE).- Afonso Dhlakama habló hoy en Caia.", JULY_1985) == set()
