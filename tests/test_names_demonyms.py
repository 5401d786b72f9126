"""Nationality adjectives: every country watched in the corpora, in six languages, in every
gender and number (issue 10: "les forces azerbaïdjanaises"; no Korean adjective at all)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS, LANGS
from tests.detect_support import held_by

DATA = Path(__file__).parent / "data"
WATCHLISTS = [DATA / f"conflicts_watchlist{n}.json" for n in ("", "2", "5", "7")]
WATCHLISTS.append(Path(__file__).parents[2] / "shared" / "eval" / "watchlist.json")


def _watched_countries() -> set[str]:
    codes = {"KR", "KP"}
    for path in WATCHLISTS:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            codes |= {p["country"] for p in data["places"]}
            codes |= {c for a in data["actors"] for c in a.get("countries", ())}
    return codes


@pytest.mark.parametrize("code", sorted(_watched_countries()))
def test_every_watched_country_has_adjectives_in_six_languages(code: str) -> None:
    assert all(DEMONYMS.get(code, {}).get(lang) for lang in LANGS), code


def test_regular_adjectives_have_every_gender_and_number() -> None:
    missing = []
    for code, per_lang in DEMONYMS.items():
        for lang, endings in (("fr", {"ais": ("aise", "aises"), "ien": ("ienne", "iens", "iennes")}),
                              ("es", {"és": ("esa", "eses", "esas")}),
                              ("pt", {"ês": ("esa", "eses", "esas")}),
                              ("it", {"ese": ("esi",)})):
            forms = set(per_lang.get(lang, ()))
            for form in forms:
                for ending, others in endings.items():
                    if form.endswith(ending) and " " not in form:
                        missing += [(code, form[: -len(ending)] + o) for o in others
                                    if form[: -len(ending)] + o not in forms]
    assert missing == []


def test_korea_has_adjectives_names_and_capitals() -> None:
    assert "nord-coréennes" in DEMONYMS["KP"]["fr"]
    assert "sudcoreane" in DEMONYMS["KR"]["it"]
    assert "surcoreanas" in DEMONYMS["KR"]["es"]
    assert "nordkoreanischen" in DEMONYMS["KP"]["de"]
    assert COUNTRY_NAMES["KP"]["de"] == ("Nordkorea",)
    assert CAPITALS["KR"]["en"] == ("Seoul",)


KOREA = {
    "places": [{"name": "Taejon", "country": "KR"}, {"name": "Kaesong", "country": "KP"}],
    "actors": [
        {"name": "North Korea", "aliases": ["Korean People's Army"], "countries": ["KP", "KR"],
         "government": True, "opposes": ["South Korea"]},
        {"name": "South Korea", "aliases": ["ROK Army"], "countries": ["KR"], "government": True,
         "opposes": ["North Korea"]},
    ],
}
JULY_1950 = datetime(1950, 7, 20, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "North Korean troops captured Taejon on Thursday.",
    "Les troupes nord-coréennes se sont emparées de Taejon jeudi.",
    "Nordkoreanische Truppen haben Taejon am Donnerstag eingenommen.",
    "Las tropas norcoreanas tomaron Taejon el jueves.",
    "As tropas norte-coreanas tomaram Taejon na quinta-feira.",
    "Le truppe nordcoreane hanno conquistato Taejon giovedì.",
])
def test_a_korean_adjective_names_its_side(text: str) -> None:
    assert held_by(KOREA, "", text, JULY_1950) == {("Taejon", "North Korea")}


KARABAKH = {
    "places": [{"name": "Hadrut", "country": "AZ"}],
    "actors": [
        {"name": "Azerbaijan", "aliases": ["Azerbaijani army"], "countries": ["AZ"], "government": True,
         "opposes": ["Armenian forces"]},
        {"name": "Armenian forces", "aliases": ["Karabakh Armenian forces"], "countries": ["AZ"],
         "opposes": ["Azerbaijan"]},
    ],
}


def test_a_feminine_plural_adjective_names_its_side() -> None:
    text = "Les forces azerbaïdjanaises ont pris le contrôle de Hadrut vendredi."
    assert held_by(KARABAKH, "", text, datetime(2020, 10, 9, tzinfo=UTC)) == {("Hadrut", "Azerbaijan")}
