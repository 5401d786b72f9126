"""Real-length articles written for the tests, each with the watchlist of its war (issue: long reads).

An article file holds its headline on the first line, a blank line, then the body in paragraphs,
as a wire or a newspaper prints it (dateline, lead, quotes, background, reactions). The wars are
not those of the development set: Sudan, Myanmar, Ethiopia, Burkina Faso, Nagorno-Karabakh,
Croatia and Bosnia in 1995, Libya, Mozambique, Mali in 2012, Chechnya, El Salvador, Abkhazia.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent / "data" / "long_articles"


def _side(name: str, aliases: list[str], countries: list[str], opposes: list[str], government: bool = False
          ) -> dict[str, Any]:
    return {"name": name, "aliases": aliases, "countries": countries, "opposes": opposes,
            "government": government}


def _places(country: str, *names: str) -> list[dict[str, str]]:
    return [{"name": name, "country": country} for name in names]


SUDAN = {
    "places": _places("SD", "Singa", "Sennar", "Wad Madani", "El Fasher", "Khartoum", "Nyala", "Omdurman",
                      "El Obeid"),
    "actors": [
        _side("Rapid Support Forces", ["RSF"], ["SD"], ["Sudanese Armed Forces"]),
        _side("Sudanese Armed Forces", ["SAF", "Sudanese army"], ["SD"], ["Rapid Support Forces"], True),
    ],
}
MYANMAR = {
    "places": _places("MM", "Lashio", "Kyaukme", "Mandalay"),
    "actors": [
        _side("MNDAA", ["Myanmar National Democratic Alliance Army"], ["MM"], ["Myanmar military"]),
        _side("TNLA", ["Ta'ang National Liberation Army"], ["MM"], ["Myanmar military"]),
        _side("Myanmar military", ["junta", "Tatmadaw"], ["MM"], ["MNDAA", "TNLA"], True),
    ],
}
ETHIOPIA = {
    "places": _places("ET", "Dessie", "Kombolcha", "Mekelle", "Lalibela"),
    "actors": [
        _side("TPLF", ["Tigray People's Liberation Front", "Tigray Defense Forces"], ["ET"],
              ["Ethiopian government"]),
        _side("Ethiopian government", ["Ethiopian army", "ENDF"], ["ET"], ["TPLF"], True),
    ],
}
BURKINA = {
    "places": _places("BF", "Diapaga", "Djibo", "Arbinda", "Dori", "Fada N'gourma", "Kaya"),
    "actors": [
        _side("JNIM", ["Jama'at Nusrat al-Islam wal-Muslimin", "GSIM"], ["BF"], ["Burkinabe government"]),
        _side("Burkinabe government", ["Burkinabe army"], ["BF"], ["JNIM"], True),
    ],
}
KARABAKH = {
    "places": _places("AZ", "Shusha", "Stepanakert", "Fuzuli", "Jabrayil"),
    "actors": [
        _side("Azerbaijan", ["Azerbaijani forces"], ["AZ"], ["Armenia"], True),
        _side("Armenia", ["Armenian forces", "Artsakh Defense Army"], ["AZ"], ["Azerbaijan"]),
    ],
}
BALKANS = {
    "places": [*_places("HR", "Knin"), *_places("BA", "Srebrenica", "Bihać")],
    "actors": [
        _side("Croatia", ["Croatian army"], ["HR", "BA"], ["Krajina Serbs"], True),
        _side("Krajina Serbs", ["Republic of Serbian Krajina"], ["HR"], ["Croatia"]),
        _side("Republika Srpska", ["Bosnian Serb army", "VRS"], ["BA"], ["Bosnian government"]),
        _side("Bosnian government", ["Bosnian army", "ARBiH"], ["BA"], ["Republika Srpska"], True),
    ],
}
LIBYA = {
    "places": _places("LY", "Tarhuna", "Gharyan", "Sirte", "Tripoli", "Benghazi", "Darnah"),
    "actors": [
        _side("Libyan National Army", ["LNA", "Haftar forces"], ["LY"], ["Government of National Accord"]),
        _side("Government of National Accord", ["GNA"], ["LY"], ["Libyan National Army"], True),
    ],
}
MOZAMBIQUE = {
    "places": _places("MZ", "Mocímboa da Praia", "Macomia", "Pemba", "Mueda"),
    "actors": [
        _side("Ansar al-Sunna", ["Ahlu Sunnah Wa-Jama", "ASWJ"], ["MZ"], ["Mozambican government"]),
        _side("Mozambican government", ["Mozambican army", "FDS"], ["MZ"], ["Ansar al-Sunna"], True),
        _side("Rwanda", ["Rwandan forces"], ["MZ"], ["Ansar al-Sunna"]),
    ],
}
MALI = {
    "places": _places("ML", "Timbuktu", "Gao", "Kidal", "Konna", "Mopti"),
    "actors": [
        _side("MNLA", ["National Movement for the Liberation of Azawad", "Tuareg rebels"], ["ML"],
              ["Malian government"]),
        _side("Ansar Dine", [], ["ML"], ["Malian government"]),
        _side("MUJAO", ["Mujao"], ["ML"], ["Malian government"]),
        _side("Malian government", ["Malian army"], ["ML"], ["MNLA", "Ansar Dine", "MUJAO"], True),
    ],
}
CHECHNYA = {
    "places": _places("RU", "Grozny", "Argun", "Gudermes"),
    "actors": [
        _side("Chechen separatists", ["Chechen rebels"], ["RU"], ["Russia"]),
        _side("Russia", ["Russian army", "federal forces"], ["RU"], ["Chechen separatists"], True),
    ],
}
SALVADOR = {
    "places": _places("SV", "San Salvador", "Chalatenango", "Usulután", "San Miguel"),
    "actors": [
        _side("FMLN", ["Farabundo Martí National Liberation Front"], ["SV"], ["Salvadoran government"]),
        _side("Salvadoran government", ["Salvadoran army"], ["SV"], ["FMLN"], True),
    ],
}
ABKHAZIA = {
    "places": _places("GE", "Sukhumi", "Gagra", "Tkvarcheli", "Zugdidi"),
    "actors": [
        _side("Abkhaz separatists", ["Abkhaz forces"], ["GE"], ["Georgia"]),
        _side("Georgia", ["Georgian forces"], ["GE"], ["Abkhaz separatists"], True),
    ],
}


@dataclass(frozen=True, slots=True)
class LongArticle:
    """One article: its file, the watchlist of its war, when it was published, what it reports."""

    name: str
    watchlist: dict[str, Any]
    published: datetime
    expected: frozenset[tuple[str, str]]

    def title_and_text(self) -> tuple[str, str]:
        """Return the headline (first line) and the body (the rest) of the article's file."""
        title, _blank, text = (FOLDER / f"{self.name}.txt").read_text(encoding="utf-8").partition("\n\n")
        return title.strip(), text.strip()


