"""Signatures of an article's sentences, built only for the sentences a rule reads.

Sentences written for these tests (Sudan, Myanmar); each checks a general rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from monitor.match.lang import split_sentences
from monitor.match.signature import Sentences, fold, make_signature, naming_sentences
from tests.test_detect_general import _changes


@dataclass(frozen=True)
class Mention:
    """A stand-in mention: only its offsets matter to a signature."""

    start: int
    end: int


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain cut the main road to Port Sudan on Tuesday.",
        "« Nous n'avons plus d'eau », a déclaré l'infirmière — 40 % des puits sont à sec.",
        "Die Bewohner flohen über die Brücke; viele kehrten erst am Abend zurück.",
        "Officials said (again) that the pull-out had been delayed... by two days?",
    ],
)
def test_text_of_a_sentence_without_mentions_is_its_signature_text(text: str) -> None:
    """A sentence naming nothing watched reads as the text its full signature would have."""
    spans = split_sentences(text)
    sentences = Sentences(text, fold(text), spans, [], [])
    for n, (start, end) in enumerate(spans):
        assert sentences.text(n) == make_signature(text, start, end, [], [], fold(text)).text


def test_text_of_a_naming_sentence_has_its_placeholders() -> None:
    """A sentence naming a place or an actor reads with its placeholders, as its signature does."""
    text = "Markets were calm. Fighters took Lashio on Friday."
    lashio = text.index("Lashio")
    spans = split_sentences(text)
    sentences = Sentences(text, fold(text), spans, [Mention(lashio, lashio + 6)], [])
    assert sentences.text(0) == "markets were calm ."
    assert sentences.text(1) == "fighters took @p0 on friday ."
    assert list(sentences.texts()) == [sentences.text(0), sentences.text(1)]
    assert sentences.signature(1).place_at == {2: 0}


def test_naming_sentences_counts_whole_mentions_only() -> None:
    """A mention counts for the sentence that holds it whole; one across a boundary counts for none."""
    spans = [(0, 10), (11, 30), (31, 50)]
    mentions = [Mention(12, 18), Mention(25, 33), Mention(40, 45), Mention(41, 44)]
    assert naming_sentences(spans, mentions[:1], mentions[1:]) == (1, 2)
    assert naming_sentences(spans, [], []) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An entry counts when a sentence naming nothing says it met no resistance…
        (
            "Arakan Army fighters entered Myawaddy on Monday. The advance went unopposed, residents said.",
            {("Myawaddy", "Arakan Army")},
        ),
        # … and not when a sentence naming nothing says the fighting goes on.
        ("Arakan Army fighters entered Myawaddy on Monday. Fighting went on overnight.", set()),
        # A claim stands alone, but falls to a denial in a sentence naming nothing.
        ("The RSF said it had captured El Fasher on Monday.", {("El Fasher", "RSF")}),
        ("The RSF said it had captured El Fasher on Monday. Residents denied that.", set()),
    ],
)
def test_sentences_naming_nothing_still_weigh(text: str, expected: set[tuple[str, str]]) -> None:
    """Withdrawals, resistance and denials are read in every sentence, not only those naming a place."""
    assert _changes(text) == expected
