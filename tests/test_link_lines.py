"""Lines of a web page that link to other stories are not the article's news.

Sites print other articles' headlines between paragraphs ("Read more: …", "À lire aussi | …",
"Mehr zum Thema: …"), often older stories about the same war. Sentences written for these
tests, about the Libyan civil war of 2011 and 2019.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from functools import cache

import pytest

from monitor.match.control import Detector
from monitor.match.link_lines import LINK, NOTE, drop_link_lines
from tests.sentence_kit import detector_for, held, side

LNA, GNA = "Libyan National Army", "Government of National Accord"

WATCHLIST = {
    "places": [{"name": name, "country": "LY"} for name in ("Gharyan", "Tarhuna", "Sirte")],
    "actors": [side(LNA, ["LNA", "Haftar's forces"], "LY", GNA), side(GNA, ["GNA"], "LY", LNA, True)],
}


@cache
def _detector() -> Detector:
    return detector_for(WATCHLIST)


LEAD = {
    "en": "Heavy fighting was reported south of Tripoli on Monday, residents said.",
    "fr": "De violents combats ont eu lieu lundi au sud de Tripoli, selon des habitants.",
    "es": "Se registraron intensos combates el lunes al sur de Trípoli, según los vecinos.",
    "de": "Südlich von Tripolis wurde am Montag heftig gekämpft, berichteten Anwohner.",
    "it": "Violenti combattimenti lunedì a sud di Tripoli, secondo i residenti.",
    "pt": "Foram registados combates violentos na segunda-feira a sul de Trípoli, segundo moradores.",
}

LINKS = {
    "en": ("Read more: Haftar's forces seize Gharyan", "Related: GNA retakes Tarhuna"),
    "fr": ("À lire aussi | Les forces de Haftar s'emparent de Gharyan", "Lire aussi : Le GNA reprend Tarhuna"),
    "es": ("Lea también: Las fuerzas de Haftar toman Gharyan", "Más información: El GNA recupera Tarhuna"),
    "de": ("Mehr zum Thema: Haftars Truppen erobern Gharjan", "Lesen Sie auch: GNA erobert Tarhuna zurück"),
    "it": ("Leggi anche: Le forze di Haftar conquistano Gharyan", "LEGGI ANCHE - Il GNA riconquista Tarhuna"),
    "pt": ("Leia também: Forças de Haftar tomam Gharyan", "Saiba mais: GNA retoma Tarhuna"),
}


@pytest.mark.parametrize("lang", list(LEAD))
def test_another_storys_headline_is_not_this_articles_news(lang: str) -> None:
    first, second = LINKS[lang]
    text = f"{LEAD[lang]}\n\n{first}\n\n{second}\n"
    assert held(_detector(), text) == set()


@pytest.mark.parametrize("lang", list(LEAD))
def test_the_same_headlines_as_the_articles_own_lines_are_read(lang: str) -> None:
    """Without their markers the lines are the article's and report the changes: the markers,
    not the headlines, are what is dropped."""
    first, second = (line.split(":", 1)[-1].split("|", 1)[-1].split(" - ", 1)[-1].strip() for line in LINKS[lang])
    assert held(_detector(), f"{first}.\n\n{LEAD[lang]}") == {("Gharyan", LNA)}
    assert held(_detector(), f"{second}.\n\n{LEAD[lang]}") == {("Tarhuna", GNA)}


def test_a_marker_alone_takes_the_headlines_listed_under_it() -> None:
    text = "Heavy fighting was reported south of Tripoli.\nREAD MORE:\nHaftar's forces seize Gharyan\nGNA retakes Tarhuna\n\nThe UN called for a truce."
    kept, dropped = drop_link_lines(text)
    assert kept == "Heavy fighting was reported south of Tripoli.\n\nThe UN called for a truce."
    assert dropped == [(line, LINK) for line in ("READ MORE:", "Haftar's forces seize Gharyan", "GNA retakes Tarhuna")]


@pytest.mark.parametrize("line", [
    "Related fighting broke out in Sirte, where the LNA took the port.",
    "Mehr dazu sagte der Sprecher nicht.",
    "Más información llegará en las próximas horas, dijo el portavoz.",
    "More than 40 people were killed when the LNA entered Sirte.",
    "Watching from the port, residents saw the convoy leave.",
])
def test_prose_that_begins_with_a_markers_word_stays(line: str) -> None:
    text = f"Heavy fighting was reported south of Tripoli.\n{line}"
    assert drop_link_lines(text) == (text, [])


def test_a_long_paragraph_that_begins_with_a_marker_stays() -> None:
    """A scraper may glue a link to the next paragraph: a line of more than 40 words is kept."""
    line = "Read more: " + " ".join(["The LNA took Sirte after the local brigades changed sides."] * 5)
    assert drop_link_lines(line) == (line, [])


def test_explain_lists_the_dropped_lines() -> None:
    text = f"{LEAD['en']}\n\nRead more: Haftar's forces seize Gharyan"
    notes = _detector().read("", text, explain=True).notes
    dropped = [n for n in notes if n.reason == LINK]
    assert [n.text for n in dropped] == ["Read more: Haftar's forces seize Gharyan"]


CORRECTIONS = {
    "en": "Correction: An earlier version of this article incorrectly said that Haftar's forces had seized Gharyan.",
    "fr": "Rectificatif : une précédente version de cet article indiquait à tort que les forces de Haftar avaient pris Gharyan.",
    "es": "Una versión anterior de este artículo afirmaba erróneamente que las fuerzas de Haftar habían tomado Gharyan.",
    "de": "Korrektur: In einer früheren Version hieß es fälschlich, Haftars Truppen hätten Gharjan erobert.",
    "it": "Correzione: una precedente versione di questo articolo affermava erroneamente che le forze di Haftar avevano conquistato Gharyan.",
    "pt": "Correção: uma versão anterior deste artigo dizia erradamente que as forças de Haftar tinham tomado Gharyan.",
}


@pytest.mark.parametrize("lang", list(CORRECTIONS))
def test_a_note_correcting_the_page_is_not_news(lang: str) -> None:
    text = f"{LEAD[lang]}\n\n{CORRECTIONS[lang]}"
    assert held(_detector(), text) == set()
    assert drop_link_lines(text)[1] == [(CORRECTIONS[lang], NOTE)]