def _on(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 10, tzinfo=UTC)


ARTICLES = (
    LongArticle("en_sudan_singa_retaken", SUDAN, _on(2024, 11, 24),
                frozenset({("Singa", "Sudanese Armed Forces")})),
    LongArticle("en_myanmar_lashio_six_months", MYANMAR, _on(2025, 2, 5), frozenset()),
    LongArticle("en_ethiopia_kombolcha_late", ETHIOPIA, _on(2021, 11, 1), frozenset({("Kombolcha", "TPLF")})),
    LongArticle("fr_burkina_diapaga_taken", BURKINA, _on(2024, 3, 12), frozenset({("Diapaga", "JNIM")})),
    LongArticle("fr_burkina_djibo_blockade", BURKINA, _on(2024, 3, 20), frozenset()),
    LongArticle("es_karabakh_shusha_taken", KARABAKH, _on(2020, 11, 9),
                frozenset({("Shusha", "Azerbaijan")})),
    LongArticle("es_karabakh_fuzuli_denied", KARABAKH, _on(2020, 10, 15), frozenset()),
    LongArticle("de_croatia_knin_taken", BALKANS, _on(1995, 8, 6), frozenset({("Knin", "Croatia")})),
    LongArticle("de_bosnia_mladic_profile", BALKANS, _on(2011, 5, 27), frozenset()),
    LongArticle("it_libya_tarhuna_taken", LIBYA, _on(2020, 6, 5),
                frozenset({("Tarhuna", "Government of National Accord")})),
    LongArticle("it_libya_sirte_aimed", LIBYA, _on(2020, 7, 10), frozenset()),
    LongArticle("pt_mozambique_mocimboa_taken", MOZAMBIQUE, _on(2020, 8, 13),
                frozenset({("Mocímboa da Praia", "Ansar al-Sunna")})),
    LongArticle("pt_mozambique_mocimboa_one_year", MOZAMBIQUE, _on(2022, 8, 10), frozenset()),
    LongArticle("en_sudan_el_fasher_dateline", SUDAN, _on(2024, 8, 14), frozenset()),
    LongArticle("es_sudan_el_fasher_falls", SUDAN, _on(2025, 10, 27),
                frozenset({("El Fasher", "Rapid Support Forces")})),
    LongArticle("de_myanmar_lashio_taken", MYANMAR, _on(2024, 8, 4), frozenset({("Lashio", "MNDAA")})),
    LongArticle("it_sudan_khartoum_months_after", SUDAN, _on(2025, 9, 26), frozenset()),
    LongArticle("pt_mozambique_macomia_raid", MOZAMBIQUE, _on(2024, 5, 13), frozenset()),
    LongArticle("en_ethiopia_lalibela_retaken", ETHIOPIA, _on(2021, 12, 2),
                frozenset({("Lalibela", "Ethiopian government")})),
    LongArticle("fr_burkina_arbinda_late", BURKINA, _on(2024, 4, 18), frozenset({("Arbinda", "JNIM")})),
    LongArticle("en_libya_haftar_profile", LIBYA, _on(2020, 6, 6), frozenset()),
    LongArticle("it_libya_gharyan_denied", LIBYA, _on(2019, 4, 6), frozenset()),
    LongArticle("de_bosnia_srebrenica_anniversary", BALKANS, _on(2025, 7, 11), frozenset()),
    LongArticle("pt_mozambique_mocimboa_retaken", MOZAMBIQUE, _on(2021, 8, 8),
                frozenset({("Mocímboa da Praia", "Mozambican government")})),
    LongArticle("es_karabakh_shusha_threatened", KARABAKH, _on(2020, 11, 5), frozenset()),
    LongArticle("fr_sudan_el_obeid_threatened", SUDAN, _on(2025, 11, 10), frozenset()),
    LongArticle("de_ethiopia_mekelle_retaken", ETHIOPIA, _on(2021, 6, 29), frozenset({("Mekelle", "TPLF")})),
    LongArticle("it_myanmar_lashio_returned", MYANMAR, _on(2025, 4, 23),
                frozenset({("Lashio", "Myanmar military")})),
    LongArticle("en_myanmar_kyaukme_denied", MYANMAR, _on(2024, 7, 14), frozenset()),
    LongArticle("pt_sudan_khartoum_retaken", SUDAN, _on(2025, 3, 26),
                frozenset({("Khartoum", "Sudanese Armed Forces")})),
    LongArticle("en_myanmar_second_event", MYANMAR, _on(2024, 8, 22), frozenset({("Kyaukme", "TNLA")})),
    LongArticle("de_libya_sirte_offensive", LIBYA, _on(2020, 7, 8), frozenset()),
    # Background told late, of places the lead does not name, in each tense the press uses for it.
    LongArticle("en_mali_timbuktu_shrines", MALI, _on(2012, 7, 2), frozenset()),
    LongArticle("fr_mali_mopti_deplaces", MALI, _on(2013, 1, 20), frozenset()),
    LongArticle("de_chechnya_grozny_election", CHECHNYA, _on(1997, 1, 26), frozenset()),
    LongArticle("es_salvador_acuerdo_paz", SALVADOR, _on(1992, 1, 17), frozenset()),
    LongArticle("it_abkhazia_tregua_ginevra", ABKHAZIA, _on(1993, 12, 2), frozenset()),
    LongArticle("pt_mozambique_pemba_ajuda", MOZAMBIQUE, _on(2021, 6, 15), frozenset()),
    # News told late: a campaign's next town, a concurrent imperfect, a fresh confirmation.
    LongArticle("en_mali_gao_third_town", MALI, _on(2012, 3, 31),
                frozenset({("Kidal", "MNLA"), ("Gao", "MNLA")})),
    LongArticle("fr_mali_evacuation", MALI, _on(2012, 4, 1),
                frozenset({("Timbuktu", "MNLA"), ("Gao", "MNLA")})),
    LongArticle("de_mali_weitere_staedte", MALI, _on(2012, 4, 1),
                frozenset({("Kidal", "MNLA"), ("Gao", "MNLA")})),
    LongArticle("it_mali_gao_campagna", MALI, _on(2012, 4, 1),
                frozenset({("Kidal", "MNLA"), ("Gao", "MNLA")})),
    LongArticle("es_salvador_ofensiva_horas", SALVADOR, _on(1989, 11, 12),
                frozenset({("San Miguel", "FMLN"), ("Usulután", "FMLN")})),
    LongArticle("pt_mozambique_cidade_depois", MOZAMBIQUE, _on(2020, 5, 29),
                frozenset({("Macomia", "Ansar al-Sunna")})),
)
